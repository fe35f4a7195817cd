"""Queue tickets (取号): durable numbering per business day, queue states, people ahead, wait estimates.

Qt-free. :class:`TicketStore` is the small interface the kiosk and the staff queue screen use;
:class:`SqliteTicketStore` keeps it in one SQLite file (WAL, ``synchronous=FULL``, every write in
``BEGIN IMMEDIATE``, ``UNIQUE(day, prefix, number)``), so two kiosks or a crashed process can never
hand out the same number, and a number is either fully committed or never existed (no gaps).

A number is a promise: it is never reused. Voiding one (:meth:`TicketStore.cancel`) keeps the row
with its reason; :meth:`TicketStore.reset_day` cancels what is still waiting and keeps history.

Staff queue API (for the admin screen)::

    store.call_next(window_id, service_ids)   # -> Ticket | None (priority first, then oldest)
    store.recall(ticket_id)                   # call the same citizen again (calls += 1)
    store.mark_served(ticket_id)              # done; its duration feeds the wait estimate
    store.no_show(ticket_id)                  # called but never came
    store.cancel(ticket_id, reason)           # void a number, reason logged
    store.waiting(prefix=None) / store.list_day(day=None) / store.events(ticket_id)
    store.reset_day(reason)                   # cancel today's waiting/called tickets, history kept
"""

from __future__ import annotations

import logging
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Protocol

_LOGGER = logging.getLogger(__name__)

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


class TicketStore(Protocol):
    """Durable queue numbers. Every method is safe to call from any thread."""

    def issue(self, service_id: str, prefix: str, *, priority: bool = False, kiosk_id: str = "") -> Ticket:
        """Commit the next number of today's ``prefix`` queue; never duplicates, never skips."""
        ...

    def get(self, ticket_id: int) -> Ticket | None:
        """The ticket with this id, or None."""
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

    def reset_day(self, reason: str) -> int:
        """Cancel today's open tickets (history kept); returns how many were cancelled."""
        ...

    def today(self) -> date:
        """The current business day."""
        ...


def parse_day_start(text: str) -> timedelta:
    """``"04:00"`` → the offset of the business-day boundary after midnight."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
    except ValueError:
        raise ValueError(f"day_starts_at must look like 04:00, not {text!r}") from None
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(f"day_starts_at out of range: {text!r}")
    return timedelta(hours=hours, minutes=minutes)


def business_day(moment: datetime, day_start: timedelta) -> date:
    """The business day a local time belongs to (before the boundary = the previous day)."""
    return (moment - day_start).date()


def estimate_wait(people_ahead: int, recent_minutes: Sequence[float], average_min: float, windows: int) -> int:
    """Minutes of wait: people ahead × median recent service time (or the average) ÷ open windows."""
    per_person = statistics.median(recent_minutes) if len(recent_minutes) >= 3 else average_min
    minutes = people_ahead * per_person / max(1, windows)
    return int(-(-minutes // 1)) if minutes > 0 else 0


_SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    service_id TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'waiting',
    issued_at REAL NOT NULL,
    called_at REAL,
    finished_at REAL,
    window_id TEXT,
    calls INTEGER NOT NULL DEFAULT 0,
    prints INTEGER NOT NULL DEFAULT 0,
    kiosk_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (day, prefix, number)
);
CREATE INDEX IF NOT EXISTS tickets_queue ON tickets (day, prefix, state, priority, id);
CREATE TABLE IF NOT EXISTS ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER,
    at REAL NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id);
"""

_COLUMNS = (
    "id, day, prefix, number, service_id, priority, state, issued_at, called_at, finished_at,"
    " window_id, calls, prints, kiosk_id, reason"
)
_CALL_ORDER = "ORDER BY priority DESC, id ASC"


def _dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value)


