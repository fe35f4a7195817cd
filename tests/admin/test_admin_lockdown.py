"""Kiosk lockdown: every escape attempt leaves the window visible, fullscreen and on the same screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

Mod = Qt.KeyboardModifier


def _assert_still_there(window, screen) -> None:
    QApplication.processEvents()
    assert window.isVisible() and window.isFullScreen()
    assert window.screen() is screen
    assert QApplication.activePopupWidget() is None


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_F4, Mod.AltModifier),
        (Qt.Key.Key_Escape, Mod.NoModifier),
        (Qt.Key.Key_W, Mod.ControlModifier),
        (Qt.Key.Key_Q, Mod.ControlModifier),
        (Qt.Key.Key_F4, Mod.ControlModifier),
    ],
    ids=["alt-f4", "esc", "ctrl-w", "ctrl-q", "ctrl-f4"],
)
def test_escape_keys_are_swallowed(qtbot, kiosk, key, mods):
    """Alt+F4, Esc, Ctrl+W, Ctrl+Q, Ctrl+F4 reach no widget and change nothing."""
    window, controller = kiosk()
    screen = window.screen()
    seen: list[int] = []
    original = window.keyPressEvent
    window.keyPressEvent = lambda event: (seen.append(event.key()), original(event))  # type: ignore[method-assign]
    before = controller.lockdown.blocked
    qtbot.keyClick(window, key, mods)
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        QApplication.sendEvent(window, QKeyEvent(kind, key, mods))
    assert controller.lockdown.blocked >= before + 3
    assert key not in seen  # (a bare modifier key press may arrive; the combination never does)
    _assert_still_there(window, screen)


def test_close_events_are_ignored(qtbot, kiosk):
    """window.close() and a synthetic close event (the window manager's ×) do not close the kiosk."""
    window, _ = kiosk()
    screen = window.screen()
    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    _assert_still_there(window, screen)


def test_context_menus_and_long_press_are_blocked(qtbot, kiosk):
    """Right-click / long-press context menus (e.g. a text field's copy/paste menu) never open."""
    window, controller = kiosk()
    screen = window.screen()
    field = QLineEdit(window)
    field.setObjectName("probeField")
    field.setText("可选择的文字 selectable text")
    field.show()
    field.selectAll()
    before = controller.lockdown.blocked
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard, QContextMenuEvent.Reason.Other):
        QApplication.sendEvent(field, QContextMenuEvent(reason, QPoint(10, 10), window.mapToGlobal(QPoint(10, 10))))
    qtbot.mouseClick(field, Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: controller.lockdown.blocked >= before + 3, timeout=5000)
    _assert_still_there(window, screen)


def test_drag_and_drop_is_refused(qtbot, kiosk):
    """A drag entering the window (a file, a text) is not accepted and nothing is dropped."""
    window, _controller = kiosk()
    screen = window.screen()
    field = QLineEdit(window)
    field.setAcceptDrops(True)
    field.show()
    mime = QMimeData()
    mime.setText("file:///etc/passwd")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    QApplication.sendEvent(field, enter)
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    QApplication.sendEvent(field, drop)
    assert not enter.isAccepted() and not drop.isAccepted()
    assert field.text() == ""
    _assert_still_there(window, screen)


def test_cursor_hidden_in_kiosk_mode_only(qtbot, kiosk):
    """The blank cursor is set in kiosk mode; a windowed run keeps the normal cursor and may close."""
    _window, controller = kiosk()
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    controller.lockdown.uninstall(QApplication.instance())
    controller.lockdown.install = lambda app: controller.lockdown  # teardown uninstalls once more
    assert QApplication.overrideCursor() is None


def test_windowed_mode_allows_closing(qtbot, kiosk):
    """--windowed / fullscreen=false: no cursor hiding, Esc and close work normally."""
    window, controller = kiosk(fullscreen=False)
    assert QApplication.overrideCursor() is None
    assert not controller.lockdown.kiosk_mode
    assert window.close() is True


def test_exit_kiosk_lets_staff_close(qtbot, kiosk):
    """After staff chose exit, close events pass."""
    window, controller = kiosk()
    controller.lockdown.allow_exit()
    assert window.close() is True
