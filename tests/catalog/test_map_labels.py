"""Tags, dots and the route never cover the plan's own labels (issue 13, found by the Xvfb walk): "您在这里"
covered "主入口 Main Entrance", the toilet's tag covered the toilet's own label, the route line ran through
"2F 二楼 · Second floor", and the slip's window dot covered a zone label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from kiosk.catalog import LoadedCatalog
from kiosk.floor_labels import label_boxes, text_width_em
from kiosk.route import route_to
from kiosk.ui import theme
from kiosk.ui.floor_map import FloorMapView

ACCENT = QColor(theme.ACCENT)


def _is_accent(colour: QColor) -> bool:
    return abs(colour.red() - ACCENT.red()) + abs(colour.green() - ACCENT.green()) + abs(
        colour.blue() - ACCENT.blue()) < 40


def test_label_boxes_are_read_from_the_plan(demo_catalog: LoadedCatalog) -> None:
    boxes = label_boxes(demo_catalog.map_path("2F"))
    assert len(boxes) > 20 and all(0 <= a < c <= 1.05 and 0 <= b < d <= 1.05 for a, b, c, d in boxes)
    assert text_width_em("主入口 ok") == pytest.approx(3 + 0.6 * 3)
    assert label_boxes(None) == () and label_boxes("/nonexistent.svg") == ()


@pytest.mark.parametrize("target", ["toilet-1f", "A02", "B03", "C13", "nursing-room", "info-desk"])
def test_tags_never_cover_a_plan_label(qtbot, demo_catalog: LoadedCatalog, screenshot_dir: Path, target) -> None:
    for accessible in (False, True):
        route = route_to(demo_catalog.catalog, target, accessible=accessible)
        for i, leg in enumerate(route.legs):
            view = FloorMapView()
            qtbot.addWidget(view)
            view.resize(1200, 800)
            view.set_plan(demo_catalog.map_path(leg.floor))
            view.set_leg(leg, "卫生间" if target == "toilet-1f" else target, "您在这里",
                         "电梯" if leg.connector else "")
            image = view.grab().toImage()
            if not accessible:
                image.save(str(screenshot_dir / f"route-labels-{target}-{i + 1}-{leg.floor}.png"))
            plan = view._plan_rect()
            labels = view.plan_label_rects(plan)
            assert view._taken, "no tag drawn"
            for tag in view._taken:
                hit = [box for box in labels if tag.intersects(box)]
                assert not hit, f"{target} {leg.floor}: a tag covers a plan label {hit[0]}"
            # under every small label the route passes beneath, no route colour: the label reads on a patch
            for box in labels:
                if box.width() >= plan.width() * 0.3:
                    continue
                inner = box.adjusted(2, 2, -2, -2)
                accent = [(x, y) for x in range(int(inner.left()), int(inner.right()), 2)
                          for y in range(int(inner.top()), int(inner.bottom()), 2)
                          if _is_accent(image.pixelColor(x, y))]
                assert len(accent) < 3, f"{target} {leg.floor}: route through the label at {box}"


def test_slip_dot_and_tag_cover_no_plan_label(demo_catalog: LoadedCatalog, screenshot_dir: Path) -> None:
    from kiosk.printing import qt_render
    from kiosk.printing.slips import FloorMap, guide_slip

    for service in demo_catalog.catalog.services:
        slip = guide_slip(service, demo_catalog, qr_url="https://example.gov.cn/{service_id}")
        block = next((b for b in slip.blocks if isinstance(b, FloorMap)), None)
        if block is None:
            continue
        drawn = qt_render.map_marks(block, 576)
        assert drawn.marks, service.id
        for mark in drawn.marks:
            hit = [box for box in drawn.labels if mark.intersects(box)]
            assert not hit, f"{service.id}: {mark} covers a plan label {hit[0]} (dot {drawn.dot}, tag {drawn.tag})"
    qt_render.render_image(slip, 576).save(str(screenshot_dir / "slip-labels-clear.png"))
    assert isinstance(drawn.labels[0], QRectF)


def test_the_slip_takes_the_step_free_route_the_map_screen_shows(demo_catalog: LoadedCatalog) -> None:
    from kiosk.printing.slips import FloorMap, guide_slip

    catalog = demo_catalog.catalog
    checked = 0
    for service in catalog.services:
        windows = catalog.service_windows(service)
        if not windows or windows[0].floor == catalog.hall.kiosk.floor:
            continue
        for accessible in (False, True):
            slip = guide_slip(service, demo_catalog, qr_url="https://example.gov.cn/{service_id}",
                              accessible=accessible)
            blocks = [b for b in slip.blocks if isinstance(b, FloorMap)]  # one plan per floor walked
            legs = route_to(catalog, windows[0].id, accessible=accessible).legs
            assert [b.route for b in blocks] == [tuple(leg.points) for leg in legs]
        checked += 1
    assert checked, "no service upstairs: the test shows nothing"


@pytest.mark.parametrize("target", ["B04", "B03", "toilet-1f", "C13"])
def test_each_tag_is_by_its_marker_or_tied_to_it(qtbot, demo_catalog: LoadedCatalog, target) -> None:
    """Xvfb walk (stop 23): on 2F the lift's tag sat by the B04 pin and "B04 号窗口" stood lower, with nothing to say
    which tag named which marker. No tag covers a marker; a tag that stands off has a line to its marker."""
    route = route_to(demo_catalog.catalog, target, accessible=True)
    for leg in route.legs:
        view = FloorMapView()
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.set_plan(demo_catalog.map_path(leg.floor))
        view.set_leg(leg, f"{target} 号窗口", "您在这里", "电梯（2F）" if leg.connector else "")
        view.grab()
        assert view._taken
        for tag in view._taken:
            assert not any(tag.intersects(marker) for marker in view._markers), f"{target} {leg.floor}: a tag on a marker"
        tied = {(round(a.x()), round(a.y())) for a, _ in view.leaders}
        for anchor, tag in view.tags:
            near = tag.adjusted(-41, -41, 41, 41).contains(anchor)
            assert near or (round(anchor.x()), round(anchor.y())) in tied, f"{target} {leg.floor}: a far tag, no line"
