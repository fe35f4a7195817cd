"""The kiosk side of the queue: catalog service → prefix, number, people ahead, wait and status page."""

from __future__ import annotations

from typing import Any

from kiosk.tickets.contract import IssuedTicket, QueuePosition, Ticket, TicketError, TicketStore, estimate_wait


def status_url(base: str, token: str) -> str:
    """The status page of a ticket: ``{base}/t/{token}`` (empty when no base is configured)."""
    if not base or not token:
        return ""
    return f"{base.rstrip('/')}/t/{token}"


class TicketDesk:
    """Issues and describes tickets for catalog services."""

    def __init__(self, store: TicketStore, catalog: Any, *, average_service_min: float = 6.0, kiosk_id: str = "",
                 status_base: str = "") -> None:
        self.store = store
        self.catalog = catalog
        self.average_service_min = average_service_min
        self.kiosk_id = kiosk_id
        self.status_base = status_base

    def _service(self, service_id: str) -> Any:
        service = self.catalog.service(service_id)
        if service is None:
            raise TicketError(f"unknown service {service_id!r}")
        return service

    def preview(self, service_id: str, *, priority: bool = False) -> QueuePosition:
        """Where a new ticket for this service would stand (for the confirmation screen)."""
        service = self._service(service_id)
        ahead = self.store.people_ahead(service.queue_prefix, priority=priority)
        return self._position(service, ahead)

    def _position(self, service: Any, ahead: int) -> QueuePosition:
        recent = self.store.recent_service_minutes(service.queue_prefix)
        wait = estimate_wait(ahead, recent, self.average_service_min, len(service.windows))
        return QueuePosition(people_ahead=ahead, wait_min=wait)

    def issue(self, service_id: str, *, priority: bool = False) -> IssuedTicket:
        """Issue a number for a catalog service; raises :class:`TicketError` for an unknown service."""
        service = self._service(service_id)
        ticket = self.store.issue(service.id, service.queue_prefix, priority=priority, kiosk_id=self.kiosk_id)
        return self.describe(ticket)

    def describe(self, ticket: Ticket) -> IssuedTicket:
        """The ticket with its current position and service names."""
        service = self._service(ticket.service_id)
        ahead = self.store.people_ahead(ticket.prefix, priority=ticket.priority, before_id=ticket.id)
        return IssuedTicket(
            ticket=ticket,
            position=self._position(service, ahead),
            service_name=service.name,
            service_name_en=service.name_en,
            window_ids=tuple(service.windows),
            status_url=status_url(self.status_base, ticket.token),
        )

    def services_for_window(self, window_id: str) -> list[str]:
        """Ids of the catalog services handled at a window (for :meth:`TicketStore.call_next`)."""
        return [s.id for s in self.catalog.services if window_id in s.windows]

    def call_next(self, window_id: str) -> Ticket | None:
        """Call the next ticket for whatever this window handles."""
        return self.store.call_next(window_id, self.services_for_window(window_id))
