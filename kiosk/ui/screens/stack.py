"""The stack of screens: which one is on top, the back history, and lazy restyling.

A language, text-size or orientation change restyles the visible screen at once and the others
when they are next shown (or during :meth:`ScreenStack.prewarm`), which keeps the loop responsive.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

from kiosk.ui import theme


class Screen(Protocol):
    """What every screen offers the stack."""

    def retranslate(self) -> None:
        """Set texts in the current language."""

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Adapt to large text and orientation."""


class ScreenStack(QStackedWidget):
    """Named screens with a back history. Signals: changed(str) — the screen now on top."""

    changed = Signal(str)

    def __init__(self, screens: dict[str, QWidget]) -> None:
        super().__init__()
        self.setObjectName("screens")
        self.screens = screens
        self.history: list[str] = []
        self._dirty = set(screens)
        self._mode = (False, False)
        for widget in screens.values():
            # a page never makes the window taller than the screen: long content scrolls instead
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(widget)

    @property
    def current(self) -> str:
        """Name of the screen on top ("" before the first)."""
        widget = self.currentWidget()
        return next((k for k, v in self.screens.items() if v is widget), "")

    def go(self, name: str, push: bool = True) -> None:
        """Put ``name`` on top (remembering the current one for Back unless ``push`` is False)."""
        current = self.current
        if push and current and current != name and current != "attract":
            self.history.append(current)
        self.ensure_fresh(name)
        self.setCurrentWidget(self.screens[name])
        self.changed.emit(name)

    def back(self) -> None:
        """The previous screen (home when there is none)."""
        self.go(self.history.pop() if self.history else "home", push=False)

    def home(self) -> None:
        """The home screen, history forgotten."""
        self.history.clear()
        self.go("home", push=False)

    def invalidate(self, large: bool, portrait: bool) -> None:
        """Style, orientation or language changed: refresh the visible screen now, the rest lazily."""
        self._mode = (large, portrait)
        self._dirty = set(self.screens)
        if self.current:
            self._refresh(self.current)

    def ensure_fresh(self, name: str) -> None:
        """Refresh ``name`` now if a change left it stale."""
        if name in self._dirty:
            self._refresh(name)

    def _refresh(self, name: str) -> None:
        screen = self.screens[name]
        large, portrait = self._mode
        if screen.property("styled_large") != large:
            screen.setStyleSheet(theme.stylesheet(large))
            screen.setProperty("styled_large", large)
        screen.apply_mode(large, portrait)  # type: ignore[attr-defined]
        screen.retranslate()  # type: ignore[attr-defined]
        self._dirty.discard(name)

    def prewarm(self) -> None:
        """Lay out and paint the hidden screens once off-screen, one per event-loop turn, so that the
        first tap on each does not pay for styling and layout (call when the attract screen is up)."""
        pending = [n for n in ("home", "answer", "map", "chooser") if n in self.screens and n != self.current]

        def step() -> None:
            if not pending:
                return
            name = pending.pop(0)
            if self.current != name:
                self.ensure_fresh(name)
                screen = self.screens[name]
                screen.resize(self.size())
                screen.grab()
            QTimer.singleShot(15, step)

        QTimer.singleShot(0, step)
