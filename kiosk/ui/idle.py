"""Idle detection: any touch, click or key on the application restarts the idle timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Calls ``on_idle`` after ``timeout_s`` without activity (while armed)."""

    def __init__(self, timeout_s: float, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(timeout_s * 1000))
        self._timer.timeout.connect(on_idle)
        self.armed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Restart the timer on visitor activity; never consumes the event."""
        if self.armed and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def arm(self) -> None:
        """Start watching (a visit is going on)."""
        self.armed = True
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (attract screen)."""
        self.armed = False
        self._timer.stop()

    def touch(self) -> None:
        """Activity from elsewhere (voice)."""
        if self.armed:
            self._timer.start()

    def set_timeout(self, timeout_s: float) -> None:
        """Change the idle time."""
        self._timer.setInterval(int(timeout_s * 1000))

    @property
    def active(self) -> bool:
        """True while the timer is running."""
        return self._timer.isActive()
