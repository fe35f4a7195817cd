"""Issue 13 item 10: large-text mode reaches every citizen dialog, and every dialog fits the screen.

Each dialog is opened over the window in normal and in large text; every label's and button's font must
grow with the visit's text size (by the theme's body ratio, at least 1.2×), and the panel must lie inside
the window in both orientations. Screenshots of each dialog in large text are saved for people to look at.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _idle(window) -> QWidget:
    window.idle.set_timeout(0.05)
    window.touch()
    return window.idle_overlay


def _staff(window) -> QWidget:
    from kiosk.ui.admin.citizen import StaffOnTheWay

    return StaffOnTheWay(window.language)


def _rating(window) -> QWidget:
    from kiosk.ui.admin.citizen import RatingPanel

    return RatingPanel(window.language)


def _thanks(window) -> QWidget:
    from kiosk.ui.admin.citizen import ThanksPanel

    return ThanksPanel(True)


def _confirm(window) -> QWidget:
    from kiosk.ui.ticket_view import TicketConfirmPanel

    panel = TicketConfirmPanel("居民身份证补领", "A01、A02", "1楼 A区", window.language)
    panel.set_printer_warning("打印机暂时无法出票，号码会显示在屏幕上")
    return panel


def _ticket(window) -> QWidget:
    from kiosk.ui.ticket_view import TicketPanel

    panel = TicketPanel(number="A012", priority=False, service_name="居民身份证补领", windows="A01、A02",
                        where="1楼 A区", people_ahead=3, wait_min=12, qr_data="https://example.org/t/A012",
                        language=window.language, portrait=window.portrait)
    panel.set_print_state("failed")
    return panel


def _guide(window) -> QWidget:
    from kiosk.ui.ticket_view import GuidePrintPanel

    panel = GuidePrintPanel("居民身份证补领", window.language, "https://example.org/g/id")
    panel.set_print_state("failed")
    return panel


DIALOGS: dict[str, Callable[[object], QWidget]] = {
    "idle-countdown": _idle, "staff-call": _staff, "rating": _rating, "rating-thanks": _thanks,
    "ticket-confirm": _confirm, "ticket": _ticket, "guide-print": _guide,
}


def _open(window, qtbot, name: str) -> QWidget:
    made = DIALOGS[name](window)
    if made is window.idle_overlay:
        qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
        window.idle.set_timeout(600)
        panel = window.idle_overlay.widget
    else:
        window.show_overlay(made)
        panel = made
    for _ in range(3):
        QApplication.processEvents()
    return panel


def _close(window) -> None:
    window.idle_overlay.close_panel()
    window.close_overlay()
    QApplication.processEvents()


def test_rating_levels_stay_in_one_row_when_there_is_room(make_window, qtbot):
    """Landscape, normal text: the five levels side by side (the reflow is for narrow screens only)."""
    window = make_window()
    window.start_visit()
    panel = _open(window, qtbot, "rating")
    rows = {b.y() for b in panel.level_buttons.values()}
    assert len(rows) == 1


def _font_sizes(panel: QWidget) -> dict[str, int]:
    sizes = {}
    for index, child in enumerate(panel.findChildren(QWidget)):
        if isinstance(child, (QLabel, QAbstractButton)) and child.isVisible() and child.text():
            child.ensurePolished()
            sizes[f"{index}:{child.objectName() or child.text()[:12]}"] = QFontInfo(child.font()).pixelSize()
    return sizes


@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_text_grows_with_large_text_and_the_dialog_fits(make_window, qtbot, screenshot_dir, name,
                                                               orientation, showcase_catalog_path):
    """Normal, then large text: every text of the dialog is bigger, and the dialog stays on screen."""
    size = ORIENTATIONS[orientation]
    window = make_window(showcase_catalog_path, size)
    window.start_visit()
    normal = _font_sizes(_open(window, qtbot, name))
    assert normal, name
    _close(window)
    window.visit.set_large_text(True)
    panel = _open(window, qtbot, name)
    large = _font_sizes(panel)
    assert large.keys() == normal.keys()
    small = {key: (normal[key], large[key]) for key in normal if large[key] < normal[key] * 1.2}
    assert not small, f"{name}: fonts that did not grow (normal, large): {small}"
    rect = panel.geometry().translated(panel.parentWidget().mapTo(window, panel.parentWidget().rect().topLeft()))
    assert window.rect().contains(rect), f"{name} {rect} outside the {size} window"
    assert window.size().toTuple() == size
    cut = [b.objectName() for b in panel.findChildren(QAbstractButton)
           if b.isVisible() and b.width() < b.sizeHint().width()]
    assert not cut, f"{name}: buttons narrower than their text: {cut}"
    assert window.grab().save(str(screenshot_dir / f"dialog-{name}-large-{orientation}.png"))