def _row(row: tuple) -> Ticket:
    return Ticket(
        id=row[0],
        day=date.fromisoformat(row[1]),
        prefix=row[2],
        number=row[3],
        service_id=row[4],
        priority=bool(row[5]),
        state=TicketState(row[6]),
        issued_at=datetime.fromtimestamp(row[7]),
        called_at=_dt(row[8]),
        finished_at=_dt(row[9]),
        window_id=row[10],
        calls=row[11],
        prints=row[12],
        kiosk_id=row[13],
        reason=row[14],
    )


class SqliteTicketStore:
    """:class:`TicketStore` in one SQLite file; several processes may share the file (not over NFS)."""

    def __init__(
        self,
        path: Path | str,
        *,
        day_starts_at: str = "04:00",
        clock: Callable[[], datetime] = datetime.now,
        busy_timeout_ms: int = 5000,
    ) -> None:
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._day_start = parse_day_start(day_starts_at)
        self._clock = clock
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
        self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        mode = self._enable_wal(busy_timeout_ms / 1000)
        if mode.lower() != "wal":
            _LOGGER.warning("ticket database %s is not in WAL mode (%s)", self.path, mode)
        self._db.execute("PRAGMA synchronous=FULL")
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)

    # -- plumbing ---------------------------------------------------------------------------------
    def _enable_wal(self, timeout_s: float) -> str:
        """Switch to WAL; switching needs an exclusive lock and ignores busy_timeout, so retry."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                return str(self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def _write(self) -> _Transaction:
        return _Transaction(self._db, self._lock)

    def _now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The current business day."""
        return business_day(self._now(), self._day_start)

    def _log(self, ticket_id: int | None, kind: str, detail: str = "") -> None:
        self._db.execute(
            "INSERT INTO ticket_events (ticket_id, at, kind, detail) VALUES (?, ?, ?, ?)",
            (ticket_id, self._now().timestamp(), kind, detail),
        )

    def _fetch(self, ticket_id: int) -> Ticket:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        if row is None:
            raise TicketError(f"ticket {ticket_id} does not exist")
        return _row(row)

    def _move(self, ticket_id: int, allowed: Sequence[TicketState], kind: str, sets: str, params: tuple) -> Ticket:
        with self._write():
            ticket = self._fetch(ticket_id)
            if ticket.state not in allowed:
                raise TicketError(f"ticket {ticket.label} is {ticket.state.value}; cannot {kind}")
            self._db.execute(f"UPDATE tickets SET {sets} WHERE id = ?", (*params, ticket_id))
            self._log(ticket_id, kind, ticket.window_id or "")
            return self._fetch(ticket_id)

    # -- issuing ----------------------------------------------------------------------------------
    def issue(self, service_id: str, prefix: str, *, priority: bool = False, kiosk_id: str = "") -> Ticket:
        """Commit the next number of today's ``prefix`` queue; never duplicates, never skips."""
        if not prefix or not service_id:
            raise TicketError("a ticket needs a service and a queue prefix")
        now = self._now()
        day = business_day(now, self._day_start).isoformat()
        with self._write():
            (last,) = self._db.execute(
                "SELECT COALESCE(MAX(number), 0) FROM tickets WHERE day = ? AND prefix = ?", (day, prefix)
            ).fetchone()
            cursor = self._db.execute(
                "INSERT INTO tickets (day, prefix, number, service_id, priority, issued_at, prints, kiosk_id)"
                " VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                (day, prefix, last + 1, service_id, int(priority), now.timestamp(), kiosk_id),
            )
            ticket_id = cursor.lastrowid
            self._log(ticket_id, "issued", f"{prefix}{last + 1:03d}{' priority' if priority else ''}")
            return self._fetch(ticket_id)

    def get(self, ticket_id: int) -> Ticket | None:
        """The ticket with this id, or None."""
        with self._lock:
            try:
                return self._fetch(ticket_id)
            except TicketError:
                return None

    def reprint(self, ticket_id: int) -> Ticket:
        """Count another print of the same number (the number is reused, never reissued)."""
        with self._write():
            ticket = self._fetch(ticket_id)
            self._db.execute("UPDATE tickets SET prints = prints + 1 WHERE id = ?", (ticket_id,))
            self._log(ticket_id, "printed", ticket.label)
            return self._fetch(ticket_id)

    # -- the queue ----------------------------------------------------------------------------------
    def people_ahead(self, prefix: str, *, priority: bool = False, before_id: int | None = None) -> int:
        """Waiting tickets of today's ``prefix`` queue called before a (new or given) ticket."""
        day = self.today().isoformat()
        limit = before_id if before_id is not None else 2**62
        with self._lock:
            if priority:
                sql = "priority = 1 AND id < ?"
                params: tuple = (limit,)
            else:
                sql = "(priority = 1 OR id < ?)"
                params = (limit,)
            (count,) = self._db.execute(
                f"SELECT COUNT(*) FROM tickets WHERE day = ? AND prefix = ? AND state = 'waiting' AND {sql}"
                + (" AND id <> ?" if before_id is not None else ""),
                (day, prefix, *params, *((before_id,) if before_id is not None else ())),
            ).fetchone()
        return int(count)

    def recent_service_minutes(self, prefix: str) -> list[float]:
        """Durations (called → served) of the latest served tickets of this queue, newest first."""
        since = (self.today() - timedelta(days=HISTORY_DAYS)).isoformat()
        with self._lock:
            rows = self._db.execute(
                "SELECT (finished_at - called_at) / 60.0 FROM tickets WHERE prefix = ? AND day >= ?"
                " AND state = 'served' AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?",
                (prefix, since, HISTORY_SAMPLE),
            ).fetchall()
        return [max(0.0, r[0]) for r in rows]

    def call_next(self, window_id: str, service_ids: Iterable[str]) -> Ticket | None:
        """Call the next waiting ticket for these services to ``window_id`` (priority first)."""
        services = list(service_ids)
        if not services:
            return None
        marks = ",".join("?" for _ in services)
        with self._write():
            row = self._db.execute(
                f"SELECT id FROM tickets WHERE day = ? AND state = 'waiting' AND service_id IN ({marks})"
                f" {_CALL_ORDER} LIMIT 1",
                (self.today().isoformat(), *services),
            ).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE tickets SET state = 'called', called_at = ?, window_id = ?, calls = calls + 1"
                " WHERE id = ?",
                (self._now().timestamp(), window_id, row[0]),
            )
            self._log(row[0], "called", window_id)
            return self._fetch(row[0])

    def recall(self, ticket_id: int) -> Ticket:
        """Call a called ticket again."""
        return self._move(ticket_id, (TicketState.CALLED,), "recalled", "calls = calls + 1", ())

    def mark_served(self, ticket_id: int) -> Ticket:
        """Finish a called ticket as served."""
        return self._move(
            ticket_id, (TicketState.CALLED,), "served", "state = 'served', finished_at = ?", (self._now().timestamp(),)
        )

    def no_show(self, ticket_id: int) -> Ticket:
        """Finish a called ticket whose citizen did not come."""
        return self._move(
            ticket_id, (TicketState.CALLED,), "no_show", "state = 'no_show', finished_at = ?", (self._now().timestamp(),)
        )

    def cancel(self, ticket_id: int, reason: str) -> Ticket:
        """Void an open ticket; the number stays used and the reason is logged."""
        if not reason.strip():
            raise TicketError("voiding a number needs a reason")
        with self._write():
            ticket = self._move(
                ticket_id,
                OPEN_STATES,
                "cancelled",
                "state = 'cancelled', finished_at = ?, reason = ?",
                (self._now().timestamp(), reason.strip()),
            )
            self._log(ticket_id, "void_reason", reason.strip())
        _LOGGER.info("ticket %s voided: %s", ticket.label, reason)
        return ticket

    def waiting(self, prefix: str | None = None) -> list[Ticket]:
        """Today's waiting tickets in call order (priority first, then oldest)."""
        where, params = "day = ? AND state = 'waiting'", [self.today().isoformat()]
        if prefix is not None:
            where += " AND prefix = ?"
            params.append(prefix)
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM tickets WHERE {where} {_CALL_ORDER}", params)
            return [_row(r) for r in rows.fetchall()]

    def list_day(self, day: date | None = None) -> list[Ticket]:
        """Every ticket of a business day (today by default), in issue order."""
        key = (day or self.today()).isoformat()
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM tickets WHERE day = ? ORDER BY id", (key,))
            return [_row(r) for r in rows.fetchall()]

    def events(self, ticket_id: int) -> list[tuple[datetime, str, str]]:
        """The ticket's history: (time, kind, detail)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT at, kind, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id", (ticket_id,)
            ).fetchall()
        return [(datetime.fromtimestamp(at), kind, detail) for at, kind, detail in rows]

    def reset_day(self, reason: str) -> int:
        """Cancel today's open tickets (history kept); returns how many were cancelled."""
        reason = reason.strip() or "day reset"
        with self._write():
            day = self.today().isoformat()
            ids = [
                r[0]
                for r in self._db.execute(
                    "SELECT id FROM tickets WHERE day = ? AND state IN ('waiting', 'called')", (day,)
                ).fetchall()
            ]
            now = self._now().timestamp()
            for ticket_id in ids:
                self._db.execute(
                    "UPDATE tickets SET state = 'cancelled', finished_at = ?, reason = ? WHERE id = ?",
                    (now, f"reset: {reason}", ticket_id),
                )
                self._log(ticket_id, "cancelled", f"reset: {reason}")
            self._log(None, "reset_day", f"{day}: {reason} ({len(ids)} cancelled)")
        _LOGGER.info("queue reset for %s: %s (%d open tickets cancelled)", day, reason, len(ids))
        return len(ids)

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` result (``"ok"`` when the file is sound)."""
        with self._lock:
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error), re-entrant within a thread."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db, self._lock, self._outer = db, lock, False

    def __enter__(self) -> None:
        self._lock.acquire()
        self._outer = not self._db.in_transaction
        if self._outer:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._lock.release()
                raise

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self._outer:
                self._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self._lock.release()


@dataclass(frozen=True)
class IssuedTicket:
    """A freshly issued (or reprinted) ticket with what the citizen needs to know about it."""

    ticket: Ticket
    position: QueuePosition
    service_name: str
    service_name_en: str
    window_ids: tuple[str, ...]


def open_store(settings: object) -> SqliteTicketStore:
    """The ticket store configured by ``settings`` (a :class:`kiosk.settings.Settings`)."""
    tickets = settings.tickets  # type: ignore[attr-defined]
    path = tickets.database or (settings.data_dir / "tickets.sqlite3")  # type: ignore[attr-defined]
    return SqliteTicketStore(path, day_starts_at=tickets.day_starts_at)


class TicketDesk:
    """The kiosk side of the queue: catalog service → prefix, number, people ahead and wait."""

    def __init__(self, store: TicketStore, catalog: object, *, average_service_min: float = 6.0, kiosk_id: str = "") -> None:
        self.store = store
        self.catalog = catalog
        self.average_service_min = average_service_min
        self.kiosk_id = kiosk_id

    def _service(self, service_id: str):
        service = self.catalog.service(service_id)  # type: ignore[attr-defined]
        if service is None:
            raise TicketError(f"unknown service {service_id!r}")
        return service

    def preview(self, service_id: str, *, priority: bool = False) -> QueuePosition:
        """Where a new ticket for this service would stand (for the confirmation screen)."""
        service = self._service(service_id)
        ahead = self.store.people_ahead(service.queue_prefix, priority=priority)
        return self._position(service, ahead)

    def _position(self, service, ahead: int) -> QueuePosition:
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
        )

    def services_for_window(self, window_id: str) -> list[str]:
        """Ids of the catalog services handled at a window (for :meth:`TicketStore.call_next`)."""
        return [s.id for s in self.catalog.services if window_id in s.windows]  # type: ignore[attr-defined]

    def call_next(self, window_id: str) -> Ticket | None:
        """Call the next ticket for whatever this window handles."""
        return self.store.call_next(window_id, self.services_for_window(window_id))
