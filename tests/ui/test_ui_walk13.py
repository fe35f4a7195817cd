"""Defects a tester found driving the real kiosk window under Xvfb (walk 13): the two-floor map, the typed
follow-up on the answer screen, the top bar in portrait and large text. Each test measures real geometry
on the real MainWindow and saves a screenshot for people to look at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def commit(field, text: str) -> None:
    """Type ``text`` as the pinyin keyboard does: one committed string from the input method."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def _chips(window, language: str) -> None:
    """The chips a hall with a broken printer and an offline assistant shows, in the visit's language."""
    from kiosk.ui.text import tr, tr_in
    from kiosk.ui.ticket_view import WORDS

    window.status_bar_message("printer", tr_in(language, "TicketView", WORDS["chip_failed"]))
    window.status_bar_message("llm", tr("Assistant offline"))
    window.status_bar_message("install-speech", "Voice input could not start")


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("chips_first", [False, True])
def test_the_top_bar_shows_every_chip_whole_in_portrait_and_large_text(make_window, demo_catalog_path,
                                                                        screenshot_dir, orientation, language,
                                                                        chips_first):
    """Walk 13, defect 4: in portrait a chip was squeezed to its "⚠" beside a two-line hall name (the name,
    the chips and the buttons on one row needed more than the screen's width). Every chip, button and the
    hall name show whole, in both text sizes, and the window never grows past the screen."""
    from test_ui_citizen_fit import beyond, cut_texts

    size = ORIENTATIONS[orientation]
    window = make_window(demo_catalog_path, size)
    window.start_visit()
    if chips_first:
        _chips(window, language)
    window.visit.set_language(language)
    for large in (False, True):
        window.visit.set_large_text(large)
        if not chips_first:
            _chips(window, language)
        settle()
        top = window.top
        window.grab().save(str(screenshot_dir / f"walk13-topbar-{language}-{'large' if large else 'normal'}-"
                                                f"{orientation}{'-chips-first' if chips_first else ''}.png"))
        assert window.size().toTuple() == size, "the top bar made the window wider than the screen"
        assert top.minimumSizeHint().width() <= size[0]
        for chip in top.chips.values():
            assert chip.isVisible() and chip.width() >= chip.sizeHint().width(), (chip.text(), chip.width())
        assert top.hall_name.isVisible() and top.hall_name.text()
        assert not cut_texts(top), cut_texts(top)
        assert not beyond(top), beyond(top)
        for widget in (*top.chips.values(), top.language_button, top.large_button, top.staff_button):
            assert widget.mapTo(window, widget.rect().bottomRight()).x() < size[0], widget.objectName()


