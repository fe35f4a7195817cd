"""Run blocking staff-screen work (PIN hashing, checks, file loads) off the GUI thread.

:func:`run_off_gui` runs ``func`` in a small thread pool and calls ``on_done(result)`` back on
the GUI thread (through a queued Qt signal). An exception becomes the result, so callers show it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

_LOGGER = logging.getLogger(__name__)
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="admin")


class _Relay(QObject):
    """Carries one result from a worker thread to the GUI thread.

    Signals:
        finished(object): ``(callback, result)`` emitted from the worker.
    """

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, payload: object) -> None:
        callback, result = cast(tuple[Callable[[Any], None], Any], payload)
        try:
            callback(result)
        finally:
            # Dropping the last reference here would delete this QObject inside its own slot, while Qt is
            # still delivering the queued call to it (a use-after-free: segfault in a full run). Let go
            # of it from the event loop instead, after this delivery has returned.
            QTimer.singleShot(0, lambda relay=self: _PENDING.discard(relay))


_PENDING: set[_Relay] = set()


def run_off_gui(func: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    """Run ``func()`` in a worker thread; ``on_done(result or exception)`` runs on the GUI thread."""
    relay = _Relay()
    _PENDING.add(relay)

    def work() -> None:
        try:
            result: Any = func()
        except Exception as exc:  # noqa: BLE001 - delivered to the caller to show
            _LOGGER.exception("background admin task failed")
            result = exc
        relay.finished.emit((on_done, result))

    _POOL.submit(work)


def run_maybe_off_gui(off_gui: bool, func: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    """``on_done(func())`` at once, or through :func:`run_off_gui` when ``off_gui`` (a network store)."""
    if off_gui:
        run_off_gui(func, on_done)
    else:
        on_done(func())
