"""One read of today's queue for every status page: :class:`QueueSnapshot` and :class:`SnapshotCache`.

Without it each page costs three queries (the ticket, the people ahead, recent service times) and
every queue event makes every open page ask again. A snapshot is one ``waiting()`` read (what grows
with the queue, not with the day): the waiting tickets by token and in call order per queue, so
"people ahead" is counted in memory, and the recent service times are read once per queue; a
called or finished ticket is one ``by_token`` read (its page needs nothing else). :class:`SnapshotCache` keeps one snapshot per change version
(a NOTIFY bumps the version), at most ``max_age_s`` old, built by one thread at a time while the
others wait for it (a crowd refreshing after a call costs one query, not one per page).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from kiosk.tickets import Ticket


class QueueSnapshot:
    """Today's tickets of a store, read once; answers the status page's questions without the database.

    It has the store methods :func:`kiosk.web.status.ticket_status` uses, so it stands in for the store."""

    def __init__(self, store: Any) -> None:
        self.store = store
        waiting = store.waiting()
        self.tickets: dict[str, Ticket] = {t.token: t for t in waiting if t.token}
        self._waiting: dict[str, list[Ticket]] = defaultdict(list)
        for ticket in waiting:
            self._waiting[ticket.prefix].append(ticket)
        self._recent: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def by_token(self, token: str) -> Ticket | None:
        """A waiting ticket from the snapshot, else the store's answer (called, finished, older, or None)."""
        found = self.tickets.get(token)
        return found if found is not None else self.store.by_token(token)

    def people_ahead(self, prefix: str, *, priority: bool = False, before_id: int | None = None) -> int:
        """As :meth:`TicketStore.people_ahead`, counted in the snapshot."""
        limit = before_id if before_id is not None else 2**62
        return sum(1 for t in self._waiting.get(prefix, ()) if t.id != before_id
                   and ((t.priority and t.id < limit) if priority else (t.priority or t.id < limit)))

    def recent_service_minutes(self, prefix: str) -> list[float]:
        """As :meth:`TicketStore.recent_service_minutes`, read once per queue per snapshot."""
        with self._lock:
            if prefix not in self._recent:
                self._recent[prefix] = list(self.store.recent_service_minutes(prefix))
            return self._recent[prefix]


class SnapshotCache:
    """The current :class:`QueueSnapshot`: rebuilt when the version moved or it is older than ``max_age_s``."""

    def __init__(self, store: Any, *, max_age_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.store, self.max_age_s, self._clock = store, max_age_s, clock
        self._lock = threading.Lock()
        self._current: tuple[int, float, QueueSnapshot] | None = None
        self.builds = 0

    def get(self, version: int) -> QueueSnapshot:
        """The snapshot for change ``version`` (blocking: call off the event loop)."""
        with self._lock:  # one builder at a time; the others wait and share its snapshot
            current = self._current
            if current is not None and current[0] >= version and self._clock() - current[1] <= self.max_age_s:
                return current[2]
            snapshot = QueueSnapshot(self.store)
            self._current = (version, self._clock(), snapshot)
            self.builds += 1
            return snapshot
