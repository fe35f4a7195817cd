"""The staff PIN pad (big digits) and the notice shown while no PIN has been set."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.admin.pin import MAX_DIGITS
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.style import ADMIN_STYLE
from kiosk.ui.text import tr_both, tr_lines


class PinPad(QFrame):
    """Digits 0-9, clear, backspace, OK and cancel; the PIN itself is only shown as dots.

    Signals:
        pin_entered(str): OK tapped with at least one digit.
        cancelled(): the staff member gave up.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setStyleSheet(ADMIN_STYLE)
        self.setFixedWidth(620)
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(make_label(tr_both("StaffAdminPinpad", "Staff sign-in"), "title"), alignment=Qt.AlignmentFlag.AlignHCenter)
        self.dots = make_label("", "dots", "pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(80)
        layout.addWidget(self.dots)
        self.message = make_label(tr_both("StaffAdminPinpad", "Enter the staff PIN"), "muted", "pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(64)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.digit_buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for index, key in enumerate(keys):
            text = {"clear": "清除", "back": "⌫"}.get(key, key)
            button = make_button(text, f"pinKey_{key}", "digit")
            button.clicked.connect(lambda _=False, k=key: self._on_key(k))
            grid.addWidget(button, index // 3, index % 3)
            self.digit_buttons[key] = button
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.cancel_button = make_button(tr_both("StaffAdminPinpad", "Cancel"), "pinCancel")
        self.ok_button = make_button(tr_both("StaffAdminPinpad", "OK"), "pinOk", "primary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button.clicked.connect(self._on_ok)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self._refresh()

    @property
    def entered(self) -> str:
        """The digits typed so far."""
        return self._digits

    def _on_key(self, key: str) -> None:
        if key == "clear":
            self._digits = ""
        elif key == "back":
            self._digits = self._digits[:-1]
        elif len(self._digits) < MAX_DIGITS:
            self._digits += key
        self._refresh()

    def _on_ok(self) -> None:
        if self._digits:
            self.pin_entered.emit(self._digits)

    def _refresh(self) -> None:
        self.dots.setText("●" * len(self._digits) or " ")
        self.ok_button.setEnabled(bool(self._digits) and self.isEnabled())

    def clear(self) -> None:
        """Forget the typed digits."""
        self._digits = ""
        self._refresh()

    def set_message(self, text: str, role: str = "muted") -> None:
        """Show a line under the dots (``muted``, ``error`` or ``good``)."""
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def set_busy(self, busy: bool) -> None:
        """Disable the keys while a PIN is being checked."""
        for button in self.digit_buttons.values():
            button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and bool(self._digits))

    def set_locked(self, locked: bool) -> None:
        """Disable digits and OK while entry is locked (cancel stays)."""
        self.set_busy(locked)


class NoPinNotice(QFrame):
    """Shown instead of the PIN pad until a PIN has been set from the command line.

    Signals:
        closed(): the close button was tapped.
    """

    closed = Signal()

    def __init__(self, config_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setStyleSheet(ADMIN_STYLE)
        self.setFixedWidth(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(44, 36, 44, 36)
        layout.setSpacing(18)
        layout.addWidget(make_label(tr_both("StaffAdminPinpad", "No staff PIN set"), "title"))
        layout.addWidget(make_label(
            tr_lines("StaffAdminPinpad", "Admin mode needs a PIN, set from a terminal on this machine (there is no default PIN):")
        ))
        command = make_label("kiosk admin set-pin", "big", "setPinCommand")
        command.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(command)
        stored_in = tr_both("StaffAdminPinpad", "The PIN is stored as a salted hash in:") + f"\n{config_hint}"
        layout.addWidget(make_label(stored_in, "muted"))
        close = make_button(tr_both("StaffAdminPinpad", "Close"), "noPinClose", "primary")
        close.clicked.connect(self.closed)
        layout.addWidget(close)
