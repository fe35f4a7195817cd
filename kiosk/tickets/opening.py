"""Which store ``tickets.database`` names, and a store that keeps retrying when it cannot be opened.

``tickets.database`` is a file path (SQLite, the default ``<data_dir>/tickets.sqlite3``) or a
``postgresql://`` URL (one queue for the whole hall); any other URL scheme is refused by name.
:class:`RetryingStore` stands in front of either: when the database cannot be opened or written
(disk full, read-only, server down) every operation raises
:class:`~kiosk.tickets.contract.TicketUnavailable` at once with a plain line, staff hear about it
through ``on_state``, and a background thread keeps retrying until it works again.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.messages import both
from kiosk.tickets.contract import TicketError, TicketUnavailable
from kiosk.tickets.sqlite_store import SqliteTicketStore

_LOGGER = logging.getLogger(__name__)

POSTGRES_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")

StateCallback = Callable[[bool, str], None]
"""``(available, problem)``: called when the ticket database goes away or comes back."""


def database_kind(value: str | Path | None) -> str:
    """``"sqlite"`` or ``"postgresql"``; raises :class:`TicketError` naming a refused URL scheme."""
    if value is None or isinstance(value, Path):
        return "sqlite"
    match = _SCHEME.match(str(value).strip())
    if match is None:
        return "sqlite"
    scheme = match.group(1).lower()
    if scheme in POSTGRES_SCHEMES:
        return "postgresql"
    raise TicketError(f"tickets.database: the {scheme}:// scheme is not supported; give a file path (SQLite) "
                      "or a postgresql:// URL")


def database_target(settings: Any) -> str | Path:
    """The configured database: a ``postgresql://`` URL or the SQLite file path."""
    value = settings.tickets.database
    if value is None or not str(value).strip():
        return Path(settings.data_dir) / "tickets.sqlite3"
    if database_kind(str(value)) == "postgresql":
        return str(value).strip()
    return Path(str(value)).expanduser()


def open_store(settings: Any, *, retry: bool = False, on_state: StateCallback | None = None) -> Any:
    """The ticket store configured by ``settings`` (a :class:`kiosk.settings.Settings`).

    ``retry=False`` (the CLI): opening failures raise :class:`TicketUnavailable` / :class:`TicketError`.
    ``retry=True`` (the kiosk, the counter, the display, the status server): a :class:`RetryingStore`
    that is returned even when the database is away and keeps trying in the background.
    """
    target = database_target(settings)
    day_starts_at = settings.tickets.day_starts_at

    def opener(notify: StateCallback | None = None) -> Any:
        if isinstance(target, str):
            from kiosk.tickets.postgres_store import PostgresTicketStore

            return PostgresTicketStore(target, day_starts_at=day_starts_at, on_state=notify)
        return SqliteTicketStore(target, day_starts_at=day_starts_at)

    if not retry:
        return opener()
    alerts = Path(settings.data_dir) / "tickets.sqlite3" if isinstance(target, str) else target
    return RetryingStore(opener, alerts_path=alerts, on_state=on_state,
                         retry_s=float(getattr(settings.tickets, "retry_s", 2.0)))


class RetryingStore:
    """A ticket store that may be away: operations raise :class:`TicketUnavailable` while it is."""

    def __init__(self, opener: Callable[..., Any], *, alerts_path: Path | None = None,
                 on_state: StateCallback | None = None, retry_s: float = 2.0) -> None:
        self._opener = opener
        self._on_state = on_state
        self.retry_s = retry_s
        self.alerts_path = alerts_path
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._inner: Any = None
        self.problem = ""
        self._retrier: threading.Thread | None = None
        try:
            self._inner = opener(self._state)
        except TicketUnavailable as exc:
            self._fail(str(exc))

    # -- state --------------------------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """True when the last operation (or the reconnect) worked."""
        inner = self._inner
        return inner is not None and not self.problem and getattr(inner, "available", True)

    @property
    def inner(self) -> Any:
        """The open store, or None while it could not be opened."""
        return self._inner

    @property
    def kind(self) -> str:
        """``"sqlite"`` / ``"postgresql"`` (``""`` before the store was ever opened)."""
        return str(getattr(self._inner, "kind", ""))

    @property
    def url(self) -> str | None:
        """The PostgreSQL URL (for LISTEN), else None."""
        return getattr(self._inner, "url", None)

    def describe(self) -> str:
        """Where the queue lives and whether it answers."""
        where = self._inner.describe() if self._inner is not None else "not opened"
        return f"{where}: {self.problem}" if self.problem else where

    def listen(self, on_state: StateCallback | None) -> None:
        """Tell ``on_state(available, problem)`` when the database goes away or comes back."""
        self._on_state = on_state

    def _state(self, available: bool, problem: str) -> None:
        """From the PostgreSQL store's own reconnect probe."""
        if available:
            self._recovered()
        else:
            self._fail(problem)

    def _fail(self, problem: str) -> None:
        with self._lock:
            first = not self.problem
            self.problem = problem
            if first and not self._closed.is_set():
                self._retrier = threading.Thread(target=self._retry, name="tickets-retry", daemon=True)
                self._retrier.start()
        if first:
            _LOGGER.warning("ticket database unavailable: %s", problem)
            if self._on_state is not None:
                self._on_state(False, problem)

    def _recovered(self) -> None:
        with self._lock:
            was = self.problem
            self.problem = ""
        if was:
            _LOGGER.warning("ticket database available again")
            if self._on_state is not None:
                self._on_state(True, "")

    def _retry(self) -> None:
        """Background: open the store again, or give SQLite's side files back their mode, until it works."""
        while not self._closed.wait(self.retry_s):
            if not self.problem:
                return
            if self._inner is None:
                try:
                    self._inner = self._opener(self._state)
                except (TicketUnavailable, TicketError) as exc:
                    self.problem = str(exc)
                    continue
                self._recovered()
                return
            probe = getattr(self._inner, "probe", None)
            if not getattr(self._inner, "available", True):
                continue  # PostgreSQL: its own probe reconnects and reports through _state
            try:
                probe() if probe is not None else self._inner.last_event_id()
            except TicketUnavailable as exc:
                self.problem = str(exc)
                continue
            self._recovered()
            return

    def close(self) -> None:
        """Stop retrying and close the store."""
        self._closed.set()
        if self._inner is not None:
            self._inner.close()

    # -- the TicketStore contract, delegated ------------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        inner = self.__dict__.get("_inner")
        if inner is None:
            problem = self.__dict__.get("problem") or both("the ticket database is not open")

            def unavailable(*_args: Any, **_kwargs: Any) -> Any:
                raise TicketUnavailable(problem)

            return unavailable
        target = getattr(inner, name)
        if not callable(target):
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                result = target(*args, **kwargs)
            except TicketUnavailable as exc:
                self._fail(str(exc))
                raise
            return result  # recovery is declared by the background probe, not by a lucky read

        return call
