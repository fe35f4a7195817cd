"""The inline "are you sure?" strip of the staff pages (the kiosk shows no modal dialogs)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.text import tr_both


class ConfirmStrip(QFrame):
    """An inline "are you sure?" with yes / no (no modal dialogs on the kiosk).

    Signals:
        confirmed(): yes tapped.
    """

    confirmed = Signal()

    def __init__(self, question: str, yes: str = tr_both("StaffAdminConfirm", "Yes"), name: str = "confirm", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ background: #fff4e5; border: 2px solid #d08a3c; border-radius: 12px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 18, 10)
        self.question = make_label(question)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.question, 1)
        self.no_button = make_button(tr_both("StaffAdminConfirm", "No"), f"{name}No")
        self.yes_button = make_button(yes, f"{name}Yes", "danger")
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
