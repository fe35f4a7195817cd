"""A kiosk's own insights file (SQLite, WAL): what it records, read back, and its outbox for the hall.

The schema is versioned with ``PRAGMA user_version`` and migrated on open (files written before
versioning have version 0 and the version-1 tables). When the hall shares a PostgreSQL database,
every write also appends ``(table, row id)`` to ``outbox`` in the same transaction; the forwarder
(:mod:`kiosk.insights.hall`) copies those rows to the hall and deletes the outbox lines it copied.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from kiosk.insights.reading import HANDLED_COLUMN, Reader
from kiosk.tickets.schema import migrate_sqlite

_LOGGER = logging.getLogger(__name__)

MIGRATIONS: tuple[str, ...] = (
    # 1: the original schema
    """
    CREATE TABLE IF NOT EXISTS visits (id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS questions (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, question TEXT NOT NULL,
        answered_by TEXT NOT NULL, service_id TEXT);
    CREATE TABLE IF NOT EXISTS ratings (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, level INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '', service_id TEXT);
    CREATE TABLE IF NOT EXISTS follow_ups (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, rating_id INTEGER REFERENCES ratings(id),
        text TEXT NOT NULL, handled_at TEXT);
    CREATE TABLE IF NOT EXISTS staff_calls (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, kiosk_id TEXT NOT NULL,
        location TEXT NOT NULL, question TEXT NOT NULL, service_id TEXT, service_name TEXT NOT NULL,
        handled_at TEXT);
    CREATE INDEX IF NOT EXISTS questions_day ON questions(day);
    CREATE INDEX IF NOT EXISTS ratings_day ON ratings(day)
    """,
    # 2: follow-ups carry their service; staff alerts; the outbox to the hall database
    """
    ALTER TABLE follow_ups ADD COLUMN service_id TEXT;
    UPDATE follow_ups SET service_id = (SELECT r.service_id FROM ratings r WHERE r.id = follow_ups.rating_id);
    CREATE TABLE IF NOT EXISTS staff_alerts (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, source TEXT NOT NULL,
        state TEXT NOT NULL, message TEXT NOT NULL, job TEXT NOT NULL DEFAULT '');
    CREATE INDEX IF NOT EXISTS staff_alerts_day ON staff_alerts(day);
    CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL)
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS: dict[str, tuple[str, ...]] = {
    "visits": ("at", "day"),
    "questions": ("at", "day", "question", "answered_by", "service_id"),
    "ratings": ("at", "day", "level", "reason", "service_id"),
    "follow_ups": ("at", "rating_id", "text", "handled_at", "service_id"),
    "staff_calls": ("at", "day", "kiosk_id", "location", "question", "service_id", "service_name", "handled_at"),
    "staff_alerts": ("at", "day", "source", "state", "message", "job"),
}
"""Every table's columns but ``id`` (what is copied to the hall)."""


class LocalInsights:
    """The SQLite file; thread-safe; ``outbox=True`` also queues every write for the hall."""

    def __init__(self, path: Path, *, outbox: bool = False) -> None:
        self.path = Path(path)
        self.outbox = outbox
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=5)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()
        self.reader = Reader(self._run)

    def _migrate(self) -> None:
        with self._lock:
            (version,) = self._db.execute("PRAGMA user_version").fetchone()
            self._db.execute("BEGIN IMMEDIATE")
            try:
                migrate_sqlite(self._db.execute, version, MIGRATIONS, f"insights file {self.path}")
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        """``PRAGMA user_version`` of the file."""
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- writes ------------------------------------------------------------------------------------
    def _write(self, table: str, sql: str, params: tuple[object, ...]) -> tuple[int, bool]:
        """Run one INSERT/UPDATE (and its outbox line) in one transaction: (last row id, whether a row changed)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, params)
                row_id, changed = int(cursor.lastrowid or 0), cursor.rowcount == 1
                if changed and self.outbox:
                    target = row_id if sql.startswith("INSERT") else int(params[-1])  # type: ignore[call-overload]
                    self._db.execute("INSERT INTO outbox (tbl, row_id) VALUES (?, ?)", (table, target))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return row_id, changed

    def insert(self, table: str, values: dict[str, object]) -> int:
        """Add a row (and its outbox line); returns its id."""
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})"
        return self._write(table, sql, tuple(values.values()))[0]

    def update(self, table: str, row_id: int, sets: str, params: tuple[object, ...], where: str = "") -> bool:
        """``UPDATE table SET sets WHERE [where AND] id = row_id``; True when a row changed."""
        return self._write(table, f"UPDATE {table} SET {sets} WHERE {where}id = ?", (*params, row_id))[1]

    def mark_handled(self, kind: str, item_id: int, at: str) -> bool:
        """Close a call or follow-up of this file; False when missing or already closed."""
        return self.update(HANDLED_COLUMN[kind], item_id, "handled_at = ?", (at,), "handled_at IS NULL AND ")

    # -- the outbox ----------------------------------------------------------------------------------
    def pending(self, limit: int = 200) -> list[tuple[int, str, int, Sequence[object] | None]]:
        """Oldest outbox lines: (line id, table, row id, the row's columns now or None if gone)."""
        with self._lock:
            lines = self._db.execute("SELECT id, tbl, row_id FROM outbox ORDER BY id LIMIT ?", (limit,)).fetchall()
            out = []
            for line_id, table, row_id in lines:
                columns = ", ".join(COLUMNS[table])
                row = self._db.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)).fetchone()
                out.append((int(line_id), str(table), int(row_id), row))
        return out

    def sent(self, up_to_line: int) -> None:
        """Forget outbox lines up to ``up_to_line`` (copied to the hall)."""
        with self._lock:
            self._db.execute("DELETE FROM outbox WHERE id <= ?", (up_to_line,))

    def backlog(self) -> int:
        """How many outbox lines wait for the hall database."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
