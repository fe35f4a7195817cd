"""Versioned schemas, migrated on open: SQLite with ``PRAGMA user_version``, PostgreSQL with a version table
under an advisory lock (one kiosk migrates at a time). Used by the ticket stores and the insights stores."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

_LOGGER = logging.getLogger(__name__)


class SchemaTooNew(Exception):
    """The database was migrated by newer software than this kiosk's."""


def statements(script: str) -> list[str]:
    """The statements of a migration script (``;``-separated, none containing ``;`` itself)."""
    return [s for s in script.split(";") if s.strip()]


def migrate_sqlite(execute: Callable[[str], Any], version: int, migrations: Sequence[str], what: str) -> int:
    """Run ``migrations[version:]`` through ``execute`` (inside the caller's transaction); the new version.

    The caller reads ``PRAGMA user_version`` (or infers it for files written before versioning) and
    holds the write transaction; this sets ``user_version`` to the last migration's number.
    """
    for number, script in enumerate(migrations[version:], start=version + 1):
        for statement in statements(script):
            execute(statement)
        _LOGGER.info("%s migrated to schema %d", what, number)
    execute(f"PRAGMA user_version={len(migrations)}")
    return len(migrations)


def migrate_postgres(conn: Any, table: str, lock_key: int, migrations: Sequence[str], what: str) -> int:
    """Bring a PostgreSQL database to ``len(migrations)`` inside the caller's transaction; the new version.

    ``table`` records the applied versions; raises :class:`SchemaTooNew` when it is ahead of ``migrations``.
    """
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key,))
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY,"
                 " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
    row = conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {table}").fetchone()
    version = int(row[0]) if row else 0
    if version > len(migrations):
        raise SchemaTooNew(f"{what} has schema {version}, newer than this kiosk's {len(migrations)}: "
                           "update the kiosk software")
    for number, script in enumerate(migrations[version:], start=version + 1):
        for statement in statements(script):
            conn.execute(statement)
        conn.execute(f"INSERT INTO {table} (version) VALUES (%s)", (number,))
        _LOGGER.info("%s migrated to schema %d", what, number)
    return len(migrations)
