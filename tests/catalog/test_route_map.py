"""The route drawn on the floor plan: along the walkways, under the labels (screenshots saved)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

from kiosk.catalog import LoadedCatalog
from kiosk.route import route_to
from kiosk.ui import theme
from kiosk.ui.floor_map import FloorMapView

ACCENT = QColor(theme.ACCENT)


def _render(view: FloorMapView, path: Path) -> QImage:
    image = view.grab().toImage()
    assert image.save(str(path))
    return image


def _is_accent(colour: QColor) -> bool:
    return abs(colour.red() - ACCENT.red()) + abs(colour.green() - ACCENT.green()) + abs(
        colour.blue() - ACCENT.blue()) < 40


@pytest.mark.parametrize("target", ["toilet-1f", "A02", "B03", "C13", "nursing-room", "info-desk"])
def test_route_screenshots_keep_window_numbers_readable(qtbot, demo_catalog: LoadedCatalog,
                                                        screenshot_dir: Path, target: str) -> None:
    """Each leg drawn on its plan; no route pixel inside any window's number box."""
    catalog = demo_catalog.catalog
    route = route_to(catalog, target)
    for i, leg in enumerate(route.legs):
        view = FloorMapView()
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.set_plan(demo_catalog.map_path(leg.floor))
        assert view._layered
        view.set_leg(leg, target, "您在这里", "电梯" if leg.connector else "")
        image = _render(view, screenshot_dir / f"route-{target}-{i + 1}-{leg.floor}.png")
        plan = view._plan_rect()
        for window in (w for w in catalog.windows if w.floor == leg.floor):
            # the number itself: the middle of the window's box (92 x 56 of 1600 x 1000 plan pixels)
            box = QRectF(QPointF(plan.left() + (window.x - 0.02) * plan.width(),
                                 plan.top() + (window.y - 0.02) * plan.height()),
                         QPointF(plan.left() + (window.x + 0.02) * plan.width(),
                                 plan.top() + (window.y + 0.02) * plan.height()))
            accent = [(x, y) for x in range(int(box.left()), int(box.right()), 2)
                      for y in range(int(box.top()), int(box.bottom()), 2) if _is_accent(image.pixelColor(x, y))]
            assert len(accent) < 3, f"{target}: route drawn over window {window.id}"


def test_toilet_question_highlights_the_place_the_answer_names(qtbot, demo_catalog: LoadedCatalog,
                                                                screenshot_dir: Path) -> None:
    """"厕所在哪": the text and the spoken line name 卫生间（1F）; the map's target is that place too.

    The map used to re-sort the places by straight-line distance and highlighted 无障碍卫生间.
    """
    from kiosk.catalog import CatalogStore
    from kiosk.navigator import Conversation, Navigator
    from kiosk.ui.screens.map_screen import MapScreen
    from kiosk.visit import Visit

    catalog = demo_catalog.catalog
    answer = Navigator(catalog).ask("厕所在哪", Conversation())  # words only, as before the vectors are ready
    named = answer.places[0]
    assert named.name in answer.answer and named.name in answer.key_line
    navigator = Navigator(catalog)
    screen = MapScreen(CatalogStore(demo_catalog), Visit(lambda: navigator, language="zh"))
    qtbot.addWidget(screen)
    screen.resize(1920, 1000)
    screen.show()
    screen.show_places(answer.places, answer.answer)
    view = screen.panels[0][2]
    assert view.target == (named.door.x, named.door.y)
    assert view.target_label == named.name
    assert named.name in screen.title.text()
    qtbot.waitUntil(lambda: view.isVisible())
    assert screen.grab().save(str(screenshot_dir / "route-toilet-question.png"))


@pytest.mark.parametrize("service_id", ["passport", "deed-tax"])
def test_slip_map_shows_the_same_route(qtbot, demo_catalog: LoadedCatalog, screenshot_dir: Path,
                                       service_id: str) -> None:
    """The guide slip's plan carries the map screen's route (its leg on the window's floor) and draws it."""
    from kiosk.printing import qt_render
    from kiosk.printing.slips import FloorMap, guide_slip

    catalog = demo_catalog.catalog
    service = catalog.service(service_id)
    window = catalog.service_windows(service)[0]
    slip = guide_slip(service, demo_catalog, qr_url="https://example.gov.cn/{service_id}")
    block = [b for b in slip.blocks if isinstance(b, FloorMap)][-1]  # the plan of the window's floor
    route = route_to(catalog, window.id)
    assert block.route == tuple(route.legs[-1].points) and len(block.route) > 2
    assert (block.x, block.y) == route.end
    image = qt_render.render_image(slip, 576)
    assert image.save(str(screenshot_dir / f"slip-route-{service_id}.png"))
