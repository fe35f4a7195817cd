"""Guard against a reference-count bug of PySide6 6.12.0 on CPython 3.11.

In PySide6 6.12.0 every Qt method that returns nothing (``setText``, ``setPen``, ``killTimer``,
``processEvents``...) gives back a reference to ``None`` it never took, and ``Signal.emit`` does the
same to ``True``. On CPython 3.11 (where these objects are not immortal) the process aborts with
"Fatal Python error: none_dealloc: deallocating None" after a few thousand calls — minutes of kiosk
use. Measured here: 1,000 ``QLabel.setText`` calls lowered ``sys.getrefcount(None)`` by 1,000 on
6.12.0 and by 0 on 6.11.3, 6.10.3 and 6.9.3.

The project therefore pins ``PySide6 < 6.12`` (pyproject.toml). This module is the safety net for an
installation that got a buggy wheel anyway: :func:`guard_refcounts` detects the bug with a few
harmless calls and, only if it is there, gives ``None``, ``True`` and ``False`` 2**40 extra
references so they can never reach zero (and logs an error so the installation gets fixed).
``tests/ui`` has a test that fails on a buggy PySide6, so CI catches an upgrade that brings it back.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject

_LOGGER = logging.getLogger(__name__)
_PROBE_CALLS = 64
_state: dict[str, bool] = {}


def refcount_bug_present() -> bool:
    """True when void Qt calls drop references to ``None`` in this PySide6 build."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -_PROBE_CALLS // 2


def guard_refcounts() -> bool:
    """Detect the bug once per process and neutralise it; True when the safety net was applied."""
    if "applied" in _state:
        return _state["applied"]
    applied = False
    if sys.version_info < (3, 12) and refcount_bug_present():
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
        applied = True
        _LOGGER.error(
            "PySide6 %s loses references to None on CPython %d.%d; a safety net is in place, "
            "but please install PySide6 < 6.12 (see pyproject.toml)", PYSIDE_VERSION, *sys.version_info[:2]
        )
    _state["applied"] = applied
    return applied


fix_killtimer_refcount = guard_refcounts
"""Former name, kept for callers written before the whole bug was understood."""
