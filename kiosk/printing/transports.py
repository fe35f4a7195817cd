"""Printers by URI: where the bytes (or pages) of a slip go, and how faults are reported.

========================================  ==============================================
``tcp://host:9100``                        network ESC/POS (status via DLE EOT, one write)
``usb://04b8:0202``                        USB ESC/POS (python-escpos ``Usb``, needs pyusb)
``serial:///dev/ttyS0?baudrate=9600``      serial ESC/POS (python-escpos ``Serial``, pyserial)
``file:///dev/usb/lp0``                    a device or file written in one ``write``
``system://NAME``                          a system (CUPS) printer through Qt (``qt_system``)
``pdf://FOLDER``                           one PDF per slip (preview, tests, no printer)
========================================  ==============================================

Every failure is a :class:`PrinterFault` with a state (paper_out, offline, refused, timeout,
unknown) and a plain-words message for staff. Nothing here imports Qt; raster and PDF rendering
come from ``qt_render`` through the ``renderer`` argument (imported lazily by default).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import parse_qs, urlsplit

from kiosk.printing import escpos, status
from kiosk.printing.slips import PAPER_PX, Slip
from kiosk.printing.status import PrinterStatus

_LOGGER = logging.getLogger(__name__)

FaultState = Literal["paper_out", "offline", "refused", "timeout", "unknown"]


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

    def print_slip(self, slip: Slip) -> str:
        """Print; returns a short note (e.g. the PDF path); raises :class:`PrinterFault`."""
        ...


class ByteSink(Protocol):
    """Where an ESC/POS job goes."""

    def status(self) -> PrinterStatus:
        """Real-time status, or unknown."""
        ...

    def deliver(self, job: bytes) -> None:
        """Send the whole job; raises :class:`PrinterFault`."""
        ...


def _fault_from_status(st: PrinterStatus, when: str) -> PrinterFault:
    state: FaultState = "paper_out" if st.state == "paper_out" else "offline"
    return PrinterFault(state, f"{st.describe()}（{when}）")


class TcpSink:
    """Raw TCP (port 9100): connect ≤ 1 s, DLE EOT ≤ 300 ms, the job in one ``sendall``, then re-check."""

    def __init__(self, host: str, port: int = 9100, *, connect_timeout_s: float = 1.0,
                 status_timeout_s: float = 0.3, write_timeout_s: float = 10.0) -> None:
        self.host, self.port = host, port
        self.connect_timeout_s, self.status_timeout_s, self.write_timeout_s = (
            connect_timeout_s, status_timeout_s, write_timeout_s)

    def _connect(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout_s)
        except TimeoutError:
            raise PrinterFault("timeout", f"打印机 {self.host}:{self.port} 连接超时（网络或电源？）") from None
        except ConnectionRefusedError:
            raise PrinterFault("refused", f"打印机 {self.host}:{self.port} 拒绝连接（端口被占用或未开启）") from None
        except OSError as exc:
            raise PrinterFault("offline", f"打印机 {self.host}:{self.port} 无法连接：{exc.strerror or exc}") from None
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

    def deliver(self, job: bytes) -> None:
        """Check, send in one write, check again (catches paper out / a closed connection mid-job)."""
        with self._connect() as sock:
            try:
                before = status.query(sock, self.status_timeout_s)
            except OSError:
                raise PrinterFault("offline", "打印机在状态查询时断开了连接") from None
            if not before.can_print:
                raise _fault_from_status(before, "未打印")
            sock.settimeout(self.write_timeout_s)
            try:
                sock.sendall(job)
            except TimeoutError:
                raise PrinterFault("timeout", "打印数据发送超时，票据可能未完整打印") from None
            except OSError:
                raise PrinterFault("offline", "打印中连接中断，票据可能未完整打印") from None
            _drain(sock)  # raster data can contain DLE EOT by chance; drop any answers to it
            try:
                after = status.query(sock, self.status_timeout_s)
            except OSError:
                raise PrinterFault("offline", "打印中连接中断，票据可能未完整打印") from None
            if after.state == "paper_out":
                raise _fault_from_status(after, "打印中缺纸，票据可能不完整")
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass


def _drain(sock: socket.socket) -> None:
    """Read and drop whatever the printer already sent (stray status bytes)."""
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

    def deliver(self, job: bytes) -> None:
        """Write the job in one call."""
        try:
            with open(self.path, "ab", buffering=0) as handle:
                handle.write(job)
        except FileNotFoundError:
            raise PrinterFault("offline", f"打印机设备 {self.path} 不存在（未连接或未开机）") from None
        except PermissionError:
            raise PrinterFault("refused", f"没有权限写入打印机设备 {self.path}") from None
        except OSError as exc:
            raise PrinterFault("offline", f"写入打印机设备 {self.path} 失败：{exc.strerror or exc}") from None


class EscposLibSink:
    """USB or serial through python-escpos (opened per job, one ``_raw`` call)."""

    def __init__(self, factory: Callable[[], Any], name: str) -> None:
        self._factory, self.name = factory, name

    def status(self) -> PrinterStatus:
        """Not queried on USB/serial (many adapters cannot read back)."""
        return status.UNKNOWN

    def deliver(self, job: bytes) -> None:
        """Open, write once, close."""
        try:
            printer = self._factory()  # python-escpos opens the device on first use
            printer._raw(job)
            printer.close()
        except ImportError as exc:
            raise PrinterFault("unknown", f"{self.name} 需要的驱动包未安装：{exc.name}") from None
        except Exception as exc:  # pyusb/pyserial raise many kinds
            raise PrinterFault("offline", f"{self.name} 打印失败：{exc}") from None


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

    def print_slip(self, slip: Slip) -> str:
        """Build and deliver."""
        job = self.build_job(slip)
        self.sink.deliver(job)
        return f"{len(job)} bytes"


class PdfPrinter:
    """Writes each slip as a PDF into a folder (``pdf://``)."""

    def __init__(self, uri: str, folder: Path, *, paper_mm: int = 80, renderer: Any = None) -> None:
        self.uri, self.folder, self.paper_mm, self._renderer = uri, folder, paper_mm, renderer

    def status(self) -> PrinterStatus:
        """OK when the folder can be created."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return PrinterStatus("offline")
        return PrinterStatus("ok")

    def print_slip(self, slip: Slip) -> str:
        """Write ``<folder>/<slip>-<time>.pdf``."""
        renderer = self._renderer or _qt_renderer()
        stamp = datetime.now().strftime("%H%M%S%f")[:-3]
        path = self.folder / f"{slip.name}-{stamp}.pdf"
        try:
            renderer.render_pdf(slip, path, self.paper_mm)
        except OSError as exc:
            raise PrinterFault("refused", f"无法写入 PDF 到 {self.folder}：{exc.strerror or exc}") from None
        return str(path)


def _qt_renderer() -> Any:
    from kiosk.printing import qt_render

    return qt_render


def make_printer(uri: str, *, paper_mm: int = 80, mode: str = "raster", connect_timeout_s: float = 1.0,
                 status_timeout_s: float = 0.3, native_qr: bool = True, renderer: Any = None) -> SlipPrinter:
    """The printer a URI names; raises ValueError with a plain message for a bad URI."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)
    common = {"paper_mm": paper_mm, "mode": mode, "native_qr": native_qr, "renderer": renderer}
    if scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"{uri}: a tcp printer needs a host, e.g. tcp://192.168.1.50:9100")
        sink: ByteSink = TcpSink(parts.hostname, parts.port or 9100, connect_timeout_s=connect_timeout_s,
                                 status_timeout_s=status_timeout_s)
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

        return EscposPrinter(uri, EscposLibSink(usb, f"USB 打印机 {vid:04x}:{pid:04x}"), **common)
    if scheme == "serial":
        device = parts.path or "/dev/ttyS0"
        baudrate = int(query.get("baudrate", ["9600"])[0])

        def serial() -> Any:
            from escpos.printer import Serial

            return Serial(devfile=device, baudrate=baudrate)

        return EscposPrinter(uri, EscposLibSink(serial, f"串口打印机 {device}"), **common)
    if scheme == "pdf":
        folder = Path((parts.netloc + parts.path) or ".").expanduser()
        return PdfPrinter(uri, folder, paper_mm=paper_mm, renderer=renderer)
    if scheme == "system":
        from kiosk.printing.qt_system import SystemPrinter

        return SystemPrinter(uri, parts.netloc + parts.path, paper_mm=paper_mm)
    raise ValueError(f"{uri}: unknown printer type (use tcp://, usb://, serial://, file://, system:// or pdf://)")


def printer_from_settings(printer_settings: Any, renderer: Any = None) -> SlipPrinter:
    """:func:`make_printer` for a :class:`kiosk.settings.PrinterSettings`."""
    return make_printer(
        printer_settings.uri,
        paper_mm=printer_settings.paper_mm,
        mode=printer_settings.mode,
        connect_timeout_s=printer_settings.connect_timeout_s,
        status_timeout_s=printer_settings.status_timeout_s,
        native_qr=getattr(printer_settings, "native_qr", True),
        renderer=renderer,
    )
