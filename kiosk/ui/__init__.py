"""Qt widgets of the kiosk: the only package (with the entry point) that imports PySide6.

Importing it runs :func:`kiosk.qtcompat.refcount.guard_refcounts` (a PySide6 6.12.0 / CPython 3.11
reference-count bug that aborts the process after a few thousand Qt calls; the project pins PySide6
below 6.12, and the guard is the safety net), so every Qt user of the kiosk is covered.
"""

from kiosk.qtcompat.refcount import guard_refcounts

guard_refcounts()
