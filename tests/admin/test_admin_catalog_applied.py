"""A catalog staff apply is what citizens see at once, and is still in use after a restart (Xvfb walk 12).

Defect 6: after Apply the attract screen and top bar kept the old hall's name, home kept the old hall's tiles
(which did nothing when tapped) while answers came from the new catalog. Defect 7: the applied catalog was lost
on restart, silently, with its Roll back. Defect 13: 统计 showed a raw service id of the previous catalog.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from admin_helpers import ADMIN_HALL, sign_in, tap, visible

HALL19 = Path(__file__).resolve().parents[1] / "data" / "blind11_hall19"


def all_texts(widget) -> list[str]:
    """Every text shown by ``widget`` and its visible descendants."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    return [c.text() for c in [widget, *widget.findChildren(QWidget)]
            if isinstance(c, QLabel | QAbstractButton) and c.isVisible() and c.text()]


def _usb_copy(tmp_path: Path) -> Path:
    """The Chongqing hall's catalog and plans on a "USB stick" (a folder that is removed later)."""
    stick = tmp_path / "usb" / "hall19"
    stick.mkdir(parents=True)
    for name in ("catalog.json", "plan-F1.svg", "plan-F2.svg", "plan-F3.svg"):
        shutil.copyfile(HALL19 / name, stick / name)
    return stick / "catalog.json"


def _shot(window, screenshot_dir: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / f"catalog-applied-{name}.png"))


def _apply(qtbot, window, controller, path: Path) -> None:
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_catalog"))
    verdict = visible(window, "catalogVerdict")
    visible(window, "catalogPath").setText(str(path))
    tap(qtbot, visible(window, "catalogCheck"))
    qtbot.waitUntil(lambda: "ready to apply" in verdict.text(), timeout=10000)
    tap(qtbot, visible(window, "catalogApply"))
    assert "Applied" in verdict.text() and "after a restart" in verdict.text(), verdict.text()


def test_after_apply_citizens_see_only_the_new_hall(qtbot, kiosk, tmp_path, screenshot_dir):
    window, controller = kiosk(fullscreen=False)  # 1920x1080 for the pictures
    old = json.loads(ADMIN_HALL.read_text("utf-8"))
    new = json.loads((HALL19 / "catalog.json").read_text("utf-8"))
    window.start_visit()  # home (and its tiles) was shown before staff came
    assert window.current_screen == "home"
    _apply(qtbot, window, controller, _usb_copy(tmp_path))
    tap(qtbot, visible(window, "adminLogout"))
    qtbot.waitUntil(lambda: window.current_screen == "attract", timeout=3000)
    _shot(window, screenshot_dir, "attract")
    assert window.attract.hall.text() == new["hall"]["name"]
    assert window.top.hall_name.text() == new["hall"]["name"]
    texts = "\n".join(all_texts(window))
    assert old["hall"]["name"] not in texts and old["hall"]["name_en"] not in texts, texts
    tap(qtbot, window.attract)
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=3000)
    _shot(window, screenshot_dir, "home")
    from kiosk.ui.widgets import TileButton

    tiles = [t for t in window.home.findChildren(TileButton) if t.isVisible()]
    new_ids = {s["id"] for s in new["services"]} | {p["id"] for p in new["places"]}
    shown = {t.objectName().split("_", 1)[1] for t in tiles}
    assert shown and shown <= new_ids, shown - new_ids
    old_names = {s["name"] for s in old["services"]} - {s["name"] for s in new["services"]}
    texts = "\n".join(all_texts(window.home))
    assert not [n for n in old_names if n in texts]
    service_tile = next(t for t in tiles if t.objectName().startswith("tile_"))
    service_tile.click()  # an old tile did nothing: the new one opens its card
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=3000)
    sid = service_tile.objectName().removeprefix("tile_")
    assert window.answer_screen.service is not None and window.answer_screen.service.id == sid
    _shot(window, screenshot_dir, "card")


def test_an_applied_catalog_is_still_in_use_after_a_restart(qtbot, kiosk, tmp_path, screenshot_dir):
    from kiosk.admin.catalog_kept import open_catalog_store
    from kiosk.admin.status import catalog_status

    window, controller = kiosk()
    settings = controller.services.settings
    source = _usb_copy(tmp_path)
    _apply(qtbot, window, controller, source)
    applied = controller.services.catalog_store.current
    assert applied.path is not None and applied.path.is_relative_to(settings.data_dir)  # a copy is kept
    shutil.rmtree(source.parent)  # the USB stick is pulled out
    store = open_catalog_store(settings.data_dir, ADMIN_HALL)  # the next start
    assert store.current.digest == applied.digest and store.note is None
    assert store.current.map_path("F1") is not None  # the floor plans were kept with it
    assert store.previous is not None and store.previous.path == ADMIN_HALL.resolve()  # Roll back survives
    assert catalog_status(store.current, store.note).ok is True
    assert store.rollback()
    again = open_catalog_store(settings.data_dir, ADMIN_HALL)
    assert again.current.path == ADMIN_HALL.resolve() and again.previous is None
    assert not [p for p in (settings.data_dir / "catalogs").iterdir() if p.is_dir()]  # nothing left over


