"""Chinese left on screen in English mode (Xvfb walk 10, defect 13): the map's window line named the
window's Chinese label (catalogs often have no ``label_en``); the printer chip stayed Chinese (in
tests/tickets/test_printer_screens.py)."""

from __future__ import annotations

from kiosk.admin.status_text import has_chinese


def test_the_map_line_has_no_chinese_window_label_in_english(make_window, qtbot, demo_catalog_path):
    window = make_window(demo_catalog_path)
    window.start_visit()
    service = next(s for s in window.catalog.services
                   if any((w := window.catalog.window(i)) and w.label and not w.label_en for i in s.windows))
    window.show_service_map(service.id)
    detail = window.map_screen.detail
    label = window.catalog.window(service.windows[0]).label
    assert label in detail.text()  # Chinese: the window's own label is said
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: not has_chinese(detail.text()), timeout=2000)
    assert detail.text().startswith("Go to Window"), detail.text()
