"""System printers (CUPS) through Qt: ``system://NAME`` paints the slip with QPainter on a QPrinter."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.messages import N_, translator
from kiosk.printing import qt_render
from kiosk.printing.slips import PAPER_PX, Slip
from kiosk.printing.status import UNKNOWN, PrinterStatus
from kiosk.printing.transports import PrinterFault, Receipt

_LOGGER = logging.getLogger(__name__)


def available_printers() -> list[str]:
    """Names of the system's printers (CUPS queues)."""
    qt_render.ensure_gui_app()
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


class SystemPrinter:
    """A named system printer; thermal printers need their vendor PPD installed in CUPS."""

    def __init__(self, uri: str, name: str, *, paper_mm: int = 80) -> None:
        self.uri, self.name, self.paper_mm = uri, name, paper_mm

    def _info(self) -> QPrinterInfo:
        qt_render.ensure_gui_app()
        info = QPrinterInfo.printerInfo(self.name)
        if info.isNull():
            raise PrinterFault("offline", translator("zh")(N_("the system has no printer named {name}"), name=repr(self.name)))
        return info

    def status(self) -> PrinterStatus:
        """CUPS reports little; a missing queue is offline, otherwise unknown."""
        try:
            self._info()
        except PrinterFault:
            return PrinterStatus("offline")
        return UNKNOWN

    def print_slip(self, slip: Slip) -> Receipt:
        """Paint the slip on one custom-sized page (unconfirmed: CUPS only says it took the job)."""
        info = self._info()
        width = PAPER_PX[self.paper_mm]
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(
            QPageLayout(qt_render.page_size(slip, self.paper_mm, width), QPageLayout.Orientation.Portrait,
                        QMarginsF(0, 0, 0, 0))
        )
        scale = printer.resolution() / qt_render.DPI
        full = self.paper_mm / 25.4 * printer.resolution()
        qt_render.paint_page(printer, slip, width, (full - width * scale) / 2, scale)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterFault("refused", translator("zh")(N_("the system printer {name} refused the job"), name=self.name))
        return Receipt(self.name, confirmed=False)
