"""Fixtures of the tickets/printing tests: a test hall, a ticket store, and a network ESC/POS printer
(:mod:`printer_emulator`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from printer_emulator import EscposEmulator

HALL = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"


@pytest.fixture
def network_printer() -> Iterator[EscposEmulator]:
    """A fresh network ESC/POS printer (online; change ``.state`` etc. to simulate faults)."""
    printer = EscposEmulator()
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
import socket  # noqa: E402
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
