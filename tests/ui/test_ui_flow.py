"""Navigation through the kiosk with real widgets and the real navigator."""

from __future__ import annotations

from ui_helpers import click, find


def test_attract_tile_card_map_back_home(make_window, qtbot):
    """attract → home → tile → card → map → back → home."""
    window = make_window()
    assert window.current_screen == "attract"
    with qtbot.waitSignal(window.visit_started):
        click(qtbot, window.attract)
    assert window.current_screen == "home"
    with qtbot.waitSignal(window.answer_shown) as shown:
        click(qtbot, find(window, "tile_id-card-reissue"))
    assert window.current_screen == "answer"
    assert shown.args[0].top_service.id == "id-card-reissue"
    assert find(window, "cardTitle").text() == "居民身份证补领"
    assert find(window, "material0").text().endswith("户口簿")
    click(qtbot, find(window, "mapButton"))
    assert window.current_screen == "map"
    assert "A1" in find(window, "mapDetail").text()
    view = find(window, "floorMap1")
    assert view.target == (0.15, 0.3) and view.leg.start_is_kiosk
    click(qtbot, find(window, "mapChoice_A2"))
    assert find(window, "floorMap1").target == (0.3, 0.3)
    click(qtbot, find(window, "backButton"))
    assert window.current_screen == "answer"
    click(qtbot, find(window, "homeButton"))
    assert window.current_screen == "home"


def test_other_floor_shows_both_floors_with_steps(make_window, qtbot):
    """A window upstairs: two plans, the lift, a floor-change step on each."""
    window = make_window()
    window.start_visit()
    window.show_service_map("tax-invoice")
    first, second = find(window, "floorMap1"), find(window, "floorMap2")
    assert first.leg.floor == "1F" and second.leg.floor == "2F"
    assert first.leg.connector.id == "elevator-1"
    assert "二楼" in find(window, "mapStep1").text()
    assert "C1" in find(window, "mapStep2").text()


def test_typed_question_shows_card(make_window, qtbot):
    """Typing a colloquial question and tapping Ask shows the right service card."""
    window = make_window()
    window.start_visit()
    field = find(window, "questionField")
    field.setText("我的身份证丢了怎么办")
    with qtbot.waitSignal(window.question_submitted) as asked, qtbot.waitSignal(window.answer_shown, timeout=5000):
        click(qtbot, find(window, "sendButton"))
    assert asked.args == ["我的身份证丢了怎么办"]
    assert window.current_screen == "answer"
    assert find(window, "questionBubble").text() == "我的身份证丢了怎么办"
    assert find(window, "cardTitle").text() == "居民身份证补领"
    assert window.current_answer.top_service.id == "id-card-reissue"


def test_several_matches_offer_a_choice(make_window, qtbot):
    """An ambiguous question shows a chooser; picking one shows its card."""
    window = make_window()
    window.submit_question("身份证")
    qtbot.waitUntil(lambda: window.current_screen == "chooser", timeout=5000)
    click(qtbot, find(window, "choice_id-card-renew"))
    assert find(window, "cardTitle").text() == "居民身份证换领"


def test_no_confident_match_offers_staff(make_window, qtbot):
    """Gibberish → the ask-staff card, never a guess; its button calls staff."""
    window = make_window()
    window.submit_question("zzqxv")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    assert window.current_answer.handoff
    assert not window.answer_screen.map_button.isVisible()
    assert not window.findChildren(object, "serviceCard")
    with qtbot.waitSignal(window.staff_requested):
        click(qtbot, find(window, "callStaffCardButton"))


def test_facility_question_shows_map(make_window, qtbot):
    """"Where is the toilet" shows the place on the map."""
    window = make_window()
    window.submit_question("厕所在哪")
    qtbot.waitUntil(lambda: window.current_screen == "map", timeout=5000)
    assert find(window, "mapTitle").text() == "卫生间"
    assert find(window, "floorMap1").target == (0.05, 0.55)


