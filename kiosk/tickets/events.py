"""Live queue events for screens: :class:`QueueWatcher` follows the shared event log.

On PostgreSQL it ``LISTEN``\\ s on :data:`~kiosk.tickets.postgres_store.CHANNEL` (a NOTIFY wakes it
at once, so a call reaches every screen well within a second) and falls back to reading the log
every ``poll_s`` while the server is away; on SQLite it reads the log every ``poll_s``. Event ids
from a sequence may commit out of order, so it re-reads a short look-back window and drops lines
it has already delivered. Callbacks run on the watcher's thread; Qt screens hand them to the GUI
thread through their bridge.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from kiosk.tickets.contract import QueueEvent, TicketError

_LOGGER = logging.getLogger(__name__)

LOOK_BACK = 64
"""How many ids below the newest delivered one are re-read (late commits)."""


class QueueWatcher:
    """Delivers every new :class:`QueueEvent` of a store to ``callback`` on a background thread."""

    def __init__(self, store: Any, callback: Callable[[QueueEvent], None], *, poll_s: float = 0.25,
                 from_start: bool = False) -> None:
        self.store = store
        self.callback = callback
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._seen: deque[int] = deque(maxlen=4 * LOOK_BACK)
        self._seen_set: set[int] = set()
        self._high = -1 if not from_start else 0
        self._thread = threading.Thread(target=self._run, name="queue-watcher", daemon=True)
        self._wake = threading.Event()
        self._listener: threading.Thread | None = None

    def start(self) -> QueueWatcher:
        """Start following (events from now on unless ``from_start``; "now" is fixed before this returns)."""
        try:
            self._read()
        except TicketError as exc:  # the database is away: "now" is fixed when it answers
            _LOGGER.debug("queue watcher: %s", exc)
        url = getattr(self.store, "url", None)
        if getattr(self.store, "kind", "") == "postgresql" and url:
            self._listener = threading.Thread(target=self._listen, args=(url,), name="queue-listen", daemon=True)
            self._listener.start()
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the threads."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        if self._listener is not None:
            self._listener.join(timeout)

    # -- PostgreSQL LISTEN -----------------------------------------------------------------------------
    def _listen(self, url: str) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True, connect_timeout=2) as conn:
                    from kiosk.tickets.postgres_store import CHANNEL

                    conn.execute(f"LISTEN {CHANNEL}")
                    self._wake.set()  # catch up on what happened while we were away
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            self._wake.set()
            except psycopg.Error as exc:
                _LOGGER.debug("queue LISTEN connection lost: %s", exc)
                if self._stop.wait(1.0):
                    return

    # -- reading the log --------------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._read()
            except TicketError as exc:
                _LOGGER.debug("queue watcher: %s", exc)
            except Exception:  # a callback bug must not stop the screens from updating
                _LOGGER.exception("queue watcher callback failed")
            self._wake.wait(self.poll_s)
            self._wake.clear()

    def _read(self) -> None:
        starting = self._high < 0
        if starting:
            self._high = self.store.last_event_id()
        for event in self.store.events_since(max(0, self._high - LOOK_BACK), limit=500):
            if event.id in self._seen_set:
                continue
            if len(self._seen) == self._seen.maxlen:
                self._seen_set.discard(self._seen[0])
            self._seen.append(event.id)
            self._seen_set.add(event.id)
            if starting and event.id <= self._high:
                continue  # happened before we started
            self._high = max(self._high, event.id)
            self.callback(event)
