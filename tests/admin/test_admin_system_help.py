"""The System page's help (Xvfb walk 10, defect 27): its Chinese and English ran together on one line."""

from __future__ import annotations

from admin_helpers import sign_in, tap, visible

from kiosk.admin.status_text import has_chinese


def test_system_help_has_each_language_on_its_own_lines(qtbot, kiosk, screenshot_dir):
    from PySide6.QtWidgets import QApplication

    window, controller = kiosk()
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_system"))
    lines = visible(window, "systemHelp").text().splitlines()
    assert len(lines) == 4, lines
    assert [has_chinese(line) for line in lines] == [True, False, True, False], lines
    assert lines[1].startswith("Restart:") and lines[3].startswith("Exit:")
    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / "admin-system-help.png"))
