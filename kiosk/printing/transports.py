"""Printers by URI: where the bytes (or pages) of a slip go, and how faults are reported.

========================================  ==============================================
``tcp://host:9100``                        network ESC/POS (status via DLE EOT, one write)
``usb://04b8:0202``                        USB ESC/POS (python-escpos ``Usb``, needs pyusb)
``serial:///dev/ttyS0?baudrate=9600``      serial ESC/POS (python-escpos ``Serial``, pyserial)
``file:///dev/usb/lp0``                    a device or file written in one ``write``
``system://NAME``                          a system (CUPS) printer through Qt (``qt_system``)
``pdf://FOLDER``                           a *test printer*: one PDF per slip, no paper
(empty)                                    no printer: numbers are shown on screen only
========================================  ==============================================

Every failure is a :class:`PrinterFault` with a state (paper_out, offline, refused, timeout,
unknown) and a plain-words message for staff. Nothing here imports Qt; raster and PDF rendering
come from ``qt_render`` through the ``renderer`` argument (imported lazily by default).
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import parse_qs, urlsplit

from kiosk.messages import N_, translator
from kiosk.printing import escpos, status
from kiosk.printing.printer_names import NO_PRINTER
from kiosk.printing.printer_names import printer_label as printer_label  # re-exported
from kiosk.printing.slips import PAPER_PX, Slip
from kiosk.printing.status import PrinterStatus

_zh = translator("zh")
"""Fault texts are in Chinese (the hall staff's language); their English is the msgid in kiosk/locale."""
_LOGGER = logging.getLogger(__name__)

FaultState = Literal["paper_out", "offline", "refused", "timeout", "unknown", "none"]
"""``none``: no printer is configured (``printer.uri`` is empty)."""


class PrinterFault(Exception):
    """The slip was not (fully) printed."""

    def __init__(self, state: FaultState, message: str) -> None:
        super().__init__(message)
        self.state: FaultState = state
        self.message = message


class SlipPrinter(Protocol):
    """Something that prints slips."""

    uri: str

    def status(self) -> PrinterStatus:
        """Ask the printer how it is (``unknown`` when it cannot tell)."""
        ...

    def print_slip(self, slip: Slip) -> Receipt:
        """Print; returns how it went (e.g. the PDF path); raises :class:`PrinterFault`."""
        ...


class ByteSink(Protocol):
    """Where an ESC/POS job goes."""

    def status(self) -> PrinterStatus:
        """Real-time status, or unknown."""
        ...

    def deliver(self, job: bytes) -> bool:
        """Send the whole job; True when the printer confirmed it; raises :class:`PrinterFault`."""
        ...


def _fault_from_status(st: PrinterStatus, when: str) -> PrinterFault:
    state: FaultState = "paper_out" if st.state == "paper_out" else "offline"
    return PrinterFault(state, f"{st.describe()}（{when}）")


@dataclass(frozen=True)
class Receipt:
    """How a slip left the kiosk."""

    detail: str
    """Short note for logs and staff, e.g. ``116376 bytes`` or the PDF's path."""
    confirmed: bool = True
    """The printer said after the job that it is fine; False = sent, but it has no status channel."""
    on_paper: bool = True
    """False for the ``pdf://`` test printer: nothing comes out."""

    def __str__(self) -> str:
        return self.detail


class TcpSink:
    """Raw TCP (port 9100): connect ≤ 1 s, DLE EOT ≤ 300 ms, the job in one ``sendall``, then re-check.

    "Printed" means the printer answered a status query sent *after* the job (it answers only once it
    has taken the job in), with nothing wrong. On the way:

    - answers owed to ``DLE EOT`` bytes inside the job (:func:`escpos.realtime_count`) and late
      answers are read and dropped first, so the final answer is never a stale one;
    - the job and the final answer share one deadline (``write_timeout_s``): a printer that stops
      reading (paper out with a full buffer, a hung network card) or stops answering is a fault
      within that time, never a success;
    - a printer that never answered status at all is "sent, unconfirmed" (:attr:`Receipt.confirmed`).
    """

    def __init__(self, host: str, port: int = 9100, *, connect_timeout_s: float = 1.0,
                 status_timeout_s: float = 0.3, write_timeout_s: float = 15.0) -> None:
        self.host, self.port = host, port
        self.connect_timeout_s, self.status_timeout_s, self.write_timeout_s = (
            connect_timeout_s, status_timeout_s, write_timeout_s)

    @property
    def where(self) -> str:
        """host:port."""
        return f"{self.host}:{self.port}"

    def _connect(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout_s)
        except TimeoutError:
            raise PrinterFault("timeout", _zh(N_("Printer {where} timed out: the network is down or the printer is off"), where=self.where)) from None
        except ConnectionRefusedError:
            raise PrinterFault("refused", _zh(N_("Printer {where} refused the connection: no print service listens at this address (the printer is "
                                      "off, or the address or port is wrong; network printers usually use port 9100)"),
                                   where=self.where)) from None
        except OSError as exc:
            raise PrinterFault("offline", _zh(N_("Printer {where} cannot be reached: {reason}"), where=self.where,
                                                reason=exc.strerror or exc)) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def status(self) -> PrinterStatus:
        """Connect and ask; a connection problem is reported as offline."""
        try:
            with self._connect() as sock:
                return status.query(sock, self.status_timeout_s)
        except PrinterFault:
            return PrinterStatus("offline")
        except OSError:
            return status.UNKNOWN

    def deliver(self, job: bytes) -> bool:
        """Check, send in one write, check again; True when the printer confirmed after the job."""
        with self._connect() as sock:
            try:
                before = status.query(sock, self.status_timeout_s)
            except OSError:
                raise PrinterFault("offline", _zh(N_("Printer {where} dropped the connection during the status query"),
                                                    where=self.where)) from None
            if not before.can_print:
                raise _fault_from_status(before, _zh(N_("not printed")))
            speaks_status = before.state != "unknown"
            deadline = time.monotonic() + self.write_timeout_s
            _drain(sock)  # a late answer to the first query
            try:
                _send_by(sock, job, deadline)
            except TimeoutError:
                raise self._stopped(_zh(N_("Printer {where} did not take the print data within {seconds} s (stopped "
                                           "receiving); the slip may not have printed"),
                                        where=self.where, seconds=format(self.write_timeout_s, "g"))) from None
            except OSError:
                raise PrinterFault("offline", _zh(N_("Printer {where} lost the connection while printing; the slip may be incomplete"),
                                   where=self.where)) from None
            if not speaks_status:
                after = self._final_status(sock, 0, time.monotonic() + self.status_timeout_s)
                if after.state == "unknown":
                    return False  # never answered DLE EOT: sent, but nobody can say it printed
            else:
                after = self._final_status(sock, escpos.realtime_count(job), deadline)
            if after.state == "unknown":
                raise self._stopped(_zh(N_("Printer {where} gave no answer to the status query after the print data "
                                           "({seconds} s); the slip may not have printed"),
                                        where=self.where, seconds=format(self.write_timeout_s, "g")))
            if after.state == "paper_out":
                raise _fault_from_status(after, _zh(N_("out of paper while printing; the slip may be incomplete")))
            if not after.can_print:
                raise _fault_from_status(after, _zh(N_("error while printing; the slip may be incomplete")))
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            return True

    def _final_status(self, sock: socket.socket, owed: int, deadline: float) -> PrinterStatus:
        """The status after the job: drop ``owed`` answers to DLE EOT bytes in the job, then ask."""
        try:
            stale = _read_by(sock, owed, deadline)
            _drain(sock)
            sock.sendall(status.QUERY)
            missing = owed - len(stale)  # a printer that skips image data answers fewer: take the last three
            answer = _read_by(sock, 3 + missing, deadline, at_least=3)
        except OSError:
            raise PrinterFault("offline", _zh(N_("Printer {where} lost the connection while printing; the slip may be incomplete"),
                                   where=self.where)) from None
        st = status.decode(answer[-3:] if len(answer) >= 3 else answer)
        _LOGGER.debug("after the job: %d stale answers dropped, answer %r -> %s", len(stale), answer, st.state)
        return st

    def _stopped(self, message: str) -> PrinterFault:
        """A timeout fault, named after what a fresh connection says (paper out?) when it can tell."""
        try:
            now = self.status()
        except Exception:  # noqa: BLE001 - the timeout is the fault; this only refines its words
            now = status.UNKNOWN
        if now.state in ("paper_out", "offline"):
            return PrinterFault(now.state, f"{message}；{now.describe()}")
        return PrinterFault("timeout", message)


def _send_by(sock: socket.socket, data: bytes, deadline: float) -> None:
    """``sendall`` that gives up at ``deadline`` (TimeoutError)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    sock.settimeout(left)  # since Python 3.5 the timeout bounds the whole sendall
    sock.sendall(data)


def _read_by(sock: socket.socket, count: int, deadline: float, *, at_least: int | None = None) -> bytes:
    """Up to ``count`` bytes read before ``deadline``; stops early once ``at_least`` came and nothing
    more is waiting. A closed connection raises ConnectionResetError."""
    got = b""
    while len(got) < count:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if at_least is not None and len(got) >= at_least:
            left = min(left, 0.05)  # the rest (if any) is already on its way
        sock.settimeout(left)
        try:
            chunk = sock.recv(count - len(got))
        except TimeoutError:
            break
        if not chunk:
            raise ConnectionResetError("printer closed the connection")
        got += chunk
    return got


def _drain(sock: socket.socket) -> None:
    """Read and drop whatever the printer already sent (late status bytes)."""
    sock.setblocking(False)
    try:
        while sock.recv(4096):
            pass
    except (BlockingIOError, InterruptedError):
        pass
    except OSError:
        pass  # a broken connection shows up in the status query that follows
    finally:
        sock.setblocking(True)


class FileSink:
    """A device node or file (``/dev/usb/lp0``), written in one ``write``; status is unknown."""

    def __init__(self, path: str) -> None:
        self.path = path

    def status(self) -> PrinterStatus:
        """No status channel on a plain device file."""
        return status.UNKNOWN

    def deliver(self, job: bytes) -> bool:
        """Write the job in one call (unconfirmed: a device file cannot say it printed)."""
        try:
            with open(self.path, "ab", buffering=0) as handle:
                handle.write(job)
            return False
        except FileNotFoundError:
            raise PrinterFault("offline", _zh(N_("Printer device {path} does not exist (not connected or switched off)"),
                                                  path=self.path)) from None
        except PermissionError:
            raise PrinterFault("refused", _zh(N_("No permission to write to the printer device {path}"), path=self.path)) from None
        except OSError as exc:
            raise PrinterFault("offline", _zh(N_("Writing to the printer device {path} failed: {reason}"),
                                                  path=self.path, reason=exc.strerror or exc)) from None


class EscposLibSink:
    """USB or serial through python-escpos (opened per job, one ``_raw`` call)."""

    def __init__(self, factory: Callable[[], Any], name: str) -> None:
        self._factory, self.name = factory, name

    def status(self) -> PrinterStatus:
        """Not queried on USB/serial (many adapters cannot read back)."""
        return status.UNKNOWN

    def deliver(self, job: bytes) -> bool:
        """Open, write once, close (unconfirmed: no status is read back)."""
        try:
            printer = self._factory()  # python-escpos opens the device on first use
            printer._raw(job)
            printer.close()
            return False
        except ImportError as exc:
            raise PrinterFault("unknown", _zh(N_("{name} needs a driver package that is not installed: {package}"),
                                                  name=self.name, package=exc.name)) from None
        except Exception as exc:  # pyusb/pyserial raise many kinds
            raise PrinterFault("offline", _zh(N_("{name} failed to print: {reason}"), name=self.name, reason=exc)) from None


class EscposPrinter:
    """An ESC/POS printer: renders the slip (raster or GB18030 text) and hands the job to a sink."""

    def __init__(self, uri: str, sink: ByteSink, *, paper_mm: int = 80, mode: str = "raster",
                 native_qr: bool = True, renderer: Any = None) -> None:
        self.uri, self.sink, self.paper_px, self.mode = uri, sink, PAPER_PX[paper_mm], mode
        self.native_qr = native_qr
        self._renderer = renderer

    def build_job(self, slip: Slip) -> bytes:
        """The complete job bytes for a slip."""
        if self.mode == "text":
            return escpos.text_job(slip, paper_px=self.paper_px, native_qr=self.native_qr)
        renderer = self._renderer or _qt_renderer()
        return escpos.raster_job(renderer.rasterize(slip, self.paper_px))

    def status(self) -> PrinterStatus:
        """The sink's status."""
        return self.sink.status()

    def print_slip(self, slip: Slip) -> Receipt:
        """Build and deliver."""
        job = self.build_job(slip)
        confirmed = self.sink.deliver(job)
        return Receipt(f"{len(job)} bytes", confirmed=confirmed)


class PdfPrinter:
    """The test printer (``pdf://``): writes each slip as a PDF into a folder; no paper comes out."""

    def __init__(self, uri: str, folder: Path, *, paper_mm: int = 80, renderer: Any = None) -> None:
        self.uri, self.folder, self.paper_mm, self._renderer = uri, folder, paper_mm, renderer

    def status(self) -> PrinterStatus:
        """``test`` (works, no paper) when the folder can be created."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return PrinterStatus("offline")
        return PrinterStatus("test")

    def print_slip(self, slip: Slip) -> Receipt:
        """Write ``<folder>/<slip>-<time>.pdf``."""
        renderer = self._renderer or _qt_renderer()
        stamp = datetime.now().strftime("%H%M%S%f")[:-3]
        path = self.folder / f"{slip.name}-{stamp}.pdf"
        try:
            renderer.render_pdf(slip, path, self.paper_mm)
        except OSError as exc:
            raise PrinterFault("refused", _zh(N_("The test printer cannot write PDFs to {folder}: {reason}"),
                                                  folder=self.folder, reason=exc.strerror or exc)) from None
        return Receipt(str(path), confirmed=True, on_paper=False)


class NoPrinter:
    """No printer is configured (``printer.uri`` empty): every slip "fails" with state ``none``."""

    uri = ""

    def status(self) -> PrinterStatus:
        """Always ``none``."""
        return PrinterStatus("none")

    def print_slip(self, slip: Slip) -> Receipt:
        """Nothing to print on."""
        raise PrinterFault("none", NO_PRINTER)


def _qt_renderer() -> Any:
    from kiosk.printing import qt_render

    return qt_render


def make_printer(uri: str, *, paper_mm: int = 80, mode: str = "raster", connect_timeout_s: float = 1.0,
                 status_timeout_s: float = 0.3, write_timeout_s: float = 15.0, native_qr: bool = True,
                 renderer: Any = None) -> SlipPrinter:
    """The printer a URI names (an empty URI: :class:`NoPrinter`); ValueError with a plain message for a bad URI."""
    if not uri.strip():
        return NoPrinter()
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)
    common = {"paper_mm": paper_mm, "mode": mode, "native_qr": native_qr, "renderer": renderer}
    if scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"{uri}: a tcp printer needs a host, e.g. tcp://192.168.1.50:9100")
        sink: ByteSink = TcpSink(parts.hostname, parts.port or 9100, connect_timeout_s=connect_timeout_s,
                                 status_timeout_s=status_timeout_s, write_timeout_s=write_timeout_s)
        return EscposPrinter(uri, sink, **common)
    if scheme == "file":
        return EscposPrinter(uri, FileSink(parts.path), **common)
    if scheme == "usb":
        try:
            vid, pid = (int(x, 16) for x in (parts.netloc or parts.path.strip("/")).split(":"))
        except ValueError:
            raise ValueError(f"{uri}: write a USB printer as usb://VID:PID in hex, e.g. usb://04b8:0202") from None

        def usb() -> Any:
            from escpos.printer import Usb

            return Usb(vid, pid)

        return EscposPrinter(uri, EscposLibSink(usb, _zh(N_("USB printer {id}"), id=f"{vid:04x}:{pid:04x}")), **common)
    if scheme == "serial":
        device = parts.path or "/dev/ttyS0"
        baudrate = int(query.get("baudrate", ["9600"])[0])

        def serial() -> Any:
            from escpos.printer import Serial

            return Serial(devfile=device, baudrate=baudrate)

        return EscposPrinter(uri, EscposLibSink(serial, _zh(N_("Serial printer {device}"), device=device)), **common)
    if scheme == "pdf":
        folder = Path((parts.netloc + parts.path) or ".").expanduser()
        return PdfPrinter(uri, folder, paper_mm=paper_mm, renderer=renderer)
    if scheme == "system":
        from kiosk.printing.qt_system import SystemPrinter

        return SystemPrinter(uri, parts.netloc + parts.path, paper_mm=paper_mm)
    raise ValueError(f"{uri}: unknown printer type (use tcp://, usb://, serial://, file://, system://, "
                     "or pdf:// for a test printer)")


def printer_from_settings(printer_settings: Any, renderer: Any = None) -> SlipPrinter:
    """:func:`make_printer` for a :class:`kiosk.settings.PrinterSettings`."""
    return make_printer(
        printer_settings.uri,
        paper_mm=printer_settings.paper_mm,
        mode=printer_settings.mode,
        connect_timeout_s=printer_settings.connect_timeout_s,
        status_timeout_s=printer_settings.status_timeout_s,
        write_timeout_s=getattr(printer_settings, "write_timeout_s", 15.0),
        native_qr=getattr(printer_settings, "native_qr", True),
        renderer=renderer,
    )
