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
