"""Tickets benchmark: issue latency (SQLite WAL + synchronous=FULL), tap → last byte at a TCP printer,
and slip render times.

    python benchmarks/tickets.py [--repeat 5] [--db-dir DIR]

Each figure is measured ``--repeat`` times; the median over runs is printed with the spread
(min..max of the per-run figure). ``--db-dir`` puts the ticket database on the storage to test
(default: a temporary folder under the data dir, i.e. the same disk the kiosk uses).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'data' / 'screen-1920x1080.json'}")

HALL = ROOT / "tests" / "tickets" / "data" / "hall" / "catalog.json"
QUERY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def report(name: str, per_run: list[float], unit: str = "ms") -> None:
    """Median over runs and the spread."""
    print(f"  {name:<44} median {statistics.median(per_run):8.2f} {unit}   "
          f"spread {min(per_run):.2f}..{max(per_run):.2f} {unit}  ({len(per_run)} runs)")


# -- issue latency ------------------------------------------------------------------------------
def bench_issue(repeat: int, db_dir: Path, count: int = 500) -> None:
    from kiosk.tickets import SqliteTicketStore

    p50s, p99s, maxes = [], [], []
    for run in range(repeat):
        path = db_dir / f"bench-{os.getpid()}-{run}.sqlite3"
        store = SqliteTicketStore(path)
        times = []
        for i in range(count):
            started = time.perf_counter()
            store.issue("svc", "ABC"[i % 3], priority=i % 10 == 0)
            times.append((time.perf_counter() - started) * 1000)
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        p50s.append(pct(times, 0.5))
        p99s.append(pct(times, 0.99))
        maxes.append(max(times))
    print(f"Issue latency ({count} issues per run, database in {db_dir}):")
    report("issue p50", p50s)
    report("issue p99 (target <= 10 ms)", p99s)
    report("issue max", maxes)


# -- slip rendering -------------------------------------------------------------------------------
def bench_render(repeat: int, tmp: Path, count: int = 20) -> None:
    from kiosk.catalog import load_catalog
    from kiosk.printing import escpos, qt_render
    from kiosk.printing.slips import guide_slip, ticket_slip
    from kiosk.tickets import SqliteTicketStore, TicketDesk

    qt_render.ensure_gui_app()
    loaded = load_catalog(HALL)
    store = SqliteTicketStore(tmp / "render.sqlite3")
    issued = TicketDesk(store, loaded.catalog).issue("id-card-renew")
    url = "https://example.gov.cn/guide/{service_id}?t={number}"
    slips = {"ticket": ticket_slip(issued, loaded, qr_url=url),
             "guide": guide_slip(loaded.catalog.service("id-card-renew"), loaded, qr_url=url)}
    print(f"Slip rendering ({count} renders per run):")
    for kind, slip in slips.items():
        for label, fn in (
            (f"{kind} 80 mm raster + ESC/POS job", lambda s=slip: escpos.raster_job(qt_render.rasterize(s, 576))),
            (f"{kind} 58 mm raster + ESC/POS job", lambda s=slip: escpos.raster_job(qt_render.rasterize(s, 384))),
            (f"{kind} 80 mm GB18030 text job", lambda s=slip: escpos.text_job(s, paper_px=576)),
            (f"{kind} 80 mm PDF", lambda s=slip: qt_render.render_pdf(s, tmp / "b.pdf", 80)),
        ):
            fn()  # warm-up (fonts)
            medians = []
            for _ in range(repeat):
                times = []
                for _ in range(count):
                    started = time.perf_counter()
                    fn()
                    times.append((time.perf_counter() - started) * 1000)
                medians.append(statistics.median(times))
            report(label, medians)
    store.close()


# -- tap → last byte --------------------------------------------------------------------------------
class _Printer:
    """A TCP ESC/POS printer on 127.0.0.1 that answers DLE EOT "online" and timestamps the cut."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.uri = f"tcp://127.0.0.1:{self.server.getsockname()[1]}"
        self.cut_at: float | None = None
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        data = b""
        with client:
            while chunk := client.recv(65536):
                data += chunk
                if b"\x1dV" in data[-len(chunk) - 20:] and self.cut_at is None:
                    self.cut_at = time.perf_counter()
                if data.endswith(QUERY):
                    client.sendall(b"\x12\x12\x12")


def bench_tap_to_print(repeat: int, tmp: Path, count: int = 10) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.printing.qt_render import pin_none_refcount
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tickets_wiring import install

    pin_none_refcount()
    create_application()
    printer = _Printer()
    for mode in ("raster", "text"):
        settings = load_settings(None, data_dir=tmp, tickets={"database": tmp / f"tap-{mode}.sqlite3"},
                                 printer={"uri": printer.uri, "mode": mode, "check_before_issue": False})
        context = AppContext.create(settings, load_catalog(HALL))
        window = MainWindow(context)
        window.resize(1920, 1080)
        window.show()
        controller = install(window, context)
        app = QApplication.instance()
        per_run = []
        for _ in range(repeat):
            times = []
            for _ in range(count):
                window.ticket_requested.emit("id-card-renew")
                app.processEvents()
                printer.cut_at = None
                panel = controller.confirm_panel
                started = time.perf_counter()
                panel.take_button.click()  # the citizen's tap on 确认取号
                deadline = started + 5
                while printer.cut_at is None and time.perf_counter() < deadline:
                    app.processEvents()
                    time.sleep(0.001)
                if printer.cut_at is None:
                    raise SystemExit("the test printer received no cut within 5 s")
                times.append((printer.cut_at - started) * 1000)
                while controller.ticket_panel is None or controller.ticket_panel.print_state == "printing":
                    app.processEvents()
                    time.sleep(0.001)
                controller.forget()
            per_run.append(statistics.median(times))
            per_run_p95 = pct(times, 0.95)
        print(f"Tap 确认取号 → cut byte at the TCP printer ({mode} mode, 80 mm, {count} tickets per run):")
        report(f"tap → last byte, {mode} (target <= 500 ms)", per_run)
        print(f"  {'(p95 of the last run)':<44} {per_run_p95:8.2f} ms")
        controller.close()
        context.close()
        window.close()


def main() -> None:
    """Run the three benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db-dir", type=Path, default=None)
    args = parser.parse_args()
    from kiosk.settings import load_settings

    db_dir = args.db_dir or Path(load_settings(None).data_dir) / "bench"
    db_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bench_issue(args.repeat, db_dir)
        bench_render(args.repeat, tmp)
        bench_tap_to_print(args.repeat, tmp)


if __name__ == "__main__":
    main()
