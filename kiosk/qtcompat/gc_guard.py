"""Run Python's cyclic garbage collector on the GUI thread only.

Python's automatic collection runs on whichever thread happens to allocate when a threshold is
crossed — in the kiosk often a worker (navigator, printing, recognition, an HTTP stream). If it then
frees a Qt object that lives on the GUI thread (a widget, a timer of the qasync loop), the object's
destructor runs on the wrong thread, its timers cannot be unregistered, and Qt later fires a timer at
freed memory: a segmentation fault in ``QTimerInfoList::activateTimers`` (seen here, in the test
suite, depending on allocation timing). This is the usual PyQt/PySide remedy: turn automatic
collection off and collect from a GUI-thread timer with the same generation thresholds.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

_LOGGER = logging.getLogger(__name__)


class GuiThreadCollector(QObject):
    """Disables automatic ``gc`` and collects on the GUI thread every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)
        gc.disable()

    def check(self) -> None:
        """Collect the generations whose thresholds were crossed (as CPython itself would)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break

    def freeze_startup(self) -> None:
        """Move everything alive after start-up out of the collector's sight (``gc.freeze``), so the
        full collections that now run on the GUI thread only walk what visits create: short stalls."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Give collection back to CPython."""
        self._timer.stop()
        gc.enable()
