"""What a ticket's status page shows (Qt-free, no web framework): number, service, windows and floor,
people ahead, estimated wait, called/served, and the materials checklist — never anything personal."""

from __future__ import annotations

from typing import Any

from kiosk.catalog import localized
from kiosk.messages import N_, translator
from kiosk.tickets import TicketState
from kiosk.tickets.contract import estimate_wait

STATE_WORDS = {
    TicketState.WAITING: N_("Waiting"),
    TicketState.CALLED: N_("Your number is being called"),
    TicketState.SERVED: N_("Served"),
    TicketState.NO_SHOW: N_("Missed (called, did not come)"),
    TicketState.CANCELLED: N_("Cancelled"),
}
"""A ticket's state in words (English sources; the page shows them through :mod:`kiosk.messages`)."""


def ticket_status(store: Any, catalog: Any, token: str, *, average_service_min: float = 6.0) -> dict[str, Any] | None:
    """The status of the ticket with this token, or None (unknown token). Raises TicketError when the
    database is away."""
    ticket = store.by_token(token)
    if ticket is None:
        return None
    service = catalog.service(ticket.service_id)
    windows = list(service.windows) if service is not None else []
    floors = {w.id: w.floor for w in catalog.windows}
    floor_names = {f.id: (f.name, f.name_en or f.name) for f in catalog.hall.floors}
    ahead, wait = 0, 0
    if ticket.state == TicketState.WAITING:
        ahead = store.people_ahead(ticket.prefix, priority=ticket.priority, before_id=ticket.id)
        recent = store.recent_service_minutes(ticket.prefix)
        wait = estimate_wait(ahead, recent, average_service_min, max(1, len(windows)))
    shown_windows = [ticket.window_id] if ticket.state == TicketState.CALLED and ticket.window_id else windows
    floor_ids = sorted({floors[w] for w in shown_windows if w in floors})
    zh, en = translator("zh")(STATE_WORDS[ticket.state]), translator("en")(STATE_WORDS[ticket.state])
    return {
        "number": ticket.label,
        "priority": ticket.priority,
        "state": ticket.state.value,
        "state_zh": zh,
        "state_en": en,
        "service_zh": service.name if service is not None else ticket.service_id,
        "service_en": (localized(service, "name", "en") if service is not None else ticket.service_id),
        "windows": shown_windows,
        "called_window": ticket.window_id if ticket.state == TicketState.CALLED else None,
        "floors_zh": [floor_names.get(f, (f, f))[0] for f in floor_ids],
        "floors_en": [floor_names.get(f, (f, f))[1] for f in floor_ids],
        "people_ahead": ahead,
        "wait_min": wait,
        "calls": ticket.calls,
        "issued_at": ticket.issued_at.strftime("%H:%M"),
        "materials": [
            {"zh": m.name, "en": m.name_en or m.name, "required": m.required, "original": m.original,
             "copies": m.copies}
            for m in (service.materials if service is not None else [])
        ],
    }
