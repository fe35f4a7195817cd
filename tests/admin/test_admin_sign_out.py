"""Signing out of staff mode shows the attract screen, not the previous citizen's answer (issue 13, item 13)."""

from __future__ import annotations

from admin_helpers import sign_in, tap, visible


def test_sign_out_returns_to_the_attract_screen_and_wipes_the_visit(qtbot, kiosk):
    window, controller = kiosk()
    window.start_visit()
    service = window.catalog.services[0]
    window.show_service(service.id)
    assert window.current_screen == "answer"
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "adminLogout"))
    qtbot.waitUntil(lambda: controller.panel is None, timeout=10000)
    assert window.current_screen == "attract"
    assert window.current_answer is None
