"""Printers and slips that stand in for real ones: a printer whose settings are wrong, a sample ticket."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from kiosk.catalog import LoadedCatalog
from kiosk.messages import N_, translator
from kiosk.printing.slips import Slip, ticket_slip
from kiosk.printing.status import PrinterStatus
from kiosk.printing.transports import PrinterFault, Receipt
from kiosk.settings import Settings
from kiosk.tickets import IssuedTicket, QueuePosition, Ticket, TicketState


class MisconfiguredPrinter:
    """Stands in when printer.uri is invalid: every job fails with the configuration problem."""

    def __init__(self, uri: str, problem: str) -> None:
        self.uri, self.problem = uri, problem

    def status(self) -> PrinterStatus:
        """Always offline: nothing can print."""
        return PrinterStatus("offline")

    def print_slip(self, slip: Slip) -> Receipt:
        """Refuse the job, naming the setting's problem."""
        raise PrinterFault("refused", translator("zh")(N_("the printer setting is wrong: {problem}"),
                                                      problem=self.problem))


def sample_ticket_slip(loaded: LoadedCatalog, settings: Settings) -> Slip:
    """A test ticket for the first service, marked as a test print: number 000, no queue figures (nothing is
    issued and nobody waits; walk 10, defect 19: it read like a real ticket with 3 people ahead)."""
    service = loaded.catalog.services[0]
    now = datetime.now()
    ticket = Ticket(0, now.date(), service.queue_prefix, 0, service.id, False, TicketState.WAITING, now)
    issued = IssuedTicket(ticket, QueuePosition(0, 0), service.name, service.name_en, tuple(service.windows))
    slip = ticket_slip(issued, loaded, qr_url=settings.tickets.qr_url, language="zh", test=True)
    return replace(slip, name=f"test-{slip.name}")
