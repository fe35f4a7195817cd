"""The printer line of the status page and the test print, built from the settings alone.

They stand in until the area publishes its live check (``context.status``, ``context.printer``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.admin.status import Check, StatusItem
from kiosk.printing.slips import Slip, Text
from kiosk.printing.transports import printer_from_settings
from kiosk.ui.text import tr_both

_LOGGER = logging.getLogger(__name__)


def printer_check(settings: Any) -> Check:
    """Printer state and paper, through ``kiosk.printing.transports.printer_from_settings``."""

    label = tr_both("StaffAdminPrinter_checks", "Printer")  # on the GUI thread: the check runs on a worker

    def check() -> StatusItem:
        from kiosk.printing.printer_names import status_lines
        from kiosk.printing.transports import printer_label

        try:
            status = printer_from_settings(settings.printer).status()
        except Exception as exc:  # noqa: BLE001 - shown as a red line
            return StatusItem("printer", label, False, f"{settings.printer.uri}: {exc}")
        ok = status.health
        uri = settings.printer.uri
        zh, en = status_lines(uri, status.describe("zh"), status.describe("en"))
        return StatusItem("printer", label, ok, f"{status.describe()} · {printer_label(uri)}", zh, en)

    return check


def test_print(settings: Any) -> Callable[[], str]:
    """A function printing a short test slip on the configured printer."""

    title = tr_both("StaffAdminPrinter_checks", "Test print")  # on the GUI thread: run() is called on a worker

    def run() -> str:
        slip = Slip("guide", "test-print", "zh", (
            Text("HallGuide 智能导办", "large", True, True),
            Text(title, "normal", True, True),
            Text(f"{settings.hall.kiosk_id} · {datetime.now():%Y-%m-%d %H:%M:%S}", "small", False, True),
            Text("如能看清这几行字，打印机工作正常。", "normal"),
            Text("If you can read these lines, the printer works.", "small"),
        ))
        return str(printer_from_settings(settings.printer).print_slip(slip))

    return run
