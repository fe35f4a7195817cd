"""A real PostgreSQL stopped, restarted and crashed under issuing kiosks; issuing processes killed (kill -9).

Never a duplicate, never a number reported that is not stored, no gaps; while the server is away every
issue is refused with TicketUnavailable (plain words) and the store reconnects in the background.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

import psycopg
import pytest

from kiosk.settings import load_settings
from kiosk.tickets import PostgresTicketStore, TicketUnavailable, open_store

WORKER = Path(__file__).resolve().parent / "pg_issue_worker.py"


class Worker:
    """One issuing process and what it printed."""

    def __init__(self, url: str, count: int, prefixes: str) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WORKER), url, str(count), prefixes],
                                     stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.ok: list[str] = []
        self.down = 0
        self.lock = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parts = line.split()
            with self.lock:
                if parts[0] == "OK":
                    self.ok.append(f"{parts[1]} {parts[2]}")
                else:
                    self.down += 1
                self.lock.notify_all()
        self.proc.wait()
        with self.lock:
            self.lock.notify_all()

    def wait_for(self, predicate, timeout: float = 60) -> bool:
        with self.lock:
            return self.lock.wait_for(lambda: predicate(self) or self.proc.poll() is not None, timeout)


def _stored(url: str) -> list[tuple[str, str, int]]:
    with psycopg.connect(url) as conn:
        return [(str(d), p, n) for d, p, n in conn.execute("SELECT day, prefix, number FROM tickets").fetchall()]


def _check(rows: list[tuple[str, str, int]], reported: list[str]) -> None:
    labels = [f"{day} {prefix}{number:03d}" for day, prefix, number in rows]
    assert len(labels) == len(set(labels)), "duplicate numbers"
    assert len(reported) == len(set(reported)), "a number was reported twice"
    assert set(reported) <= set(labels), "a reported number is not stored"
    by_queue: dict[tuple[str, str], list[int]] = defaultdict(list)
    for day, prefix, number in rows:
        by_queue[(day, prefix)].append(number)
    for numbers in by_queue.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), "a gap in the numbering"


@pytest.mark.slow
def test_restart_and_kill_9_during_issuing(own_pg):
    """4 kiosks × 150 numbers on two prefixes; the server is stopped (every kiosk refuses), started again,
    crashed (SIGKILL of the postmaster) and recovered; one kiosk is killed -9 and replaced."""
    url = own_pg.create_database("faults")
    PostgresTicketStore(url).close()  # schema first, so workers do not race to create it
    workers = [Worker(url, 150, "PV") for _ in range(4)]
    assert all(w.wait_for(lambda w: len(w.ok) >= 20) for w in workers)
    own_pg.stop("fast")
    assert all(w.wait_for(lambda w: w.down >= 1) for w in workers), "every kiosk refuses while the server is away"
    own_pg.start()
    assert all(w.wait_for(lambda w: len(w.ok) >= 60) for w in workers)
    os.kill(workers[0].proc.pid, signal.SIGKILL)
    workers[0].proc.wait()
    own_pg.kill9()
    own_pg.start()  # crash recovery
    replacement = Worker(url, 150 - len(workers[0].ok), "PV")
    for worker in [*workers[1:], replacement]:
        worker.wait_for(lambda w: False, timeout=120)
        assert worker.proc.returncode == 0
    workers[0].thread.join(5)
    reported = [label for w in [*workers, replacement] for label in w.ok]
    rows = _stored(url)
    _check(rows, reported)
    assert len(reported) == 600 and len(rows) in (600, 601)  # at most the killed kiosk's uncounted commit


def test_server_away_refuses_at_once_then_reconnects(own_pg):
    url = own_pg.create_database("away")
    states: list[bool] = []
    back = threading.Event()

    def on_state(ok: bool, _problem: str) -> None:
        states.append(ok)
        if ok:
            back.set()

    store = PostgresTicketStore(url, on_state=on_state)
    try:
        assert store.issue("passport", "P").label == "P001"
        own_pg.stop("fast")
        with pytest.raises(TicketUnavailable) as first:
            store.issue("passport", "P")
        assert "连接不上" in str(first.value) and "cannot be reached" in str(first.value)
        assert "password" not in str(first.value) and not store.available
        with pytest.raises(TicketUnavailable):
            store.people_ahead("P")  # known to be down: refused without waiting again
        own_pg.start()
        assert back.wait(30), "the background probe reconnects"
        assert states == [False, True]
        assert store.issue("passport", "P").label == "P002"
    finally:
        store.close()


def test_kiosk_starts_while_the_server_is_down(own_pg, tmp_path):
    url = own_pg.create_database("late")
    own_pg.stop("fast")
    back = threading.Event()
    states: list[tuple[bool, str]] = []

    def on_state(ok: bool, problem: str) -> None:
        states.append((ok, problem))
        if ok:
            back.set()

    settings = load_settings(None, data_dir=tmp_path, tickets={"database": url, "retry_s": 0.3})
    store = open_store(settings, retry=True, on_state=on_state)
    try:
        assert not store.available and states and states[0][0] is False
        with pytest.raises(TicketUnavailable) as refused:
            store.issue("passport", "P")
        assert TicketUnavailable.citizen_zh.startswith("现在暂时无法取号")
        assert "PostgreSQL" in str(refused.value) or "连接不上" in str(refused.value)
        own_pg.start()
        assert back.wait(30)
        assert store.issue("passport", "P").label == "P001" and store.available
    finally:
        store.close()
