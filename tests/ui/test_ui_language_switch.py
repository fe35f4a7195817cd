"""A language switch reaches every visible widget, also on screens that were not on top (issue 13 item 8)."""

from __future__ import annotations

from ui_helpers import click, find


def _visible_texts(screen) -> list[str]:
    """Every QLabel / QPushButton text of ``screen`` that is visible now."""
    from PySide6.QtWidgets import QLabel, QPushButton

    widgets = [*screen.findChildren(QLabel), *screen.findChildren(QPushButton)]
    return [w.text() for w in widgets if w.isVisible() and w.text()]


def _answer_texts(window, qtbot, tile: str) -> list[str]:
    with qtbot.waitSignal(window.answer_shown):
        click(qtbot, find(window, tile))
    assert window.current_screen == "answer"
    return _visible_texts(window.answer_screen)


def test_switch_on_the_map_then_back_shows_the_answer_in_the_new_language(make_window, qtbot):
    """Tile → card (Chinese) → map → English → back: the answer column is English, as if asked in English."""
    window = make_window()
    window.start_visit()
    chinese = _answer_texts(window, qtbot, "tile_id-card-reissue")
    click(qtbot, find(window, "mapButton"))
    assert window.current_screen == "map"
    click(qtbot, window.top.language_button)
    assert window.language == "en"
    click(qtbot, find(window, "backButton"))
    assert window.current_screen == "answer"
    after = _visible_texts(window.answer_screen)

    click(qtbot, find(window, "homeButton"))
    english = _answer_texts(window, qtbot, "tile_id-card-reissue")
    old_only = set(chinese) - set(english)
    assert old_only, "the reference renderings do not differ: the test would prove nothing"
    assert not set(after) & old_only, sorted(set(after) & old_only)
    assert sorted(after) == sorted(english)
