"""A state shown as an icon and words (✓ 正常 OK, ⚠ 注意 Attention, ✕ 故障 Fault), coloured as a second cue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.admin.status_text import state_label
from kiosk.ui.admin.style import BAD, OK, UNKNOWN

_LOOK = {True: (OK, "#e8f5ec"), None: (UNKNOWN, "#fff6dc"), False: (BAD, "#fdecea")}


class StateBadge(QLabel):
    """A framed label: the words carry the state, colour only repeats it."""

    def __init__(self, ok: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(190)
        self.set_ok(ok)

    def set_ok(self, ok: bool | None) -> None:
        """Show True (✓), None (⚠) or False (✕)."""
        self.ok = ok
        self.setText(state_label(ok))
        color, background = _LOOK[ok]
        self.setStyleSheet(f"QLabel {{ font-size: 21px; font-weight: 700; color: {color}; background: {background};"
                           f" border: 2px solid {color}; border-radius: 10px; padding: 4px 10px; }}")
