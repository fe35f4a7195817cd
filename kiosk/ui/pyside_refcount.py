"""Work-around for a reference-count bug of PySide6 6.12 on CPython 3.11: ``QObject.killTimer``
returns ``None`` without owning a reference to it.

qasync calls ``killTimer`` for every asyncio timer and ``call_soon`` callback, so each one takes a
reference from ``None``; after a few thousand callbacks CPython 3.11 (where ``None`` is not immortal)
aborts with "Fatal Python error: none_dealloc: deallocating None". Measured here: 2000
``asyncio.sleep`` calls on a qasync loop lowered ``sys.getrefcount(None)`` by about 3,800; a
benchmark streaming for a few seconds crashed. From CPython 3.12 on ``None`` is immortal and the bug
is harmless, so the fix is only applied on 3.11 and older. Giving ``None`` an extra reference is
harmless even once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject

_LOGGER = logging.getLogger(__name__)

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def fix_killtimer_refcount() -> bool:
    """Patch ``QObject.killTimer`` once per process; True when the patch is (now) in place."""
    if sys.version_info >= (3, 12):
        return False
    if getattr(QObject.killTimer, "_hallguide_fixed", False):
        return True
    original = QObject.killTimer

    def kill_timer(self: QObject, timer_id: int) -> None:
        """``QObject.killTimer`` that gives back the reference to None it takes."""
        result = original(self, timer_id)
        if result is None:
            _incref(None)

    kill_timer._hallguide_fixed = True  # type: ignore[attr-defined]
    QObject.killTimer = kill_timer  # type: ignore[method-assign]
    _LOGGER.debug("PySide6 killTimer refcount work-around installed")
    return True
