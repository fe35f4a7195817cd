"""Staff mode installed together with every other area (as ``kiosk.ui.app`` does)."""

from __future__ import annotations

from admin_helpers import ADMIN_HALL, sign_in, tap, visible


def test_install_areas_shares_the_ticket_store_and_printer_check(qtbot, tmp_path, pin_hash):
    """With all *_wiring modules installed, the queue page works on the tickets area's store."""
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application, install_areas
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

    create_application()
    settings = load_settings(None, data_dir=tmp_path / "data", admin={"pin_hash": pin_hash},
                             printer={"uri": f"pdf://{tmp_path / 'slips'}"}, speech={"enabled": False})
    context = AppContext.create(settings, load_catalog(ADMIN_HALL))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.showFullScreen()
    installed = install_areas(window, context)
    controller = installed["admin"]
    try:
        assert not [k for k in window.top.chips if k.startswith("install-")]  # no area failed
        sign_in(qtbot, window, controller)
        assert controller.services.tickets is getattr(context, "tickets", controller.services.tickets)
        ticket = controller.services.tickets.issue("passport", "A")
        tap(qtbot, visible(window, "tab_queue"))
        choice = visible(window, "windowChoice")
        choice.setCurrentIndex(choice.findData("A02"))
        tap(qtbot, visible(window, "callNext"))
        assert visible(window, "currentTicket").text() == ticket.label
        tap(qtbot, visible(window, "tab_status"))
        page = controller.panel.pages["status"]
        qtbot.waitUntil(lambda: any(i.key == "printer" for i in page.items), timeout=10000)
        speech = next(i for i in page.items if i.key == "speech")
        assert "Voice is turned off" in speech.text  # the speech area's live state, not a settings guess
        assert controller.services.mic_level is not None and controller.services.mic_level() == 0.0
    finally:
        app = QApplication.instance()
        controller.watchdog.stop()
        controller.lockdown.uninstall(app)
        controller.lockdown.allow_exit()
        for area in installed.values():
            close = getattr(area, "close", None)
            if callable(close):
                close()
        app.removeEventFilter(window.idle)
        context.close()
        window.close()
