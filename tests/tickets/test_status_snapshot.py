"""The status server's queue snapshot answers exactly as the store does, and is rebuilt per change."""

from __future__ import annotations

import threading

from kiosk.web.snapshot import QueueSnapshot, SnapshotCache


def _queue(store) -> list:
    tickets = [store.issue("id-card-renew", "A"), store.issue("id-card-renew", "A", priority=True),
               store.issue("passport", "P"), store.issue("id-card-renew", "A"),
               store.issue("id-card-renew", "A", priority=True), store.issue("id-card-renew", "A")]
    called = store.call_next("A01", ["id-card-renew"])
    store.mark_served(called.id)
    return tickets


def test_snapshot_counts_people_ahead_like_the_store(store):
    tickets = _queue(store)
    snapshot = QueueSnapshot(store)
    for ticket in tickets:
        for priority in (False, True):
            for before in (None, ticket.id):
                assert (snapshot.people_ahead(ticket.prefix, priority=priority, before_id=before)
                        == store.people_ahead(ticket.prefix, priority=priority, before_id=before))
        assert snapshot.by_token(ticket.token) == store.get(ticket.id)
    assert snapshot.recent_service_minutes("A") == store.recent_service_minutes("A")
    assert snapshot.by_token("no-such-token-at-all") is None


def test_cache_rebuilds_on_a_new_version_or_age_and_shares_between_threads(store):
    now = [0.0]
    cache = SnapshotCache(store, max_age_s=1.0, clock=lambda: now[0])
    first = cache.get(0)
    assert cache.get(0) is first and cache.builds == 1
    store.issue("passport", "P")
    assert cache.get(1) is not first and cache.builds == 2  # a change (NOTIFY) invalidates it
    now[0] += 1.5
    assert cache.get(1) is not first and cache.builds == 3  # never older than max_age_s
    got: list = []
    threads = [threading.Thread(target=lambda: got.append(cache.get(2))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cache.builds == 4 and len({id(s) for s in got}) == 1  # one read for the crowd
