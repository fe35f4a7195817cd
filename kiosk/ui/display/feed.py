"""Shared plumbing of the counter and the calling screen: store reads off the GUI thread, live events in.

:class:`QueueFeed` runs store calls on one worker thread and hands results (or the plain-words
problem) back on the GUI thread; it also follows the shared event log (:class:`kiosk.tickets.QueueWatcher`)
and emits ``changed(event)`` on the GUI thread for every new line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.tickets import QueueWatcher, TicketError
from kiosk.ui.bridge import Bridge
from kiosk.ui.text import tr_both

_LOGGER = logging.getLogger(__name__)


class QueueFeed(QObject):
    """Store calls on a worker; ``changed`` for every new queue event; ``problem(str)`` ('' when fine)."""

    changed = Signal(object)
    problem = Signal(str)

    def __init__(self, store: Any, parent: QObject | None = None, *, poll_s: float = 0.25) -> None:
        super().__init__(parent)
        self.store = store
        self.bridge = Bridge(self)
        self._closed = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="queue-feed")
        self._watcher = QueueWatcher(store, lambda e: self.bridge.post(lambda: self.changed.emit(e)), poll_s=poll_s)
        self._watcher.start()

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[str], None] | None = None) -> None:
        """``fn()`` on the worker; ``done(result)`` or ``failed(message)`` on the GUI thread (ignored once closed)."""
        if self._closed:
            return

        def report(message: str) -> None:
            self.problem.emit(message)
            if failed is not None:
                failed(message)

        def deliver(result: Any) -> None:
            self.problem.emit("")
            done(result)

        def work() -> None:
            try:
                result = fn()
            except TicketError as exc:
                message = str(exc)
                self.bridge.post(lambda: report(message))
                return
            except Exception as exc:  # noqa: BLE001 - a screen must never die of a store fault
                _LOGGER.exception("queue operation failed")
                message = tr_both("StaffDisplayFeed", "Operation failed:") + f" {exc}"
                self.bridge.post(lambda: report(message))
                return
            self.bridge.post(lambda: deliver(result))

        self._worker.submit(work)

    def close(self) -> None:
        """Stop following and finish the worker."""
        self._closed = True
        self._watcher.stop()
        self._worker.shutdown(wait=True)
