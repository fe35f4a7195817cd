"""The SQLite ticket store: numbering, business days, queue order, states, reprints, voids, waits."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from kiosk.tickets import (
    SqliteTicketStore,
    TicketDesk,
    TicketError,
    TicketState,
    business_day,
    estimate_wait,
    parse_day_start,
)


def test_numbers_are_per_prefix_and_start_at_one(store):
    """A001, A002, B001: each queue prefix has its own sequence."""
    labels = [store.issue("id-card-renew", "A").label, store.issue("id-card-renew", "A").label,
              store.issue("social-card", "B").label]
    assert labels == ["A001", "A002", "B001"]


def test_database_is_wal_full_with_unique_key(store):
    """The file is in WAL mode with synchronous=FULL and refuses a duplicate (day, prefix, number)."""
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.issue("social-card", "B")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO tickets (day, prefix, number, service_id, issued_at) "
                   "SELECT day, prefix, number, service_id, issued_at FROM tickets LIMIT 1")
    db.close()


def test_business_day_boundary_and_rollover(store, clock):
    """Numbers restart after day_starts_at; 02:00 still belongs to the previous business day."""
    assert parse_day_start("04:00") == timedelta(hours=4)
    assert business_day(datetime(2026, 11, 28, 3, 59), timedelta(hours=4)).isoformat() == "2026-11-27"
    first = store.issue("social-card", "B")
    clock.now = datetime(2026, 11, 28, 2, 0)  # after midnight, before 04:00
    late = store.issue("social-card", "B")
    clock.now = datetime(2026, 11, 28, 4, 0)
    next_day = store.issue("social-card", "B")
    assert (first.label, late.label, next_day.label) == ("B001", "B002", "B001")
    assert (first.day.isoformat(), late.day.isoformat(), next_day.day.isoformat()) == (
        "2026-11-27", "2026-11-27", "2026-11-28")
    # History is kept: yesterday's numbers are still listed.
    assert [t.label for t in store.list_day(first.day)] == ["B001", "B002"]
    assert [t.label for t in store.list_day()] == ["B001"]
    # Yesterday's waiting tickets are not in today's queue.
    assert [t.label for t in store.waiting()] == ["B001"] and store.waiting()[0].day.isoformat() == "2026-11-28"
    with pytest.raises(ValueError):
        parse_day_start("25:00")


def test_priority_tickets_are_called_first_within_the_queue(store):
    """绿色通道 tickets go before normal ones; otherwise first come, first served."""
    a1 = store.issue("id-card-renew", "A")
    a2 = store.issue("id-card-renew", "A")
    p3 = store.issue("id-card-renew", "A", priority=True)
    b1 = store.issue("social-card", "B", priority=True)
    assert store.people_ahead("A") == 3
    assert store.people_ahead("A", priority=True) == 1
    assert store.people_ahead("A", before_id=a2.id) == 2  # a1 and the priority p3
    assert store.people_ahead("A", priority=True, before_id=p3.id) == 0
    assert [t.label for t in store.waiting("A")] == ["A003", "A001", "A002"]
    called = store.call_next("A1", ["id-card-renew"])
    assert called.id == p3.id and called.state is TicketState.CALLED and called.window_id == "A1"
    assert store.call_next("A2", ["id-card-renew"]).id == a1.id
    assert store.call_next("A1", []) is None
    assert store.get(b1.id).state is TicketState.WAITING  # other service untouched


def test_state_machine_recall_served_no_show_cancel(store, clock):
    """called → recall (calls+1) → served; no-show; void with a reason; illegal moves are refused."""
    t1 = store.issue("social-card", "B")
    t2 = store.issue("social-card", "B")
    t3 = store.issue("social-card", "B")
    with pytest.raises(TicketError):
        store.mark_served(t1.id)  # not called yet
    store.call_next("B1", ["social-card"])
    assert store.recall(t1.id).calls == 2
    clock.now += timedelta(minutes=7)
    served = store.mark_served(t1.id)
    assert served.state is TicketState.SERVED and served.finished_at == clock.now
    store.call_next("B1", ["social-card"])
    assert store.no_show(t2.id).state is TicketState.NO_SHOW
    with pytest.raises(TicketError):
        store.cancel(t3.id, "  ")  # a void needs a reason
    voided = store.cancel(t3.id, "citizen left, printer jam")
    assert voided.state is TicketState.CANCELLED and voided.reason == "citizen left, printer jam"
    kinds = [kind for _, kind, _ in store.events(t3.id)]
    assert kinds == ["issued", "cancelled", "void_reason"]
    with pytest.raises(TicketError):
        store.recall(t3.id)
    # A voided number is never reused.
    assert store.issue("social-card", "B").label == "B004"
    assert store.get(999) is None


def test_reprint_reuses_the_number(store):
    """A reprint counts a print and logs it; no new number is taken."""
    ticket = store.issue("social-card", "B")
    again = store.reprint(ticket.id)
    assert again.label == ticket.label and again.prints == 1
    assert store.issue("social-card", "B").label == "B002"
    assert [k for _, k, _ in store.events(ticket.id)] == ["issued", "printed"]


def test_reset_day_cancels_open_tickets_and_keeps_history(store):
    """reset_day cancels waiting/called tickets, keeps served ones and the numbering."""
    a = store.issue("social-card", "B")
    store.issue("social-card", "B")
    store.issue("social-card", "B")
    store.call_next("B1", ["social-card"])
    store.mark_served(a.id)
    store.call_next("B1", ["social-card"])
    assert store.reset_day("end of test") == 2
    states = [t.state for t in store.list_day()]
    assert states == [TicketState.SERVED, TicketState.CANCELLED, TicketState.CANCELLED]
    assert store.list_day()[1].reason == "reset: end of test"
    assert store.waiting() == []
    assert store.issue("social-card", "B").label == "B004"


def test_wait_estimate_uses_history_or_the_configured_average(store, clock, hall):
    """No history: average × people ÷ windows; with ≥3 served tickets: their median duration."""
    assert estimate_wait(0, [], 6, 1) == 0
    assert estimate_wait(3, [], 6, 2) == 9
    assert estimate_wait(2, [1, 2, 30], 6, 1) == 4
    desk = TicketDesk(store, hall.catalog, average_service_min=6)
    for _ in range(4):
        desk.issue("social-card")
    position = desk.preview("social-card")
    assert (position.people_ahead, position.wait_min) == (4, 24)  # one window B1, 6 min each
    for minutes in (2, 3, 4):
        ticket = desk.call_next("B1")
        clock.now += timedelta(minutes=minutes)
        store.mark_served(ticket.id)
    assert store.recent_service_minutes("B") == pytest.approx([4, 3, 2])
    assert desk.preview("social-card").wait_min == 3  # 1 waiting × median 3 min
    issued = desk.issue("id-card-renew", priority=True)
    assert issued.ticket.priority and issued.window_ids == ("A1", "A2") and issued.service_name == "居民身份证换领"
    with pytest.raises(TicketError):
        desk.issue("no-such-service")
    assert desk.services_for_window("A2") == ["id-card-renew"]


def test_two_stores_on_one_file_never_duplicate(tmp_path):
    """Two connections (two kiosks) interleaving issues get distinct consecutive numbers."""
    one = SqliteTicketStore(tmp_path / "shared.sqlite3")
    two = SqliteTicketStore(tmp_path / "shared.sqlite3")
    labels = []
    for i in range(50):
        labels.append((one if i % 2 else two).issue("social-card", "B").number)
    assert labels == list(range(1, 51))
    assert one.integrity_check() == "ok"
    one.close()
    two.close()
