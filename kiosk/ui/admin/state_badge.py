"""A state shown as an icon and words (✓ 正常 OK, ⚠ 注意 Attention, ✕ 故障 Fault), coloured as a second cue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.admin.status_text import state_label
from kiosk.ui.admin.style import BAD, OK, UNKNOWN

_LOOK = {True: (OK, "#e8f5ec"), None: (UNKNOWN, "#fff6dc"), False: (BAD, "#fdecea")}
_LOOKS = {"ok": _LOOK[True], "attention": _LOOK[None], "fault": _LOOK[False], "inactive": ("#4a5568", "#eef1f5")}


class StateBadge(QLabel):
    """A framed label: the words carry the state, colour only repeats it."""

    def __init__(self, ok: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(190)
        self.setWordWrap(True)  # "— 未配置 Not configured" wraps in a narrow (portrait) column, never cut off
        self.set_ok(ok)

    def set_ok(self, ok: bool | None) -> None:
        """Show True (✓), None (⚠) or False (✕)."""
        self.ok = ok
        self.set_state(state_label(ok), {True: "ok", None: "attention", False: "fault"}[ok])

    def set_state(self, text: str, look: str) -> None:
        """Any state's words with a look: "ok", "attention", "fault" or "inactive" (switched off, not set up)."""
        self.setText(text)
        color, background = _LOOKS[look]
        self.setStyleSheet(f"QLabel {{ font-size: 21px; font-weight: 700; color: {color}; background: {background};"
                           f" border: 2px solid {color}; border-radius: 10px; padding: 4px 10px; }}")
