"""Citizen side: call staff (masked summary + location reach the status screen), the five-level rating
before the wipe (bad ratings open follow-ups), skipping, and answers counted in the statistics."""

from __future__ import annotations

from pathlib import Path

from admin_helpers import sign_in, tap, visible
from PySide6.QtWidgets import QWidget

QUESTION = "我要办护照 电话13812345678"


def _ask(qtbot, window) -> None:
    window.start_visit()
    window.submit_question(QUESTION)
    qtbot.waitUntil(lambda: window.current_answer is not None, timeout=15000)


def test_call_staff_records_masked_summary_and_alerts_the_status_screen(qtbot, kiosk, screenshot_dir):
    """The staff button → "工作人员马上到"; the call has kiosk id, floor, service, masked question."""
    window, controller = kiosk()
    _ask(qtbot, window)
    with qtbot.waitSignal(controller.staff_called, timeout=3000) as called:
        window.staff_requested.emit()
    summary = called.args[0]
    assert summary.kiosk_id == "kiosk-1" and summary.location == "1F 一楼大厅"
    assert summary.service_id == "passport" and "13812345678" not in summary.question
    assert "工作人员马上到" in visible(window, "staffTitle").text()
    window.grab().save(str(screenshot_dir / "admin-staff-call.png"))
    (item,) = controller.services.insights.open_items()
    assert item.kind == "call" and "普通护照签发" in item.text and "13812345678" not in item.text
    tap(qtbot, visible(window, "staffOk"))
    assert window.overlay.widget is None
    sign_in(qtbot, window, controller)
    assert visible(window, f"handleCall_{item.id}")
    # the status lines arrive from a worker and are shown on the next event-loop turn: wait, then look
    qtbot.waitUntil(lambda: any(w.isVisible() and w.objectName().startswith("statusState_")
                                for w in window.findChildren(QWidget)), timeout=5000)
    window.grab().save(str(screenshot_dir / "admin-status-alert.png"))


def test_done_offers_rating_before_the_wipe_and_bad_rating_opens_follow_up(qtbot, kiosk, screenshot_dir):
    """结束 → rating panel while the visit is still on screen; 不满意 + reason → follow-up, then wipe."""
    window, controller = kiosk()
    _ask(qtbot, window)
    ended: list[bool] = []
    window.visit_ended.connect(lambda: ended.append(True))
    tap(qtbot, window.bottom.end_button)
    assert visible(window, "rate_2") and window.current_answer is not None and not ended
    tap(qtbot, visible(window, "rate_2"))
    tap(qtbot, visible(window, "reason_0"))
    window.grab().save(str(screenshot_dir / "admin-rating.png"))
    tap(qtbot, visible(window, "rateSubmit"))
    assert visible(window, "thanksOk")
    window.grab().save(str(screenshot_dir / "admin-rating-thanks.png"))
    tap(qtbot, visible(window, "thanksOk"))
    assert ended == [True] and window.current_answer is None and window.current_screen == "attract"
    (follow_up,) = controller.services.insights.open_items()
    assert follow_up.kind == "follow_up" and "不满意" in follow_up.text and "等待时间长" in follow_up.text
    summary = controller.services.insights.summary(1)
    assert summary.ratings_total == {2: 1} and summary.visits == 1 and summary.questions == 1


def test_good_rating_and_skip(qtbot, kiosk):
    """非常满意 stores a rating without follow-up; a skipped rating stores nothing but still wipes."""
    window, controller = kiosk()
    _ask(qtbot, window)
    tap(qtbot, window.bottom.end_button)
    tap(qtbot, visible(window, "rate_5"))
    tap(qtbot, visible(window, "rateSubmit"))
    tap(qtbot, visible(window, "thanksOk"))
    assert window.current_screen == "attract"
    _ask(qtbot, window)
    tap(qtbot, window.bottom.end_button)
    tap(qtbot, visible(window, "rateSkip"))
    assert window.current_screen == "attract" and window.current_answer is None
    insights = controller.services.insights
    assert insights.summary(1).ratings_total == {5: 1} and insights.open_items() == []


def test_answers_are_counted_with_masked_questions(qtbot, kiosk):
    """Every answer shown is recorded: who answered, the service, the masked question."""
    window, controller = kiosk()
    _ask(qtbot, window)
    summary = controller.services.insights.summary(1, names=controller.services.service_name)
    assert summary.questions == 1 and summary.top_services == [("普通护照签发", 1)]
    assert summary.answered_by == {"catalog": 1}
    raw = controller.services.insights.local.reader.run("SELECT question FROM questions", ())[0][0]
    assert "13812345678" not in raw and "护照" in raw


def test_llm_answers_are_counted_as_llm(qtbot, kiosk):
    """When the LLM's answer stands, the question moves from "catalog" to "llm" in the statistics."""
    from types import SimpleNamespace

    window, controller = kiosk()
    _ask(qtbot, window)
    controller.record_llm_result(SimpleNamespace(answered_by="catalog"))  # a fallback changes nothing
    assert controller.services.insights.summary(1).answered_by == {"catalog": 1}
    controller.record_llm_result(SimpleNamespace(answered_by="llm"))
    assert controller.services.insights.summary(1).answered_by == {"llm": 1}


CHOICE_HALL = Path(__file__).resolve().parents[1] / "ui" / "data" / "ui_hall" / "catalog.json"
"""A hall where "身份证" is a choice (补领, 换领, …)."""


def _choice(qtbot, window) -> None:
    window.start_visit()
    with qtbot.waitSignal(window.answer_shown, timeout=30000):
        window.submit_question("身份证")
    assert window.current_screen == "chooser"


def test_none_of_these_after_leaving_an_option_sends_no_service(qtbot, kiosk):
    """Choice → open 换领 → Back → "都不是，找工作人员": staff hear the question, not the rejected service."""
    window, controller = kiosk(catalog=CHOICE_HALL)
    _choice(qtbot, window)
    tap(qtbot, visible(window, "choice_id-card-renew"))
    assert window.current_screen == "answer"
    tap(qtbot, window.bottom.back_button)
    with qtbot.waitSignal(controller.staff_called, timeout=3000) as called:
        tap(qtbot, visible(window, "noneOfTheseButton"))
    summary = called.args[0]
    assert summary.service_id is None and summary.service_name == "" and summary.question == "身份证"
    (item,) = controller.services.insights.open_items()
    assert "换领" not in item.text and "补领" not in item.text


def test_a_choice_credits_only_the_option_picked(qtbot, kiosk):
    """The statistics count the service picked, never the first option merely offered."""
    window, controller = kiosk(catalog=CHOICE_HALL)
    insights, names = controller.services.insights, controller.services.service_name
    _choice(qtbot, window)
    assert insights.summary(1, names=names).top_services == []
    with qtbot.waitSignal(window.answer_shown):
        tap(qtbot, visible(window, "choice_id-card-renew"))
    assert insights.summary(1, names=names).top_services == [("居民身份证换领", 1)]
