"""One floor plan: the SVG scaled to fit, "you are here", the target's pulsing marker, the route.

A plan whose SVG has the layers ``plan`` and ``labels`` (the demo hall's) is drawn in three
steps: the plan, then the route, then the labels, so the route never hides a window number. The
markers' label boxes are placed off the floor's window numbers (``Leg.keep_clear``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.floor_labels import Box, label_boxes
from kiosk.ui import theme
from kiosk.ui.route import Leg

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_YOU = QColor("#c2410c")
_NEAR = 40
"""A tag farther than this (pixels) from the marker it names gets a line to it."""


class FloorMapView(QWidget):
    """Paints one floor's plan with markers; the target marker pulses while visible."""

    def __init__(self, name: str = "floorMap", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(320, 220))
        self._renderer: QSvgRenderer | None = None
        self._layered = False
        self._markers: list[QRectF] = []
        self.leaders: list[tuple[QPointF, QPointF]] = []
        """Lines drawn from a tag that had to stand off to the marker it names (anchor, point on the tag)."""
        self.tags: list[tuple[QPointF, QRectF]] = []
        """Each tag drawn: (the point it names, its box)."""
        self._plan_labels: tuple[Box, ...] = ()
        self._map_path: Path | None = None
        self.leg: Leg | None = None
        self.target: tuple[float, float] | None = None
        self.target_label = ""
        self.you_label = ""
        self.connector_label = ""
        self.floor_label = ""
        self.text_px = 24
        self._t0 = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.update)

    def set_plan(self, map_path: Path | None) -> None:
        """Load the floor's SVG (None draws a plain frame)."""
        if map_path == self._map_path:
            return
        self._map_path = map_path
        self._renderer = None
        if map_path is not None:
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(map_path))
            self._renderer = renderer if renderer.isValid() else None
        self._layered = bool(self._renderer and self._renderer.elementExists("plan")
                             and self._renderer.elementExists("labels"))
        self._plan_labels = label_boxes(map_path) if self._renderer is not None else ()
        self.update()

    def set_leg(self, leg: Leg | None, target_label: str, you_label: str, connector_label: str) -> None:
        """Show a route leg with its labels."""
        self.leg = leg
        self.target = leg.points[-1] if leg and leg.end_is_target else None
        self.target_label = target_label
        self.you_label = you_label
        self.connector_label = connector_label
        self.update()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Start the pulse."""
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop the pulse."""
        self._timer.stop()
        super().hideEvent(event)

    @property
    def _taken(self) -> list[QRectF]:
        """The boxes of the tags drawn so far (a later tag keeps clear of them)."""
        return [box for _, box in self.tags]

    def _plan_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self._renderer is not None:
            size = self._renderer.defaultSize()
            ratio = size.width() / max(1, size.height())
        else:
            ratio = 5 / 3
        w = min(area.width(), area.height() * ratio)
        h = w / ratio
        return QRectF(area.center().x() - w / 2, area.top(), w, h)

    def _label(self, p: QPainter, at: QPointF, text: str, fill: QColor, plan: QRectF, below: bool = False) -> None:
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(self.text_px)
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 28
        h = fm.height() + 14
        box = self._label_box(at, w, h, plan, below)
        if not box.adjusted(-_NEAR, -_NEAR, _NEAR, _NEAR).contains(at):  # stood off: a line says whose tag it is
            end = QPointF(min(max(at.x(), box.left()), box.right()), min(max(at.y(), box.top()), box.bottom()))
            p.setPen(QPen(fill, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(at, end)
            self.leaders.append((at, end))
        p.setPen(QPen(QColor("white"), 2))
        p.setBrush(fill)
        p.drawRoundedRect(box, 10, 10)
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        self.tags.append((at, box))

    def plan_label_rects(self, plan: QRectF) -> list[QRectF]:
        """The plan's own labels (kiosk.floor_labels) where they are drawn in ``plan``."""
        return [QRectF(plan.left() + a * plan.width(), plan.top() + b * plan.height(),
                       (c - a) * plan.width(), (d - b) * plan.height()) for a, b, c, d in self._plan_labels]

    def _label_box(self, at: QPointF, w: float, h: float, plan: QRectF, below: bool) -> QRectF:
        """The first place for a label box around ``at`` off window numbers, the plan's labels and other
        tags; when every place touches something, the one that covers least."""
        clear = [self._window_box(pt, plan) for pt in (self.leg.keep_clear if self.leg else ())]
        clear += self.plan_label_rects(plan)
        spots = []
        for gap in (34, 70, 110):
            ring = [(at.x() - w / 2, at.y() - h - gap), (at.x() - w / 2, at.y() + gap),
                    (at.x() + gap, at.y() - h / 2), (at.x() - w - gap, at.y() - h / 2),
                    (at.x() + gap * 0.7, at.y() - h - gap * 0.7), (at.x() - w - gap * 0.7, at.y() - h - gap * 0.7),
                    (at.x() + gap * 0.7, at.y() + gap * 0.7), (at.x() - w - gap * 0.7, at.y() + gap * 0.7)]
            if below:
                ring[0], ring[1] = ring[1], ring[0]
            spots += ring
        boxes = []
        for x, y in spots:
            x = min(max(x, plan.left()), plan.right() - w)
            y = min(max(y, plan.top()), plan.bottom() - h)
            boxes.append(QRectF(x, y, w, h))
        others = (*clear, *self._markers, *self._taken)

        def covered(box: QRectF) -> float:
            return sum(box.intersected(o).width() * box.intersected(o).height() for o in others if box.intersects(o))

        for box in boxes:
            if covered(box) == 0:
                return box
        return min(boxes, key=covered)

    def _clear_under_route(self, p: QPainter, route: QPainterPath, width: float, plan: QRectF) -> None:
        """A light patch under each plan label the route passes beneath, so the label reads clearly."""
        stroker = QPainterPathStroker()
        stroker.setWidth(width)
        band = stroker.createStroke(route)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 235))
        for box in self.plan_label_rects(plan):
            if box.width() < plan.width() * 0.3 and band.intersects(box):
                p.drawRoundedRect(box.adjusted(-6, -3, 6, 3), 6, 6)

    def _marker_boxes(self, at: Callable[[tuple[float, float]], QPointF], k: float) -> list[QRectF]:
        """Where the target pin, the lift/stairs box and the person pin are drawn (no tag may cover them)."""
        leg = self.leg
        points: list[tuple[QPointF, float]] = []
        if self.target is not None:
            points.append((at(self.target), 26 * k))
        if leg is not None and leg.connector is not None:
            points.append((at(leg.points[-1] if not leg.end_is_target else leg.points[0]), 22 * k))
        if leg is not None and leg.start_is_kiosk:
            points.append((at(leg.points[0]), 18 * k))
        return [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for c, r in points]

    @staticmethod
    def _window_box(pt: tuple[float, float], plan: QRectF) -> QRectF:
        """The area of a window's number box on the plan (about 6 % x 6 % of the plan)."""
        cx, cy = plan.left() + pt[0] * plan.width(), plan.top() + pt[1] * plan.height()
        w, h = 0.06 * plan.width(), 0.06 * plan.height()
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    def _render_layer(self, p: QPainter, element: str, plan: QRectF) -> None:
        """One layer of the SVG where it lies on the whole plan."""
        renderer = self._renderer
        assert renderer is not None
        view = renderer.viewBoxF()
        bounds = renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element))
        sx, sy = plan.width() / max(view.width(), 1e-9), plan.height() / max(view.height(), 1e-9)
        target = QRectF(plan.left() + (bounds.x() - view.x()) * sx, plan.top() + (bounds.y() - view.y()) * sy,
                        bounds.width() * sx, bounds.height() * sy)
        renderer.render(p, element, target)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw plan, route, markers and labels."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plan = self._plan_rect()
        self.leaders = []
        self.tags = []
        if self._renderer is not None and self._layered:
            self._render_layer(p, "plan", plan)
        elif self._renderer is not None:
            self._renderer.render(p, plan)
        else:
            p.setPen(QPen(QColor("#8a94a6"), 3))
            p.setBrush(QColor("#f4f6f9"))
            p.drawRoundedRect(plan, 12, 12)

        def at(pt: tuple[float, float]) -> QPointF:
            return QPointF(plan.left() + pt[0] * plan.width(), plan.top() + pt[1] * plan.height())

        k = max(0.5, min(1.0, plan.width() / 1100))  # markers and line shrink with a small plan
        leg = self.leg
        if leg is not None and len(leg.points) > 1:
            path = QPainterPath(at(leg.points[0]))
            for pt in leg.points[1:]:
                path.lineTo(at(pt))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("white"), 16 * k, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.drawPath(path)
            # a walked route dashed; a straight direction (no walkways known) as thinner dots
            pen = QPen(QColor(theme.ACCENT), (6 if leg.straight else 9) * k, Qt.PenStyle.DashLine,
                       Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            pen.setDashPattern([0.1, 2.2] if leg.straight else [1.6, 1.4])
            p.setPen(pen)
            p.drawPath(path)
            # arrow head at the end
            a, b = at(leg.points[-2]), at(leg.points[-1])
            ang = math.atan2(b.y() - a.y(), b.x() - a.x())
            tip = QPointF(b.x() - 26 * k * math.cos(ang), b.y() - 26 * k * math.sin(ang))
            head = QPolygonF([
                tip,
                QPointF(tip.x() - 24 * k * math.cos(ang - 0.5), tip.y() - 24 * k * math.sin(ang - 0.5)),
                QPointF(tip.x() - 24 * k * math.cos(ang + 0.5), tip.y() - 24 * k * math.sin(ang + 0.5)),
            ])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.ACCENT))
            p.drawPolygon(head)
            if self._layered:
                self._clear_under_route(p, path, 16 * k, plan)
        if self.target is not None:  # the marker under the labels: a window number stays readable
            tp = at(self.target)
            phase = ((time.monotonic() - self._t0) * 0.8) % 1.0
            p.setPen(QPen(QColor(31, 95, 191, int(200 * (1 - phase))), 6 * k))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(tp, (18 + 30 * phase) * k, (18 + 30 * phase) * k)
            p.setPen(QPen(QColor("white"), 4 * k))
            p.setBrush(QColor(theme.ACCENT))
            p.drawEllipse(tp, 18 * k, 18 * k)
            p.setBrush(QColor("white"))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(tp, 6 * k, 6 * k)
        if self._renderer is not None and self._layered:
            self._render_layer(p, "labels", plan)  # window numbers and names stay above the route
        if leg is not None and leg.connector is not None:
            c = leg.points[-1] if not leg.end_is_target else leg.points[0]
            cp = at(c)
            p.setPen(QPen(QColor("white"), 3))
            p.setBrush(QColor("#4b5563"))
            p.drawRoundedRect(QRectF(cp.x() - 20 * k, cp.y() - 20 * k, 40 * k, 40 * k), 8 * k, 8 * k)
            p.setPen(QPen(QColor("white"), 4 * k))
            p.drawLine(QPointF(cp.x() - 6 * k, cp.y() + 10 * k), QPointF(cp.x() - 6 * k, cp.y() - 10 * k))
            p.drawLine(QPointF(cp.x() + 6 * k, cp.y() - 10 * k), QPointF(cp.x() + 6 * k, cp.y() + 10 * k))
        # the markers stay clear of every tag; the target's tag is placed first (it matters most), then the lift's
        self._markers = self._marker_boxes(at, k)
        if self.target is not None and self.target_label:
            self._label(p, at(self.target), self.target_label, QColor(theme.ACCENT_DARK), plan)
        if leg is not None and leg.connector is not None and self.connector_label:
            c = leg.points[-1] if not leg.end_is_target else leg.points[0]
            self._label(p, at(c), self.connector_label, QColor("#4b5563"), plan)
        if leg is not None and leg.start_is_kiosk:
            yp = at(leg.points[0])
            # a person pin (head and shoulders in a circle): a different shape from the round target
            p.setPen(QPen(QColor("white"), 4 * k))
            p.setBrush(_YOU)
            p.drawEllipse(yp, 24 * k, 24 * k)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("white"))
            p.drawEllipse(QPointF(yp.x(), yp.y() - 7 * k), 7 * k, 7 * k)
            p.drawPie(QRectF(yp.x() - 13 * k, yp.y() + 2 * k, 26 * k, 24 * k), 0, 180 * 16)
            if self.you_label:
                self._label(p, yp, self.you_label, _YOU, plan, below=True)
        p.end()
