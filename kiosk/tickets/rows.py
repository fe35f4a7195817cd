"""What both ticket stores share above their SQL: the row mapping, the call order, the queue rules and the
event-log lines, so SQLite and PostgreSQL answer, refuse and log in the very same words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from kiosk.tickets.contract import OPEN_STATES, QueueEvent, Ticket, TicketError, TicketState
from kiosk.tickets.numbering import label

COLUMNS = (
    "id, day, prefix, number, service_id, priority, state, issued_at, called_at, finished_at,"
    " window_id, calls, prints, kiosk_id, reason, token"
)
CALL_ORDER = "ORDER BY priority DESC, id ASC"
EVENT_COLUMNS = "id, ticket_id, at, kind, detail"


def _dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value)


def row_to_ticket(row: Sequence) -> Ticket:
    """A database row (columns in :data:`COLUMNS` order) as a :class:`Ticket`."""
    day = row[1] if isinstance(row[1], date) else date.fromisoformat(row[1])
    return Ticket(
        id=row[0], day=day, prefix=row[2], number=row[3], service_id=row[4], priority=bool(row[5]),
        state=TicketState(row[6]), issued_at=datetime.fromtimestamp(row[7]), called_at=_dt(row[8]),
        finished_at=_dt(row[9]), window_id=row[10], calls=row[11], prints=row[12], kiosk_id=row[13],
        reason=row[14], token=row[15] or "",
    )


def rows_to_events(rows: Iterable[Sequence]) -> list[QueueEvent]:
    """Event-log rows (:data:`EVENT_COLUMNS`) as :class:`QueueEvent` lines."""
    return [QueueEvent(r[0], r[1], datetime.fromtimestamp(r[2]), r[3], r[4]) for r in rows]


def rows_to_history(rows: Iterable[Sequence]) -> list[tuple[datetime, str, str]]:
    """``(at, kind, detail)`` rows as a ticket's history."""
    return [(datetime.fromtimestamp(at), kind, detail) for at, kind, detail in rows]


def ahead_condition(priority: bool, before_id: int | None, mark: str) -> tuple[str, tuple[int, ...]]:
    """The WHERE part (and its values) of "waiting tickets called before this one" (``mark``: ``?`` or ``%s``)."""
    limit = before_id if before_id is not None else 2**62
    where = f"priority AND id < {mark}" if priority else f"(priority OR id < {mark})"
    if before_id is None:
        return where, (limit,)
    return f"{where} AND id <> {mark}", (limit, before_id)


# -- the queue's rules (the same refusals in the same words on both stores) ---------------------------------
def check_issue(service_id: str, prefix: str) -> None:
    """A ticket needs a service and a queue letter."""
    if not prefix or not service_id:
        raise TicketError("a ticket needs a service and a queue prefix")


def check_state(ticket: Ticket, allowed: Sequence[TicketState], action: str) -> None:
    """Refuse ``action`` unless the ticket is in one of the ``allowed`` states."""
    if ticket.state not in allowed:
        raise TicketError(f"ticket {ticket.label} is {ticket.state.value}; cannot {action}")


def check_open(ticket: Ticket) -> None:
    """Only a waiting or called ticket can be voided."""
    check_state(ticket, OPEN_STATES, "cancel")


def void_reason(reason: str) -> str:
    """The stripped reason of a void; refused when empty."""
    if not reason.strip():
        raise TicketError("voiding a number needs a reason")
    return reason.strip()


def transfer_target(service_id: str) -> str:
    """The service a ticket is sent to; refused when empty."""
    if not service_id:
        raise TicketError("a transfer needs the service to send the ticket to")
    return service_id


def issued_detail(prefix: str, number: int, priority: bool) -> str:
    """The event-log detail of an issued number, e.g. ``A023 priority``."""
    return f"{label(prefix, number)}{' priority' if priority else ''}"


def transfer_detail(ticket: Ticket, service_id: str) -> str:
    """The event-log detail of a transfer."""
    return f"{ticket.service_id} → {service_id}"


def reset_reason(reason: str) -> str:
    """The reason written on tickets cancelled by a day reset."""
    return f"reset: {reason.strip() or 'day reset'}"


def reset_detail(day: date, reason: str, count: int) -> str:
    """The event-log detail of a day reset."""
    return f"{day}: {reason.strip() or 'day reset'} ({count} cancelled)"
