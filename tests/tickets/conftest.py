"""Fixtures of the tickets/printing tests: a test hall, a ticket store, and a network ESC/POS printer."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

HALL = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"
QUERY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"

ANSWERS = {
    # (DLE EOT 1, DLE EOT 2, DLE EOT 4) answer bytes, as an Epson-compatible printer sends them.
    "online": b"\x12\x12\x12",
    "paper_out": b"\x1a\x32\x72",   # offline, stopped by paper end, roll paper end
    "offline": b"\x1a\x16\x12",     # offline, cover open
    "near_end": b"\x12\x12\x1e",    # online, paper near end
}


@dataclass
class Connection:
    """What one client connection sent."""

    data: bytearray = field(default_factory=bytearray)
    queries_answered: int = 0


class NetworkPrinter:
    """A TCP server on 127.0.0.1 acting as an ESC/POS printer on port 9100.

    ``state``: online, paper_out, offline, near_end, no_answer (status queries go unanswered) or
    close_mid_job (closes the connection after ``close_after`` job bytes).
    """

    def __init__(self, state: str = "online", close_after: int = 2000) -> None:
        self.state = state
        self.close_after = close_after
        self.connections: list[Connection] = []
        self.last_byte_at: float = 0.0
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self.received = threading.Event()

    def _serve(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        import time

        conn = Connection()
        self.connections.append(conn)
        job_bytes = 0
        with client:
            while True:
                try:
                    chunk = client.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                conn.data += chunk
                self.last_byte_at = time.perf_counter()
                if not chunk.startswith(QUERY) or len(chunk) > len(QUERY):
                    job_bytes += len(chunk) - (len(QUERY) if chunk.endswith(QUERY) else 0)
                if self.state == "close_mid_job" and job_bytes >= self.close_after:
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    break
                if conn.data.endswith(QUERY) and (self.state in ANSWERS or self.state == "close_mid_job"):
                    conn.queries_answered += 1  # counted before answering: the client returns on the answer
                    client.sendall(ANSWERS.get(self.state, ANSWERS["online"]))
        self.received.set()

    @property
    def jobs(self) -> list[bytes]:
        """The bytes of each connection with the status queries taken out."""
        return [bytes(c.data).replace(QUERY, b"") for c in self.connections]

    def close(self) -> None:
        """Stop listening."""
        self._stop = True
        try:
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() so the port really closes
        except OSError:
            pass
        self._server.close()


@pytest.fixture
def network_printer() -> Iterator[NetworkPrinter]:
    """A fresh network printer (online; change ``.state`` to simulate faults)."""
    printer = NetworkPrinter()
    yield printer
    printer.close()


@pytest.fixture
def hall():
    """The tickets tests' own small hall (two floors with SVG plans)."""
    from kiosk.catalog import load_catalog

    return load_catalog(HALL)


class Clock:
    """A settable clock for business-day tests."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    """A clock at 10:00 on 2026-11-27."""
    return Clock(datetime(2026, 11, 27, 10, 0, 0))


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    """A real SQLite ticket store in a temporary folder, on the test clock."""
    from kiosk.tickets import SqliteTicketStore

    db = SqliteTicketStore(tmp_path / "tickets.sqlite3", day_starts_at="04:00", clock=clock)
    yield db
    db.close()


@pytest.fixture
def gui_ready():
    """A Q(Gui)Application for slip rendering (created offscreen when no test made one)."""
    from kiosk.printing.qt_render import ensure_gui_app

    ensure_gui_app()


# -- a real PostgreSQL server (a private cluster, see scripts/pg_cluster.py) ----------------------------
import importlib.util  # noqa: E402
import itertools  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "pg_cluster", Path(__file__).resolve().parents[2] / "scripts" / "pg_cluster.py")
assert _spec is not None and _spec.loader is not None
pg_cluster_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pg_cluster_module)
PgCluster = pg_cluster_module.PgCluster
_DB_SERIAL = itertools.count(1)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def new_cluster() -> tuple[PgCluster, Path]:
    """Start a fresh private cluster in a temp folder (removed by the caller)."""
    folder = Path(tempfile.mkdtemp(prefix="hallguide-pg-"))
    os.chmod(folder, 0o711)
    cluster = PgCluster(folder / "data", free_port())
    cluster.init()
    cluster.start()
    return cluster, folder


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgCluster]:
    """One PostgreSQL cluster for the session: the one .ci/run started (HALLGUIDE_TEST_PGDATA/PGPORT),
    else a private one in a temp folder (a test that stops it must start it again)."""
    if os.environ.get("HALLGUIDE_TEST_PGDATA"):
        cluster = PgCluster(os.environ["HALLGUIDE_TEST_PGDATA"], int(os.environ["HALLGUIDE_TEST_PGPORT"]))
        if not cluster.running():
            cluster.start()
        yield cluster
        return
    cluster, folder = new_cluster()
    try:
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgCluster) -> str:
    """A fresh, empty database on the session's server."""
    if not pg_server.running():
        pg_server.start()
    return pg_server.create_database(f"hallguide_test_{os.getpid()}_{next(_DB_SERIAL)}")


@pytest.fixture
def own_pg() -> Iterator[PgCluster]:
    """A cluster of this test's own, free to be stopped, killed and restarted."""
    cluster, folder = new_cluster()
    try:
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
