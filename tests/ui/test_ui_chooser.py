"""The short choice (issue 10): "您是不是要办：" the offered entries, "none of these", the likely mark."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import all_texts, click, find

from kiosk.navigator import Answer, Match

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


class NamePicker:
    """A picker that prefers the offered entry whose name holds ``word`` (stands in for the hall's LLM)."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.asked: list[tuple[str, list[str]]] = []

    def pick(self, question: str, matches: Sequence[Match]) -> str | None:
        self.asked.append((question, [m.id for m in matches]))
        return next((m.id for m in matches if self.word in m.name), None)


def _card_order(window) -> list[str]:
    chooser = window.chooser
    return [chooser.list.itemAt(i).widget().objectName() for i in range(chooser.list.count())
            if chooser.list.itemAt(i).widget() is not None]


def test_a_choice_offers_cards_and_staff_and_marks_the_likely_one(make_window, qtbot):
    """An ambiguous question: the cards at once, then the picker's mark on one — no reorder, no new screen."""
    window = make_window()
    window.visit.picker = picker = NamePicker("换领")
    with qtbot.waitSignal(window.likely_choice, timeout=30000) as likely:
        window.submit_question("身份证")
    assert likely.args == ["id-card-renew"]
    assert window.current_screen == "chooser"
    assert find(window, "chooserTitle").text() == "您是不是要办："
    order = _card_order(window)
    assert order[:2] == ["choice_id-card-reissue", "choice_id-card-renew"] and len(order) <= 3  # the first three
    assert find(window, "likely_id-card-renew").text() == "★ 最可能是这项"
    assert picker.asked == [("身份证", [name.removeprefix("choice_") for name in order])]
    with qtbot.waitSignal(window.staff_requested):
        click(qtbot, find(window, "noneOfTheseButton"))
    assert find(window, "noneOfTheseButton").text() == "都不是，找工作人员"
    click(qtbot, find(window, "choice_id-card-reissue"))  # the citizen's choice wins over the mark
    assert window.current_screen == "answer" and find(window, "cardTitle").text() == "居民身份证补领"


def test_a_choose_answer_offers_its_first_three_matches(make_window, qtbot):
    """outcome "choose": the first three matches (services and places alike), best first."""
    window = make_window()
    window.start_visit()
    matches = [Match("si-card", "社保卡补办", "service", 0.5), Match("copy", "复印打印", "place", 0.48),
               Match("unemployment", "失业登记", "service", 0.47), Match("hukou-move", "户口迁入", "service", 0.3),
               Match("tax-invoice", "发票代开", "service", 0.2)]
    window.show_answer(Answer(query="办卡复印", matches=matches, answer="", handoff=False, outcome="choose"))
    assert _card_order(window) == ["choice_si-card", "choice_copy", "choice_unemployment"]
    click(qtbot, find(window, "choice_copy"))
    assert window.current_screen == "map" and find(window, "mapTitle").text() == "复印打印"


def test_a_family_shows_every_member(make_window, qtbot):
    """A question naming a family: every service the answer lists, not only three."""
    window = make_window()
    window.start_visit()
    catalog = window.catalog
    family = [catalog.service(i) for i in ("id-card-reissue", "id-card-renew", "hukou-move", "si-card")]
    matches = [Match(s.id, s.name, "service", 0.6) for s in family]
    window.show_answer(Answer(query="证件", matches=matches, answer="", handoff=False, services=family,
                              outcome="choose"))
    assert _card_order(window) == [f"choice_{s.id}" for s in family]


def test_handoff_and_refuse_keep_the_staff_card(make_window, qtbot):
    """Nothing close, or off-topic: the ask-staff card as before, never the chooser."""
    window = make_window()
    window.submit_question("zzqxv")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=30000)
    assert find(window, "callStaffCardButton")
    window.submit_question("今天天气怎么样")
    qtbot.waitUntil(lambda: window.current_answer is not None and window.current_answer.off_topic, timeout=30000)
    assert window.current_screen == "answer" and find(window, "callStaffCardButton")


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("language", ["zh", "en"])
def test_chooser_screenshots(make_window, qtbot, screenshot_dir, language, orientation, large):
    """The choice with one card marked likely, both languages, both orientations, large text."""
    window = make_window(size=ORIENTATIONS[orientation])
    window.visit.set_language(language)
    window.visit.set_large_text(large)
    window.visit.picker = NamePicker("换领")
    question = "身份证" if language == "zh" else "ID card"
    with qtbot.waitSignal(window.likely_choice, timeout=30000):
        window.submit_question(question)
    assert window.current_screen == "chooser"
    texts = all_texts(window)
    if language == "en":
        assert "Did you mean:" in texts and "None of these — ask staff" in texts
    for _ in range(3):
        QApplication.processEvents()
    assert window.size().toTuple() == ORIENTATIONS[orientation]
    name = f"ui-chooser-likely-{language}-{orientation}{'-large' if large else ''}.png"
    assert window.grab().save(str(screenshot_dir / name))
    assert (screenshot_dir / name).stat().st_size > 10_000