def _drawn_width(view) -> float:
    """Width of the floor plan as drawn in ``view``."""
    return view._plan_rect().width()  # noqa: SLF001 - the painted rectangle is what the citizen reads


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("large", [False, True])
def test_a_route_over_two_floors_is_readable(make_window, qtbot, demo_catalog_path, screenshot_dir, orientation,
                                             language, large):
    """Walk 13, defect 1: a route over two floors showed both plans side by side, each about 35 % of a
    1920-pixel-wide screen. In landscape one floor is now drawn large (at least 52 % of the width: the
    kiosk's floor first) beside the words, the other small in their column with "show it large"; in
    portrait both are drawn at least 70 % of the width. Both steps stay on screen, whole."""
    from test_ui_citizen_fit import beyond, cut_texts, outside
    from ui_helpers import click

    size = ORIENTATIONS[orientation]
    window = make_window(demo_catalog_path, size)
    window.start_visit()
    window.visit.set_language(language)
    window.visit.set_large_text(large)
    settle()
    window.show_service_map("food-business-licence")  # window B04, upstairs from the kiosk
    settle()
    screen = window.map_screen
    tag = f"{language}-{'large' if large else 'normal'}-{orientation}"
    window.grab().save(str(screenshot_dir / f"walk13-map-two-floors-{tag}.png"))
    views = [view for _panel, _step, view in screen.panels]
    steps = [step for _panel, step, _view in screen.panels]
    assert all(view.isVisible() and view.leg is not None for view in views)
    assert all(step.isVisible() and step.text() for step in steps)
    assert not cut_texts(screen), cut_texts(screen)
    assert not beyond(screen), beyond(screen)
    assert not any(outside(window, w) for w in (*views, *steps))
    if orientation == "portrait":
        for view in views:
            assert _drawn_width(view) >= 0.7 * size[0], _drawn_width(view)
        assert not any(b.isVisible() for b in screen.swap_buttons)
        return
    first, second = views
    assert _drawn_width(first) >= 0.52 * size[0], _drawn_width(first)
    assert _drawn_width(second) >= 300  # the other floor: small, still there
    swap = screen.swap_buttons[1]
    assert swap.isVisible() and not screen.swap_buttons[0].isVisible()
    click(qtbot, swap)
    settle()
    window.grab().save(str(screenshot_dir / f"walk13-map-two-floors-{tag}-second-large.png"))
    assert _drawn_width(second) >= 0.52 * size[0], _drawn_width(second)
    assert _drawn_width(first) >= 300
    assert screen.swap_buttons[0].isVisible() and not screen.swap_buttons[1].isVisible()
    assert not cut_texts(screen), cut_texts(screen)


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("large", [False, True])
def test_a_follow_up_can_be_typed_on_the_answer_screen_when_voice_is_off(make_window, qtbot, screenshot_dir,
                                                                         orientation, large):
    """Walk 13, defect 2: with voice off (no microphone, or turned off) the answer screen had no field: a
    citizen could not ask a follow-up without going back. The field under the conversation takes a typed
    follow-up, answered about the service on screen; it stays above the on-screen keyboard."""
    from PySide6.QtCore import QRect, Qt
    from test_ui_citizen_fit import cut_texts, outside
    from ui_helpers import all_texts, click, find

    size = ORIENTATIONS[orientation]
    window = make_window(size=size)
    window.start_visit()
    window.visit.set_large_text(large)
    window.voice_view.set_voice_available(False, "语音已关闭，请用触屏操作")
    window.submit_question("我的身份证丢了要怎么补办呢")
    qtbot.waitUntil(lambda: window.current_screen == "answer" and window.current_answer is not None, timeout=5000)
    first = window.current_answer
    assert first.services, "the first question is answered with a card"
    field, send = find(window, "followUpField"), find(window, "followUpSend")
    assert field.isEnabled() and field.placeholderText() and send.text()
    settle()
    assert not outside(window, field) and not outside(window, send)
    assert not cut_texts(window.answer_screen), cut_texts(window.answer_screen)
    asked = []
    window.question_submitted.connect(asked.append)
    click(qtbot, field)
    commit(field, "要带什么材料")
    window.grab().save(str(screenshot_dir / f"walk13-follow-up-typed-{'large' if large else 'normal'}-{orientation}.png"))
    click(qtbot, send)
    qtbot.waitUntil(lambda: asked == ["要带什么材料"], timeout=2000)
    qtbot.waitUntil(lambda: window.current_answer is not first and window.current_answer is not None, timeout=5000)
    settle()
    window.grab().save(str(screenshot_dir / f"walk13-follow-up-answered-{'large' if large else 'normal'}-{orientation}.png"))
    assert window.current_screen == "answer" and field.text() == ""
    assert window.answer_screen.question_bubble.text() == "要带什么材料"
    assert window.current_answer.services and window.current_answer.services[0].id == first.services[0].id
    # Enter sends too, and the field stays above the on-screen keyboard (its rectangle under Xvfb)
    keyboard_top = 415 if orientation == "landscape" else 1480
    origin = window.mapToGlobal(window.rect().topLeft())
    room = window.keyboard_room
    room.reserve(room.overlap(QRect(origin.x(), origin.y() + keyboard_top, size[0], size[1] - keyboard_top)))
    settle()
    window.grab().save(str(screenshot_dir / f"walk13-follow-up-keyboard-{'large' if large else 'normal'}-{orientation}.png"))
    for widget in (field, send):
        shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert widget.isVisible() and QRect(0, 0, size[0], keyboard_top).contains(shown), (widget.objectName(), shown)
        assert widget.height() >= widget.sizeHint().height() - 2, widget.objectName()
        assert widget.visibleRegion().boundingRect().size() == widget.size(), (widget.objectName(), "drawn cut")
    commit(field, "在几楼")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: asked[-1:] == ["在几楼"], timeout=2000)
    room.reserve(0)
    commit(field, "还要什么")
    window.end_visit()
    assert "还要什么" not in all_texts(window)


def test_the_follow_up_field_says_when_it_is_full(make_window, qtbot):
    """Like the home screen's field, the follow-up field says so at its limit instead of cutting silently."""
    from ui_helpers import find

    from kiosk.visit.turn import MAX_QUESTION

    window = make_window()
    window.start_visit()
    window.submit_question("我的身份证丢了要怎么补办呢")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    field, hint = find(window, "followUpField"), window.answer_screen.follow_up_limit
    assert field.maxLength() == MAX_QUESTION and not hint.isVisible()
    field.setFocus()
    commit(field, "我要办护照" * (MAX_QUESTION // 5) + "还有")
    assert len(field.text()) == MAX_QUESTION
    qtbot.waitUntil(hint.isVisible, timeout=2000)
    assert f"最多 {MAX_QUESTION} 个字" in hint.text()
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: f"({MAX_QUESTION} characters)" in hint.text(), timeout=2000)


def test_a_shorter_follow_up_answer_needs_no_scroll_bar_in_portrait(make_window, qtbot):
    """Seen on the follow-up screenshots: after a second, shorter answer the portrait conversation kept a
    height its bubbles did not fit (152 px for 179 px), and a scroll bar stood beside two one-line bubbles."""
    window = make_window(size=ORIENTATIONS["portrait"])
    window.start_visit()
    window.submit_question("我的身份证丢了要怎么补办呢")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    first = window.current_answer
    window.submit_question("要带什么材料")
    qtbot.waitUntil(lambda: window.current_answer is not first, timeout=5000)
    settle()
    area = window.answer_screen.conv_area
    assert not area.verticalScrollBar().isVisible(), (area.viewport().height(), area.widget().sizeHint().height())
