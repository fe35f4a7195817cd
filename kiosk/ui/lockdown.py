"""Kiosk lockdown: an application-wide event filter that keeps the public inside the kiosk.

In kiosk mode it swallows: close events of top-level windows, Alt+F4, Esc, Ctrl+W, Ctrl+Q (and
their shortcut overrides), context menus (right click, long press, text-selection menus), touch
tap-and-hold gestures, and drag-and-drop. The mouse cursor is hidden. ``--windowed`` development
runs keep the cursor and allow closing. Staff leave through :meth:`KioskLockdown.allow_exit`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_LOGGER = logging.getLogger(__name__)

_BLOCKED_TYPES = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
    QEvent.Type.DragLeave,
}
_KEY_TYPES = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_MOD = Qt.KeyboardModifier


def is_escape_key(event: QKeyEvent) -> bool:
    """Alt+F4, Esc, Ctrl+W, Ctrl+Q, Ctrl+F4, Alt+Tab-like window keys."""
    key, mods = event.key(), event.modifiers()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit):
        return True
    if key == Qt.Key.Key_F4 and mods & (_MOD.AltModifier | _MOD.ControlModifier):
        return True
    if key in (Qt.Key.Key_W, Qt.Key.Key_Q) and mods & _MOD.ControlModifier:
        return True
    if key == Qt.Key.Key_Tab and mods & _MOD.AltModifier:
        return True
    return event.matches(QKeySequence.StandardKey.Close) or event.matches(QKeySequence.StandardKey.Quit)


class KioskLockdown(QObject):
    """The event filter; install with :meth:`install` on the QApplication."""

    def __init__(self, kiosk_mode: bool = True) -> None:
        super().__init__()
        self.kiosk_mode = kiosk_mode
        self._exit_allowed = False
        self.blocked = 0
        """How many escape attempts were swallowed (for tests and the log)."""

    def install(self, app: QApplication) -> KioskLockdown:
        """Filter every event of ``app``; hide the cursor in kiosk mode."""
        app.installEventFilter(self)
        if self.kiosk_mode:
            app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            app.setQuitOnLastWindowClosed(False)
        return self

    def uninstall(self, app: QApplication) -> None:
        """Remove the filter and show the cursor again."""
        app.removeEventFilter(self)
        if self.kiosk_mode and app.overrideCursor() is not None:
            app.restoreOverrideCursor()

    def allow_exit(self) -> None:
        """Staff chose "exit kiosk": let close events through from now on."""
        self._exit_allowed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Swallow escape attempts (True = the event never reaches its widget)."""
        kind = event.type()
        if kind == QEvent.Type.Close:
            if self.kiosk_mode and not self._exit_allowed and isinstance(watched, QWidget) and _is_main(watched):
                event.ignore()
                return self._blocked("close", watched)
            return False
        if kind in _KEY_TYPES and isinstance(event, QKeyEvent) and is_escape_key(event):
            if self.kiosk_mode and not self._exit_allowed:
                event.accept() if kind == QEvent.Type.ShortcutOverride else event.ignore()
                return self._blocked(f"key {QKeySequence(event.keyCombination()).toString()}", watched)
            return False
        if kind in _BLOCKED_TYPES:
            event.ignore()
            return self._blocked(kind.name, watched)
        if kind == QEvent.Type.Gesture:
            gesture = event.gesture(Qt.GestureType.TapAndHoldGesture)  # type: ignore[attr-defined]
            if gesture is not None:
                event.ignore()
                return self._blocked("long press", watched)
        return False

    def _blocked(self, what: str, watched: QObject) -> bool:
        self.blocked += 1
        _LOGGER.debug("lockdown: blocked %s on %s", what, watched.objectName() or type(watched).__name__)
        return True


def _is_main(widget: QWidget) -> bool:
    """A top-level window of the kiosk (Qt's own popups and tooltips may still close)."""
    return widget.isWindow() and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
