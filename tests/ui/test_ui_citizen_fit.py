"""Citizen screens in English and large text, landscape and portrait: every text whole (Xvfb walk 10).

Each test measures real geometry: a wrapped label is at least as tall as its text needs at its width
(``heightForWidth``), a one-line label at least as wide as its text (``sizeHint``), and a widget lies
inside the window. Screenshots are saved for people to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def cut_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons of ``root`` drawn smaller than their text needs."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)) or not widget.text():
            continue
        widget.ensurePolished()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h, need_w = widget.heightForWidth(widget.width()), 0
        else:
            need_h, need_w = widget.sizeHint().height(), widget.sizeHint().width()
        if widget.height() + 2 < need_h or widget.width() + 2 < need_w:
            out.append(f"{widget.objectName() or widget.text()[:24]!r}: {widget.size().toTuple()} < "
                       f"{(need_w, need_h)}")
    return out


def outside(window: QWidget, widget: QWidget) -> bool:
    """True when ``widget`` is not wholly inside the window."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return not window.rect().contains(widget.rect().translated(top_left))


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def english_large(window) -> None:
    window.start_visit()
    window.visit.set_language("en")
    window.visit.set_large_text(True)
    settle()


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("panel_name", ["confirm", "ticket"])
def test_ticket_panels_show_whole_texts_in_english_large_text(make_window, showcase_catalog_path, screenshot_dir,
                                                              orientation, panel_name):
    """Defect 6: the ticket number, the confirmation's service name and the QR caption are not cut."""
    from kiosk.ui.ticket_view import TicketConfirmPanel, TicketPanel

    window = make_window(showcase_catalog_path, ORIENTATIONS[orientation])
    english_large(window)
    where = "First floor Zone A · Household Registration"
    if panel_name == "confirm":
        panel = TicketConfirmPanel("Reissue of a lost resident ID card", "A01, A02", where, "en")
        panel.set_position(0, 0)
        panel.set_printer_warning(panel.w["printer_test"])
    else:
        panel = TicketPanel(number="A002", priority=True, service_name="Reissue of a lost resident ID card",
                            windows="A01, A02", where=where, people_ahead=0, wait_min=0,
                            qr_data="https://example.org/t/A002", language="en", portrait=window.portrait)
        panel.set_print_state("test")
    window.show_overlay(panel)
    settle()
    window.grab().save(str(screenshot_dir / f"fit-ticket-{panel_name}-en-large-{orientation}.png"))
    assert not outside(window, panel)
    assert not cut_texts(panel), cut_texts(panel)


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize(("size", "keyboard_top"), [((1920, 1080), 415), ((1080, 1920), 1480)])
def test_the_keyboard_takes_room_from_the_screen_not_the_top_bar(make_window, qtbot, screenshot_dir, size,
                                                                 keyboard_top, large):
    """Defect 10: with the keyboard up the top bar stays at the top, whole; the screen between the bars
    shrinks and still shows the question field whole (the real panel's rectangle under Xvfb)."""
    from PySide6.QtCore import QRect

    window = make_window(size=size)
    window.start_visit()
    if large:
        window.visit.set_large_text(True)
    settle()
    top = window.top
    before = top.geometry()
    origin = window.mapToGlobal(window.rect().topLeft())
    room = window.keyboard_room
    room.reserve(room.overlap(QRect(origin.x(), origin.y() + keyboard_top, size[0], size[1] - keyboard_top)))
    settle()
    window.grab().save(str(screenshot_dir / f"fit-keyboard-{'large' if large else 'normal'}-{size[0]}x{size[1]}.png"))
    assert top.isVisible() and top.geometry() == before, "the top bar moved"
    assert not cut_texts(top), cut_texts(top)
    free = QRect(0, 0, size[0], keyboard_top)
    field = window.home.question
    for widget in (field, window.home.send, window.bottom):
        shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert widget.isVisible() and free.contains(shown), (widget.objectName(), shown)
    assert window.stack.rect().contains(QRect(field.mapTo(window.stack, field.rect().topLeft()), field.size()))
    assert field.height() >= field.sizeHint().height()
    home = window.home
    for other in (home.figure, home.greeting, home.voice, home.voice_hint, home.privacy):  # nothing drawn over it
        if other.isVisible():
            assert not other.geometry().intersects(field.geometry()), other.objectName()
            assert home.rect().contains(other.geometry()), other.objectName()


def beyond(root: QWidget) -> list[str]:
    """Visible labels and buttons of ``root`` that stick out of their parent (drawn cut at its edge)."""
    out = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)):
            shown = widget.geometry()
            if not widget.parentWidget().rect().contains(shown):
                out.append(f"{widget.objectName() or widget.text()[:24]!r}: {shown.getRect()}")
    return out


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
def test_the_map_screen_shows_whole_window_choices_in_english_large_text(make_window, demo_catalog_path,
                                                                         screenshot_dir, orientation):
    """Defect 8: the window buttons, the step-free button and the hall name are not cut."""
    window = make_window(demo_catalog_path, ORIENTATIONS[orientation])
    english_large(window)
    window.show_service_map("id-card-reissue")
    settle()
    window.grab().save(str(screenshot_dir / f"fit-map-en-large-{orientation}.png"))
    screen = window.map_screen
    assert not cut_texts(screen), cut_texts(screen)
    assert not beyond(screen), beyond(screen)
    assert window.top.hall_name.isVisible() and window.top.hall_name.width() > 200


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_hall_name_is_whole_in_the_top_bar_and_on_the_attract_screen(make_window, demo_catalog_path,
                                                                         screenshot_dir, orientation, language):
    """Defect 11: the top bar shows the whole hall name (wrapped, or on a row of its own) in both text
    sizes, and the attract screen's second-language name is not cut."""
    from kiosk.ui.text import loc

    window = make_window(demo_catalog_path, ORIENTATIONS[orientation])
    settle()
    assert not cut_texts(window.attract), cut_texts(window.attract)
    window.start_visit()
    window.visit.set_language(language)
    for large in (False, True):
        window.visit.set_large_text(large)
        window.status_bar_message("printer", "测试打印机（不出纸）")
        settle()
        name = window.top.hall_name
        window.grab().save(str(screenshot_dir / f"fit-topbar-{language}-{'large' if large else 'normal'}-"
                                                f"{orientation}.png"))
        assert name.text() == loc(window.catalog.hall, "name", language)
        assert name.isVisible()
        assert not cut_texts(window.top), cut_texts(window.top)
        assert not beyond(window.top), beyond(window.top)
