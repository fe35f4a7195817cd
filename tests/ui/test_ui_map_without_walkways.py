"""A hall whose catalog describes no walkways on a floor still loads and shows the way there: the map
draws the kiosk's floor along its corridors to the lift, then a straight line to the target."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ui_helpers import find

from kiosk.ui.floor_map import FloorMapView


def test_map_to_a_floor_without_walkways(make_window, demo_catalog_path: Path, tmp_path: Path, screenshot_dir):
    hall = tmp_path / "hall"
    shutil.copytree(demo_catalog_path.parent, hall)
    data = json.loads((hall / "catalog.json").read_text(encoding="utf-8"))
    floors = data["hall"]["floors"]
    upper = floors[1]["id"]
    del floors[1]["walkways"]
    (hall / "catalog.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = make_window(hall / "catalog.json")
    window.start_visit()
    target = next(p for p in window.catalog.places if p.floor == upper and p.kind not in ("lift", "stairs",
                                                                                          "escalator"))
    window.show_place(target.id)
    assert window.current_screen == "map"
    step1, step2 = find(window, "mapStep1").text(), find(window, "mapStep2").text()
    assert step1 and step2, (step1, step2)
    assert target.name in find(window, "mapTitle").text() + step2
    assert window.grab().save(str(screenshot_dir / "ui-map-no-walkways-zh-landscape.png"))


BLIND_HALL = Path(__file__).resolve().parents[1] / "data" / "blind_hall"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_straight_line_is_a_direction_not_a_route(make_window, tmp_path: Path, screenshot_dir, size):
    """A hall with no walkways at all (Xvfb walk 11, defect 5): the heading does not say "follow the route"
    over a straight line across the floor, it says where to head and that the line only shows the direction."""
    hall = tmp_path / "hall"
    shutil.copytree(BLIND_HALL, hall)
    window = make_window(hall / "catalog.json", size=size)
    window.start_visit()
    service = next(s for s in window.catalog.services
                   if window.catalog.service_windows(s)[0].floor == window.catalog.hall.kiosk.floor)
    window.show_service_map(service.id)
    assert window.current_screen == "map"
    step = find(window, "mapStep1").text()
    assert "沿路线" not in step and "方向" in step, step
    leg = next(v.leg for v in window.findChildren(FloorMapView) if v.leg is not None)
    assert leg.straight
    name = "landscape" if size[0] > size[1] else "portrait"
    assert window.grab().save(str(screenshot_dir / f"ui-map-direction-zh-{name}.png"))
