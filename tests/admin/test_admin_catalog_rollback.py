"""Apply and roll back on the catalog page (Xvfb walk 10, defect 18): a second Roll back re-applied the file
just rolled back from while saying "Rolled back"; both versions read the same; after Apply the result
panel still said "ready to apply". Rollback is one step, every catalog is named with its file fingerprint,
and the panel says what is live after Apply and after Roll back."""

from __future__ import annotations

import json

from admin_helpers import sign_in, tap, visible


def _shot(window, screenshot_dir, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / f"admin-{name}.png"))


def test_rollback_is_one_step_and_the_page_says_which_catalog_is_live(
        qtbot, kiosk, tmp_path, admin_hall_path, screenshot_dir):
    window, controller = kiosk()
    store = controller.services.catalog_store
    old = store.current
    data = json.loads(admin_hall_path.read_text("utf-8"))
    data["services"][0]["name"] += "（改名）"  # same hall, date and count: the same version() string
    new_path = tmp_path / "renamed" / "catalog.json"
    new_path.parent.mkdir()
    new_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_catalog"))
    current, verdict, preview = (visible(window, n) for n in ("catalogCurrent", "catalogVerdict", "catalogPreview"))
    assert not visible(window, "catalogRollback").isEnabled()
    assert "no earlier catalog" in current.text()
    visible(window, "catalogPath").setText(str(new_path))
    tap(qtbot, visible(window, "catalogCheck"))
    qtbot.waitUntil(lambda: "ready to apply" in verdict.text(), timeout=5000)
    tap(qtbot, visible(window, "catalogApply"))
    new = store.current
    assert new.catalog.version() == old.catalog.version() and new.fingerprint != old.fingerprint
    assert "ready to apply" not in verdict.text() and "Applied" in verdict.text(), verdict.text()
    assert f"In use: {new.label()}" in preview.toPlainText() and f"#{new.fingerprint}" in current.text()
    assert f"#{old.fingerprint}" in current.text().splitlines()[-1]  # what Roll back restores
    _shot(window, screenshot_dir, "catalog-applied")
    rollback = visible(window, "catalogRollback")
    tap(qtbot, rollback)
    assert store.current is old and store.previous is None
    assert "Rolled back" in verdict.text() and f"#{old.fingerprint}" in current.text().splitlines()[0]
    assert not rollback.isEnabled() and "no earlier catalog" in current.text()
    assert not store.rollback() and store.current is old  # no flip back to the renamed file
    _shot(window, screenshot_dir, "catalog-rolled-back")


def test_the_store_rolls_back_one_step_only(admin_hall_path, tmp_path):
    from kiosk.catalog import CatalogStore, load_catalog

    store = CatalogStore(load_catalog(admin_hall_path))
    first = store.current
    copy = tmp_path / "catalog.json"
    copy.write_text(admin_hall_path.read_text("utf-8") + "\n", "utf-8")
    store.replace(copy)
    assert store.current.digest != first.digest and len(first.fingerprint) == 8
    assert store.rollback() and store.current is first
    assert not store.rollback() and store.current is first


def test_a_catalog_without_walkways_is_valid_with_a_note(qtbot, kiosk, tmp_path, admin_hall_path, screenshot_dir):
    """A hall importing its service list before drawing walkways is not refused: the check says valid and
    lists, under the comparison, the floors whose map will show a straight line."""
    window, controller = kiosk()
    data = json.loads(admin_hall_path.read_text("utf-8"))
    for floor in data["hall"]["floors"]:
        floor.pop("walkways", None)
        floor["map"] = None
    path = tmp_path / "bare" / "catalog.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_catalog"))
    verdict, preview = visible(window, "catalogVerdict"), visible(window, "catalogPreview")
    visible(window, "catalogPath").setText(str(path))
    tap(qtbot, visible(window, "catalogCheck"))
    qtbot.waitUntil(lambda: "ready to apply" in verdict.text(), timeout=5000)
    text = preview.toPlainText()
    assert "提示（目录可以使用）" in text and "straight line" in text, text
    assert text.count("walkways: none on floor") == len(data["hall"]["floors"])
    assert visible(window, "catalogApply").isEnabled()
    _shot(window, screenshot_dir, "catalog-no-walkways")
