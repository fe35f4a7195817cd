"""The question field starts empty for every question and has a touch-size clear button (issue 13, item 1)."""

from __future__ import annotations

from ui_helpers import find


def test_sent_question_leaves_the_field_empty_and_clear_button_empties_it(make_window, qtbot):
    window = make_window()
    window.start_visit()
    field = find(window, "questionField")
    clear = window.home.clear_button
    assert not clear.isVisible()
    field.insert("身份证丢了")  # as typed (insert at the cursor)
    assert clear.isVisible()
    clear.click()
    assert field.text() == "" and not clear.isVisible()
    field.insert("身份证丢了")  # as typed (insert at the cursor)
    with qtbot.waitSignal(window.answer_shown, timeout=30000):
        find(window, "sendButton").click()
    window.go_home()
    assert field.text() == ""
    field.insert("开奶茶店要办什么证")  # as typed (insert at the cursor)
    assert field.text() == "开奶茶店要办什么证"