def test_card_buttons_emit_service_id(make_window, qtbot):
    """取号 and 打印办事指南 emit the service id; 找工作人员 is on every screen."""
    window = make_window()
    window.start_visit()
    window.show_service("si-card")
    with qtbot.waitSignal(window.ticket_requested) as ticket:
        click(qtbot, find(window, "ticketButton"))
    assert ticket.args == ["si-card"]
    with qtbot.waitSignal(window.guide_print_requested) as guide:
        click(qtbot, find(window, "printGuideButton"))
    assert guide.args == ["si-card"]
    for screen in ("home", "answer", "map"):
        window.stack.go(screen)
        assert find(window, "staffButton").isVisible()
        assert find(window, "languageButton").isVisible()
        assert find(window, "largeTextButton").isVisible()


def test_contract_methods(make_window, qtbot):
    """Voice state, transcript, level, availability, chips, overlays, admin gesture, voice button."""
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.start_visit()
    with qtbot.waitSignal(window.voice_requested):
        click(qtbot, find(window, "voiceButton"))
    window.visit.set_assistant_state("listening")
    assert window.home.figure.state == "listening" and find(window, "inputLevel").isVisible()
    window.voice_view.set_input_level(0.5)
    assert find(window, "inputLevel").value() == 50
    window.voice_view.set_transcript("身份证", final=False)
    assert find(window, "questionField").text() == "身份证"
    window.visit.set_assistant_state("speaking")
    with qtbot.waitSignal(window.speech_stop_requested):
        click(qtbot, find(window, "stopSpeakingButton"))
    window.voice_view.set_subtitle("请到一楼")
    assert find(window, "subtitleLabel").text() == "请到一楼"
    window.voice_view.set_voice_available(False, "麦克风不可用，请打字提问")
    assert not find(window, "voiceButton").isEnabled()
    assert find(window, "voiceHint").text() == "麦克风不可用，请打字提问"
    window.status_bar_message("llm", "离线模式")
    assert "离线模式" in find(window, "chip_llm").text()
    window.status_bar_message("llm", None)
    qtbot.waitUntil(lambda: not window.findChildren(QLabel, "chip_llm"))
    panel = QLabel("overlay panel")
    window.show_overlay(panel)
    assert find(window, "overlay").isVisible()
    window.close_overlay()
    assert not window.overlay.isVisible()
    with qtbot.waitSignal(window.admin_requested):
        for _ in range(5):
            click(qtbot, window.top.admin_corner)


def test_area_install_failure_becomes_a_chip(make_window, monkeypatch):
    """An area whose install raises is logged and shown as a chip; the kiosk keeps running."""
    import sys
    import types

    from kiosk.ui import app

    broken = types.ModuleType("kiosk.ui.broken_wiring")

    def install(window, context):
        raise RuntimeError("boom")

    broken.install = install
    monkeypatch.setitem(sys.modules, "kiosk.ui.broken_wiring", broken)
    monkeypatch.setattr(app, "AREAS", {"broken": "kiosk.ui.broken_wiring"})
    window = make_window()
    result = app.install_areas(window, window.context)
    assert "broken" not in result
    assert "broken" in find(window, "chip_install-broken").text()


def test_english_question_turns_the_screen_to_english(make_window, qtbot):
    """A foreigner types in English: the whole screen follows, and a Chinese question turns it back."""
    window = make_window()
    click(qtbot, window.attract)
    with qtbot.waitSignal(window.answer_shown) as shown:
        window.submit_question("where is the toilet")
    assert shown.args[0].language == "en"
    assert window.language == "en"
    assert find(window, "homeButton").text() == "Home"
    with qtbot.waitSignal(window.answer_shown):
        window.submit_question("厕所在哪")
    assert window.language == "zh"


def test_stray_latin_letters_do_not_flip_the_language(make_window, qtbot):
    """Gibberish in Latin letters is not an English speaker: the screen stays Chinese."""
    window = make_window()
    click(qtbot, window.attract)
    with qtbot.waitSignal(window.answer_shown):
        window.submit_question("zzqxv")
    assert window.language == "zh"
