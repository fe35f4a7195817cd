"""A typed question shows the card once: the conversation column has the short key line (issue 13, item 12)."""

from __future__ import annotations


def test_typed_question_shows_the_details_only_in_the_card(make_window, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.answer_shown, timeout=30000):
        window.submit_question("补办身份证要带什么材料")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    answer = window.current_answer
    service = answer.top_service
    assert service is not None and answer.key_line
    column = window.answer_screen.answer_text.text()
    assert column == answer.key_line
    listed = [m.name for m in service.materials]
    assert sum(name in column for name in listed) <= 1  # the checklist is in the card, not repeated beside it
