"""Small building blocks: plain-text labels, big buttons, tiles, the microphone button."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme


class PlainLabel(QLabel):
    """A word-wrapping label that never interprets rich text (catalog and model text is data)."""

    def __init__(self, text: str = "", role: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if role:
            self.setProperty("role", role)
        self.setText(text)


def button(name: str, kind: str | None = None, parent: QWidget | None = None) -> QPushButton:
    """A big touch button with a stable objectName (>= 80 px high through the style sheet)."""
    btn = QPushButton(parent)
    btn.setObjectName(name)
    btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    if kind:
        btn.setProperty("kind", kind)
    return btn


def card_frame(name: str | None = None) -> QFrame:
    """A white rounded card."""
    frame = QFrame()
    frame.setProperty("card", True)
    if name:
        frame.setObjectName(name)
    return frame


def scroller(inner: QWidget, name: str | None = None) -> QScrollArea:
    """Wrap ``inner`` so long content scrolls vertically (touch-drag friendly), never overflows."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    if name:
        area.setObjectName(name)
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens itself with "…" instead of widening the window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = text
        super().setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Keep the full text; show as much as fits."""
        self._full = text
        self._elide()

    def text(self) -> str:
        """The full (not shortened) text."""
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Re-shorten for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, self.width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


_TILE_HINT_WIDTH = 320


class TileButton(QPushButton):
    """A large tile: a title and a muted second line, both plain text and wrapping."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.setSpacing(2)
        self.title = PlainLabel(role="tile-title")
        self.detail = PlainLabel(role="muted")
        self.title_row = QHBoxLayout()
        """The title's row: a screen may add a mark at its right (the chooser's "likely" badge) without adding a line."""
        self.title_row.setSpacing(16)
        self.title_row.addWidget(self.title, 1)
        layout.addLayout(self.title_row)
        layout.addWidget(self.detail)
        for label in (self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addStretch(1)

    def set_texts(self, title: str, detail: str = "") -> None:
        """Set both lines (plain text)."""
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        """Wrapped titles need more height on narrow tiles (portrait, English)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        """As tall as the wrapped title and detail need, never below the minimum height."""
        return max(self.minimumHeight(), cast(QLayout, self.layout()).totalHeightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A modest width (tiles share their row equally) and the height of the wrapped text."""
        return QSize(_TILE_HINT_WIDTH, self.heightForWidth(_TILE_HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tiles may shrink to a narrow column; the text wraps."""
        return QSize(_TILE_HINT_WIDTH // 2, self.minimumHeight())


class VoiceButton(QPushButton):
    """The large round microphone button; paints its own icon, label and input level ring."""

    def __init__(self, name: str = "voiceButton", diameter: int = 190, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.level = 0.0
        self.listening = False
        self.available = True
        """False: drawn grey (voice cannot be used now) while it still takes a tap, to say why."""
        self.set_diameter(diameter)

    def set_diameter(self, diameter: int) -> None:
        """Resize the button (large-text mode makes it bigger)."""
        self._diameter = diameter
        self.setStyleSheet(
            f"QPushButton {{ border: none; background: transparent; padding: 0; min-height: {diameter}px;"
            f" max-height: {diameter}px; min-width: {diameter}px; max-width: {diameter}px; }}")
        self.setFixedSize(QSize(diameter, diameter))

    def set_level(self, level: float) -> None:
        """Show the microphone input level (0..1)."""
        self.level = max(0.0, min(1.0, level))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw the circle, the microphone glyph and the level ring."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self._diameter
        enabled = self.isEnabled() and self.available
        base = QColor(theme.ACCENT if enabled else "#9aa3af")
        if self.isDown() and enabled:
            base = QColor(theme.ACCENT_DARK)
        ring = 10
        if self.listening and enabled:
            p.setPen(QPen(QColor(theme.ACCENT_SOFT), ring))
            p.drawEllipse(QRectF(ring / 2, ring / 2, d - ring, d - ring))
            p.setPen(QPen(QColor("#0f9d58"), ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawArc(QRectF(ring / 2, ring / 2, d - ring, d - ring), 90 * 16, int(-360 * 16 * self.level))
        inner = QRectF(ring + 4, ring + 4, d - 2 * ring - 8, d - 2 * ring - 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(base)
        p.drawEllipse(inner)
        # microphone glyph
        s = inner.width() / 190 * 1.1
        c = inner.center() - QPointF(0, 16 * s)  # glyph above centre, the label below it inside the circle
        p.setBrush(QColor("white"))
        body = QRectF(c.x() - 16 * s, c.y() - 52 * s, 32 * s, 58 * s)
        p.drawRoundedRect(body, 16 * s, 16 * s)
        pen = QPen(QColor("white"), 6 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        path.arcMoveTo(QRectF(c.x() - 28 * s, c.y() - 32 * s, 56 * s, 56 * s), 180)
        path.arcTo(QRectF(c.x() - 28 * s, c.y() - 32 * s, 56 * s, 56 * s), 180, 180)
        p.drawPath(path)
        p.drawLine(int(c.x()), int(c.y() + 24 * s), int(c.x()), int(c.y() + 36 * s))
        # label
        text = self.text()
        if text:
            font = QFont(theme.FONT_FAMILY)
            font.setPixelSize(max(20, int(d / 8.2)))
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("white"))
            p.drawText(QRectF(inner.left(), c.y() + 38 * s, inner.width(), 40 * s),
                       Qt.AlignmentFlag.AlignCenter, text)
        p.end()


class Clickable(QWidget):
    """A plain widget that emits ``clicked`` on a tap anywhere inside it."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Emit ``clicked``."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def discard(widget: QWidget) -> None:
    """Remove a widget at once (hidden and unparented) and delete it later."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
