"""The friendly assistant figure (导办小助手), drawn with QPainter, showing its state.

States: idle (slow breathing and blinking), listening (sound rings), thinking (three dots),
speaking (moving mouth), error (grey with a "!" badge). The state is also written under the
figure as a word, so nothing depends on colour or motion alone.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import theme

STATES = ("idle", "listening", "thinking", "speaking", "error")


class AssistantFigure(QWidget):
    """A round-faced helper with a headset; animates only while visible."""

    def __init__(self, size: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantFigure")
        self._state = "idle"
        self._start = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_size(size)

    @property
    def state(self) -> str:
        """The state shown."""
        return self._state

    def set_state(self, state: str) -> None:
        """Show ``state`` (unknown states show as idle)."""
        self._state = state if state in STATES else "idle"
        self.update()

    def set_size(self, size: int) -> None:
        """Resize the figure."""
        self._size = size
        self.setFixedSize(QSize(size, size))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Start animating."""
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop animating (no work while hidden)."""
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw the figure for the current state and animation phase."""
        t = time.monotonic() - self._start
        s = self._size / 260.0
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(s, s)
        error = self._state == "error"
        face_color = QColor("#9aa3af" if error else theme.ACCENT)
        breathe = 1.0 + 0.015 * math.sin(t * 2.0) if self._state == "idle" else 1.0
        cx, cy, r = 130.0, 138.0, 92.0 * breathe
        # listening: sound rings
        if self._state == "listening":
            for k in range(3):
                phase = (t * 0.9 + k / 3.0) % 1.0
                pen = QPen(QColor(31, 95, 191, int(150 * (1 - phase))), 5)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                rr = r + 6 + phase * 30
                p.drawEllipse(QPointF(cx, cy), rr, rr)
        # head
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(face_color)
        p.drawEllipse(QPointF(cx, cy), r, r)
        # face plate
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(cx - 66, cy - 46, 132, 100), 44, 44)
        # headset band and ear pieces
        p.setPen(QPen(QColor(theme.ACCENT_DARK if not error else "#6b7280"), 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(cx - r - 6, cy - r - 6, 2 * r + 12, 2 * r + 12), 20 * 16, 140 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.ACCENT_DARK if not error else "#6b7280"))
        p.drawRoundedRect(QRectF(cx - r - 14, cy - 22, 22, 48), 9, 9)
        p.drawRoundedRect(QRectF(cx + r - 8, cy - 22, 22, 48), 9, 9)
        # eyes (blink every ~4 s)
        blink = (t % 4.2) < 0.14 and self._state in ("idle", "speaking")
        p.setBrush(QColor("#1a1f29"))
        for ex in (cx - 28, cx + 28):
            if blink:
                p.drawRoundedRect(QRectF(ex - 10, cy - 12, 20, 5), 2, 2)
            elif self._state == "thinking":
                p.drawEllipse(QPointF(ex + 4, cy - 16), 8, 10)
            else:
                p.drawEllipse(QPointF(ex, cy - 10), 9, 11)
        # cheeks
        p.setBrush(QColor(255, 150, 150, 110))
        p.drawEllipse(QPointF(cx - 46, cy + 12), 10, 6)
        p.drawEllipse(QPointF(cx + 46, cy + 12), 10, 6)
        # mouth
        p.setPen(QPen(QColor("#1a1f29"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if self._state == "speaking":
            open_ = 4 + 10 * abs(math.sin(t * 9))
            p.setBrush(QColor("#c2410c"))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(cx, cy + 24), 14, open_)
        elif error:
            p.drawLine(QPointF(cx - 14, cy + 28), QPointF(cx + 14, cy + 28))
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(cx - 20, cy + 6, 40, 28), 200 * 16, 140 * 16)
        # thinking dots
        if self._state == "thinking":
            p.setPen(Qt.PenStyle.NoPen)
            for k in range(3):
                lift = 8 * max(0.0, math.sin(t * 5 - k * 0.8))
                p.setBrush(QColor(theme.ACCENT_DARK))
                p.drawEllipse(QPointF(cx + 60 + k * 22, cy - r - 2 - lift), 8, 8)
        # error badge
        if error:
            p.setBrush(QColor("#b45309"))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(cx + 70, cy - 70), 22, 22)
            font = QFont(theme.FONT_FAMILY)
            font.setPixelSize(30)
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("white"))
            p.drawText(QRectF(cx + 48, cy - 92, 44, 44), Qt.AlignmentFlag.AlignCenter, "!")
        p.end()
