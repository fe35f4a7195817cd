"""One hall, many kiosks: the shared PostgreSQL queue under faults, the status page under load, and the
time from a clerk's call to the calling screen and the status page.

    python benchmarks/hall_queue.py [--kiosks 8] [--tickets 500] [--clients 50] [--requests 40] [--repeat 3]

1. ``--kiosks`` processes issue ``--tickets`` numbers each into one PostgreSQL database (a private
   cluster started here); one kiosk is killed with SIGKILL at ~30 % and replaced, the server is
   restarted (``pg_ctl stop -m fast`` + start) at ~60 %. Reported: duplicates, losses (a number a
   kiosk reported that is not stored), gaps, issue latency p50/p99, how fast a kiosk refused while
   the server was away (the "numbers unavailable" message), the outage.
2. The status server (uvicorn, its own process) under ``--clients`` concurrent clients each making
   ``--requests`` requests to ``/t/<token>/status.json``: p50/p99 per run.
3. A call (``call_next`` commit) → a QueueWatcher callback (what ``kiosk display`` and the counter use)
   and → the SSE event on the status page: 20 calls per run.

Each part 2/3 figure is measured ``--repeat`` times: median over runs with the spread (min..max).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKER = ROOT / "tests" / "tickets" / "pg_issue_worker.py"


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PgCluster = _load("pg_cluster", ROOT / "scripts" / "pg_cluster.py").PgCluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def spread(per_run: list[float]) -> str:
    return f"{statistics.median(per_run):.1f} ms (runs {min(per_run):.1f}..{max(per_run):.1f})"


class Kiosk:
    """One issuing process."""

    def __init__(self, url: str, count: int, prefixes: str) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WORKER), url, str(count), prefixes], stdout=subprocess.PIPE,
                                     text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.ok: list[str] = []
        self.ms: list[float] = []
        self.down_ms: list[float] = []
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parts = line.split()
            if parts[0] == "OK":
                self.ok.append(f"{parts[1]} {parts[2]}")
                self.ms.append(float(parts[3]))
            else:
                self.down_ms.append(float(parts[1]))
        self.proc.wait()


def issue_part(cluster: PgCluster, kiosks: int, tickets: int) -> None:
    import psycopg

    from kiosk.tickets import PostgresTicketStore

    url = cluster.create_database("bench_issue")
    PostgresTicketStore(url).close()
    total = kiosks * tickets
    fleet = [Kiosk(url, tickets, "AP") for _ in range(kiosks)]
    done = lambda: sum(len(k.ok) for k in fleet)  # noqa: E731
    start = time.perf_counter()
    while done() < total * 0.3:
        time.sleep(0.02)
    victim = fleet[0]
    os.kill(victim.proc.pid, signal.SIGKILL)
    victim.proc.wait()
    victim.thread.join()
    fleet.append(Kiosk(url, tickets - len(victim.ok), "AP"))
    while done() < total * 0.6:
        time.sleep(0.02)
    outage_start = time.perf_counter()
    cluster.stop("fast")
    cluster.start()
    outage = time.perf_counter() - outage_start
    for k in fleet:
        k.proc.wait(600)
        k.thread.join()
    elapsed = time.perf_counter() - start
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT day, prefix, number FROM tickets").fetchall()
    stored = [f"{d} {p}{n:03d}" for d, p, n in rows]
    reported = [label for k in fleet for label in k.ok]
    by_queue: dict[tuple[str, str], list[int]] = defaultdict(list)
    for d, p, n in rows:
        by_queue[(str(d), p)].append(n)
    gaps = sum(max(ns) - len(ns) for ns in by_queue.values())
    ms = [m for k in fleet for m in k.ms]
    down = [m for k in fleet for m in k.down_ms]
    print(f"[issue] {kiosks} kiosks × {tickets} tickets on PostgreSQL, kill -9 of one kiosk at 30 %, "
          f"server restart at 60 % (outage {outage:.2f} s), {elapsed:.1f} s in all")
    print(f"  reported {len(reported)}, stored {len(stored)}; duplicates stored {len(stored) - len(set(stored))}, "
          f"reported twice {len(reported) - len(set(reported))}, losses (reported, not stored) "
          f"{len(set(reported) - set(stored))}, gaps {gaps}, "
          f"stored but never reported {len(set(stored) - set(reported))}")
    print(f"  issue latency p50 {pct(ms, 50):.2f} ms, p99 {pct(ms, 99):.2f} ms, max {max(ms):.1f} ms "
          f"({len(ms)} issues)")
    if down:
        print(f"  refusals while the server was away: {len(down)}; time to refuse p50 {pct(down, 50):.1f} ms, "
              f"max {max(down):.1f} ms (the kiosk's 'numbers unavailable' message)")


SERVER = """
import sys, uvicorn
sys.path.insert(0, {root!r})
from kiosk.catalog import load_catalog
from kiosk.settings import DEMO_CATALOG
from kiosk.tickets import PostgresTicketStore
from kiosk.web.app import create_app
store = PostgresTicketStore({url!r}, pool_size=8)
app = create_app(store, load_catalog(DEMO_CATALOG).catalog, rate_per_min=10**9, poll_s=0.25)
uvicorn.run(app, host="127.0.0.1", port={port}, log_level="warning", access_log=False)
"""


def start_server(url: str) -> tuple[subprocess.Popen, str]:
    import httpx

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER.format(root=str(ROOT), url=url, port=port)])
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("status server did not start")


async def _load_run(base: str, tokens: list[str], clients: int, requests: int) -> tuple[list[float], list[str]]:
    import httpx

    times: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as web:
        async def client(i: int) -> None:
            token = tokens[i % len(tokens)]
            for _ in range(requests):
                t0 = time.perf_counter()
                try:
                    response = await web.get(f"/t/{token}/status.json")
                except httpx.HTTPError as exc:
                    errors.append(type(exc).__name__)
                    continue
                times.append((time.perf_counter() - t0) * 1000)
                if response.status_code != 200:
                    errors.append(str(response.status_code))

        await asyncio.gather(*(client(i) for i in range(clients)))
    return times, errors


def status_part(cluster: PgCluster, clients: int, requests: int, repeat: int) -> None:
    import httpx

    from kiosk.catalog import load_catalog
    from kiosk.settings import DEMO_CATALOG
    from kiosk.tickets import PostgresTicketStore, QueueWatcher, TicketDesk

    url = cluster.create_database("bench_status")
    store = PostgresTicketStore(url)
    desk = TicketDesk(store, load_catalog(DEMO_CATALOG).catalog)
    tokens = [desk.issue("passport").ticket.token for _ in range(60)]
    proc, base = start_server(url)
    try:
        p50s, p99s, failures = [], [], []
        for _ in range(repeat):
            times, errors = asyncio.run(_load_run(base, tokens, clients, requests))
            p50s.append(pct(times, 50))
            p99s.append(pct(times, 99))
            failures += errors
        print(f"[status page] {clients} concurrent clients × {requests} requests, {repeat} runs")
        print(f"  p50 {spread(p50s)}, p99 {spread(p99s)}; failed requests {len(failures)} "
              f"of {repeat * clients * requests} {sorted(set(failures))}")

        to_watcher, to_page = [], []
        for _ in range(repeat):
            watched: list[float] = []
            paged: list[float] = []
            seen = threading.Event()

            def on_event(event, watched=watched, seen=seen) -> None:  # noqa: ANN001
                if event.kind == "called":
                    watched.append(time.perf_counter())
                    seen.set()

            watcher = QueueWatcher(PostgresTicketStore(url), on_event)
            watcher.start()
            run_watch, run_page = [], []
            for _call in range(20):
                target = desk.issue("company-registration")
                got, ready = threading.Event(), threading.Event()

                def listen(token: str = target.ticket.token, got: threading.Event = got,
                           ready: threading.Event = ready, paged: list[float] = paged) -> None:
                    with httpx.Client(base_url=base, timeout=30) as web, \
                            web.stream("GET", f"/t/{token}/events") as response:
                        for line in response.iter_lines():
                            if line.startswith("data: ") and json.loads(line[6:])["state"] == "called":
                                paged.append(time.perf_counter())
                                got.set()
                                return
                            if line.startswith("data: "):
                                ready.set()

                reader = threading.Thread(target=listen, daemon=True)
                reader.start()
                ready.wait(10)
                seen.clear()
                t0 = time.perf_counter()
                store.call_next("B02", ["company-registration"])
                seen.wait(10)
                got.wait(10)
                run_watch.append((watched[-1] - t0) * 1000)
                run_page.append((paged[-1] - t0) * 1000)
                reader.join(5)
            watcher.stop()
            to_watcher.append(statistics.median(run_watch))
            to_page.append(statistics.median(run_page))
        print(f"[call → screens] 20 calls per run, {repeat} runs (median per run)")
        print(f"  call → calling screen / counter (QueueWatcher, LISTEN/NOTIFY): {spread(to_watcher)}")
        print(f"  call → status page (SSE event in the client): {spread(to_page)}")
    finally:
        proc.terminate()
        proc.wait(10)
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=8)
    parser.add_argument("--tickets", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-issue", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hallguide-bench-pg-"))
    os.chmod(folder, 0o711)
    cluster = PgCluster(folder / "data", free_port())
    cluster.init()
    cluster.start()
    try:
        print(f"PostgreSQL private cluster {cluster.url()} ({os.cpu_count()} CPUs)")
        if not args.skip_issue:
            issue_part(cluster, args.kiosks, args.tickets)
        status_part(cluster, args.clients, args.requests, args.repeat)
    finally:
        cluster.stop("immediate")
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
