"""One queue for the whole hall: :class:`PostgresTicketStore` on PostgreSQL (psycopg 3 + psycopg-pool).

Numbering is atomic across kiosks per business day and prefix: the next number comes from a
locked counter row (``INSERT … ON CONFLICT DO UPDATE … RETURNING``) in the same transaction as
the ticket row, which also carries ``UNIQUE (day, prefix, number)``; a rolled-back issue rolls
the counter back too, so there are no gaps and no duplicates. Every write appends to the shared
event log and sends ``NOTIFY hallguide_queue`` (delivered at commit) for live screens.

Faults: when the server cannot be reached an operation raises
:class:`~kiosk.tickets.contract.TicketUnavailable` within :attr:`op_timeout_s`; after that the
store is *down* and fails at once while a background thread probes the server every second and
swaps in a fresh pool when it answers. A number is returned only after its COMMIT succeeded.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from kiosk.messages import both
from kiosk.tickets import rows as rules
from kiosk.tickets.contract import (
    HISTORY_DAYS,
    HISTORY_SAMPLE,
    QueueEvent,
    Ticket,
    TicketError,
    TicketState,
    TicketUnavailable,
)
from kiosk.tickets.numbering import business_day, new_token, parse_day_start
from kiosk.tickets.rows import CALL_ORDER, COLUMNS, EVENT_COLUMNS, row_to_ticket, rows_to_events, rows_to_history
from kiosk.tickets.schema import SchemaTooNew, migrate_postgres

_LOGGER = logging.getLogger(__name__)

CHANNEL = "hallguide_queue"
"""The NOTIFY channel; the payload is the event-log id."""
_MIGRATION_LOCK = 4_170_214  # pg_advisory_xact_lock key: one kiosk migrates at a time

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE tickets (
        id BIGSERIAL PRIMARY KEY,
        day DATE NOT NULL,
        prefix TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        service_id TEXT NOT NULL,
        priority BOOLEAN NOT NULL DEFAULT FALSE,
        state TEXT NOT NULL DEFAULT 'waiting',
        issued_at DOUBLE PRECISION NOT NULL,
        called_at DOUBLE PRECISION,
        finished_at DOUBLE PRECISION,
        window_id TEXT,
        calls INTEGER NOT NULL DEFAULT 0,
        prints INTEGER NOT NULL DEFAULT 0,
        kiosk_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        token TEXT NOT NULL UNIQUE,
        UNIQUE (day, prefix, number)
    );
    CREATE INDEX tickets_queue ON tickets (day, prefix, state, priority, id);
    CREATE TABLE ticket_counters (
        day DATE NOT NULL,
        prefix TEXT NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (day, prefix)
    );
    CREATE TABLE ticket_events (
        id BIGSERIAL PRIMARY KEY,
        ticket_id BIGINT,
        at DOUBLE PRECISION NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id)
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def redact_url(url: str) -> str:
    """The URL without its password (for logs and status lines)."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    host, port, db = info.get("host", "localhost"), info.get("port", "5432"), info.get("dbname", "")
    return f"postgresql://{info.get('user', '')}@{host}:{port}/{db}"


