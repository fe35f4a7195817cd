"""Draw a :class:`~kiosk.printing.slips.Slip` with QPainter: a 1-bit-friendly raster image or a PDF.

Text is drawn with the CJK font (Noto Sans CJK SC) without antialiasing so thermal dots stay crisp;
sizes are in printer dots (203 dpi) so 58 mm (384 px) and 80 mm (576 px) slips look alike. Safe to
call from a worker thread once a Q(Gui)Application exists (:func:`ensure_gui_app` makes one for CLI
use). The PDF uses the same painting code on a :class:`QPdfWriter` (vector text).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

from kiosk.floor_labels import label_boxes
from kiosk.printing.slips import BigNumber, Block, Check, FloorMap, Qr, Rule, Slip, Text, here_word

_LOGGER = logging.getLogger(__name__)

DPI = 203
FONT_FAMILY = "Noto Sans CJK SC"
_SIZES = {384: {"small": 20, "normal": 24, "large": 32}, 576: {"small": 24, "normal": 30, "large": 40}}
_app_lock = threading.Lock()
_APP: QGuiApplication | None = None


def pin_none_refcount() -> None:
    """Apply the PySide6 reference-count guard (see :mod:`kiosk.qtcompat.refcount`)."""
    from kiosk.qtcompat.refcount import guard_refcounts

    guard_refcounts()


def ensure_gui_app() -> None:
    """Create an offscreen QGuiApplication if none exists (command-line printing)."""
    global _APP
    pin_none_refcount()
    with _app_lock:
        if QGuiApplication.instance() is None:
            if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            try:  # a QApplication serves widgets too (tests, the kiosk); fall back to a GUI-only one
                from PySide6.QtWidgets import QApplication

                _APP = QApplication([])
            except ImportError:
                _APP = QGuiApplication([])


def _sizes(width: int) -> dict[str, int]:
    return _SIZES[384] if width < 480 else _SIZES[576]


def _font(pixels: int, bold: bool = False, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setWeight(weight if weight is not None else (QFont.Weight.Bold if bold else QFont.Weight.Medium))
    font.setStyleStrategy(QFont.StyleStrategy.NoAntialias)
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return font


class _Painter:
    """Lays the blocks out top to bottom; with ``painter=None`` it only measures."""

    def __init__(self, painter: QPainter | None, width: int, language: str) -> None:
        self.p, self.w, self.lang = painter, width, language
        self.sizes = _sizes(width)
        self.gap = 10 if width < 480 else 14
        self.y = 0.0

    def _text(self, text: str, font: QFont, left: float, width: float, center: bool) -> float:
        flags = Qt.TextFlag.TextWordWrap | (Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft)
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), int(flags), text)
        if self.p is not None:
            self.p.setFont(font)
            self.p.drawText(QRectF(left, self.y, width, rect.height() + 2), int(flags), text)
        return rect.height()

    def block(self, block: Block) -> None:
        handler = cast(Callable[[Any], None], {  # the handlers take different Block types
            Text: self._block_text,
            BigNumber: self._block_number,
            Check: self._block_check,
            Qr: self._block_qr,
            FloorMap: self._block_map,
            Rule: self._block_rule,
        }[type(block)])
        handler(block)

    def _block_text(self, block: Text) -> None:
        font = _font(self.sizes[block.size if block.size != "huge" else "large"], block.bold)
        self.y += self._text(block.text, font, 0, self.w, block.center) + self.gap

    def _block_number(self, block: BigNumber) -> None:
        pixels = 190 if self.w >= 480 else 140
        font = _font(pixels, weight=QFont.Weight.Black)
        while QFontMetricsF(font).horizontalAdvance(block.text) > self.w * 0.92 and pixels > 40:
            pixels -= 6
            font = _font(pixels, weight=QFont.Weight.Black)
        metrics = QFontMetricsF(font)
        height = metrics.ascent() * 0.98
        if self.p is not None:
            self.p.setFont(font)
            x = (self.w - metrics.horizontalAdvance(block.text)) / 2
            self.p.drawText(QPointF(x, self.y + height), block.text)
        self.y += height + self.gap * 1.5
        if block.note:
            note_font = _font(self.sizes["large"], True)
            h = QFontMetricsF(note_font).height() + 8
            if self.p is not None:
                nw = QFontMetricsF(note_font).horizontalAdvance(block.note) + 32
                box = QRectF((self.w - nw) / 2, self.y, nw, h)
                self.p.fillRect(box, QColor("black"))
                self.p.setPen(QColor("white"))
                self.p.setFont(note_font)
                self.p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), block.note)
                self.p.setPen(QColor("black"))
            self.y += h + self.gap

    def _block_check(self, block: Check) -> None:
        font = _font(self.sizes["normal"], True)
        small = _font(self.sizes["small"])
        box = QFontMetricsF(font).ascent() * 0.9
        left = box + 14
        if self.p is not None:
            self.p.setPen(QPen(QColor("black"), 3))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(QRectF(2, self.y + 4, box, box))
        self.y += self._text(block.text, font, left, self.w - left, False)
        if block.detail:
            self.y += self._text(block.detail, small, left, self.w - left, False)
        self.y += self.gap

    def _block_qr(self, block: Qr) -> None:
        qr = segno.make(block.data, error="m", boost_error=False)
        matrix = qr.matrix
        module = 6 if self.w >= 480 else 5
        side = (len(matrix) + 8) * module
        x0 = (self.w - side) / 2
        if self.p is not None:
            self.p.fillRect(QRectF(x0, self.y, side, side), QColor("white"))
            for r, row in enumerate(matrix):
                for c, dark in enumerate(row):
                    if dark:
                        self.p.fillRect(
                            QRectF(x0 + (c + 4) * module, self.y + (r + 4) * module, module, module), QColor("black")
                        )
        self.y += side
        if block.caption:
            self.y += self._text(block.caption, _font(self.sizes["small"]), 0, self.w, True)
        self.y += self.gap

    def _block_map(self, block: FloorMap) -> None:
        renderer = QSvgRenderer(block.svg_path) if block.svg_path else None
        if renderer is None or not renderer.isValid():
            self.y += self._text(block.label, _font(self.sizes["normal"], True), 0, self.w, True) + self.gap
            return
        marks = map_marks(block, int(self.w), self.lang)
        target = QRectF(0, self.y, self.w, marks.height)
        if self.p is not None:
            renderer.setViewBox(marks.source)
            renderer.render(self.p, target)
            self.p.setPen(QPen(QColor("black"), 3))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(target)
            self.p.save()
            self.p.translate(0, self.y)
            if len(marks.route) > 1:  # the walkway route, as on the map screen
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.setPen(QPen(QColor("black"), 5, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap,
                                   Qt.PenJoinStyle.RoundJoin))
                self.p.drawPolyline(QPolygonF(marks.route))
            if marks.here is not None and marks.here_tag is not None:
                self.p.setBrush(QColor("white"))
                self.p.setPen(QPen(QColor("black"), 4))
                self.p.drawEllipse(marks.here)
                self.p.fillRect(marks.here_tag, QColor("white"))
                self.p.setPen(QPen(QColor("black"), 2))
                self.p.drawRect(marks.here_tag)
                self.p.setFont(_font(self.sizes["small"], True))
                self.p.drawText(marks.here_tag, int(Qt.AlignmentFlag.AlignCenter), here_word(self.lang))
            self.p.setBrush(QBrush(QColor("black")))
            self.p.setPen(QPen(QColor("white"), 3))
            self.p.drawEllipse(marks.dot)
            self.p.fillRect(marks.tag, QColor("black"))
            self.p.setPen(QColor("white"))
            self.p.setFont(_font(self.sizes["normal"], True))
            self.p.drawText(marks.tag, int(Qt.AlignmentFlag.AlignCenter), block.label)
            self.p.setPen(QColor("black"))
            self.p.restore()
        self.y += marks.height + self.gap

    def _block_rule(self, _block: Rule) -> None:
        if self.p is not None:
            self.p.setPen(QPen(QColor("black"), 2, Qt.PenStyle.DashLine))
            self.p.drawLine(QPointF(0, self.y + 4), QPointF(self.w, self.y + 4))
        self.y += 8 + self.gap


@dataclass(frozen=True)
class MapMarks:
    """Where the slip's small plan and its marks go, in dots from the plan's top-left corner."""

    source: QRectF
    """The part of the SVG's view box shown."""
    height: float
    route: list[QPointF]
    dot: QRectF
    """The window's dot."""
    tag: QRectF
    """The window's black tag."""
    here: QRectF | None
    """The kiosk's ring, when it stands on this floor."""
    here_tag: QRectF | None
    labels: list[QRectF]
    """The plan's own labels (kiosk.floor_labels) as drawn: no mark covers one."""

    @property
    def marks(self) -> list[QRectF]:
        """Every mark drawn over the plan."""
        return [m for m in (self.dot, self.tag, self.here, self.here_tag) if m is not None]


