"""Idle countdown and visit wipe; catalog and model text shown literally; long text scrolls."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextEdit
from ui_helpers import UI_HALL, all_texts, click, find

INJECTION = '<b>x</b><img src="file:///etc/passwd"><a href="http://evil">link</a>'


def _start_idle_soon(window) -> None:
    window.idle.set_timeout(0.2)
    window.timeout.countdown_tick_ms = 40
    window.touch()


def test_idle_countdown_continue_then_wipe(make_window, qtbot):
    """Countdown appears, Continue keeps the visit, then expiry wipes every trace of the visitor."""
    window = make_window()
    question = "我的身份证丢了要怎么补办呢"
    window.submit_question(question)
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    answer_text = window.current_answer.answer
    extension = QTextEdit()
    extension.setObjectName("llmAnswer")
    extension.setPlainText("模型回答：请携带户口簿到A1窗口")
    window.add_answer_extension(extension)
    window.voice_view.set_subtitle("请携带户口簿")
    window.voice_view.set_transcript("我说的话", final=True)
    window.status_bar_message("llm", "离线")
    _start_idle_soon(window)
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    count = find(window, "idleCount").text()
    assert count.endswith("秒")
    click(qtbot, find(window, "continueButton"))
    assert not window.idle_overlay.isVisible() and window.current_screen == "answer"

    secrets = [question, answer_text, "模型回答", "请携带户口簿", "我说的话"]
    assert any(question in t for t in all_texts(window))
    with qtbot.waitSignal(window.visit_ended, timeout=5000):
        qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.current_screen == "attract", timeout=5000)
    qtbot.waitUntil(lambda: not window.findChildren(QTextEdit, "llmAnswer"))
    texts = all_texts(window)
    for secret in secrets:
        assert not any(secret in t for t in texts), secret
    assert window.current_answer is None
    conv = window.visit.conversation
    assert conv.turns == 0 and not conv.last_services and len(window.visit.history) == 0
    assert window.language == "zh" and not window.elderly_mode
    # status chips are about the kiosk, not the visitor: they stay
    assert find(window, "chip_llm")


def test_finish_button_ends_visit_and_resets_language(make_window, qtbot):
    """"结束" wipes at once; the next visitor gets the default language and text size."""
    window = make_window()
    window.start_visit()
    click(qtbot, find(window, "languageButton"))
    click(qtbot, find(window, "largeTextButton"))
    find(window, "questionField").setText("secret words")
    with qtbot.waitSignal(window.visit_ended):
        click(qtbot, find(window, "endVisitButton"))
    assert window.current_screen == "attract" and window.language == "zh" and not window.elderly_mode
    assert not any("secret words" in t for t in all_texts(window))


def test_no_idle_countdown_on_attract(make_window, qtbot):
    """Between visits nothing counts down."""
    window = make_window()
    _start_idle_soon(window)
    assert window.current_screen == "attract"
    assert not window.idle.active  # touched on the attract screen: no idle timer runs, so none can fire
    assert not window.idle_overlay.isVisible()


def _hostile_catalog(tmp_path: Path) -> Path:
    data = json.loads(UI_HALL.read_text(encoding="utf-8"))
    service = data["services"][0]
    service["name"] = INJECTION
    service["summary"] = INJECTION + " " + "很长的说明。" * 400
    service["materials"] = [{"name": f"{INJECTION} 材料{i}", "copies": 1} for i in range(40)]
    for floor in data["hall"]["floors"]:  # map paths stay inside the catalog's folder: copy the plans
        shutil.copy(UI_HALL.parent / floor["map"], tmp_path / floor["map"])
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_rich_text_is_shown_literally(make_window, qtbot, tmp_path):
    """Catalog and model text with HTML is displayed as the characters themselves."""
    from kiosk.navigator import Answer

    window = make_window(_hostile_catalog(tmp_path))
    window.start_visit()
    assert find(window, "tile_id-card-reissue").title.text() == INJECTION
    window.show_service("id-card-reissue")
    assert find(window, "cardTitle").text() == INJECTION
    window.show_answer(Answer(query=INJECTION, matches=[], answer=INJECTION, handoff=True))
    assert find(window, "questionBubble").text() == INJECTION
    assert find(window, "answerText").text() == INJECTION
    window.voice_view.set_subtitle(INJECTION)
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    # rendered as text: a label showing the markup is much wider than one rendering "x link"
    bubble = find(window, "answerText")
    assert bubble.fontMetrics().horizontalAdvance(INJECTION) > bubble.fontMetrics().horizontalAdvance("x link") * 4


def test_long_text_scrolls_without_overflow(make_window, qtbot, tmp_path):
    """A very long card scrolls inside its area; nothing grows past the window."""
    window = make_window(_hostile_catalog(tmp_path))
    window.start_visit()
    window.show_service("id-card-reissue")
    area = find(window, "cardArea")
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=5000)  # once laid out
    card = find(window, "serviceCard")
    assert card.width() <= area.viewport().width()
    assert window.width() == 1920 and window.height() == 1080
    assert find(window, "ticketButton").geometry().bottom() < window.height()


def test_a_tap_anywhere_during_the_countdown_keeps_the_visit(make_window, qtbot):
    """Issue 13 item 2: not only 继续 — a tap on the shade (where a tile or the card was) keeps the visit."""
    from PySide6.QtCore import QPoint, Qt

    window = make_window()
    window.submit_question("我的身份证丢了要怎么补办呢")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    window.idle.set_timeout(0.2)
    window.timeout.countdown_tick_ms = 1000
    window.touch()
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    qtbot.mouseClick(window.idle_overlay, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not window.idle_overlay.isVisible()
    assert window.current_screen == "answer" and window.current_answer is not None


def test_the_privacy_notice_says_the_configured_idle_time(make_window, qtbot):
    """Issue 13 (Xvfb walk): the notice said 一分钟 whatever ``ui.idle_timeout_s`` was."""
    from ui_helpers import find

    from kiosk.ui.screens.attract import idle_words

    window = make_window(idle_timeout_s=90)
    notice = find(window, "privacyNotice")
    assert "90 秒无操作后" in notice.text() and "一分钟" not in notice.text(), notice.text()
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: "after 90 seconds without use" in notice.text(), timeout=2000)
    assert [idle_words(s, "zh") for s in (60, 120, 45)] == ["一分钟", "2 分钟", "45 秒"]
    assert [idle_words(s, "en") for s in (60, 120, 45)] == ["a minute", "2 minutes", "45 seconds"]


def test_the_privacy_notices_say_what_is_kept(make_window, qtbot):
    """Xvfb walk 10, defect 21: the notices said nothing typed or said is stored, yet masked questions are kept
    for the staff statistics (kiosk.insights). They say so, in both languages, and that no recording is kept."""
    window = make_window(idle_timeout_s=30)
    notice = find(window, "privacyNotice")
    assert "不会被保存" not in notice.text() and "不保存录音" in notice.text(), notice.text()
    assert "去除姓名、证件号、手机号等个人信息后保存" in notice.text() and "统计" in notice.text()
    assert "30 秒无操作后" in notice.text()
    window.start_visit()
    home = find(window, "homePrivacyNotice")
    assert "不会被保存" not in home.text() and "去除个人信息后保存" in home.text(), home.text()
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: "without personal details" in home.text(), timeout=2000)
    assert "nothing you say or type is stored" not in home.text() and "no recordings are kept" in home.text()


def test_a_saved_idle_time_is_used_at_once_and_said_in_the_notice(make_window, qtbot):
    """Defect 21: staff saved a 30 s idle time, the countdown still came after 60 s and the notice said 一分钟."""
    window = make_window(idle_timeout_s=60)
    notice = find(window, "privacyNotice")
    window.set_idle_timeout(30)
    qtbot.waitUntil(lambda: "30 秒无操作后" in notice.text(), timeout=2000)
    assert window.idle.timeout_s == 30