class PostgresTicketStore:
    """:class:`~kiosk.tickets.contract.TicketStore` on a PostgreSQL server shared by every kiosk."""

    kind = "postgresql"

    def __init__(
        self,
        url: str,
        *,
        day_starts_at: str = "04:00",
        clock: Callable[[], datetime] = datetime.now,
        op_timeout_s: float = 2.0,
        pool_size: int = 4,
        probe_interval_s: float = 1.0,
        on_state: Callable[[bool, str], None] | None = None,
    ) -> None:
        self.url = url
        self._day_start = parse_day_start(day_starts_at)
        self._clock = clock
        self.op_timeout_s = op_timeout_s
        self._pool_size = pool_size
        self._probe_interval_s = probe_interval_s
        self._on_state = on_state
        self._state_lock = threading.Lock()
        self._closed = threading.Event()
        self._down: str | None = None
        self._prober: threading.Thread | None = None
        self._retired: list[ConnectionPool] = []  # closed pools, kept so none is collected on its own thread
        self._opening = True
        self._pool = self._new_pool()
        try:
            self._migrate()
        except TicketError:
            self._closed.set()
            self._pool.close(timeout=1.0)
            raise
        finally:
            self._opening = False

    # -- connections ----------------------------------------------------------------------------------
    def _new_pool(self) -> ConnectionPool:
        pool = ConnectionPool(
            self.url, min_size=1, max_size=self._pool_size, open=False, timeout=self.op_timeout_s,
            kwargs={"connect_timeout": max(1, int(self.op_timeout_s)), "application_name": "hallguide"},
            check=ConnectionPool.check_connection, name="hallguide-tickets",
        )
        pool.open(wait=False)
        return pool

    def describe(self) -> str:
        """Where the queue lives (no password), for status lines."""
        return f"PostgreSQL {redact_url(self.url)}"

    @property
    def alerts_path(self) -> None:
        """Printer alerts are not kept in PostgreSQL (the kiosk keeps them locally)."""
        return None

    @property
    def available(self) -> bool:
        """False while the server is unreachable (a background probe is running)."""
        return self._down is None

    def _mark_down(self, problem: str) -> None:
        with self._state_lock:
            first = self._down is None and not self._opening
            self._down = problem
            if first and not self._closed.is_set():
                _LOGGER.warning("ticket database down: %s", problem)
                self._prober = threading.Thread(target=self._probe, name="tickets-reconnect", daemon=True)
                self._prober.start()
        if first and self._on_state is not None:
            self._on_state(False, problem)

    def _probe(self) -> None:
        """Background: try the server every second; when it answers, swap in a fresh pool."""
        while not self._closed.wait(self._probe_interval_s):
            try:
                with psycopg.connect(self.url, connect_timeout=max(1, int(self.op_timeout_s))) as conn:
                    conn.execute("SELECT 1")
            except psycopg.Error:
                continue
            old, self._pool = self._pool, self._new_pool()
            self._retired.append(old)
            with self._state_lock:
                self._down = None
            old.close(timeout=1.0)
            _LOGGER.warning("ticket database reachable again: %s", self.describe())
            if self._on_state is not None:
                self._on_state(True, "")
            return

    @contextlib.contextmanager
    def _conn(self) -> Iterator[psycopg.Connection[Any]]:
        """A pooled connection inside one transaction; connection failures become TicketUnavailable."""
        if self._closed.is_set():
            raise TicketUnavailable(both("the ticket store is closed"))
        down = self._down
        if down is not None:
            raise TicketUnavailable(down)
        try:
            with self._pool.connection(timeout=self.op_timeout_s) as conn, conn.transaction():
                yield conn
        except (PoolTimeout, psycopg.OperationalError, psycopg.InterfaceError) as exc:
            problem = both("the queue database cannot be reached") + f"（{self.describe()}）"
            self._mark_down(problem)
            raise TicketUnavailable(problem, cause=str(exc).strip()) from None

    def _migrate(self) -> None:
        try:
            with self._conn() as conn:
                migrate_postgres(conn, "hallguide_schema", _MIGRATION_LOCK, MIGRATIONS, "the queue database")
        except SchemaTooNew as exc:
            raise TicketError(str(exc)) from None

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self._conn() as conn:
            row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM hallguide_schema").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Close the pool and stop the reconnect probe."""
        self._closed.set()
        if self._prober is not None and self._prober is not threading.current_thread():
            self._prober.join(self._probe_interval_s + self.op_timeout_s + 1)
        self._pool.close(timeout=2.0)

    # -- helpers ----------------------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The current business day."""
        return business_day(self._now(), self._day_start)

    def _log(self, conn: psycopg.Connection[Any], ticket_id: int | None, kind: str, detail: str = "") -> None:
        row = conn.execute(
            "INSERT INTO ticket_events (ticket_id, at, kind, detail) VALUES (%s, %s, %s, %s) RETURNING id",
            (ticket_id, self._now().timestamp(), kind, detail),
        ).fetchone()
        conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(row[0] if row else 0)))

    @staticmethod
    def _fetch(conn: psycopg.Connection[Any], ticket_id: int, *, lock: bool = False) -> Ticket:
        row = conn.execute(f"SELECT {COLUMNS} FROM tickets WHERE id = %s" + (" FOR UPDATE" if lock else ""),
                           (ticket_id,)).fetchone()
        if row is None:
            raise TicketError(f"ticket {ticket_id} does not exist")
        return row_to_ticket(row)

    def _move(self, ticket_id: int, allowed: Sequence[TicketState], kind: str, sets: str, params: tuple) -> Ticket:
        with self._conn() as conn:
            ticket = self._fetch(conn, ticket_id, lock=True)
            rules.check_state(ticket, allowed, kind)
            conn.execute(f"UPDATE tickets SET {sets} WHERE id = %s", (*params, ticket_id))
            self._log(conn, ticket_id, kind, ticket.window_id or "")
            return self._fetch(conn, ticket_id)

    # -- issuing ------------------------------------------------------------------------------------------
    def issue(self, service_id: str, prefix: str, *, priority: bool = False, kiosk_id: str = "") -> Ticket:
        """Commit the next number of today's ``prefix`` queue; never duplicates, never skips."""
        rules.check_issue(service_id, prefix)
        now = self._now()
        day = business_day(now, self._day_start)
        with self._conn() as conn:
            row = conn.execute(
                "INSERT INTO ticket_counters (day, prefix, last) VALUES (%s, %s, 1)"
                " ON CONFLICT (day, prefix) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last",
                (day, prefix),
            ).fetchone()
            number = int(row[0]) if row else 1
            row = conn.execute(
                "INSERT INTO tickets (day, prefix, number, service_id, priority, issued_at, kiosk_id, token)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (day, prefix, number, service_id, priority, now.timestamp(), kiosk_id, new_token()),
            ).fetchone()
            assert row is not None
            self._log(conn, int(row[0]), "issued", rules.issued_detail(prefix, number, priority))
            ticket = self._fetch(conn, int(row[0]))
        return ticket  # returned only after the COMMIT above succeeded

    def get(self, ticket_id: int) -> Ticket | None:
        """The ticket with this id, or None."""
        with self._conn() as conn:
            try:
                return self._fetch(conn, ticket_id)
            except TicketError:
                return None

    def by_token(self, token: str) -> Ticket | None:
        """The ticket whose status-page token this is, or None."""
        if not token:
            return None
        with self._conn() as conn:
            row = conn.execute(f"SELECT {COLUMNS} FROM tickets WHERE token = %s", (token,)).fetchone()
        return None if row is None else row_to_ticket(row)

    def reprint(self, ticket_id: int) -> Ticket:
        """Count another print of the same number (the number is reused, never reissued)."""
        with self._conn() as conn:
            ticket = self._fetch(conn, ticket_id, lock=True)
            conn.execute("UPDATE tickets SET prints = prints + 1 WHERE id = %s", (ticket_id,))
            self._log(conn, ticket_id, "printed", ticket.label)
            return self._fetch(conn, ticket_id)

    # -- the queue ------------------------------------------------------------------------------------------
    def people_ahead(self, prefix: str, *, priority: bool = False, before_id: int | None = None) -> int:
        """Waiting tickets of today's ``prefix`` queue called before a (new or given) ticket."""
        where, params = rules.ahead_condition(priority, before_id, "%s")
        with self._conn() as conn:
            row = conn.execute(
                f"SELECT COUNT(*) FROM tickets WHERE day = %s AND prefix = %s AND state = 'waiting' AND {where}",
                (self.today(), prefix, *params),
            ).fetchone()
        return int(row[0]) if row else 0

    def recent_service_minutes(self, prefix: str) -> list[float]:
        """Durations (called → served) of the latest served tickets of this queue, newest first."""
        since = self.today() - timedelta(days=HISTORY_DAYS)
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT (finished_at - called_at) / 60.0 FROM tickets WHERE prefix = %s AND day >= %s"
                " AND state = 'served' AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT %s",
                (prefix, since, HISTORY_SAMPLE),
            ).fetchall()
        return [max(0.0, float(r[0])) for r in rows]

    def call_next(self, window_id: str, service_ids: Iterable[str]) -> Ticket | None:
        """Call the next waiting ticket for these services to ``window_id`` (priority first)."""
        services = list(service_ids)
        if not services:
            return None
        with self._conn() as conn:
            row = conn.execute(
                "SELECT id FROM tickets WHERE day = %s AND state = 'waiting' AND service_id = ANY(%s)"
                f" {CALL_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED",
                (self.today(), services),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE tickets SET state = 'called', called_at = %s, window_id = %s, calls = calls + 1 WHERE id = %s",
                (self._now().timestamp(), window_id, row[0]),
            )
            self._log(conn, int(row[0]), "called", window_id)
            return self._fetch(conn, int(row[0]))

    def recall(self, ticket_id: int) -> Ticket:
        """Call a called ticket again."""
        return self._move(ticket_id, (TicketState.CALLED,), "recalled", "calls = calls + 1", ())

    def mark_served(self, ticket_id: int) -> Ticket:
        """Finish a called ticket as served."""
        return self._move(ticket_id, (TicketState.CALLED,), "served", "state = 'served', finished_at = %s",
                          (self._now().timestamp(),))

    def no_show(self, ticket_id: int) -> Ticket:
        """Finish a called ticket whose citizen did not come."""
        return self._move(ticket_id, (TicketState.CALLED,), "no_show", "state = 'no_show', finished_at = %s",
                          (self._now().timestamp(),))

    def transfer(self, ticket_id: int, service_id: str) -> Ticket:
        """Send a called ticket to another service's queue (same number, waiting again)."""
        rules.transfer_target(service_id)
        with self._conn() as conn:
            ticket = self._fetch(conn, ticket_id, lock=True)
            rules.check_state(ticket, (TicketState.CALLED,), "transfer")
            conn.execute("UPDATE tickets SET state = 'waiting', service_id = %s, window_id = NULL, called_at = NULL"
                         " WHERE id = %s", (service_id, ticket_id))
            self._log(conn, ticket_id, "transferred", rules.transfer_detail(ticket, service_id))
            return self._fetch(conn, ticket_id)

    def cancel(self, ticket_id: int, reason: str) -> Ticket:
        """Void an open ticket; the number stays used and the reason is logged."""
        reason = rules.void_reason(reason)
        with self._conn() as conn:
            ticket = self._fetch(conn, ticket_id, lock=True)
            rules.check_open(ticket)
            conn.execute("UPDATE tickets SET state = 'cancelled', finished_at = %s, reason = %s WHERE id = %s",
                         (self._now().timestamp(), reason, ticket_id))
            self._log(conn, ticket_id, "cancelled", ticket.window_id or "")
            self._log(conn, ticket_id, "void_reason", reason)
            ticket = self._fetch(conn, ticket_id)
        _LOGGER.info("ticket %s voided: %s", ticket.label, reason)
        return ticket

    def waiting(self, prefix: str | None = None) -> list[Ticket]:
        """Today's waiting tickets in call order (priority first, then oldest)."""
        where, params = "day = %s AND state = 'waiting'", [self.today()]
        if prefix is not None:
            where += " AND prefix = %s"
            params.append(prefix)  # type: ignore[arg-type]
        with self._conn() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} FROM tickets WHERE {where} {CALL_ORDER}", params).fetchall()
        return [row_to_ticket(r) for r in rows]

    def list_day(self, day: date | None = None) -> list[Ticket]:
        """Every ticket of a business day (today by default), in issue order."""
        with self._conn() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} FROM tickets WHERE day = %s ORDER BY id",
                                (day or self.today(),)).fetchall()
        return [row_to_ticket(r) for r in rows]

    def events(self, ticket_id: int) -> list[tuple[datetime, str, str]]:
        """The ticket's history: (time, kind, detail)."""
        with self._conn() as conn:
            rows = conn.execute("SELECT at, kind, detail FROM ticket_events WHERE ticket_id = %s ORDER BY id",
                                (ticket_id,)).fetchall()
        return rows_to_history(rows)

    def events_since(self, last_id: int, limit: int = 200) -> list[QueueEvent]:
        """Shared event log lines after ``last_id`` (0 = from the start), oldest first."""
        with self._conn() as conn:
            rows = conn.execute(f"SELECT {EVENT_COLUMNS} FROM ticket_events WHERE id > %s ORDER BY id LIMIT %s",
                                (last_id, limit)).fetchall()
        return rows_to_events(rows)

    def last_event_id(self) -> int:
        """Id of the newest event-log line (0 when empty)."""
        with self._conn() as conn:
            row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM ticket_events").fetchone()
        return int(row[0]) if row else 0

    def reset_day(self, reason: str) -> int:
        """Cancel today's open tickets (history kept); returns how many were cancelled."""
        cancelled_for, day = rules.reset_reason(reason), self.today()
        with self._conn() as conn:
            rows = conn.execute("UPDATE tickets SET state = 'cancelled', finished_at = %s, reason = %s"
                                " WHERE day = %s AND state IN ('waiting', 'called') RETURNING id",
                                (self._now().timestamp(), cancelled_for, day)).fetchall()
            for (ticket_id,) in rows:
                self._log(conn, ticket_id, "cancelled", cancelled_for)
            self._log(conn, None, "reset_day", rules.reset_detail(day, reason, len(rows)))
        _LOGGER.info("queue reset for %s: %s (%d open tickets cancelled)", day, reason, len(rows))
        return len(rows)
