"""The ticket contract: states, the :class:`Ticket` record, errors and the :class:`TicketStore` protocol.

Both stores (:mod:`kiosk.tickets.sqlite_store`, :mod:`kiosk.tickets.postgres_store`) implement the
same protocol, so the kiosk, the counter, the calling screen and the status server never care
which database is behind it.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from kiosk.messages import N_, translator

HISTORY_SAMPLE = 20
"""How many recent service durations the wait estimate looks at."""
HISTORY_DAYS = 14
"""How far back (business days) recent service durations are taken from."""


class TicketState(StrEnum):
    """Where a ticket is in the queue."""

    WAITING = "waiting"
    CALLED = "called"
    SERVED = "served"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


OPEN_STATES = (TicketState.WAITING, TicketState.CALLED)


class TicketError(Exception):
    """A ticket operation was refused; the message says why in plain words."""


class TicketUnavailable(TicketError):
    """The ticket database cannot be reached or written right now (retried in the background).

    ``str(exc)`` is one plain line for staff; :attr:`citizen_zh` / :attr:`citizen_en` are what the
    citizen is told. No number was issued.
    """

    citizen = N_("Numbers are unavailable right now; staff have been told. Please try again shortly or ask at the desk")
    """What the citizen is told (English source: ``translator(language)(TicketUnavailable.citizen)``)."""
    citizen_zh = translator("zh")(citizen)
    citizen_en = translator("en")(citizen)

    def __init__(self, message: str, *, cause: str = "") -> None:
        super().__init__(message)
        self.cause = cause


@dataclass(frozen=True)
class Ticket:
    """One queue number."""

    id: int
    """Row id (stable, unique across days)."""
    day: date
    """Business day the number belongs to."""
    prefix: str
    number: int
    service_id: str
    priority: bool
    """绿色通道 (elderly, disabled, pregnant): served before normal tickets of the same queue."""
    state: TicketState
    issued_at: datetime
    called_at: datetime | None = None
    finished_at: datetime | None = None
    window_id: str | None = None
    """The window that called it."""
    calls: int = 0
    prints: int = 0
    kiosk_id: str = ""
    reason: str = ""
    """Why it was cancelled (voided), if it was."""
    token: str = ""
    """Unguessable key of the ticket's status page (never the number)."""

    @property
    def label(self) -> str:
        """The number as shown and printed, e.g. ``A023``."""
        return f"{self.prefix}{self.number:03d}"


@dataclass(frozen=True)
class QueuePosition:
    """How a ticket stands in its queue."""

    people_ahead: int
    wait_min: int
    """Estimated minutes until it is called (rounded up, 0 when next)."""


@dataclass(frozen=True)
class QueueEvent:
    """One line of the shared event log (issued, called, recalled, served, no_show, transferred …)."""

    id: int
    ticket_id: int | None
    at: datetime
    kind: str
    detail: str


@dataclass(frozen=True)
class IssuedTicket:
    """A freshly issued (or reprinted) ticket with what the citizen needs to know about it."""

    ticket: Ticket
    position: QueuePosition
    service_name: str
    service_name_en: str
    window_ids: tuple[str, ...]
    status_url: str = ""
    """The ticket's status page (empty when no status server is configured)."""


class TicketStore(Protocol):
    """Durable queue numbers. Every method is safe to call from any thread."""

    def issue(self, service_id: str, prefix: str, *, priority: bool = False, kiosk_id: str = "") -> Ticket:
        """Commit the next number of today's ``prefix`` queue; never duplicates, never skips."""
        ...

    def get(self, ticket_id: int) -> Ticket | None:
        """The ticket with this id, or None."""
        ...

    def by_token(self, token: str) -> Ticket | None:
        """The ticket whose status-page token this is, or None."""
        ...

    def reprint(self, ticket_id: int) -> Ticket:
        """Count another print of the same number (the number is reused, never reissued)."""
        ...

    def people_ahead(self, prefix: str, *, priority: bool = False, before_id: int | None = None) -> int:
        """Waiting tickets of today's ``prefix`` queue called before a (new or given) ticket."""
        ...

    def recent_service_minutes(self, prefix: str) -> list[float]:
        """Durations (called → served) of the latest served tickets of this queue, newest first."""
        ...

    def call_next(self, window_id: str, service_ids: Iterable[str]) -> Ticket | None:
        """Call the next waiting ticket for these services to ``window_id`` (priority first)."""
        ...

    def recall(self, ticket_id: int) -> Ticket:
        """Call a called ticket again."""
        ...

    def mark_served(self, ticket_id: int) -> Ticket:
        """Finish a called ticket as served."""
        ...

    def no_show(self, ticket_id: int) -> Ticket:
        """Finish a called ticket whose citizen did not come."""
        ...

    def transfer(self, ticket_id: int, service_id: str) -> Ticket:
        """Send a called ticket to another service's queue (same number, waiting again)."""
        ...

    def cancel(self, ticket_id: int, reason: str) -> Ticket:
        """Void an open ticket; the number stays used and the reason is logged."""
        ...

    def waiting(self, prefix: str | None = None) -> list[Ticket]:
        """Today's waiting tickets in call order (priority first, then oldest)."""
        ...

    def list_day(self, day: date | None = None) -> list[Ticket]:
        """Every ticket of a business day (today by default), in issue order."""
        ...

    def events(self, ticket_id: int) -> list[tuple[datetime, str, str]]:
        """The ticket's history: (time, kind, detail)."""
        ...

    def events_since(self, last_id: int, limit: int = 200) -> list[QueueEvent]:
        """Shared event log lines after ``last_id`` (0 = from the start), oldest first."""
        ...

    def last_event_id(self) -> int:
        """Id of the newest event-log line (0 when empty)."""
        ...

    def reset_day(self, reason: str) -> int:
        """Cancel today's open tickets (history kept); returns how many were cancelled."""
        ...

    def today(self) -> date:
        """The current business day."""
        ...

    def close(self) -> None:
        """Release the connection(s)."""
        ...


def estimate_wait(people_ahead: int, recent_minutes: Sequence[float], average_min: float, windows: int) -> int:
    """Minutes of wait: people ahead × median recent service time (or the average) ÷ open windows."""
    per_person = statistics.median(recent_minutes) if len(recent_minutes) >= 3 else average_min
    minutes = people_ahead * per_person / max(1, windows)
    return int(-(-minutes // 1)) if minutes > 0 else 0
