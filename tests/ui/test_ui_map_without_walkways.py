"""A hall whose catalog describes no walkways on a floor still loads and shows the way there: the map
draws the kiosk's floor along its corridors to the lift, then a straight line to the target."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ui_helpers import find


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
