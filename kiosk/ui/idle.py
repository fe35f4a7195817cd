"""Idle detection: any touch, click or key on the application restarts the idle timer; the visit's
timeout asks "are you still there?" before the visit is wiped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

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
    def timeout_s(self) -> float:
        """The idle time in use."""
        return self._timer.interval() / 1000

    @property
    def active(self) -> bool:
        """True while the timer is running."""
        return self._timer.isActive()


class VisitTimeout(QObject):
    """After ``idle_timeout_s`` without a touch during a visit: "Are you still there?" with a countdown
    over everything; Continue goes on, the end of the countdown emits ``expired`` (wipe the visit).

    Signals:
        expired(): nobody answered the countdown.
    """

    expired = Signal()

    def __init__(self, window: QWidget, idle_timeout_s: float, countdown_s: int, active: Callable[[], bool]) -> None:
        super().__init__(window)
        from kiosk.ui.overlay import OverlayHost

        self.watcher = IdleWatcher(idle_timeout_s, self._on_idle, self)
        self.overlay = OverlayHost(window, "idleOverlay")
        self.overlay.backdrop_tapped.connect(self._continue)  # a tap anywhere means "still here"
        self.countdown_s = countdown_s
        self.countdown_tick_ms = 1000
        """One countdown step (tests shorten it)."""
        self._active = active
        app = QApplication.instance()
        assert app is not None, "create the QApplication first"
        self._app = app
        app.installEventFilter(self.watcher)

    def _on_idle(self) -> None:
        from kiosk.ui.overlay import IdleCountdown

        if not self._active() or self.overlay.widget is not None:
            return
        panel = IdleCountdown(self.countdown_s, self.countdown_tick_ms)
        panel.continued.connect(self._continue)
        panel.expired.connect(self.expired)
        self.overlay.open(panel)

    def _continue(self) -> None:
        self.overlay.close_panel()
        self.watcher.touch()

    def close(self) -> None:
        """Stop watching the application's events."""
        self._app.removeEventFilter(self.watcher)
