"""A shown MainWindow on the ticket tests' hall with the ticket area installed (shared by the UI ticket tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from printer_emulator import EscposEmulator

HALL = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"


@contextmanager
def ticket_window(qtbot, tmp_path: Path, tickets: dict, printer: EscposEmulator) -> Iterator[tuple]:
    """A shown 1920x1080 MainWindow on the test hall with the ticket area installed, printing to ``printer``;
    ``tickets`` are the ticket settings (the database: a SQLite path or a PostgreSQL URL). Yields
    ``(window, controller)`` and closes both afterwards."""
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.printing.qt_render import pin_none_refcount
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tickets_wiring import install

    pin_none_refcount()
    create_application()
    settings = load_settings(None, data_dir=tmp_path, tickets=tickets,
                             printer={"uri": printer.uri, "paper_mm": 80, "mode": "raster"})
    context = AppContext.create(settings, load_catalog(HALL))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    controller = install(window, context)
    try:
        yield window, controller
    finally:
        controller.close()
        QApplication.instance().removeEventFilter(window.idle)
        window.translations.uninstall()
        context.close()
        window.close()