def _place(candidates: list[QRectF], avoid: list[QRectF], bounds: QRectF) -> QRectF:
    """The first candidate inside ``bounds`` touching nothing in ``avoid``; else the one covering least."""
    def inside(box: QRectF) -> QRectF:
        x = min(max(box.left(), bounds.left()), bounds.right() - box.width())
        y = min(max(box.top(), bounds.top()), bounds.bottom() - box.height())
        return QRectF(x, y, box.width(), box.height())

    def covered(box: QRectF) -> float:
        return sum(box.intersected(o).width() * box.intersected(o).height() for o in avoid if box.intersects(o))

    boxes = [inside(b) for b in candidates]
    return next((b for b in boxes if covered(b) == 0), min(boxes, key=covered))


def _around(centre: QPointF, w: float, h: float, gap: float) -> list[QRectF]:
    """Boxes of ``w`` x ``h`` below, above, right and left of ``centre`` and on the diagonals."""
    x, y = centre.x(), centre.y()
    spots = [(x - w / 2, y + gap), (x - w / 2, y - h - gap), (x + gap, y - h / 2), (x - w - gap, y - h / 2),
             (x + gap, y + gap), (x - w - gap, y + gap), (x + gap, y - h - gap), (x - w - gap, y - h - gap)]
    return [QRectF(a, b, w, h) for a, b in spots]


