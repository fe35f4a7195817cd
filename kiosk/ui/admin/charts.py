"""Two small QPainter charts for the insights page: horizontal bars and stacked day columns."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.text import tr_both
from kiosk.ui.theme import ACCENT, FONT_FAMILY

RATING_COLORS = {5: "#1e7b34", 4: "#6aa84f", 3: "#c9b037", 2: "#e07b39", 1: "#b3261e"}


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(size)
    font.setBold(bold)
    return font


class BarChart(QWidget):
    """Labelled horizontal bars with their values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        """Replace the bars."""
        self.items = list(items)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw the bars."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_font(20))
        if not self.items:
            painter.setPen(QColor("#4a5568"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr_both("StaffAdminCharts", "No data yet"))
            return
        label_w = min(260, self.width() // 3)
        row_h = min(44.0, self.height() / len(self.items))
        top = max(item[1] for item in self.items) or 1
        for index, (label, value) in enumerate(self.items):
            y = index * row_h
            painter.setPen(QColor("#1a1f29"))
            right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, label_w - 12, row_h), right_middle,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, label_w - 12))
            bar_w = (self.width() - label_w - 70) * value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            painter.drawRoundedRect(QRectF(label_w, y + row_h * 0.2, max(bar_w, 2), row_h * 0.6), 5, 5)
            painter.setPen(QColor("#1a1f29"))
            painter.drawText(QRectF(label_w + bar_w + 8, y, 70, row_h), Qt.AlignmentFlag.AlignVCenter, str(value))


class RatingDays(QWidget):
    """Stacked columns per day: how many of each rating level, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: dict[str, dict[int, int]] = {}
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_days(self, days: dict[str, dict[int, int]]) -> None:
        """Replace the data: day → level → count."""
        self.days = dict(days)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw legend, columns and day labels."""
        from kiosk.insights import Rating

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_font(16))
        x, y = 0.0, 0.0
        for level in sorted(RATING_COLORS, reverse=True):
            text = f"{Rating(level).label_zh} {Rating(level).label_en}"
            advance = 34 + painter.fontMetrics().horizontalAdvance(text)
            if x and x + advance > self.width():
                x, y = 0.0, y + 28
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(RATING_COLORS[level]))
            painter.drawRect(QRectF(x, y + 5, 16, 16))
            painter.setPen(QColor("#1a1f29"))
            painter.drawText(QRectF(x + 22, y, advance, 26), Qt.AlignmentFlag.AlignVCenter, text)
            x += advance
        if not self.days:
            return
        top_y, bottom_y = y + 44.0, self.height() - 30.0
        highest = max((sum(d.values()) for d in self.days.values()), default=0) or 1
        slot = self.width() / len(self.days)
        for index, (day, levels) in enumerate(sorted(self.days.items())):
            left = index * slot + slot * 0.2
            width = slot * 0.6
            y = bottom_y
            for level in sorted(RATING_COLORS):
                count = levels.get(level, 0)
                if not count:
                    continue
                h = (bottom_y - top_y) * count / highest
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(RATING_COLORS[level]))
                painter.drawRect(QRectF(left, y - h, width, h))
                y -= h
            painter.setPen(QColor("#1a1f29"))
            total = sum(levels.values())
            if total:
                painter.drawText(QRectF(left - 10, y - 26, width + 20, 24), Qt.AlignmentFlag.AlignCenter, str(total))
            painter.drawText(QRectF(index * slot, bottom_y + 4, slot, 24), Qt.AlignmentFlag.AlignCenter, day[5:])
        painter.setPen(QColor("#9aa6b8"))
        painter.drawLine(0, int(bottom_y), self.width(), int(bottom_y))