def test_a_broken_kept_catalog_falls_back_to_the_configured_one_and_says_so(qtbot, kiosk, tmp_path, screenshot_dir):
    from kiosk.admin.catalog_kept import open_catalog_store
    from kiosk.admin.status import catalog_status

    window, controller = kiosk()
    settings = controller.services.settings
    _apply(qtbot, window, controller, _usb_copy(tmp_path))
    kept = controller.services.catalog_store.current.path
    assert kept is not None
    kept.write_text("{ broken", "utf-8")
    store = open_catalog_store(settings.data_dir, ADMIN_HALL)
    assert store.current.path == ADMIN_HALL.resolve() and store.note is not None
    status = catalog_status(store.current, store.note)
    assert status.ok is False
    assert "工作人员启用的清单无法加载" in status.text_zh and "could not be loaded" in status.text_en
    assert "not valid JSON" in status.text_en
    (settings.data_dir / "catalogs" / "in-use.json").write_text("[", "utf-8")
    store = open_catalog_store(settings.data_dir, ADMIN_HALL)
    assert store.current.path == ADMIN_HALL.resolve() and "damaged" in catalog_status(store.current, store.note).text_en


def test_a_changed_configured_catalog_wins_over_an_older_apply(qtbot, kiosk, tmp_path):
    """The hall's administrator pointed the settings at another file after staff applied one: that later
    decision is used (and the status says so)."""
    from kiosk.admin.catalog_kept import open_catalog_store

    window, controller = kiosk()
    settings = controller.services.settings
    _apply(qtbot, window, controller, _usb_copy(tmp_path))
    other = tmp_path / "other" / "catalog.json"
    other.parent.mkdir()
    shutil.copyfile(ADMIN_HALL, other)
    for plan in ADMIN_HALL.parent.glob("*.svg"):
        shutil.copyfile(plan, other.parent / plan.name)
    store = open_catalog_store(settings.data_dir, other)
    assert store.current.path == other.resolve() and store.note is not None


def test_insights_name_services_of_the_catalog_before(qtbot, kiosk, tmp_path, screenshot_dir):
    window, controller = kiosk(fullscreen=False)
    insights = controller.services.insights
    old = json.loads(ADMIN_HALL.read_text("utf-8"))["services"][0]
    for _ in range(3):
        insights.record_question("问题", "catalog", old["id"])
    insights.record_question("问题", "catalog", "gone-1")
    insights.record_question("问题", "catalog", "gone-2")
    _apply(qtbot, window, controller, _usb_copy(tmp_path))
    tap(qtbot, visible(window, "tab_insights"))
    chart = visible(window, "topServices")
    qtbot.waitUntil(lambda: bool(chart.items), timeout=5000)
    names = dict(chart.items)
    assert names.get(old["name"]) == 3, names
    assert names.get("已不在目录中的事项 A service no longer in the catalog") == 2, names
    assert not {"gone-1", "gone-2", old["id"]} & set(names)
    _shot(window, screenshot_dir, "insights")


def test_the_real_start_uses_the_applied_catalog(tmp_path):
    """``kiosk.ui.app.run`` (what ``kiosk`` starts) comes back on the catalog staff applied, from the data folder."""
    import os
    import subprocess
    import sys

    from kiosk.admin.catalog_kept import open_catalog_store

    data = tmp_path / "data"
    source = _usb_copy(tmp_path)
    open_catalog_store(data, ADMIN_HALL).replace(source)  # what Apply does
    shutil.rmtree(source.parent)
    root = Path(__file__).resolve().parents[2]
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from kiosk.settings import load_settings\n"
        "from kiosk.ui import app\n"
        "def ready(window):\n"
        "    store = window.context.catalog_store\n"
        "    prev = store.previous.path if store.previous else None\n"
        "    os.write(1, f'HALL {window.top.hall_name.text()} | {window.attract.hall.text()} | {prev}\\n'.encode())\n"
        "    os._exit(0)\n"
        f"settings = load_settings(None, data_dir=Path({str(data)!r}), speech={{'enabled': False}})\n"
        f"sys.exit(app.run(settings, Path({str(ADMIN_HALL)!r}), windowed=True, on_ready=ready))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={root / 'tests/data/screen-1920x1080.json'}")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120, cwd=root)
    assert out.returncode == 0, out.stderr[-3000:]
    name = json.loads((HALL19 / "catalog.json").read_text("utf-8"))["hall"]["name"]
    assert f"HALL {name} | {name} | {ADMIN_HALL.resolve()}" in out.stdout, out.stdout + out.stderr[-2000:]
