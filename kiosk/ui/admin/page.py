"""The frame of a staff page (title + body), the light card box and a separator line."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.ui.admin.controls import make_label


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
        self.title = make_label(title, "title")
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer.addLayout(self.body, 1)

    def refresh(self) -> None:
        """Reload what the page shows (called when the page is opened)."""


def hline() -> QLabel:
    """A thin separator line."""
    line = QLabel()
    line.setFixedHeight(1)
    line.setStyleSheet("background: #dde3ec;")
    return line
