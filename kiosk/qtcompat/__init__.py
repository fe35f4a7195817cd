"""PySide6 work-arounds shared by the UI and the Qt print renderer (a leaf package: imports only Qt).

- :mod:`kiosk.qtcompat.refcount`: PySide6 6.12.0 / CPython 3.11 drains None's refcount on void calls.
- :mod:`kiosk.qtcompat.gc_guard`: garbage collection on the GUI thread only.
"""
