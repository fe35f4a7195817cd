"""Bridge: plain callbacks from any thread become calls on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class Bridge(QObject):
    """Emit ``event`` from any thread; connected slots run on the bridge's (GUI) thread.

    Signals:
        event(object): a domain event (frozen dataclass) or any payload.
        call(object): a zero-argument callable to run on the GUI thread (see :meth:`post`).
    """

    event = Signal(object)  # type: ignore[assignment]  # deliberately shadows QObject.event (public API)
    call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def callback(self) -> Callable[[Any], None]:
        """A plain function for the domain: ``callback(evt)`` → ``event`` on the GUI thread."""
        return self.event.emit

    def post(self, fn: Callable[[], Any]) -> None:
        """Run ``fn()`` on the GUI thread soon (safe from worker threads)."""
        self.call.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        fn()
