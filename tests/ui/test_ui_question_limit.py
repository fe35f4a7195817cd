"""The question field cut long text at 200 characters without a word (Xvfb walk 10, defect 23)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import find


def test_the_field_says_when_it_is_full(make_window, qtbot, screenshot_dir):
    from kiosk.visit.turn import MAX_QUESTION

    window = make_window()
    window.start_visit()
    field, hint = find(window, "questionField"), window.home.limit_hint
    assert field.maxLength() == MAX_QUESTION and not hint.isVisible()
    field.setFocus()
    field.setText("我要办护照" * (MAX_QUESTION // 5 - 1))
    assert not hint.isVisible()
    qtbot.keyClicks(field, "passport and more")
    assert len(field.text()) == MAX_QUESTION
    qtbot.waitUntil(hint.isVisible, timeout=2000)
    assert f"最多 {MAX_QUESTION} 个字" in hint.text()
    window.grab().save(str(screenshot_dir / "ui-question-limit-zh-landscape.png"))
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: f"({MAX_QUESTION} characters)" in window.home.limit_hint.text(), timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not window.home.limit_hint.isVisible()
