"""The staff pages on a portrait screen (1080x1920): names, fields and buttons whole (Xvfb walk 10, defect 7).

Measured like the citizen screens (tests/ui/test_ui_citizen_fit.py): every visible label and button at least
as big as its text needs and inside its parent; the queue table's service names at least a few characters
wide. Screenshots are saved for people to look at.
"""

from __future__ import annotations

import pytest
from admin_helpers import sign_in
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTableWidget, QWidget


def _cut(page: QWidget) -> list[str]:
    out = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.objectName() or (widget.text()[:24] if hasattr(widget, "text") else type(widget).__name__)
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            if isinstance(widget, QLabel) and widget.wordWrap():
                need = (0, widget.heightForWidth(widget.width()))
            else:
                need = widget.sizeHint().toTuple()
            if widget.width() + 2 < need[0] or widget.height() + 2 < need[1]:
                out.append(f"{name!r}: {widget.size().toTuple()} < {need}")
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) and not widget.parentWidget().rect().contains(
                widget.geometry()):
            out.append(f"{name!r} outside its parent: {widget.geometry().getRect()}")
        if isinstance(widget, QLineEdit) and widget.width() < 12 * widget.fontMetrics().averageCharWidth():
            out.append(f"{name!r} field only {widget.width()} px wide")
    return out


@pytest.mark.parametrize("key", ["queue", "catalog", "settings"])
def test_staff_pages_in_portrait_show_whole_names_fields_and_buttons(qtbot, kiosk, screenshot_dir, key):
    window, controller = kiosk(fullscreen=False)
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: window.portrait, timeout=3000)
    sign_in(qtbot, window, controller)
    panel = window.overlay.widget
    page = panel.show_page(key)
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(str(screenshot_dir / f"admin-{key}-portrait.png"))
    assert not _cut(page), _cut(page)
    for table in page.findChildren(QTableWidget):
        if table.isVisible() and table.columnCount():
            widths = [table.columnWidth(c) for c in range(table.columnCount())]
            assert min(widths) >= 6 * table.fontMetrics().averageCharWidth(), widths
            assert sum(widths) <= table.viewport().width() + 2, (widths, table.viewport().width())
