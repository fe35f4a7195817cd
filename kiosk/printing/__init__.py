"""Printed slips: what is on them (``slips``), drawing (``qt_render``), ESC/POS jobs (``escpos``),
printer status (``status``), printers by URI (``transports``) and the print worker (``service``).

Only modules named ``qt_*.py`` import PySide6.
"""
