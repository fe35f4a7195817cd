"""The staff pages move the field being typed into above the on-screen keyboard (Xvfb walk 10, defect 9).

Qt Virtual Keyboard's panel covers the lower 60 % of a landscape screen; the staff panel is a fixed overlay,
so the catalog path, the export field and their buttons were typed into blind. :class:`KeyboardLift` holds
the pages in a scroll area: while the keyboard is shown it adds the covered height below the pages and
scrolls so the focused field (with its row) sits in the part left visible; when the keyboard goes, the
room goes too. File paths, URLs and model names are typed in the Latin layout (:func:`latin_field`), not
through pinyin with Chinese suggestions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.input_method import PRIVATE_HINT
from kiosk.ui.keyboard_room import keyboard_screen_rect

MARGIN = 16
"""Pixels kept between the focused field and the keyboard's top edge."""
LATIN_HINTS = (Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
               | Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhPreferLowercase)
"""What a path, URL or model-name field asks of the input method: Latin letters, no suggestions."""


def latin_field(edit: QLineEdit) -> QLineEdit:
    """Make ``edit`` open the keyboard in its Latin layout without predictions (other hints are kept) and
    learn nothing (:data:`kiosk.ui.input_method.PRIVATE_HINT`)."""
    edit.setInputMethodHints(edit.inputMethodHints() | LATIN_HINTS | PRIVATE_HINT)
    return edit


class KeyboardLift(QObject):
    """A scroll area around ``content`` that keeps the focused field above the on-screen keyboard."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = QWidget()
        self.room.setObjectName("keyboardLiftRoom")
        self._layout = QVBoxLayout(self.room)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(content)
        self.area = QScrollArea()
        self.area.setObjectName("keyboardLift")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.room)
        self.covered = 0
        """Pixels of the pages the keyboard covers now (0 when it is hidden)."""
        self._later = QTimer(self, singleShot=True, interval=150)  # the panel's window settles after it slides in
        self._later.timeout.connect(self.update)
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self.update)
        method.visibleChanged.connect(self._later.start)
        method.keyboardRectangleChanged.connect(self.update)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.area.destroyed.connect(self._disconnect)

    def _disconnect(self) -> None:
        method = QGuiApplication.inputMethod()
        for signal in (method.visibleChanged, method.keyboardRectangleChanged):
            signal.disconnect(self.update)
        method.visibleChanged.disconnect(self._later.start)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.covered:
            self.lift(self._keyboard())

    def _keyboard(self) -> QRect:
        window = self.area.window()
        return keyboard_screen_rect(window) if window is not None else QRect()

    def update(self) -> None:
        """Re-read the keyboard and lift (or lower) the pages."""
        self.lift(self._keyboard())

    def overlap(self, keyboard: QRect) -> int:
        """Pixels at the bottom of the visible pages that ``keyboard`` (screen coordinates) covers."""
        viewport = self.area.viewport()
        if keyboard.isEmpty() or not viewport.isVisible():
            return 0
        shown = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not shown.intersects(keyboard):
            return 0
        return max(0, min(shown.height(), shown.bottom() - keyboard.top() + 1))

    def lift(self, keyboard: QRect) -> None:
        """Room for ``keyboard`` below the pages, and the focused field scrolled above it."""
        covered = self.overlap(keyboard)
        viewport = self.area.viewport()
        if covered != self.covered:
            self.covered = covered
            self._layout.setContentsMargins(0, 0, 0, covered)
            self.room.setMinimumHeight(viewport.height() + covered if covered else 0)
            self._layout.activate()
        bar = self.area.verticalScrollBar()
        if not covered:
            bar.setValue(0)
            return
        field = QApplication.focusWidget()
        if field is None or not self.room.isAncestorOf(field):
            return
        bar.setMaximum(max(bar.maximum(), covered))  # the new room counts at once, not after the next layout
        top = field.mapTo(self.room, QPoint(0, 0)).y()
        bottom = top + field.height()
        visible = viewport.height() - covered
        value = bar.value()
        if bottom + MARGIN > value + visible:
            value = bottom + MARGIN - visible
        if top - MARGIN < value:
            value = max(0, top - MARGIN)
        bar.setValue(value)


def hide_keyboard() -> None:
    """Put the on-screen keyboard away (a staff action was tapped: its result must be seen)."""
    QGuiApplication.inputMethod().hide()
