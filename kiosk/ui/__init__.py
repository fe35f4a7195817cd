"""Qt widgets of the kiosk: the only package (with the entry point) that imports PySide6."""
