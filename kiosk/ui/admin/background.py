"""Run blocking staff-screen work (PIN hashing, checks, file loads) off the GUI thread.

:func:`run_off_gui` runs ``func`` in a small thread pool and calls ``on_done(result)`` back on
the GUI thread (through a queued Qt signal). An exception becomes the result, so callers show it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

_LOGGER = logging.getLogger(__name__)
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="admin")


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread: one object for the whole process.

    Signals:
        finished(object): ``(callback, result)`` emitted from a worker.

    One long-lived relay, never deleted: a relay per task had to be let go of after its queued call was
    delivered, and any slip in that timing deleted a QObject Qt was still delivering to (a use-after-free:
    two segfaults in full runs under load). Callbacks check that their widget still exists.
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
        except Exception:  # noqa: BLE001 - a staff screen's callback must never take the event loop down
            _LOGGER.exception("staff screen callback failed")


_RELAY: _Relay | None = None


def _relay() -> _Relay:
    """The process's relay, living on the GUI (application) thread."""
    global _RELAY
    if _RELAY is None:
        relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None and relay.thread() is not app.thread():
            relay.moveToThread(app.thread())
        _RELAY = relay
    return _RELAY


def run_off_gui(func: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    """Run ``func()`` in a worker thread; ``on_done(result or exception)`` runs on the GUI thread."""
    relay = _relay()

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
