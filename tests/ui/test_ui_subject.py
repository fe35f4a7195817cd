"""What a follow-up refers to is what the citizen now sees: a picked option, a tapped tile (xvfb10 defect 2)."""

from __future__ import annotations

from ui_helpers import click, find


def _ask(qtbot, window, question: str):
    with qtbot.waitSignal(window.answer_shown, timeout=30000) as shown:
        window.submit_question(question)
    return shown.args[0]


def test_a_picked_option_is_what_a_follow_up_asks_about(make_window, qtbot, screenshot_dir):
    """身份证丢了 → card; 身份证 → chooser → pick 换领 → 首页 → 要带什么材料: the 换领 card, not the first one."""
    window = make_window()
    window.start_visit()
    assert _ask(qtbot, window, "身份证丢了怎么补办").top_service.id == "id-card-reissue"
    click(qtbot, find(window, "homeButton"))
    assert _ask(qtbot, window, "身份证").outcome == "choose"
    click(qtbot, find(window, "choice_id-card-renew"))
    assert find(window, "cardTitle").text() == "居民身份证换领"
    click(qtbot, find(window, "homeButton"))
    follow = _ask(qtbot, window, "要带什么材料")
    assert follow.follow_up and follow.top_service.id == "id-card-renew"
    assert window.current_screen == "answer" and find(window, "cardTitle").text() == "居民身份证换领"
    window.grab().save(str(screenshot_dir / "subject-picked-follow-up.png"))


def test_a_tapped_tile_is_what_a_follow_up_asks_about(make_window, qtbot):
    """A home tile, then 要带什么材料: that service's materials, not "please tell me what you want to do"."""
    window = make_window()
    window.start_visit()
    with qtbot.waitSignal(window.answer_shown):
        click(qtbot, find(window, "tile_si-card"))
    click(qtbot, find(window, "homeButton"))
    follow = _ask(qtbot, window, "要带什么材料")
    assert follow.follow_up and follow.top_service.id == "si-card" and not follow.handoff


def test_leaving_an_option_for_the_choice_forgets_it(make_window, qtbot):
    """Choice → option → Back: the choice is on screen again; a follow-up names no option."""
    window = make_window()
    window.start_visit()
    choice = _ask(qtbot, window, "身份证")
    click(qtbot, find(window, "choice_id-card-renew"))
    click(qtbot, find(window, "backButton"))
    assert window.current_screen == "chooser" and window.current_answer is choice
    click(qtbot, find(window, "homeButton"))
    assert not _ask(qtbot, window, "要带什么材料").services
