"""Screenshots of every screen, both languages, both orientations (screenshots/ui-*.png)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _pick_services(catalog):
    kiosk_floor = catalog.hall.kiosk.floor
    reissue = next((s for s in catalog.services if "身份证" in s.name and "补" in s.name), catalog.services[0])
    upstairs = next((s for s in catalog.services
                     if all(w.floor != kiosk_floor for w in catalog.service_windows(s))), catalog.services[-1])
    same_dept = [s for s in catalog.services if s.department == reissue.department][:4]
    return reissue, upstairs, same_dept


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("language", ["zh", "en"])
def test_screenshots_of_every_screen(make_window, qtbot, screenshot_dir, showcase_catalog_path,
                                     language, orientation):
    """Render every screen and save it; the files are looked at by people."""
    window = make_window(showcase_catalog_path, ORIENTATIONS[orientation])
    window.visit.set_language(language)
    catalog = window.catalog
    reissue, upstairs, _same_dept = _pick_services(catalog)
    saved = []

    def shot(name: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        assert window.size().toTuple() == ORIENTATIONS[orientation], name  # nothing grows past the screen
        path = screenshot_dir / f"ui-{name}-{language}-{orientation}.png"
        assert window.grab().save(str(path))
        saved.append(path)

    shot("attract")
    window.start_visit()
    shot("home")
    window.visit.set_assistant_state("listening")
    window.voice_view.set_input_level(0.6)
    window.voice_view.set_transcript("身份证丢了" if language == "zh" else "I lost my ID card", final=False)
    shot("home-listening")
    window.visit.set_assistant_state("idle")
    window.home.wipe()
    window.submit_question("我的身份证丢了怎么办" if language == "zh" else "I lost my ID card")
    qtbot.waitUntil(lambda: window.current_screen in ("answer", "chooser"), timeout=5000)
    window.show_service(reissue.id, query="我的身份证丢了怎么办" if language == "zh" else "I lost my ID card")
    shot("answer")
    window.show_service_map(reissue.id)
    shot("map")
    window.show_service_map(upstairs.id)
    shot("map-upstairs")
    from kiosk.ui.route import is_connector

    facilities = [p for p in catalog.places if not is_connector(p)]
    if facilities:
        window.show_place(facilities[0].id)
        shot("places")
    window.submit_question("身份证" if language == "zh" else "ID card")
    qtbot.waitUntil(lambda: window.current_screen == "chooser", timeout=5000)
    shot("chooser")
    window.submit_question("zzqxv")
    qtbot.waitUntil(lambda: window.current_answer is not None and window.current_answer.handoff, timeout=5000)
    shot("handoff")
    window.show_service(reissue.id)
    window.idle.set_timeout(0.05)
    window.touch()
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    shot("idle-countdown")
    window.idle_overlay.close_panel()
    window.idle.set_timeout(60)
    window.touch()
    window.visit.set_large_text(True)
    window.go_home()
    shot("home-large")
    window.show_service(reissue.id)
    shot("answer-large")
    window.show_service_map(reissue.id)
    shot("map-large")
    assert all(p.stat().st_size > 10_000 for p in saved)
