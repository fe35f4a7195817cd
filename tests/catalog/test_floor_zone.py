"""A zone whose name already begins with its floor's name is not given the floor again ("一楼 一楼A区" was
printed on tiles, card, answer, ticket and slip: Xvfb walk 11, defect 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.catalog import floor_and_zone, load_catalog
from kiosk.navigator.compose import location_text
from kiosk.printing.slips import where_text
from kiosk.ui.service_card import service_location


@pytest.mark.parametrize(("floor", "zone", "floor_id", "expected"), [
    ("一楼", "一楼A区 公安户政", "", "一楼A区 公安户政"),
    ("一楼", "A区", "", "一楼 A区"),
    ("Ground floor", "ground floor, zone A", "", "ground floor, zone A"),
    ("Ground floor", "Zone A", "1F", "Ground floor Zone A"),
    ("Ground floor", "1F Zone A", "1F", "1F Zone A"),
    ("1", "1A", "1", "1 1A"),
    ("一楼", "", "1F", "一楼"),
    # a floor whose name carries a note in brackets (Xvfb walk 12, defect 15)
    ("一楼（临江路入口层）", "一楼A区 公安综合窗口", "F1", "一楼A区 公安综合窗口"),
    ("一楼（临江路入口层）", "A区", "F1", "一楼（临江路入口层） A区"),
    ("Level 1 (Linjiang Road entrance)", "Level 1, zone A", "F1", "Level 1, zone A"),
    ("Level 1 (Linjiang Road entrance)", "Zone A, L1", "F1", "Level 1 (Linjiang Road entrance) Zone A, L1"),
    ("（临时）", "A区", "", "（临时） A区"),
])
def test_floor_and_zone(floor: str, zone: str, floor_id: str, expected: str) -> None:
    assert floor_and_zone(floor, zone, floor_id=floor_id) == expected


def test_zones_named_with_their_floor(small_catalog_path: Path, tmp_path: Path) -> None:
    data = json.loads(small_catalog_path.read_text(encoding="utf-8"))
    names = {f["id"]: f["name"] for f in data["hall"]["floors"]}
    for window in data["windows"]:
        if window.get("zone"):
            window["zone"] = names[window["floor"]] + window["zone"]
    copy = tmp_path / "catalog.json"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for extra in small_catalog_path.parent.iterdir():
        if extra.suffix == ".svg":
            (tmp_path / extra.name).write_bytes(extra.read_bytes())
    loaded = load_catalog(copy)
    checked = 0
    for service in loaded.catalog.services:
        windows = loaded.catalog.service_windows(service)
        if not windows or not windows[0].zone:
            continue
        floor = names[windows[0].floor]
        texts = (location_text(loaded.catalog, service, "zh"), where_text(loaded, service, "zh")[1],
                 service_location(loaded.catalog, service, "zh"))
        for text in texts:
            assert f"{floor} {floor}" not in text and floor + windows[0].zone.removeprefix(floor) in text, text
        checked += 1
    assert checked