def test_a_choice_of_places_asks_what_is_looked_for(make_window, qtbot):
    """Facilities are found, not done: "您是不是要找：" over places (and a mix), "您是不是要办：" over services."""
    window = make_window()
    window.start_visit()
    places = [Match("restroom-1", "卫生间", "place", 0.6), Match("elevator-1", "电梯", "place", 0.55)]
    window.show_answer(Answer(query="厕所在哪", matches=places, answer="", handoff=False, outcome="choose"))
    assert find(window, "chooserTitle").text() == "您是不是要找："
    window.visit.set_language("en")
    assert find(window, "chooserTitle").text() == "Are you looking for:"
    window.visit.set_language("zh")
    services = [Match("id-card-reissue", "居民身份证补领", "service", 0.6), Match("id-card-renew", "居民身份证换领", "service", 0.55)]
    window.show_answer(Answer(query="身份证", matches=services, answer="", handoff=False, outcome="choose"))
    assert find(window, "chooserTitle").text() == "您是不是要办："


def test_a_picked_option_speaks_its_answer_not_the_choice_again(make_window, qtbot, demo_catalog_path):
    """Xvfb walk (stop 23): after a pick the choice's question ("您是不是要办：…？") went on being spoken and
    subtitled under the answer, a second question before it. The pick silences it; only the answer follows."""
    from kiosk.speech.player import AudioOutput, NullBackend
    from kiosk.speech.service import VoiceService
    from kiosk.ui.speech_wiring import install

    window = make_window(demo_catalog_path)
    context = window.context
    service = VoiceService(context.settings.speech, lambda e: None, catalog=context.catalog.catalog,
                           output=AudioOutput(NullBackend(record=False)))
    controller = install(window, context, service=service)
    spoken: list[str] = []
    controller.spoken_sentence.connect(spoken.append)
    subtitle = window.bottom.subtitle
    window.start_visit()
    with qtbot.waitSignal(window.answer_shown, timeout=30000):
        window.submit_question("身份证")
    assert window.current_screen == "chooser"
    qtbot.waitUntil(lambda: "您是不是要办" in subtitle.text(), timeout=15000)  # the choice is being said

    spoken.clear()
    first = next(iter(window.chooser.cards))
    with qtbot.waitSignal(window.answer_shown, timeout=5000) as shown:
        click(qtbot, find(window, f"choice_{first}"))
    answer = shown.args[0]
    assert window.current_screen == "answer" and answer.top_service.id == first
    assert "您是不是要办" not in subtitle.text()
    qtbot.waitUntil(lambda: bool(spoken), timeout=15000)
    qtbot.waitUntil(lambda: bool(subtitle.text()), timeout=15000)
    assert subtitle.text() in answer.key_line  # the picked option's answer, nothing of the choice
    assert all(sentence in answer.key_line for sentence in spoken), spoken
    texts = all_texts(window.answer_screen)
    assert sum(t == answer.query for t in texts) == 1  # the question once, above its answer
    controller.close()


def test_back_from_a_picked_option_returns_to_the_choice(make_window, qtbot):
    """Walk 11 #1: 返回 from an option picked in the chooser goes back to "您是不是要办：" with its options."""
    window = make_window()
    window.visit.picker = NamePicker("换领")
    with qtbot.waitSignal(window.likely_choice, timeout=30000):
        window.submit_question("身份证")
    order = _card_order(window)
    with qtbot.waitSignal(window.answer_shown, timeout=30000):
        click(qtbot, find(window, "choice_id-card-reissue"))
    assert window.current_screen == "answer"
    qtbot.waitUntil(lambda: find(window, "backButton").isVisible())
    click(qtbot, find(window, "backButton"))
    assert window.current_screen == "chooser"
    assert find(window, "chooserTitle").text() == "您是不是要办："
    assert _card_order(window) == order
    click(qtbot, find(window, "choice_id-card-renew"))  # another pick still works
    assert window.current_screen == "answer" and find(window, "cardTitle").text() == "居民身份证换领"
