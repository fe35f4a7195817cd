"""Catalog page: the export carries the floor plans and loads again, 检查 lists every problem, and the
preview shows what a new catalog changes (issue 13 item 16). Real files, the real page."""

from __future__ import annotations

import json
import shutil
import zipfile

from admin_helpers import sign_in, tap, visible

from kiosk.admin.catalog_backup import export_catalog, unpack_catalog
from kiosk.admin.catalog_check import check_catalog_file
from kiosk.catalog import CatalogError, load_catalog


def _open_catalog_page(qtbot, window, controller):
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_catalog"))
    return controller.panel.pages["catalog"]


def _check(qtbot, window, path) -> str:
    """Type ``path``, tap 检查, wait for the verdict; returns the preview text."""
    verdict = visible(window, "catalogVerdict")
    verdict.setText("")
    visible(window, "catalogPath").setText(str(path))
    tap(qtbot, visible(window, "catalogCheck"))
    qtbot.waitUntil(lambda: "Valid" in verdict.text() or "Refused" in verdict.text(), timeout=10000)
    return visible(window, "catalogPreview").toPlainText()


def _export(qtbot, window, target) -> str:
    visible(window, "exportPath").setText(str(target))
    tap(qtbot, visible(window, "catalogExport"))
    return visible(window, "catalogMessage").text()


def test_zip_export_holds_the_floor_plans_and_loads_again(qtbot, kiosk, tmp_path, demo_catalog_path, screenshot_dir):
    """Export to backup.zip → JSON + every floor plan inside; checking the zip says valid; applying it shows maps."""
    window, controller = kiosk(catalog=demo_catalog_path)
    store = controller.services.catalog_store
    floors = [f.id for f in store.current.catalog.hall.floors]
    _open_catalog_page(qtbot, window, controller)
    target = tmp_path / "usb" / "backup.zip"
    message = _export(qtbot, window, target)
    assert "3 floor plan" in message, message
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
    assert {"catalog.json", "floor1.svg", "floor2.svg", "floor3.svg"} <= names
    preview = _check(qtbot, window, target)
    assert "Valid" in visible(window, "catalogVerdict").text(), preview
    assert "Same content as the catalog in use" in preview
    tap(qtbot, visible(window, "catalogApply"))
    assert store.current.path != demo_catalog_path.resolve()
    assert all(store.current.map_path(floor) is not None for floor in floors)
    window.grab().save(str(screenshot_dir / "admin-catalog-backup.png"))


def test_folder_export_holds_the_floor_plans_and_loads_again(qtbot, kiosk, tmp_path, demo_catalog_path):
    """Export into a folder → catalog.json and the plans beside it; the folder's catalog checks valid."""
    window, controller = kiosk(catalog=demo_catalog_path)
    _open_catalog_page(qtbot, window, controller)
    folder = tmp_path / "backup"
    folder.mkdir()
    _export(qtbot, window, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["catalog.json", "floor1.svg", "floor2.svg", "floor3.svg"]
    _check(qtbot, window, folder / "catalog.json")
    assert "Valid" in visible(window, "catalogVerdict").text()
    assert load_catalog(folder / "catalog.json").map_path("2F") is not None


def test_check_reports_every_planted_problem(qtbot, kiosk, tmp_path, demo_catalog_path, screenshot_dir):
    """Two planted errors of different stages — both are listed (shape + reference; reference + missing plan)."""
    window, controller = kiosk(catalog=demo_catalog_path)
    data = json.loads(demo_catalog_path.read_text("utf-8"))
    _open_catalog_page(qtbot, window, controller)

    shape_and_reference = json.loads(json.dumps(data))
    shape_and_reference["services"][0]["queue_prefix"] = "bad prefix"
    shape_and_reference["services"][3]["windows"] = ["Z99"]
    folder = tmp_path / "one"
    shutil.copytree(demo_catalog_path.parent, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "catalog.json").write_text(json.dumps(shape_and_reference, ensure_ascii=False), "utf-8")
    preview = _check(qtbot, window, folder / "catalog.json")
    assert "services[0].queue_prefix" in preview and 'services[3].windows[0]: unknown window "Z99"' in preview
    assert "2 problem(s)" in visible(window, "catalogVerdict").text()
    window.grab().save(str(screenshot_dir / "admin-catalog-all-problems.png"))

    reference_and_plan = json.loads(json.dumps(data))
    reference_and_plan["services"][1]["department"] = "no-such-department"
    lonely = tmp_path / "two" / "catalog.json"  # no floor plans beside it
    lonely.parent.mkdir()
    lonely.write_text(json.dumps(reference_and_plan, ensure_ascii=False), "utf-8")
    preview = _check(qtbot, window, lonely)
    assert 'services[1].department: unknown department "no-such-department"' in preview
    assert 'hall.floors[0].map: file not found "floor1.svg"' in preview
    assert controller.services.catalog_store.current.path == demo_catalog_path.resolve()


def test_preview_shows_what_changes(qtbot, kiosk, tmp_path, demo_catalog_path, screenshot_dir):
    """A service removed, one's fee changed, a place added: the preview names each."""
    window, controller = kiosk(catalog=demo_catalog_path)
    data = json.loads(demo_catalog_path.read_text("utf-8"))
    new = json.loads(json.dumps(data))
    removed = new["services"].pop(0)
    new["services"][0]["fee"] = "工本费 100 元"
    changed = new["services"][0]
    new["places"].append({**data["places"][0], "id": "second-nursing-room", "name": "第二母婴室"})
    folder = tmp_path / "new"
    shutil.copytree(demo_catalog_path.parent, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "catalog.json").write_text(json.dumps(new, ensure_ascii=False), "utf-8")
    _open_catalog_page(qtbot, window, controller)
    preview = _check(qtbot, window, folder / "catalog.json")
    assert "Valid" in visible(window, "catalogVerdict").text()
    assert f"services removed: {removed['name']}" in preview
    assert f"services changed: {changed['name']}（{changed['id']}）— fee" in preview
    assert "places added: 第二母婴室" in preview
    window.grab().save(str(screenshot_dir / "admin-catalog-preview-diff.png"))


def test_unsafe_or_broken_archives_are_refused_plainly(tmp_path, demo_catalog_path):
    """A zip with an entry outside its folder, a damaged zip, one without a catalog: one plain problem each."""
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.json", "{}")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hello")
    for path, words in ((evil, "outside its folder"), (damaged, "damaged"), (empty, "no catalog")):
        try:
            unpack_catalog(path, tmp_path / "imports")
        except CatalogError as exc:
            assert len(exc.problems) == 1 and words in exc.problems[0]
        else:
            raise AssertionError(f"{path.name} was accepted")
    assert not (tmp_path / "outside.json").exists()
    backup = export_catalog(load_catalog(demo_catalog_path), tmp_path / "b.zip")
    assert check_catalog_file(unpack_catalog(backup, tmp_path / "imports")).ok
