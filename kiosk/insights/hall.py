"""The hall's insights on PostgreSQL: every kiosk's figures, staff calls, follow-ups and staff alerts.

:class:`HallInsights` keeps the same tables as a kiosk's file, prefixed ``insights_`` and keyed by
``(kiosk_id, local_id)``; its schema is versioned in ``hallguide_insights_schema`` and migrated on
open (one kiosk at a time, under an advisory lock). :class:`Forwarder` is the kiosk's background
thread that copies its outbox to the hall: an upsert per row, so a copy interrupted by a crash or an
outage is simply done again later (never twice, nothing lost); handled marks already in the hall
are kept (``COALESCE``). Only masked rows exist locally, so only masked rows reach the hall.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from kiosk.insights.local import COLUMNS, LocalInsights
from kiosk.insights.reading import HANDLED_COLUMN, TABLES, Reader
from kiosk.messages import both
from kiosk.tickets.schema import SchemaTooNew, migrate_postgres

_LOGGER = logging.getLogger(__name__)

PREFIX = "insights_"
_MIGRATION_LOCK = 4_170_215  # pg_advisory_xact_lock key (the ticket schema uses 4_170_214)
_KEYS = "id BIGSERIAL PRIMARY KEY, kiosk_id TEXT NOT NULL, local_id BIGINT NOT NULL"

MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE TABLE {PREFIX}visits ({_KEYS}, at TEXT NOT NULL, day TEXT NOT NULL, UNIQUE (kiosk_id, local_id));
    CREATE TABLE {PREFIX}questions ({_KEYS}, at TEXT NOT NULL, day TEXT NOT NULL, question TEXT NOT NULL,
        answered_by TEXT NOT NULL, service_id TEXT, UNIQUE (kiosk_id, local_id));
    CREATE TABLE {PREFIX}ratings ({_KEYS}, at TEXT NOT NULL, day TEXT NOT NULL, level INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '', service_id TEXT, UNIQUE (kiosk_id, local_id));
    CREATE TABLE {PREFIX}follow_ups ({_KEYS}, at TEXT NOT NULL, rating_id BIGINT, text TEXT NOT NULL,
        handled_at TEXT, service_id TEXT, UNIQUE (kiosk_id, local_id));
    CREATE TABLE {PREFIX}staff_calls ({_KEYS}, at TEXT NOT NULL, day TEXT NOT NULL, location TEXT NOT NULL,
        question TEXT NOT NULL, service_id TEXT, service_name TEXT NOT NULL, handled_at TEXT,
        UNIQUE (kiosk_id, local_id));
    CREATE TABLE {PREFIX}staff_alerts ({_KEYS}, at TEXT NOT NULL, day TEXT NOT NULL, source TEXT NOT NULL,
        state TEXT NOT NULL, message TEXT NOT NULL, job TEXT NOT NULL DEFAULT '', UNIQUE (kiosk_id, local_id));
    CREATE INDEX {PREFIX}questions_day ON {PREFIX}questions (day);
    CREATE INDEX {PREFIX}ratings_day ON {PREFIX}ratings (day);
    CREATE INDEX {PREFIX}staff_alerts_day ON {PREFIX}staff_alerts (day)
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _upsert_sql(table: str) -> str:
    columns = [c for c in COLUMNS[table] if c != "kiosk_id"]
    names = ", ".join(("kiosk_id", "local_id", *columns))
    marks = ", ".join("%s" for _ in range(len(columns) + 2))
    sets = ", ".join(f"{c} = COALESCE({PREFIX}{table}.{c}, EXCLUDED.{c})" if c == "handled_at"
                     else f"{c} = EXCLUDED.{c}" for c in columns)
    return f"INSERT INTO {PREFIX}{table} ({names}) VALUES ({marks}) ON CONFLICT (kiosk_id, local_id) DO UPDATE SET {sets}"


_UPSERTS = {table: _upsert_sql(table) for table in TABLES}


class HallUnavailable(Exception):
    """The hall database cannot be reached right now."""


class HallInsights:
    """The shared tables on a PostgreSQL server (psycopg 3 pool); every method may raise :class:`HallUnavailable`."""

    def __init__(self, url: str, *, timeout_s: float = 2.0, pool_size: int = 2) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self._pool = ConnectionPool(
            url, min_size=1, max_size=pool_size, open=False, timeout=timeout_s,
            kwargs={"connect_timeout": max(1, int(timeout_s)), "application_name": "hallguide-insights"},
            check=ConnectionPool.check_connection, name="hallguide-insights",
        )
        self._pool.open(wait=False)
        self.reader = Reader(self._run, prefix=PREFIX, kiosk_column="kiosk_id", shared=True)
        try:
            self._migrate()
        except HallUnavailable:
            self._pool.close(timeout=1.0)
            raise

    def _execute(self, work: Callable[[psycopg.Connection[Any]], Any]) -> Any:
        try:
            with self._pool.connection(timeout=self.timeout_s) as conn, conn.transaction():
                return work(conn)
        except (PoolTimeout, psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise HallUnavailable(str(exc).strip() or exc.__class__.__name__) from None

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        return list(self._execute(lambda conn: conn.execute(sql.replace("?", "%s"), params).fetchall()))

    def _migrate(self) -> None:
        def migrate(conn: psycopg.Connection[Any]) -> None:
            try:
                migrate_postgres(conn, "hallguide_insights_schema", _MIGRATION_LOCK, MIGRATIONS, "the hall insights")
            except SchemaTooNew as exc:
                raise HallUnavailable(str(exc)) from None

        self._execute(migrate)

    def schema_version(self) -> int:
        """The schema version recorded in the hall database."""
        return int(self._run("SELECT COALESCE(MAX(version), 0) FROM hallguide_insights_schema")[0][0])

    def copy(self, kiosk_id: str, rows: Sequence[tuple[int, str, int, Sequence[object] | None]]) -> None:
        """Upsert outbox rows ``(line, table, local id, columns)`` of ``kiosk_id`` in one transaction."""
        def work(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cursor:
                for _line, table, row_id, row in rows:
                    if row is None:
                        continue
                    values = [v for c, v in zip(COLUMNS[table], row, strict=True) if c != "kiosk_id"]
                    cursor.execute(_UPSERTS[table], (kiosk_id, row_id, *values))

        self._execute(work)

    def mark_handled(self, kind: str, item_id: int, at: str) -> bool:
        """Close a call or follow-up of any kiosk; False when missing or already closed."""
        table = PREFIX + HANDLED_COLUMN[kind]
        rows = self._run(f"UPDATE {table} SET handled_at = ? WHERE id = ? AND handled_at IS NULL RETURNING id",
                         (at, item_id))
        return bool(rows)

    def ping(self) -> None:
        """Raise :class:`HallUnavailable` unless the server answers now."""
        self._run("SELECT 1")

    def close(self) -> None:
        """Close the pool."""
        self._pool.close(timeout=2.0)


class Forwarder:
    """The kiosk's background thread: opens the hall database, then copies the outbox whenever woken."""

    def __init__(self, local: LocalInsights, url: str, kiosk_id: str, *, retry_s: float = 2.0,
                 timeout_s: float = 2.0) -> None:
        self.local, self.url, self.kiosk_id = local, url, kiosk_id
        self.retry_s, self.timeout_s = retry_s, timeout_s
        self.hall: HallInsights | None = None
        self.problem = both("connecting to the hall database")
        self.copied = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="insights-forwarder", daemon=True)

    def start(self) -> Forwarder:
        """Start the thread."""
        self._thread.start()
        return self

    def wake(self) -> None:
        """Something was recorded: copy it soon."""
        self._wake.set()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until the outbox is empty (True) or ``timeout`` passed (False); for tests and shutdown."""
        self.wake()
        with self._idle:
            return self._idle.wait_for(lambda: self.local.backlog() == 0 and self.hall is not None, timeout)

    def stop(self, timeout: float = 1.0) -> None:
        """Stop the thread and close the hall pool (what is not copied yet stays in the outbox for next time)."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        if self.hall is not None:
            self.hall.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.hall is None:
                    self.hall = HallInsights(self.url, timeout_s=self.timeout_s)
                elif self.problem:
                    self.hall.ping()  # a reader found it away: back only when it answers
                self._copy_all()
                self.problem = ""
            except HallUnavailable as exc:
                if not self.problem:
                    _LOGGER.warning("hall insights database unavailable: %s", exc)
                self.problem = both("the hall database cannot be reached") + f" ({exc})"
            except Exception:  # noqa: BLE001 - a bad row must not stop forwarding for good
                _LOGGER.exception("forwarding insights to the hall failed")
                self.problem = both("forwarding to the hall failed (see the log)")
            with self._idle:
                self._idle.notify_all()
            self._wake.wait(self.retry_s)
            self._wake.clear()

    def _copy_all(self) -> None:
        assert self.hall is not None
        while not self._stop.is_set():
            rows = self.local.pending()
            if not rows:
                return
            self.hall.copy(self.kiosk_id, rows)
            self.local.sent(rows[-1][0])
            self.copied += len(rows)
