"""Queue tickets (取号): durable numbering per business day, queue states, people ahead, wait estimates.

Qt-free. :class:`TicketStore` (:mod:`.contract`) is the interface the kiosk, the clerk's counter,
the calling screen and the status server use. ``tickets.database`` chooses the store
(:func:`open_store`): a file path → :class:`SqliteTicketStore` (one kiosk, the default); a
``postgresql://`` URL → :class:`PostgresTicketStore` (one queue for the whole hall).

A number is a promise: it is never reused. Voiding one (:meth:`TicketStore.cancel`) keeps the row
with its reason; :meth:`TicketStore.reset_day` cancels what is still waiting and keeps history.

Staff queue API::

    store.call_next(window_id, service_ids)   # -> Ticket | None (priority first, then oldest)
    store.recall(ticket_id)                   # call the same citizen again (calls += 1)
    store.mark_served(ticket_id)              # done; its duration feeds the wait estimate
    store.no_show(ticket_id)                  # called but never came
    store.transfer(ticket_id, service_id)     # same number, waiting in another service's queue
    store.cancel(ticket_id, reason)           # void a number, reason logged
    store.waiting(prefix=None) / store.list_day(day=None) / store.events(ticket_id)
    store.reset_day(reason)                   # cancel today's waiting/called tickets, history kept
"""

from __future__ import annotations

from kiosk.tickets.contract import (
    HISTORY_DAYS,
    HISTORY_SAMPLE,
    OPEN_STATES,
    IssuedTicket,
    QueueEvent,
    QueuePosition,
    Ticket,
    TicketError,
    TicketState,
    TicketStore,
    TicketUnavailable,
    estimate_wait,
)
from kiosk.tickets.desk import TicketDesk, status_url
from kiosk.tickets.events import QueueWatcher
from kiosk.tickets.numbering import business_day, new_token, parse_day_start, zone_clashes
from kiosk.tickets.opening import RetryingStore, database_kind, database_target, open_store
from kiosk.tickets.sqlite_store import SqliteTicketStore

__all__ = [
    "HISTORY_DAYS",
    "HISTORY_SAMPLE",
    "OPEN_STATES",
    "IssuedTicket",
    "PostgresTicketStore",
    "QueueEvent",
    "QueuePosition",
    "QueueWatcher",
    "RetryingStore",
    "SqliteTicketStore",
    "Ticket",
    "TicketDesk",
    "TicketError",
    "TicketState",
    "TicketStore",
    "TicketUnavailable",
    "business_day",
    "database_kind",
    "database_target",
    "estimate_wait",
    "new_token",
    "open_store",
    "parse_day_start",
    "status_url",
    "zone_clashes",
]


def __getattr__(name: str) -> object:
    """``PostgresTicketStore`` is imported on first use (psycopg is only needed for a PostgreSQL hall)."""
    if name == "PostgresTicketStore":
        from kiosk.tickets.postgres_store import PostgresTicketStore

        return PostgresTicketStore
    raise AttributeError(name)
