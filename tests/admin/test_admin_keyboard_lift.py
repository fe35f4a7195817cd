"""The on-screen keyboard covered the staff fields (Xvfb walk 10, defect 9): the export field, the typed text
and the Export button were under it, and it opened in pinyin with Chinese suggestions for file paths.
Offscreen Qt has no keyboard panel: the test hands the staff panel's lift the rectangle the real panel had
under Xvfb (1920x1080: top at y=415), as tests/ui/test_ui_keyboard_room.py does for the citizen screens."""

from __future__ import annotations

import pytest
from admin_helpers import sign_in, tap, visible
from PySide6.QtCore import QRect, Qt


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("tab", "field", "button"), [("catalog", "exportPath", "catalogExport"),
                                                      ("catalog", "catalogPath", "catalogCheck"),
                                                      ("settings", "llmModel", "llmTest")])
def test_the_focused_staff_field_is_lifted_above_the_keyboard(qtbot, kiosk, screenshot_dir, tab, field, button):
    from PySide6.QtWidgets import QApplication

    window, controller = kiosk()
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, f"tab_{tab}"))
    edit = visible(window, field)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    origin = window.mapToGlobal(window.rect().topLeft())
    keyboard = QRect(origin.x(), origin.y() + 415, 1920, 665)
    lift = controller.panel.keyboard_lift
    lift.lift(keyboard)
    assert lift.covered > 0
    for name in (field, button):
        qtbot.waitUntil(lambda n=name: not _global_rect(visible(window, n)).intersects(keyboard), timeout=2000)
        shown = _global_rect(visible(window, name))
        assert shown.top() >= _global_rect(lift.area.viewport()).top(), name  # not pushed off the top either
    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / f"admin-keyboard-lift-{field}.png"))
    lift.lift(QRect())  # keyboard gone: the page is back in place
    assert lift.covered == 0 and lift.area.verticalScrollBar().value() == 0


def test_path_url_and_model_fields_open_the_latin_keyboard(qtbot, kiosk):
    window, controller = kiosk()
    sign_in(qtbot, window, controller)
    for tab, names in (("catalog", ("catalogPath", "exportPath")), ("settings", ("llmUrl", "llmModel"))):
        tap(qtbot, visible(window, f"tab_{tab}"))
        for name in names:
            hints = visible(window, name).inputMethodHints()
            assert hints & Qt.InputMethodHint.ImhLatinOnly and hints & Qt.InputMethodHint.ImhNoPredictiveText, name
            assert hints & Qt.InputMethodHint.ImhSensitiveData, name  # still nothing learned
