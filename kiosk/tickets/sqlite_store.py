"""The embedded default: :class:`SqliteTicketStore`, the whole queue in one SQLite file.

WAL, ``synchronous=FULL``, every write in ``BEGIN IMMEDIATE`` and ``UNIQUE(day, prefix, number)``,
so two kiosks on one machine or a crashed process can never hand out the same number, and a number
is either fully committed or never existed (no gaps). The schema is versioned with
``PRAGMA user_version`` and migrated on open.

A database that cannot be written (disk full, read-only, folder gone) raises
:class:`~kiosk.tickets.contract.TicketUnavailable` with a plain line; nothing is half-written.
After a read-only spell SQLite leaves ``-wal``/``-shm`` with the read-only mode of the file it
copied them from; :meth:`SqliteTicketStore.repair` gives them back the database file's mode.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.messages import both
from kiosk.tickets import rows as rules
from kiosk.tickets.contract import (
    HISTORY_DAYS,
    HISTORY_SAMPLE,
    OPEN_STATES,
    QueueEvent,
    Ticket,
    TicketError,
    TicketState,
    TicketUnavailable,
)
from kiosk.tickets.numbering import business_day, new_token, parse_day_start
from kiosk.tickets.rows import CALL_ORDER, COLUMNS, EVENT_COLUMNS, row_to_ticket, rows_to_events, rows_to_history
from kiosk.tickets.schema import migrate_sqlite
from kiosk.tickets.sqlite_file import plain_sqlite_problem, probe_space, repair_side_files

_LOGGER = logging.getLogger(__name__)

MIGRATIONS: tuple[str, ...] = (
    # 1: the original schema (files written before versioning have user_version 0 and these tables)
    """
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
    CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id)
    """,
    # 2: status-page tokens
    """
    ALTER TABLE tickets ADD COLUMN token TEXT NOT NULL DEFAULT '';
    CREATE INDEX IF NOT EXISTS tickets_token ON tickets (token)
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class SqliteTicketStore:
    """:class:`~kiosk.tickets.contract.TicketStore` in one SQLite file (several processes may share it)."""

    kind = "sqlite"

    def __init__(
        self,
        path: Path | str,
        *,
        day_starts_at: str = "04:00",
        clock: Callable[[], datetime] = datetime.now,
        busy_timeout_ms: int = 5000,
    ) -> None:
        self.path = Path(path).expanduser()
        self._day_start = parse_day_start(day_starts_at)
        self._clock = clock
        self._lock = threading.RLock()
        self._busy_timeout_ms = busy_timeout_ms
        if self.path.is_dir():
            raise TicketUnavailable(both("the ticket database path is a folder:") + f" {self.path}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.repair()
            self._db = sqlite3.connect(
                self.path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise TicketUnavailable(plain_sqlite_problem(exc, self.path), cause=str(exc)) from None
        try:
            self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            mode = self._enable_wal(busy_timeout_ms / 1000)
            if mode.lower() != "wal":
                _LOGGER.warning("ticket database %s is not in WAL mode (%s)", self.path, mode)
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            self._db.close()
            raise TicketUnavailable(plain_sqlite_problem(exc, self.path), cause=str(exc)) from None

    # -- plumbing ---------------------------------------------------------------------------------
    @property
    def alerts_path(self) -> Path:
        """Where printer alerts are kept (the same file)."""
        return self.path

    def describe(self) -> str:
        """Where the queue lives, for status lines."""
        return f"SQLite {self.path}"

    def repair(self) -> list[Path]:
        """Give ``-wal``/``-shm`` files left read-only by a read-only spell the database file's mode again."""
        return repair_side_files(self.path)

    def probe(self) -> None:
        """Raise :class:`TicketUnavailable` unless the file could take a write now (space, permissions, lock)."""
        self.repair()
        probe_space(self.path)
        with self._write():
            self._db.execute("UPDATE tickets SET prints = prints WHERE id = -1")

    def _migrate(self) -> None:
        with self._write():
            (version,) = self._db.execute("PRAGMA user_version").fetchone()
            if version == 0:  # written before versioning: the columns tell
                columns = {r[1] for r in self._db.execute("PRAGMA table_info(tickets)")}
                version = 2 if "token" in columns else (1 if columns else 0)
            migrate_sqlite(self._db.execute, version, MIGRATIONS, f"ticket database {self.path}")

    def schema_version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``)."""
        with self._guard():
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

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

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Hold the lock; SQLite/OS failures become :class:`TicketUnavailable` (after a repair attempt)."""
        with self._lock:
            try:
                yield
            except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as exc:
                if isinstance(exc, sqlite3.IntegrityError):
                    raise
                self.repair()
                raise TicketUnavailable(plain_sqlite_problem(exc, self.path), cause=str(exc)) from None

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error), re-entrant within a thread."""
        with self._guard():
            outer = not self._db.in_transaction
            if outer:
                self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if outer and self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise
            if outer:
                try:
                    self._db.execute("COMMIT")
                except sqlite3.Error:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                    raise

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
        row = self._db.execute(f"SELECT {COLUMNS} FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        if row is None:
            raise TicketError(f"ticket {ticket_id} does not exist")
        return row_to_ticket(row)

    def _move(self, ticket_id: int, allowed: Sequence[TicketState], kind: str, sets: str, params: tuple) -> Ticket:
        with self._write():
            ticket = self._fetch(ticket_id)
            rules.check_state(ticket, allowed, "cancel" if kind == "cancelled" else kind)
            self._db.execute(f"UPDATE tickets SET {sets} WHERE id = ?", (*params, ticket_id))
            self._log(ticket_id, kind, ticket.window_id or "")
            return self._fetch(ticket_id)

    # -- issuing ----------------------------------------------------------------------------------
    def issue(self, service_id: str, prefix: str, *, priority: bool = False, kiosk_id: str = "") -> Ticket:
        """Commit the next number of today's ``prefix`` queue; never duplicates, never skips."""
        rules.check_issue(service_id, prefix)
        now = self._now()
        day = business_day(now, self._day_start).isoformat()
        with self._write():
            (last,) = self._db.execute(
                "SELECT COALESCE(MAX(number), 0) FROM tickets WHERE day = ? AND prefix = ?", (day, prefix)
            ).fetchone()
            cursor = self._db.execute(
                "INSERT INTO tickets (day, prefix, number, service_id, priority, issued_at, prints, kiosk_id, token)"
                " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (day, prefix, last + 1, service_id, int(priority), now.timestamp(), kiosk_id, new_token()),
            )
            ticket_id = cursor.lastrowid
            self._log(ticket_id, "issued", rules.issued_detail(prefix, last + 1, priority))
            assert ticket_id is not None
            return self._fetch(ticket_id)

    def get(self, ticket_id: int) -> Ticket | None:
        """The ticket with this id, or None."""
        with self._guard():
            try:
                return self._fetch(ticket_id)
            except TicketError:
                return None

    def by_token(self, token: str) -> Ticket | None:
        """The ticket whose status-page token this is, or None."""
        if not token:
            return None
        with self._guard():
            row = self._db.execute(f"SELECT {COLUMNS} FROM tickets WHERE token = ?", (token,)).fetchone()
        return None if row is None else row_to_ticket(row)

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
        where, params = rules.ahead_condition(priority, before_id, "?")
        with self._guard():
            (count,) = self._db.execute(
                f"SELECT COUNT(*) FROM tickets WHERE day = ? AND prefix = ? AND state = 'waiting' AND {where}",
                (self.today().isoformat(), prefix, *params),
            ).fetchone()
        return int(count)

    def recent_service_minutes(self, prefix: str) -> list[float]:
        """Durations (called → served) of the latest served tickets of this queue, newest first."""
        since = (self.today() - timedelta(days=HISTORY_DAYS)).isoformat()
        with self._guard():
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
                f" {CALL_ORDER} LIMIT 1",
                (self.today().isoformat(), *services),
            ).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE tickets SET state = 'called', called_at = ?, window_id = ?, calls = calls + 1 WHERE id = ?",
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
        return self._move(ticket_id, (TicketState.CALLED,), "no_show", "state = 'no_show', finished_at = ?",
                          (self._now().timestamp(),))

    def transfer(self, ticket_id: int, service_id: str) -> Ticket:
        """Send a called ticket to another service's queue (same number, waiting again)."""
        rules.transfer_target(service_id)
        with self._write():
            ticket = self._fetch(ticket_id)
            rules.check_state(ticket, (TicketState.CALLED,), "transfer")
            self._db.execute(
                "UPDATE tickets SET state = 'waiting', service_id = ?, window_id = NULL, called_at = NULL"
                " WHERE id = ?", (service_id, ticket_id),
            )
            self._log(ticket_id, "transferred", rules.transfer_detail(ticket, service_id))
            return self._fetch(ticket_id)

    def cancel(self, ticket_id: int, reason: str) -> Ticket:
        """Void an open ticket; the number stays used and the reason is logged."""
        reason = rules.void_reason(reason)
        with self._write():
            ticket = self._move(ticket_id, OPEN_STATES, "cancelled", "state = 'cancelled', finished_at = ?, reason = ?",
                                (self._now().timestamp(), reason))
            self._log(ticket_id, "void_reason", reason)
        _LOGGER.info("ticket %s voided: %s", ticket.label, reason)
        return ticket

    def waiting(self, prefix: str | None = None) -> list[Ticket]:
        """Today's waiting tickets in call order (priority first, then oldest)."""
        where, params = "day = ? AND state = 'waiting'", [self.today().isoformat()]
        if prefix is not None:
            where += " AND prefix = ?"
            params.append(prefix)
        with self._guard():
            rows = self._db.execute(f"SELECT {COLUMNS} FROM tickets WHERE {where} {CALL_ORDER}", params)
            return [row_to_ticket(r) for r in rows.fetchall()]

    def list_day(self, day: date | None = None) -> list[Ticket]:
        """Every ticket of a business day (today by default), in issue order."""
        key = (day or self.today()).isoformat()
        with self._guard():
            rows = self._db.execute(f"SELECT {COLUMNS} FROM tickets WHERE day = ? ORDER BY id", (key,))
            return [row_to_ticket(r) for r in rows.fetchall()]

    def events(self, ticket_id: int) -> list[tuple[datetime, str, str]]:
        """The ticket's history: (time, kind, detail)."""
        with self._guard():
            rows = self._db.execute(
                "SELECT at, kind, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id", (ticket_id,)
            ).fetchall()
        return rows_to_history(rows)

    def events_since(self, last_id: int, limit: int = 200) -> list[QueueEvent]:
        """Shared event log lines after ``last_id`` (0 = from the start), oldest first."""
        with self._guard():
            rows = self._db.execute(f"SELECT {EVENT_COLUMNS} FROM ticket_events WHERE id > ? ORDER BY id LIMIT ?",
                                    (last_id, limit)).fetchall()
        return rows_to_events(rows)

    def last_event_id(self) -> int:
        """Id of the newest event-log line (0 when empty)."""
        with self._guard():
            return int(self._db.execute("SELECT COALESCE(MAX(id), 0) FROM ticket_events").fetchone()[0])

    def reset_day(self, reason: str) -> int:
        """Cancel today's open tickets (history kept); returns how many were cancelled."""
        cancelled_for = rules.reset_reason(reason)
        with self._write():
            day = self.today()
            ids = [r[0] for r in self._db.execute("UPDATE tickets SET state = 'cancelled', finished_at = ?, reason = ?"
                                                  " WHERE day = ? AND state IN ('waiting', 'called') RETURNING id",
                                                  (self._now().timestamp(), cancelled_for, day.isoformat()))]
            for ticket_id in ids:
                self._log(ticket_id, "cancelled", cancelled_for)
            self._log(None, "reset_day", rules.reset_detail(day, reason, len(ids)))
        _LOGGER.info("queue reset for %s: %s (%d open tickets cancelled)", day, reason, len(ids))
        return len(ids)

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` result (``"ok"`` when the file is sound)."""
        with self._guard():
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