def _nearby(centre: QPointF, w: float, h: float, bounds: QRectF, step: float = 6.0) -> list[QRectF]:
    """Every ``w`` x ``h`` box on a grid inside ``bounds``, nearest to ``centre`` first."""
    boxes = [QRectF(bounds.left() + i * step, bounds.top() + j * step, w, h)
             for i in range(int((bounds.width() - w) // step) + 1) for j in range(int((bounds.height() - h) // step) + 1)]
    return sorted(boxes, key=lambda b: (b.center().x() - centre.x()) ** 2 + (b.center().y() - centre.y()) ** 2)


def map_marks(block: FloorMap, width: int, language: str = "zh") -> MapMarks:
    """Lay out the slip's small plan: crop, route, the window's dot and tag and "you are here", each placed
    off the plan's own labels (the dot slides back along the route when the window's spot is on one)."""
    ensure_gui_app()  # fonts are measured
    renderer = QSvgRenderer(block.svg_path) if block.svg_path else None
    view = renderer.viewBoxF() if renderer is not None and renderer.isValid() else QRectF(0, 0, 1600, 1000)
    # Crop around the window (70 % of the plan's width) unless "you are here" must stay visible.
    crop = 1.0 if block.here or block.route else 0.7
    left = min(max(block.x - crop / 2, 0.0), 1.0 - crop)
    source = QRectF(view.x() + left * view.width(), view.y(), crop * view.width(), view.height())
    height = min(width * source.height() / source.width(), width * 0.7)
    bounds = QRectF(0, 0, width, height)

    def point(x: float, y: float) -> QPointF:
        return QPointF((x - left) / crop * width, y * height)

    labels = [QRectF(point(a, b), point(c, d)) for a, b, c, d in label_boxes(block.svg_path)]
    labels = [box for box in labels if box.intersects(bounds)]
    route = [point(*pt) for pt in block.route]
    radius = 9.0
    spot = point(block.x, block.y)
    steps = [spot]
    if len(route) > 1:  # back along the last stretch of the route, a few dots at a time
        a, b = route[-2], route[-1]
        length = max(1.0, ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5)
        steps += [QPointF(b.x() + (a.x() - b.x()) * d / length, b.y() + (a.y() - b.y()) * d / length)
                  for d in range(4, int(min(length, 60)), 4)]
    steps += [QPointF(spot.x() + dx, spot.y() + dy) for d in (4, 8, 12, 16)
              for dx, dy in ((0, d), (0, -d), (d, 0), (-d, 0))]  # then a little to a side
    dots = [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in steps]
    dot = _place(dots, labels, bounds)
    normal = QFontMetricsF(_font(_sizes(width)["normal"], True))
    small = QFontMetricsF(_font(_sizes(width)["small"], True))
    tw, th = normal.horizontalAdvance(block.label) + 16, normal.height() + 4
    taken = [*labels, dot]
    here = here_tag = None
    if block.here:
        hp = point(*block.here)
        here = _place([QRectF(hp.x() - 12, hp.y() - 12, 24, 24)], labels, bounds)
        word = here_word(language)
        hw = small.horizontalAdvance(word) + 10
        here_tag = _place(_around(here.center(), hw, 28, 16) + _nearby(here.center(), hw, 28, bounds),
                          [*taken, here], bounds)
        taken += [here, here_tag]
    tag = _place(_around(dot.center(), tw, th, radius + 4) + _nearby(dot.center(), tw, th, bounds), taken, bounds)
    return MapMarks(source, height, route, dot, tag, here, here_tag, labels)


def _paint(painter: QPainter | None, slip: Slip, width: int) -> float:
    layout = _Painter(painter, width, slip.language)
    if painter is not None:
        painter.setPen(QColor("black"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, False)
    for block in slip.blocks:
        layout.block(block)
    return layout.y + 24  # tail before the cut


def measure(slip: Slip, width: int) -> int:
    """Height in dots of the slip at ``width`` dots."""
    ensure_gui_app()
    return int(_paint(None, slip, width) + 0.5)


def render_image(slip: Slip, width: int = 576) -> QImage:
    """The slip as a black-on-white grayscale image ``width`` dots wide (threshold-safe for 1-bit)."""
    ensure_gui_app()
    height = measure(slip, width)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(painter, slip, width)
    finally:
        painter.end()
    return image


def to_pil(image: QImage):  # -> PIL.Image.Image
    """A 1-bit PIL image (what python-escpos rasterises) from a rendered slip."""
    from PIL import Image

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    pil = Image.frombuffer("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine(), 1)
    return pil.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)


def rasterize(slip: Slip, width: int):  # -> PIL.Image.Image
    """Render and convert in one step (the ESC/POS raster path)."""
    return to_pil(render_image(slip, width))


def paint_page(device: QPaintDevice, slip: Slip, width: int, offset_x: float, scale: float = 1.0) -> None:
    """Paint the slip on any paint device (PDF writer, system printer) ``offset_x`` dots from the left."""
    painter = QPainter(device)
    try:
        painter.translate(offset_x, 0)
        painter.scale(scale, scale)
        _paint(painter, slip, width)
    finally:
        painter.end()


def page_size(slip: Slip, paper_mm: int, width: int) -> QPageSize:
    """A custom page paper_mm wide and as long as the slip."""
    height_mm = measure(slip, width) / DPI * 25.4 + 4
    return QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter, slip.name)


def render_pdf(slip: Slip, path: Path | str, paper_mm: int = 80) -> Path:
    """Write the slip as a one-page PDF ``paper_mm`` wide; returns the path."""
    ensure_gui_app()
    width = 384 if paper_mm == 58 else 576
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(slip.name)
    writer.setCreator("HallGuide")
    writer.setPageLayout(QPageLayout(page_size(slip, paper_mm, width), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    full = paper_mm / 25.4 * DPI
    paint_page(writer, slip, width, (full - width) / 2)
    return path
