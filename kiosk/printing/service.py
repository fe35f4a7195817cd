"""Print jobs off the GUI thread, their events, and the staff-visible list of printer alerts.

:class:`PrintService` owns one worker thread. ``submit(slip, job_id)`` returns at once; the worker
checks, renders and sends, and reports :class:`Printing`, then :class:`Printed` or
:class:`PrintFailed` through the callback (called on the worker thread: the UI hops to the GUI
thread through its Bridge). Failures are also recorded in :class:`PrinterAlerts`, which the admin
screen reads.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from kiosk.messages import N_, translator
from kiosk.printing.slips import Slip
from kiosk.printing.status import PrinterStatus
from kiosk.printing.transports import FaultState, PrinterFault, SlipPrinter

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Printing:
    """A job has started."""

    job_id: str
    kind: str


@dataclass(frozen=True)
class Printed:
    """A job reached the printer (or the test printer's PDF was written).

    ``confirmed``: the printer said after the job that it printed (False: sent to a printer that
    cannot tell, e.g. ``file://``); ``on_paper``: False for the ``pdf://`` test printer.
    """

    job_id: str
    kind: str
    detail: str = ""
    confirmed: bool = True
    on_paper: bool = True

    @property
    def outcome(self) -> str:
        """``printed`` | ``unconfirmed`` | ``test`` (what the citizen's screen says)."""
        return "test" if not self.on_paper else "printed" if self.confirmed else "unconfirmed"


@dataclass(frozen=True)
class PrintFailed:
    """A job failed; ``message`` is the technical detail for staff and logs (never shown to citizens)."""

    job_id: str
    kind: str
    state: FaultState
    message: str

    @property
    def outcome(self) -> str:
        """``none`` (no printer configured) or ``failed``."""
        return "none" if self.state == "none" else "failed"


@dataclass(frozen=True)
class StatusChecked:
    """Answer to :meth:`PrintService.check` (for warning before a number is issued)."""

    job_id: str
    status: PrinterStatus


PrintEvent = Printing | Printed | PrintFailed | StatusChecked


@dataclass(frozen=True)
class PrinterAlert:
    """A printer problem staff should see."""

    at: datetime
    printer: str
    state: str
    message: str
    job: str = ""
    resolved: bool = False


class PrinterAlerts:
    """Printer alerts in memory, optionally persisted in an SQLite table (same file as tickets is fine)."""

    def __init__(self, path: Path | str | None = None, *, keep: int = 200) -> None:
        self._lock = threading.Lock()
        self._items: list[PrinterAlert] = []
        self._keep = keep
        self._listeners: list[Callable[[PrinterAlert], None]] = []
        self._db: sqlite3.Connection | None = None
        if path is not None:
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(Path(path).expanduser()), isolation_level=None, check_same_thread=False,
                                       timeout=5)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS printer_alerts (id INTEGER PRIMARY KEY, at REAL, printer TEXT,"
                " state TEXT, message TEXT, job TEXT, resolved INTEGER DEFAULT 0)"
            )
            rows = self._db.execute(
                "SELECT at, printer, state, message, job, resolved FROM printer_alerts ORDER BY id DESC LIMIT ?",
                (keep,),
            ).fetchall()
            self._items = [PrinterAlert(datetime.fromtimestamp(r[0]), r[1], r[2], r[3], r[4], bool(r[5]))
                           for r in reversed(rows)]

    def add_listener(self, callback: Callable[[PrinterAlert], None]) -> None:
        """Call ``callback(alert)`` (on the recording thread) for every new alert."""
        self._listeners.append(callback)

    def record(self, printer: str, state: str, message: str, job: str = "") -> PrinterAlert:
        """Add an alert."""
        alert = PrinterAlert(datetime.now(), printer, state, message, job)
        with self._lock:
            self._items.append(alert)
            del self._items[: -self._keep]
            if self._db is not None:
                self._db.execute(
                    "INSERT INTO printer_alerts (at, printer, state, message, job) VALUES (?, ?, ?, ?, ?)",
                    (alert.at.timestamp(), printer, state, message, job),
                )
        _LOGGER.warning("printer alert [%s] %s: %s", state, printer, message)
        for listener in list(self._listeners):
            try:
                listener(alert)
            except Exception:  # a broken listener must not stop printing
                _LOGGER.exception("printer alert listener failed")
        return alert

    def resolve_all(self) -> int:
        """Mark every open alert resolved (staff fixed the printer); returns how many."""
        with self._lock:
            count = sum(1 for a in self._items if not a.resolved)
            self._items = [PrinterAlert(a.at, a.printer, a.state, a.message, a.job, True) for a in self._items]
            if self._db is not None:
                self._db.execute("UPDATE printer_alerts SET resolved = 1 WHERE resolved = 0")
        return count

    def active(self) -> list[PrinterAlert]:
        """Unresolved alerts, oldest first."""
        with self._lock:
            return [a for a in self._items if not a.resolved]

    def all(self) -> list[PrinterAlert]:
        """Every kept alert, oldest first."""
        with self._lock:
            return list(self._items)


@dataclass(frozen=True)
class _Job:
    job_id: str
    kind: str
    slip: Slip | None


class PrintService:
    """Runs print jobs on one worker thread and reports events."""

    def __init__(self, printer: SlipPrinter, on_event: Callable[[PrintEvent], None],
                 alerts: PrinterAlerts | None = None) -> None:
        self.printer = printer
        self.alerts = alerts if alerts is not None else PrinterAlerts()
        self._on_event = on_event
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="print-service", daemon=True)
        self._thread.start()

    def submit(self, slip: Slip, job_id: str) -> None:
        """Queue a slip for printing; returns immediately."""
        self._queue.put(_Job(job_id, slip.kind, slip))

    def check(self, job_id: str = "check") -> None:
        """Queue a status check; answers with :class:`StatusChecked`."""
        self._queue.put(_Job(job_id, "check", None))

    def close(self, timeout: float = 5.0) -> None:
        """Finish queued jobs and stop the worker."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _emit(self, event: PrintEvent) -> None:
        try:
            self._on_event(event)
        except Exception:
            _LOGGER.exception("print event handler failed for %r", event)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.slip is None:
                try:
                    st = self.printer.status()
                except Exception:
                    _LOGGER.exception("printer status check failed")
                    st = PrinterStatus("unknown")
                self._emit(StatusChecked(job.job_id, st))
                continue
            self._emit(Printing(job.job_id, job.kind))
            try:
                receipt = self.printer.print_slip(job.slip)
            except PrinterFault as fault:
                if fault.state != "none":  # no printer at all is a setting, not an alert per slip
                    self.alerts.record(self.printer.uri, fault.state, fault.message, job.job_id)
                self._emit(PrintFailed(job.job_id, job.kind, fault.state, fault.message))
            except Exception as exc:  # rendering bugs etc.: the ticket stays valid, staff are told
                _LOGGER.exception("print job %s failed", job.job_id)
                message = translator("zh")(N_("printing failed: {error}"), error=exc.__class__.__name__)
                self.alerts.record(self.printer.uri, "unknown", message, job.job_id)
                self._emit(PrintFailed(job.job_id, job.kind, "unknown", message))
            else:
                self._emit(Printed(job.job_id, job.kind, str(receipt), getattr(receipt, "confirmed", True),
                                   getattr(receipt, "on_paper", True)))


Kind = Literal["ticket", "guide"]
