"""Qt widgets of the kiosk: the only package (with the entry point) that imports PySide6.

Importing it applies :func:`kiosk.ui.pyside_refcount.fix_killtimer_refcount` (a PySide6 6.12 /
CPython 3.11 reference-count bug that otherwise aborts the process after a few thousand qasync
callbacks), so every Qt user of the kiosk gets the fix before an event loop runs.
"""

from kiosk.ui.pyside_refcount import fix_killtimer_refcount

fix_killtimer_refcount()
