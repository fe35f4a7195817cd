"""Ticketing on the kiosk: 取号 → confirmation → issued number on screen → printed slip; printer faults for staff.

``install(window, context)`` returns a :class:`TicketController` working on the context's one ticket
store (a :class:`kiosk.tickets.RetryingStore` over SQLite or PostgreSQL that reconnects in the
background). For the staff screens it publishes ``context.printer`` (:class:`kiosk.ui.context.PrinterPort`:
a live printer check and a test print) and the printer line of ``context.status``.

Threads: the number is issued on a one-thread executor (SQLite commit with fsync), printing runs
on the :class:`PrintService` worker; results come back to the GUI thread through a :class:`Bridge`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import cast

from PySide6.QtCore import QObject

from kiosk.admin.status import StatusItem
from kiosk.catalog import LoadedCatalog, localized
from kiosk.insights.status import hall_alerts_line
from kiosk.messages import translator
from kiosk.printing.printer_names import status_lines
from kiosk.printing.samples import MisconfiguredPrinter, sample_ticket_slip
from kiosk.printing.service import (
    Printed,
    PrinterAlert,
    PrinterAlerts,
    PrintEvent,
    PrintFailed,
    Printing,
    PrintService,
    StatusChecked,
)
from kiosk.printing.slips import Qr, guide_slip, ticket_slip, where_text
from kiosk.printing.transports import PrinterFault, SlipPrinter, printer_from_settings, printer_label
from kiosk.tickets import (
    IssuedTicket,
    QueuePosition,
    QueueWatcher,
    RetryingStore,
    TicketDesk,
    TicketError,
    TicketUnavailable,
)
from kiosk.ui.bridge import Bridge
from kiosk.ui.context import AppContext, PrinterPort
from kiosk.ui.main_window import MainWindow
from kiosk.ui.text import tr_both
from kiosk.ui.ticket_view import GuidePrintPanel, TicketConfirmPanel, TicketPanel, ahead_text, words
from kiosk.visit.visit import Language

_LOGGER = logging.getLogger(__name__)


class TicketController(QObject):
    """Connects the window's ticket signals to the ticket store and the print service."""

    def __init__(self, window: MainWindow, context: AppContext, store: RetryingStore,
                 printer: SlipPrinter | None = None) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        # staff words translated here, on the GUI thread (printer_check / test_print run on workers)
        self._printer_word = tr_both("BilingualTickets_wiring", "Printer")
        self._printed_word = tr_both("BilingualTickets_wiring", "Test slip printed")
        settings = context.settings
        self.settings = settings
        self.bridge = Bridge(self)
        self.store = store
        store.listen(lambda ok, problem: self.bridge.post(lambda: self._store_state(ok, problem)))
        self.alerts = PrinterAlerts(store.alerts_path)
        if context.insights.shared:  # one hall: every kiosk's printer faults and outages reach every staff screen
            insights = context.insights

            def share(alert: PrinterAlert) -> None:
                insights.record_alert(alert.printer, alert.state, alert.message, alert.job)

            self.alerts.add_listener(share)
        if not store.available:
            self._store_state(False, store.problem)
        self._printer_chip: str | None = None
        if printer is None:
            try:
                printer = printer_from_settings(settings.printer)
            except ValueError as exc:
                printer = MisconfiguredPrinter(settings.printer.uri, str(exc))
                self.alerts.record(settings.printer.uri, "refused", f"打印机设置有误：{exc}")
                self._printer_chip = "chip_failed"  # the setting's problem is in the staff alerts
        self.bridge.event.connect(self._on_print_event)
        self.printing = PrintService(printer, self.bridge.callback(), self.alerts)
        self._issuer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tickets")
        self.confirm_panel: TicketConfirmPanel | None = None
        self.ticket_panel: TicketPanel | None = None
        self.guide_panel: GuidePrintPanel | None = None
        self.issued: IssuedTicket | None = None
        self._service_id: str | None = None
        self._job_serial = 0
        self._ticket_jobs: dict[str, int] = {}  # print job -> ticket id, counted once the printer printed it
        self._printer_fault = False
        self._watcher = QueueWatcher(self.store, lambda _event: self.bridge.post(self._queue_changed)).start()
        window.ticket_requested.connect(self.request_ticket)
        window.guide_print_requested.connect(self.print_guide)
        window.visit_ended.connect(self.forget)
        uri = self.printing.printer.uri.strip().lower()
        if not uri or uri.startswith("pdf:"):  # no printer / the pdf:// test printer: say so plainly
            self._printer_chip = "chip_test" if uri else "chip_none"
        else:  # a printer that is down shows from the start, not after the first print (on the print worker)
            self.printing.check("start")
        self._set_printer_chip(self._printer_chip)
        window.language_changed.connect(lambda _language: self._set_printer_chip(self._printer_chip))

    # -- helpers -------------------------------------------------------------------------------
    @property
    def loaded(self) -> LoadedCatalog:
        """The catalog in use."""
        return self.context.catalog_store.current

    @property
    def desk(self) -> TicketDesk:
        """A desk over the current catalog."""
        tickets = self.settings.tickets
        return TicketDesk(self.store, self.loaded.catalog, average_service_min=tickets.average_service_min,
                          kiosk_id=self.settings.hall.kiosk_id, status_base=tickets.status_base_url)

    def _store_state(self, available: bool, problem: str) -> None:
        """The ticket database went away or came back: tell staff (status bar + alert list)."""
        if available:
            self.window.status_bar_message("tickets", None)
            return
        self.alerts.record("tickets", "error", problem)
        self.window.status_bar_message("tickets", "⚠ " + tr_both("BilingualTickets_wiring", "Tickets paused:") + f" {problem}")

    def _unavailable_text(self) -> str:
        return translator(self._language())(TicketUnavailable.citizen)

    def _language(self) -> Language:
        return self.window.language

    def _set_printer_chip(self, key: str | None) -> None:
        """The printer chip citizens see (a key of :data:`kiosk.ui.ticket_view.WORDS`), in the visit's language."""
        self._printer_chip = key
        self.window.status_bar_message("printer", words(self._language())[key] if key else None)

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
        name = localized(service, "name", language)
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
        """Read the people ahead off the GUI thread (a PostgreSQL outage may take seconds to notice)."""
        panel, service_id = self.confirm_panel, self._service_id
        if panel is None or service_id is None:
            return
        desk = self.desk

        def read() -> None:
            try:
                position = desk.preview(service_id, priority=priority)
            except TicketUnavailable:
                self.bridge.post(lambda: self._position_read(panel, None))
            except TicketError:
                return
            else:
                self.bridge.post(lambda: self._position_read(panel, position))

        self._off_gui(read)

    def _position_read(self, panel: TicketConfirmPanel, position: QueuePosition | None) -> None:
        if panel is not self.confirm_panel:
            return  # closed or replaced meanwhile
        if position is None:
            panel.set_ticket_warning(self._unavailable_text())
        else:
            panel.set_position(position.people_ahead, position.wait_min)

    def _off_gui(self, work: Callable[[], object]) -> None:
        """Run ``work`` on the ticket worker (in order with the issues); dropped while closing down."""
        if getattr(self, "_closing", False):
            return
        try:
            self._issuer.submit(work)
        except RuntimeError:  # the executor is shut down
            _LOGGER.info("ticket work dropped: the kiosk is closing")

    def _queue_changed(self) -> None:
        """Another kiosk issued or a counter called: refresh the people ahead on screen (read off the GUI thread)."""
        issued, panel, confirm = self.issued, self.ticket_panel, self.confirm_panel
        if getattr(self, "_closing", False):
            return
        if issued is not None and panel is not None:
            desk = self.desk

            def fresh() -> None:
                try:
                    now = desk.describe(self.store.get(issued.ticket.id) or issued.ticket)
                except TicketError:
                    return
                self.bridge.post(lambda: self._show_ahead(panel, now))

            self._off_gui(fresh)
        elif confirm is not None:
            self._show_position(getattr(confirm, "priority", False))

    def _show_ahead(self, panel: TicketPanel, issued: IssuedTicket) -> None:
        if panel is not self.ticket_panel:
            return
        position = issued.position
        panel.ahead.setText(ahead_text(panel.w, position.people_ahead, position.wait_min))

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
            except TicketUnavailable as exc:  # the DB is away / full / read-only: tell the citizen and staff
                _LOGGER.warning("issuing a ticket for %s failed: %s", service_id, exc)
                problem, citizen = str(exc), self._unavailable_text()
                self.bridge.post(lambda: self._issue_failed(problem, citizen))
            except Exception as exc:  # noqa: BLE001 - anything else: the citizen is told, staff get the detail
                _LOGGER.exception("issuing a ticket for %s failed", service_id)
                problem = str(exc)
                self.bridge.post(lambda: self._issue_failed(problem))
            else:
                self.bridge.post(lambda: self._issued(issued))

        future.add_done_callback(finished)

    def _issue_failed(self, problem: str, citizen: str | None = None) -> None:
        self.alerts.record("tickets", "error", tr_both("BilingualTickets_wiring", "Issuing a number failed:") + f" {problem}")
        self.window.status_bar_message("tickets", "⚠ " + tr_both("BilingualTickets_wiring", "Ticket not issued:") + f" {problem}")
        if self.confirm_panel is not None:
            self.confirm_panel.set_ticket_warning(citizen or words(self._language())["issue_failed"])
            self.confirm_panel.set_busy(False)

    def _issued(self, issued: IssuedTicket) -> None:
        self.confirm_panel = None
        self.issued = issued
        language = self._language()
        service = self.loaded.catalog.service(issued.ticket.service_id)
        if service is not None:
            windows, where = where_text(self.loaded, service, language)
        else:  # the catalog was replaced meanwhile without this service: the number stands, its windows as issued
            windows, where = translator(language).ctx("window list", ", ").join(issued.window_ids), ""
            _LOGGER.warning("ticket %s issued for %s, no longer in the catalog", issued.ticket.label,
                            issued.ticket.service_id)
        slip = ticket_slip(issued, self.loaded, qr_url=issued.status_url or self.settings.tickets.qr_url,
                           language=language)
        qr = next((cast(Qr, b).data for b in slip.blocks if type(b).__name__ == "Qr"), "")
        panel = TicketPanel(
            number=issued.ticket.label, priority=issued.ticket.priority,
            service_name=localized(issued, "service_name", language),
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
            self._ticket_jobs[job_id] = self.issued.ticket.id
        self.printing.submit(slip, job_id)
        return job_id

    def reprint(self) -> None:
        """Print the same number again (never a new number); its position is read off the GUI thread."""
        last, panel = self.issued, self.ticket_panel
        if last is None or panel is None:
            return
        panel.set_print_state("printing")
        panel.reprint_button.setEnabled(False)
        desk = self.desk

        def fresh() -> None:
            try:
                issued = desk.describe(self.store.get(last.ticket.id) or last.ticket)
            except TicketError:  # the database is away: the same number, last known position
                issued = last
            self.bridge.post(lambda: self._reprint(panel, issued))

        self._off_gui(fresh)

    def _reprint(self, panel: TicketPanel, issued: IssuedTicket) -> None:
        if panel is not self.ticket_panel:
            return
        slip = ticket_slip(issued, self.loaded, qr_url=issued.status_url or self.settings.tickets.qr_url,
                           language=self._language())
        self._submit(slip, "ticket")

    # -- guide slips ---------------------------------------------------------------------------
    def print_guide(self, service_id: str) -> None:
        """Print the guidance slip (办事指南) of a service."""
        service = self.loaded.catalog.service(service_id)
        if service is None:
            return
        language = self._language()
        map_screen = self.window.map_screen  # the route and the window the map screen shows
        slip = guide_slip(service, self.loaded, qr_url=self.settings.tickets.qr_url, language=language,
                          accessible=map_screen.step_free, window_id=map_screen.chosen_window(service_id))
        if self.ticket_panel is not None:
            self.ticket_panel.set_print_state("printing", "guide")
        else:
            name = localized(service, "name", language)
            qr = next((cast(Qr, b).data for b in slip.blocks if type(b).__name__ == "Qr"), "")
            self.guide_panel = GuidePrintPanel(name, language, qr)
            self.guide_panel.done.connect(self.forget)
            self.window.show_overlay(self.guide_panel)
        self._submit(slip, "guide")

    # -- events from the print worker (GUI thread) -------------------------------------------------
    def _on_print_event(self, event: PrintEvent) -> None:
        if isinstance(event, StatusChecked):
            if self.confirm_panel is not None:
                self.confirm_panel.show_printer_status(event.status)
            if not event.status.can_print and event.status.state != "none":
                self._staff_alert(event.status.describe())
            elif event.status.state == "ok" and self._printer_fault:
                self._printer_fault = False
                self._set_printer_chip(None)
            return
        kind = event.kind
        panel = self.ticket_panel if self.ticket_panel is not None else self.guide_panel
        if isinstance(event, Printing):
            return
        ticket_id = self._ticket_jobs.pop(event.job_id, None)
        if isinstance(event, Printed):
            if ticket_id is not None:
                try:
                    self._issuer.submit(self.store.reprint, ticket_id)  # counts a print that really happened
                except RuntimeError:  # closing down: the executor is gone
                    _LOGGER.warning("print of ticket %s not counted: the kiosk is closing", ticket_id)
            if panel is not None and (kind == "guide" or panel is self.ticket_panel):
                panel.show_print_event(event)
            if self._printer_fault:
                self._printer_fault = False
                self._set_printer_chip(None)
        elif isinstance(event, PrintFailed):
            if panel is not None and (kind == "guide" or panel is self.ticket_panel):
                panel.show_print_event(event)
            if event.state != "none":
                self._staff_alert(event.message)

    def _staff_alert(self, message: str) -> None:
        """The technical detail goes to the log (and the staff alerts); the chip citizens see is plain."""
        _LOGGER.warning("printer: %s", message)
        self._printer_fault = True
        self._set_printer_chip("chip_failed")

    # -- visit end -----------------------------------------------------------------------------------
    def forget(self) -> None:
        """Close our panel and forget the ticket on screen (it stays valid in the database)."""
        ours = any(p is not None for p in (self.confirm_panel, self.ticket_panel, self.guide_panel))
        self.confirm_panel = self.ticket_panel = self.guide_panel = None
        self.issued = None
        self._service_id = None
        if ours:
            self.window.close_overlay()
        uri = self.printing.printer.uri.strip().lower()
        if uri and not uri.startswith("pdf:"):
            self.printing.check("between-visits")  # the chip follows the printer between visits too

    # -- for the staff screens ---------------------------------------------------------------------------
    def test_print(self) -> str:
        """Print a sample ticket synchronously (call off the GUI thread); plain-words result, raises on failure."""
        slip = sample_ticket_slip(self.loaded, self.settings)
        try:
            detail = self.printing.printer.print_slip(slip)
        except PrinterFault as fault:
            self.alerts.record(self.printing.printer.uri, fault.state, fault.message, "test-print")
            raise RuntimeError(fault.message) from None
        return self._printed_word + f" ({detail})"

    def printer_check(self) -> StatusItem:
        """A status-screen line for the printer."""
        status = self.printing.printer.status()
        open_alerts = tuple(alert.message for alert in self.alerts.active())
        uri = self.printing.printer.uri
        zh, en = status_lines(uri, status.describe("zh"), status.describe("en"), open_alerts)
        ok = False if open_alerts else status.health  # a test printer works: not a fault
        return StatusItem("printer", self._printer_word, ok, f"{printer_label(uri)}: {status.describe()}", zh, en)

    def hall_alerts_check(self) -> StatusItem:
        """A status-screen line for the staff alerts of every kiosk of the hall (call off the GUI thread)."""
        return hall_alerts_line(self.context.insights)

    def close(self) -> None:
        """Stop the workers (the store is the context's: it closes it)."""
        self._closing = True
        self._watcher.stop()
        self.printing.close(2.0)
        self._issuer.shutdown(wait=True)


def install(window: MainWindow, context: AppContext) -> TicketController:
    """Create the ticket controller on the context's store; publish the printer for the staff screens."""
    if context.tickets is None:
        raise RuntimeError("the ticket database cannot be opened (see the log)")
    controller = TicketController(window, context, context.tickets)
    context.printer.publish(PrinterPort(check=controller.printer_check, test_print=controller.test_print))
    context.status.publish("printer", tr_both("BilingualTickets_wiring", "Printer"), controller.printer_check)
    if context.insights.shared:
        context.status.publish("hall_alerts", tr_both("BilingualTickets_wiring", "Hall alerts"), controller.hall_alerts_check)
    return controller
