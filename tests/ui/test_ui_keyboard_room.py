"""The on-screen keyboard never covers the bottom bar (issue 13, found by the Xvfb walk).

In landscape Qt Virtual Keyboard's panel covered the lower 60 % of the screen, the bottom bar included: a tap
where 结束 was landed on the keyboard's Enter. Offscreen Qt has no keyboard panel, so the test hands the
window's keyboard room the rectangle the real panel had under Xvfb (1920x1080: top at y=415; 1080x1920:
top at y=1480) and checks where the bar's buttons are drawn; the real panel is checked by scripts/xvfb_walk.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from ui_helpers import find

BUTTONS = ("backButton", "homeButton", "endVisitButton")


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("size", "keyboard_top"), [((1920, 1080), 415), ((1080, 1920), 1480)])
def test_the_bottom_bar_sits_above_the_keyboard_and_the_field_stays_visible(make_window, qtbot, size, keyboard_top):
    window = make_window(size=size)
    window.start_visit()
    origin = window.mapToGlobal(window.rect().topLeft())
    keyboard = QRect(origin.x(), origin.y() + keyboard_top, size[0], size[1] - keyboard_top)
    room = window.keyboard_room
    assert room.overlap(keyboard) == size[1] - keyboard_top
    room.reserve(room.overlap(keyboard))
    qtbot.waitUntil(lambda: all(not _global_rect(find(window, b)).intersects(keyboard) for b in BUTTONS),
                    timeout=2000)
    for name in (*BUTTONS, "questionField", "sendButton"):
        widget = find(window, name)
        shown = _global_rect(widget)
        assert not shown.intersects(keyboard), (name, shown, keyboard)
        assert _global_rect(window).contains(shown), name  # whole, not pushed out of the window
    # the question field is not clipped by the shrunken screen
    field = find(window, "questionField")
    assert window.stack.rect().contains(field.mapTo(window.stack, field.rect().bottomRight()))

    room.reserve(0)  # keyboard hidden: the bars are back where they were
    qtbot.waitUntil(lambda: find(window, "topBar").isVisible(), timeout=2000)
    bottom = find(window, "bottomBar")
    qtbot.waitUntil(lambda: bottom.geometry().bottom() == window.height() - 1, timeout=2000)


def test_no_keyboard_shown_reserves_nothing(make_window):
    window = make_window()
    window.start_visit()
    assert window.keyboard_room.covered() == 0
    assert window.layout().contentsMargins().bottom() == 0
