"""Ticketing on the kiosk: 取号 → confirmation → issued number on screen → printed slip; printer faults for staff.

``install(window, context)`` returns a :class:`TicketController` working on the context's one ticket
store. For the staff screens it publishes ``context.printer`` (:class:`kiosk.ui.context.PrinterPort`:
a live printer check and a test print) and the printer line of ``context.status``.

Threads: the number is issued on a one-thread executor (SQLite commit with fsync), printing runs
on the :class:`PrintService` worker; results come back to the GUI thread through a :class:`Bridge`.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject

from kiosk.admin.status import StatusItem
from kiosk.catalog import LoadedCatalog

from kiosk.printing.service import (
    Printed,
    PrinterAlerts,
    PrintEvent,
    PrintFailed,
    Printing,
    PrintService,
    StatusChecked,
)
from kiosk.printing.slips import guide_slip, ticket_slip, where_text
from kiosk.printing.status import PrinterStatus
from kiosk.printing.transports import PrinterFault, SlipPrinter, printer_from_settings
from kiosk.printing.slips import Slip
from kiosk.settings import Settings
from kiosk.tickets import IssuedTicket, QueuePosition, SqliteTicketStore, Ticket, TicketDesk, TicketState
from kiosk.ui.bridge import Bridge
from kiosk.ui.context import AppContext, PrinterPort
from kiosk.ui.main_window import MainWindow
from kiosk.ui.ticket_view import GuidePrintPanel, TicketConfirmPanel, TicketPanel, words

_LOGGER = logging.getLogger(__name__)


class _BrokenPrinter:
    """Stands in when printer.uri is invalid: every job fails with the configuration problem."""

    def __init__(self, uri: str, problem: str) -> None:
        self.uri, self.problem = uri, problem

    def status(self) -> PrinterStatus:
        return PrinterStatus("offline")

    def print_slip(self, slip) -> str:
        raise PrinterFault("refused", f"打印机设置有误：{self.problem}")


class TicketController(QObject):
    """Connects the window's ticket signals to the ticket store and the print service."""

    def __init__(self, window: MainWindow, context: AppContext, store: SqliteTicketStore,
                 printer: SlipPrinter | None = None) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        settings = context.settings
        self.settings = settings
        self.store = store
        self.alerts = PrinterAlerts(self.store.path)
        if printer is None:
            try:
                printer = printer_from_settings(settings.printer)
            except ValueError as exc:
                printer = _BrokenPrinter(settings.printer.uri, str(exc))
                self.alerts.record(settings.printer.uri, "refused", f"打印机设置有误：{exc}")
                window.status_bar_message("printer", f"打印机设置有误 {settings.printer.uri}")
        self.bridge = Bridge(self)
        self.bridge.event.connect(self._on_print_event)
        self.printing = PrintService(printer, self.bridge.callback(), self.alerts)
        self._issuer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tickets")
        self.confirm_panel: TicketConfirmPanel | None = None
        self.ticket_panel: TicketPanel | None = None
        self.guide_panel: GuidePrintPanel | None = None
        self.issued: IssuedTicket | None = None
        self._service_id: str | None = None
        self._job_serial = 0
        self._printer_fault = False
        window.ticket_requested.connect(self.request_ticket)
        window.guide_print_requested.connect(self.print_guide)
        window.visit_ended.connect(self.forget)

    # -- helpers -------------------------------------------------------------------------------
    @property
    def loaded(self) -> LoadedCatalog:
        """The catalog in use."""
        return self.context.catalog_store.current

    @property
    def desk(self) -> TicketDesk:
        """A desk over the current catalog."""
        return TicketDesk(self.store, self.loaded.catalog, kiosk_id=self.settings.hall.kiosk_id,
                          average_service_min=self.settings.tickets.average_service_min)

    def _language(self) -> str:
        return self.window.language

    def _next_job(self, kind: str) -> str:
        self._job_serial += 1
        return f"{kind}-{self._job_serial}"

    # -- 取号 ------------------------------------------------------------------------------------
    def request_ticket(self, service_id: str) -> None:
        """Open the confirmation panel for a service."""
        service = self.loaded.catalog.service(service_id)
        if service is None:
            _LOGGER.warning("ticket requested for unknown service %r", service_id)
            return
        language = self._language()
        windows, where = where_text(self.loaded, service, language)
        name = (service.name_en or service.name) if language == "en" else service.name
        panel = TicketConfirmPanel(name, windows, where, language)
        self._service_id = service_id
        self.confirm_panel = panel
        self._show_position(False)
        panel.priority_changed.connect(self._show_position)
        panel.confirmed.connect(self._confirmed)
        panel.cancelled.connect(self._cancelled)
        self.window.show_overlay(panel)
        if self.settings.printer.check_before_issue:
            self.printing.check(f"confirm-{service_id}")

    def _show_position(self, priority: bool) -> None:
        if self.confirm_panel is None or self._service_id is None:
            return
        position = self.desk.preview(self._service_id, priority=priority)
        self.confirm_panel.set_position(position.people_ahead, position.wait_min)

    def _cancelled(self) -> None:
        self.confirm_panel = None
        self.window.close_overlay()

    def _confirmed(self, priority: bool) -> None:
        service_id = self._service_id
        if service_id is None:
            return
        desk = self.desk
        future = self._issuer.submit(desk.issue, service_id, priority=priority)

        def finished(done) -> None:
            try:
                issued = done.result()
            except Exception as exc:  # noqa: BLE001 - the DB is full / locked / unreadable: tell the citizen and staff
                _LOGGER.exception("issuing a ticket for %s failed", service_id)
                problem = str(exc)  # ``exc`` is unbound once the except block ends: keep its words
                self.bridge.post(lambda: self._issue_failed(problem))
            else:
                self.bridge.post(lambda: self._issued(issued))

        future.add_done_callback(finished)

    def _issue_failed(self, problem: str) -> None:
        self.alerts.record("tickets", "error", f"取号失败：{problem}")
        self.window.status_bar_message("tickets", "取号失败，请检查取号数据库")
        if self.confirm_panel is not None:
            self.confirm_panel.set_printer_warning(words(self._language())["issue_failed"])
            self.confirm_panel.set_busy(False)

    def _issued(self, issued: IssuedTicket) -> None:
        self.confirm_panel = None
        self.issued = issued
        language = self._language()
        service = self.loaded.catalog.service(issued.ticket.service_id)
        windows, where = where_text(self.loaded, service, language)
        slip = ticket_slip(issued, self.loaded, qr_url=self.settings.tickets.qr_url, language=language)
        qr = next((b.data for b in slip.blocks if type(b).__name__ == "Qr"), "")
        panel = TicketPanel(
            number=issued.ticket.label, priority=issued.ticket.priority,
            service_name=(issued.service_name_en or issued.service_name) if language == "en" else issued.service_name,
            windows=windows, where=where, people_ahead=issued.position.people_ahead,
            wait_min=issued.position.wait_min, qr_data=qr, language=language,
            portrait=self.window.width() < self.window.height(),
        )
        panel.guide_button.setVisible(self.settings.printer.print_guide)
        panel.guide_requested.connect(lambda: self.print_guide(issued.ticket.service_id))
        panel.reprint_requested.connect(self.reprint)
        panel.done.connect(self.forget)
        self.ticket_panel = panel
        self.window.show_overlay(panel)
        self._submit(slip, "ticket")

    def _submit(self, slip, kind: str) -> str:
        job_id = self._next_job(kind)
        if kind == "ticket" and self.issued is not None:
            self._issuer.submit(self.store.reprint, self.issued.ticket.id)  # counts this print of the number
        self.printing.submit(slip, job_id)
        return job_id

    def reprint(self) -> None:
        """Print the same number again (never a new number)."""
        if self.issued is None or self.ticket_panel is None:
            return
        ticket = self.store.get(self.issued.ticket.id) or self.issued.ticket
        issued = self.desk.describe(ticket)
        slip = ticket_slip(issued, self.loaded, qr_url=self.settings.tickets.qr_url, language=self._language())
        self.ticket_panel.set_print_state("printing")
        self.ticket_panel.reprint_button.setEnabled(False)
        self._submit(slip, "ticket")

    # -- guide slips ---------------------------------------------------------------------------
    def print_guide(self, service_id: str) -> None:
        """Print the guidance slip (办事指南) of a service."""
        service = self.loaded.catalog.service(service_id)
        if service is None:
            return
        language = self._language()
        slip = guide_slip(service, self.loaded, qr_url=self.settings.tickets.qr_url, language=language)
        if self.ticket_panel is not None:
            self.ticket_panel.set_print_state("printing", "guide")
        else:
            name = (service.name_en or service.name) if language == "en" else service.name
            self.guide_panel = GuidePrintPanel(name, language)
            self.guide_panel.done.connect(self.forget)
            self.window.show_overlay(self.guide_panel)
        self._submit(slip, "guide")

    # -- events from the print worker (GUI thread) -------------------------------------------------
    def _on_print_event(self, event: PrintEvent) -> None:
        if isinstance(event, StatusChecked):
            if self.confirm_panel is not None and not event.status.can_print:
                self.confirm_panel.set_printer_warning(words(self._language())["printer_warn"])
                self._staff_alert(event.status.describe())
            return
        kind = event.kind
        panel = self.ticket_panel if self.ticket_panel is not None else self.guide_panel
        if isinstance(event, Printing):
            return
        if isinstance(event, Printed):
            if panel is not None and (kind == "guide" or panel is self.ticket_panel):
                panel.set_print_state("printed", kind)
            if self._printer_fault:
                self._printer_fault = False
                self.window.status_bar_message("printer", None)
        elif isinstance(event, PrintFailed):
            if panel is not None and (kind == "guide" or panel is self.ticket_panel):
                panel.set_print_state("failed", kind)
            self._staff_alert(event.message)

    def _staff_alert(self, message: str) -> None:
        self._printer_fault = True
        self.window.status_bar_message("printer", message if message.startswith("打印机") else f"打印机：{message}")

    # -- visit end -----------------------------------------------------------------------------------
    def forget(self) -> None:
        """Close our panel and forget the ticket on screen (it stays valid in the database)."""
        ours = any(p is not None for p in (self.confirm_panel, self.ticket_panel, self.guide_panel))
        self.confirm_panel = self.ticket_panel = self.guide_panel = None
        self.issued = None
        self._service_id = None
        if ours:
            self.window.close_overlay()

    # -- for the staff screens ---------------------------------------------------------------------------
    def test_print(self) -> str:
        """Print a sample ticket synchronously (call off the GUI thread); plain-words result, raises on failure."""
        slip = sample_ticket_slip(self.loaded, self.settings)
        try:
            detail = self.printing.printer.print_slip(slip)
        except PrinterFault as fault:
            self.alerts.record(self.printing.printer.uri, fault.state, fault.message, "test-print")
            raise RuntimeError(fault.message) from None
        return f"测试票已打印 Test slip printed ({detail})"

    def printer_check(self) -> StatusItem:
        """A status-screen line for the printer."""
        status = self.printing.printer.status()
        open_alerts = self.alerts.active()
        text = status.describe()
        if open_alerts:
            text += f"；未处理告警 {len(open_alerts)} 条，最近：{open_alerts[-1].message}"
        ok = None if status.state == "unknown" and not open_alerts else (status.state == "ok" and not open_alerts)
        return StatusItem("printer", "打印机 Printer", ok, f"{self.printing.printer.uri}: {text}")

    def close(self) -> None:
        """Stop the workers (the store is the context's: it closes it)."""
        self.printing.close(2.0)
        self._issuer.shutdown(wait=True)


def sample_ticket_slip(loaded: LoadedCatalog, settings: Settings) -> Slip:
    """A test ticket for the first service (a made-up number 000; nothing is issued)."""
    service = loaded.catalog.services[0]
    now = datetime.now()
    ticket = Ticket(0, now.date(), service.queue_prefix, 0, service.id, False, TicketState.WAITING, now)
    issued = IssuedTicket(ticket, QueuePosition(3, 12), service.name, service.name_en, tuple(service.windows))
    slip = ticket_slip(issued, loaded, qr_url=settings.tickets.qr_url, language="zh")
    return replace(slip, name=f"test-{slip.name}")


def install(window: MainWindow, context: AppContext) -> TicketController:
    """Create the ticket controller on the context's store; publish the printer for the staff screens."""
    if context.tickets is None:
        raise RuntimeError("the ticket database cannot be opened (see the log)")
    controller = TicketController(window, context, context.tickets)
    context.printer.publish(PrinterPort(check=controller.printer_check, test_print=controller.test_print))
    context.status.publish("printer", "打印机 Printer", controller.printer_check)
    return controller
