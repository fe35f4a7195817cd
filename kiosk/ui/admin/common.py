"""Small building blocks shared by the staff pages: page frame, status dot, confirm strip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.admin.pinpad import _button, _label
from kiosk.ui.admin.style import BAD, OK, UNKNOWN

__all__ = ["ConfirmStrip", "Page", "StatusDot", "_button", "_label", "card"]


def card(name: str | None = None) -> QFrame:
    """A light framed box."""
    frame = QFrame()
    frame.setProperty("card", True)
    if name:
        frame.setObjectName(name)
    return frame


class Page(QWidget):
    """A staff page: a title line, then the page's own content in ``self.body``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.setSpacing(18)
        self.title = _label(title, "title")
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer.addLayout(self.body, 1)

    def refresh(self) -> None:
        """Reload what the page shows (called when the page is opened)."""


class StatusDot(QWidget):
    """A round green / red / amber light."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(26, 26)
        self._color = QColor(UNKNOWN)

    def set_ok(self, ok: bool | None) -> None:
        """Green for True, red for False, amber for unknown."""
        self._color = QColor(OK if ok else BAD if ok is False else UNKNOWN)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw the dot."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(self.rect().adjusted(2, 2, -2, -2))


class ConfirmStrip(QFrame):
    """An inline "are you sure?" with yes / no (no modal dialogs on the kiosk).

    Signals:
        confirmed(): yes tapped.
    """

    confirmed = Signal()

    def __init__(self, question: str, yes: str = "确定 Yes", name: str = "confirm", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ background: #fff4e5; border: 2px solid #d08a3c; border-radius: 12px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 18, 10)
        self.question = _label(question)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.question, 1)
        self.no_button = _button("取消 No", f"{name}No")
        self.yes_button = _button(yes, f"{name}Yes", "danger")
        self.no_button.clicked.connect(self.hide)
        self.yes_button.clicked.connect(self._yes)
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        self.hide()

    def ask(self, question: str | None = None) -> None:
        """Show the strip (optionally with another question)."""
        if question:
            self.question.setText(question)
        self.show()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()


def hline() -> QLabel:
    """A thin separator line."""
    line = QLabel()
    line.setFixedHeight(1)
    line.setStyleSheet("background: #dde3ec;")
    return line
