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
