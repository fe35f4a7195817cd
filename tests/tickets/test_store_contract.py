"""The same TicketStore contract on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.settings import load_settings
from kiosk.tickets import (
    PostgresTicketStore,
    QueueWatcher,
    SqliteTicketStore,
    TicketError,
    TicketState,
    database_kind,
    open_store,
)


class Clock:
    """A settable clock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def make_store(request, tmp_path):
    """A factory of stores of one kind over one database (several 'kiosks')."""
    opened = []
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None

    def make(clock=None):
        kwargs = {"clock": clock} if clock else {}
        store = PostgresTicketStore(url, **kwargs) if url else SqliteTicketStore(tmp_path / "t.sqlite3", **kwargs)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def test_numbering_shared_between_kiosks_per_day_and_prefix(make_store):
    clock = Clock()
    kiosk_a, kiosk_b = make_store(clock), make_store(clock)
    labels = [kiosk_a.issue("passport", "P").label, kiosk_b.issue("passport", "P").label,
              kiosk_b.issue("id-card", "A").label, kiosk_a.issue("passport", "P").label]
    assert labels == ["P001", "P002", "A001", "P003"]
    clock.now += timedelta(days=1)
    assert kiosk_b.issue("passport", "P").label == "P001"  # a new business day starts again


def test_queue_lifecycle_and_shared_event_log(make_store):
    kiosk, counter = make_store(), make_store()
    first = kiosk.issue("passport", "P")
    priority = kiosk.issue("passport", "P", priority=True)
    assert counter.people_ahead("P") == 2
    assert counter.people_ahead("P", priority=priority.priority, before_id=priority.id) == 0
    called = counter.call_next("A06", ["passport"])
    assert called is not None and called.id == priority.id and called.state == TicketState.CALLED
    assert counter.recall(called.id).calls == 2
    assert counter.mark_served(called.id).state == TicketState.SERVED
    second = counter.call_next("A06", ["passport"])
    assert second is not None and second.id == first.id
    moved = counter.transfer(second.id, "hk-macau-permit")
    assert (moved.state, moved.service_id, moved.label) == (TicketState.WAITING, "hk-macau-permit", "P001")
    again = counter.call_next("A05", ["hk-macau-permit"])
    assert again is not None and again.id == first.id
    assert counter.no_show(again.id).state == TicketState.NO_SHOW
    with pytest.raises(TicketError):
        counter.recall(again.id)
    kinds = [kind for _, kind, _ in kiosk.events(first.id)]
    assert kinds == ["issued", "called", "transferred", "called", "no_show"]
    log = kiosk.events_since(0)
    assert [e.kind for e in log][:2] == ["issued", "issued"] and kiosk.last_event_id() == log[-1].id


def test_tokens_are_unguessable_and_found_back(make_store):
    store = make_store()
    tickets = [store.issue("passport", "P") for _ in range(5)]
    tokens = {t.token for t in tickets}
    assert len(tokens) == 5 and all(len(t) >= 20 and "P00" not in t for t in tokens)
    assert store.by_token(tickets[2].token).label == "P003"
    assert store.by_token("P003") is None and store.by_token("") is None


def test_cancel_and_reset_keep_history(make_store):
    store = make_store()
    a, b = store.issue("passport", "P"), store.issue("passport", "P")
    with pytest.raises(TicketError):
        store.cancel(a.id, "  ")
    assert store.cancel(a.id, "printed twice").reason == "printed twice"
    assert store.reset_day("closing") == 1
    assert [t.state for t in store.list_day()] == [TicketState.CANCELLED, TicketState.CANCELLED]
    assert store.get(b.id).reason == "reset: closing"
    assert store.issue("passport", "P").label == "P003"  # numbers are never reused


def test_schema_is_versioned_and_reopening_migrates_nothing(make_store):
    first = make_store()
    first.issue("passport", "P")
    again = make_store()
    assert first.schema_version() == again.schema_version() >= 1
    assert again.list_day()[0].label == "P001"


def test_watcher_sees_a_call_made_by_another_kiosk(make_store):
    import threading

    display, counter = make_store(), make_store()
    display.issue("passport", "P")
    seen, called = [], threading.Event()

    def on_event(event):
        seen.append(event)
        if event.kind == "called":
            called.set()

    watcher = QueueWatcher(display, on_event, poll_s=0.1).start()
    try:
        counter.call_next("A06", ["passport"])
        assert called.wait(10)
    finally:
        watcher.stop()
    assert [e.kind for e in seen] == ["called"]  # what happened before the watcher started is not replayed


def test_database_setting_chooses_the_store_and_refuses_other_schemes(tmp_path, pg_url):
    assert database_kind(None) == "sqlite" and database_kind("/var/lib/t.sqlite3") == "sqlite"
    assert database_kind("postgresql://u@h/db") == "postgresql" and database_kind("postgres://h/db") == "postgresql"
    with pytest.raises(TicketError, match="mysql://"):
        database_kind("mysql://root@db/hall")
    pg = open_store(load_settings(None, data_dir=tmp_path, tickets={"database": pg_url}))
    try:
        assert pg.kind == "postgresql" and pg.issue("passport", "P").label == "P001"
    finally:
        pg.close()
    assert not any(p.name.startswith("postgresql") for p in tmp_path.iterdir())  # no folder named "postgresql:"
    local = open_store(load_settings(None, data_dir=tmp_path))
    try:
        assert local.kind == "sqlite" and local.path == tmp_path / "tickets.sqlite3"
    finally:
        local.close()
