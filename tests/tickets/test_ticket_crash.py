"""Numbering across two processes sharing one SQLite file, one of them killed (kill -9) and restarted."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parent / "issue_worker.py"


def _start(db: Path, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), str(db), str(count)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _collect(proc: subprocess.Popen, lines: list[str], kill_after: int | None = None) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.strip())
        if kill_after is not None and len(lines) == kill_after:
            os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
def test_two_processes_with_kill_9_no_duplicate_no_lost_number(tmp_path):
    """2 × 1,000 issues; one process is killed mid-run and restarted for the rest."""
    db = tmp_path / "tickets.sqlite3"
    first, second = _start(db, 1000), _start(db, 1000)
    seen_first: list[str] = []
    seen_second: list[str] = []
    t1 = threading.Thread(target=_collect, args=(first, seen_first, 300))
    t2 = threading.Thread(target=_collect, args=(second, seen_second))
    t1.start()
    t2.start()
    t1.join(120)
    assert first.returncode == -signal.SIGKILL, "the first process should have been killed"
    restarted = _start(db, 1000 - len(seen_first))
    seen_restart: list[str] = []
    _collect(restarted, seen_restart)
    t2.join(120)
    assert second.returncode == 0 and restarted.returncode == 0

    con = sqlite3.connect(db)
    rows = con.execute("SELECT day, prefix, number FROM tickets").fetchall()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    labels = [f"{day} {prefix}{number:03d}" for day, prefix, number in rows]
    assert len(labels) == len(set(labels)), "duplicate numbers"
    # Every number a process reported as committed is in the database.
    committed = seen_first + seen_second + seen_restart
    assert len(committed) == len(set(committed))
    assert set(committed) <= set(labels), "a committed number was lost"
    # At most one number committed by the killed process between its commit and its print.
    assert 2000 <= len(rows) <= 2001
    # Numbers are contiguous per (day, prefix): no gaps.
    by_queue: dict[tuple[str, str], list[int]] = defaultdict(list)
    for day, prefix, number in rows:
        by_queue[(day, prefix)].append(number)
    for numbers in by_queue.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
