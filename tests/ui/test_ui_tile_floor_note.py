"""Home tiles of a hall whose floors' names carry a note in brackets (一楼（临江路入口层）) read
"一楼A区 公安综合窗口", not "一楼（临江路入口层） 一楼A区 公安综合窗口" (Xvfb walk 12, defect 15): the tiles,
the card and the map go through one helper, ``kiosk.catalog.floor_and_zone``."""

from __future__ import annotations

from pathlib import Path

HALL19 = Path(__file__).resolve().parents[1] / "data" / "blind11_hall19" / "catalog.json"


def test_tile_captions_name_the_floor_once(qtbot, make_window, screenshot_dir):
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.widgets import TileButton

    window = make_window(HALL19, size=(1080, 1920), orientation="portrait")
    window.start_visit()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=3000)
    floors = [f.name for f in window.catalog.hall.floors]
    captions = [t.detail.text() for t in window.home.findChildren(TileButton)
                if t.isVisible() and t.objectName().startswith("tile_")]
    assert captions
    assert any("一楼A区" in c for c in captions), captions
    for caption in captions:
        for floor in floors:
            short = floor.split("（")[0]
            assert not (floor in caption and f"{short}" in caption.replace(floor, "")), caption
    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / "home-floor-note-portrait.png"))
