"""Room for the on-screen keyboard: it never covers the bottom bar (issue 13, Xvfb walk).

Qt Virtual Keyboard's desktop panel is a window of its own over the bottom of the screen. Left alone it
covered the bottom bar, and a tap where 结束 (Finish) was landed on the keyboard's Enter and sent half a
question. While the keyboard is shown, :class:`KeyboardRoom` reserves its height at the bottom of the window
(the window's layout gets that bottom margin), so the bottom bar sits just above the keyboard and the
screens shrink to the room left: the keyboard takes its room from the screen, never from the top bar.

The top bar used to step aside when that room was small (landscape: the keyboard takes about 60 % of a
1080-pixel-high screen). To a citizen that looked as if the whole window had slid up, 找工作人员, the
language and large-text buttons gone (Xvfb walk 10, defect 10). The screen makes do instead (the home
screen puts its figure and greeting away, :meth:`kiosk.ui.screens.home.HomeScreen.resizeEvent`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QBoxLayout, QWidget

_LOGGER = logging.getLogger(__name__)


def keyboard_window(own: QWindow | None) -> QWindow | None:
    """The keyboard panel's window: a visible top-level window, not ours, that never takes focus."""
    for window in QGuiApplication.topLevelWindows():
        if window is own or not window.isVisible() or window.transientParent() is not None:
            continue
        if window.flags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            return window
    return None


def keyboard_screen_rect(window: QWidget) -> QRect:
    """The shown keyboard's rectangle on the screen (empty when none is shown).

    The input method reports it in the coordinates of the window that has focus (under Xvfb at 1920x1080:
    (0, 416, 1920, 664)); without a rectangle the keyboard panel's own window is taken."""
    method = QGuiApplication.inputMethod()
    if not method.isVisible():
        return QRect()
    box = method.keyboardRectangle().toRect()
    if not box.isEmpty():
        return box.translated(window.mapToGlobal(QPoint(0, 0)))
    panel = keyboard_window(window.windowHandle())
    return panel.geometry() if panel is not None else QRect()


class KeyboardRoom(QObject):
    """Keeps ``window``'s bottom bar above the on-screen keyboard (``layout`` is the window's top layout)."""

    def __init__(self, window: QWidget, layout: QBoxLayout) -> None:
        super().__init__(window)
        self.window, self.layout = window, layout
        self.reserved = 0
        """Pixels kept free at the bottom of the window for the keyboard (0 when it is hidden)."""
        self._later = QTimer(self, singleShot=True, interval=120)  # the panel's window settles after it slides in
        self._later.timeout.connect(self.update)
        self._panel: QQuickWindow | None = None
        self._frames, self._waited = 0, False
        self._fallback = QTimer(self, singleShot=True, interval=1500)  # no frame seen: make room anyway
        self._fallback.timeout.connect(self._give_up_waiting)
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._shown_or_hidden)  # first: counts the new panel's frames from 0
        method.visibleChanged.connect(self.update)
        method.keyboardRectangleChanged.connect(self.update)
        method.visibleChanged.connect(self._later.start)

    def _drawn(self) -> bool:
        """True once the shown keyboard panel has drawn a frame (or when that cannot be told)."""
        if self._waited:
            return True
        panel = keyboard_window(self.window.windowHandle())
        if not isinstance(panel, QQuickWindow):
            return True
        if panel is not self._panel:
            self._panel = panel
            panel.frameSwapped.connect(self._frame_drawn)
        return self._frames > 0

    def _frame_drawn(self) -> None:
        if QGuiApplication.inputMethod().isVisible():
            self._frames += 1
            if self._frames == 1:
                QTimer.singleShot(0, self.update)

    def _shown_or_hidden(self) -> None:
        self._frames, self._waited = 0, False
        self._fallback.start()

    def _give_up_waiting(self) -> None:
        self._waited = True
        self.update()

    def covered(self) -> int:
        """How many pixels of the window's bottom the keyboard covers now."""
        return self.overlap(keyboard_screen_rect(self.window))

    def overlap(self, keyboard: QRect) -> int:
        """Pixels of the window's bottom covered by ``keyboard`` (screen coordinates)."""
        if keyboard.isEmpty():
            return 0
        mine = QRect(self.window.mapToGlobal(self.window.rect().topLeft()), self.window.size())
        if not mine.intersects(keyboard):
            return 0
        return max(0, mine.bottom() - keyboard.top() + 1)

    def update(self) -> None:
        """Re-read the keyboard and make room (or give it back).

        Room is made once the keyboard's panel has drawn a frame: without a compositor (a bare X session,
        Xvfb) a panel window mapped but not yet drawn shows the pixels that were under it, so making room
        at once drew the window's new layout above a stale copy of the old one (a second bottom bar in
        mid-screen, Xvfb walk 10, defect 10). The slide-in timer makes room anyway if no frame is seen."""
        rect = keyboard_screen_rect(self.window)
        pixels = self.overlap(rect)
        if pixels and not self.reserved and not self._drawn():
            return
        if pixels != self.reserved:
            _LOGGER.info("on-screen keyboard at %s: %d px kept free above it", rect.getRect(), pixels)
        self.reserve(pixels)

    def reserve(self, pixels: int) -> None:
        """Keep ``pixels`` free at the bottom (the screens above shrink; the top bar stays)."""
        pixels = max(0, min(pixels, self.window.height()))
        margins = self.layout.contentsMargins()
        if pixels == self.reserved and margins.bottom() == pixels:
            return
        self.reserved = pixels
        self.layout.setContentsMargins(margins.left(), margins.top(), margins.right(), pixels)
        self.layout.activate()
