"""ESC/POS jobs to a real TCP printer on 127.0.0.1: bytes on the wire, status answers and faults."""

from __future__ import annotations

import socket
import time

import pytest

from kiosk.printing import escpos, status
from kiosk.printing.slips import guide_slip, ticket_slip
from kiosk.printing.transports import PrinterFault, make_printer
from kiosk.tickets import TicketDesk

QR_URL = "https://example.gov.cn/q/{service_id}?t={number}"


@pytest.fixture
def slip(store, hall):
    """A real ticket slip (A001, three people ahead)."""
    desk = TicketDesk(store, hall.catalog)
    for _ in range(3):
        desk.issue("id-card-renew")
    return ticket_slip(desk.issue("id-card-renew"), hall, qr_url=QR_URL)


def test_decode_status_bytes():
    """Bits of DLE EOT answers; missing or malformed answers are unknown, never paper out."""
    assert status.decode(b"\x12\x12\x12").state == "ok"
    assert status.decode(b"\x1a\x32\x72").state == "paper_out"
    offline = status.decode(b"\x1a\x16\x12")
    assert offline.state == "offline" and offline.cover_open
    assert status.decode(b"\x12\x12\x1e").paper_near_end
    assert status.decode(b"").state == "unknown"
    assert status.decode(b"\xff").state == "unknown"
    assert status.decode(b"\x12").state == "ok"  # only the first answer came: still online


def test_raster_ticket_arrives_in_one_job(network_printer, slip, gui_ready):
    """Raster mode: status query, then ESC @, GS v 0 raster blocks and GS V cut in one connection."""
    printer = make_printer(network_printer.uri, paper_mm=80, mode="raster")
    detail = printer.print_slip(slip)
    assert detail.endswith("bytes")
    assert len(network_printer.connections) == 1
    conn = network_printer.connections[0]
    assert conn.queries_answered == 2  # before and after the job
    job = network_printer.jobs[0]
    assert job.startswith(escpos.INIT)
    assert escpos.RASTER in job
    width_bytes = int.from_bytes(job[job.index(escpos.RASTER) + 4: job.index(escpos.RASTER) + 6], "little")
    assert width_bytes == 576 // 8
    assert job.rstrip(b"\x00")[-3:-1] == escpos.CUT_PREFIX or escpos.CUT_PREFIX in job[-8:]


def test_text_mode_sends_gb18030_with_chinese_punctuation_and_native_qr(network_printer, slip):
    """Text mode: our own GB18030 bytes (，and ： intact, no ??), size commands, GS ( k QR, cut."""
    printer = make_printer(network_printer.uri, paper_mm=58, mode="text", native_qr=True)
    printer.print_slip(slip)
    job = network_printer.jobs[0]
    assert job.startswith(escpos.INIT)
    assert "居民身份证换领".encode("gb18030") in job
    assert "请妥善保管此票，过号请到窗口咨询".encode("gb18030") in job  # full-width comma survives
    assert b"??" not in job
    assert b"A004" in job
    assert escpos.NATIVE_QR in job
    assert b"example.gov.cn/q/id-card-renew?t=A004" in job
    assert escpos.CUT_PREFIX in job[-6:]


def test_text_mode_with_image_qr(network_printer, hall):
    """native_qr=False sends the QR as a raster image instead of GS ( k."""
    slip = guide_slip(hall.catalog.service("social-card"), hall, qr_url=QR_URL)
    make_printer(network_printer.uri, mode="text", native_qr=False).print_slip(slip)
    job = network_printer.jobs[0]
    assert escpos.NATIVE_QR not in job and escpos.RASTER in job
    assert "□ 居民身份证".encode("gb18030") in job


@pytest.mark.parametrize("state, expected", [("paper_out", "paper_out"), ("offline", "offline")])
def test_printer_that_says_it_cannot_print_gets_no_job(network_printer, slip, state, expected):
    """Paper out / offline: a fault with that state, and no job bytes sent."""
    network_printer.state = state
    printer = make_printer(network_printer.uri, mode="text")
    assert printer.status().state == expected
    with pytest.raises(PrinterFault) as caught:
        printer.print_slip(slip)
    assert caught.value.state == expected
    assert "缺纸" in caught.value.message if expected == "paper_out" else "离线" in caught.value.message
    assert all(job == b"" for job in network_printer.jobs)


def test_no_status_answer_is_unknown_and_still_prints(network_printer, slip):
    """A printer that ignores DLE EOT is "unknown" (not "no paper"): the job is sent, each wait ≤ 0.3 s."""
    network_printer.state = "no_answer"
    printer = make_printer(network_printer.uri, mode="text", status_timeout_s=0.3)
    started = time.perf_counter()
    assert printer.status().state == "unknown"
    assert time.perf_counter() - started < 0.6
    printer.print_slip(slip)
    time.sleep(0.05)
    assert escpos.CUT_PREFIX in network_printer.jobs[-1]


def test_connection_closed_mid_job_is_a_fault(network_printer, slip, gui_ready):
    """The printer drops the connection during the job: reported as offline, never as printed."""
    network_printer.state = "close_mid_job"
    network_printer.close_after = 3000
    printer = make_printer(network_printer.uri, mode="raster")
    with pytest.raises(PrinterFault) as caught:
        printer.print_slip(slip)
    assert caught.value.state == "offline"
    assert "中断" in caught.value.message


def test_refused_connection_and_connect_timeout(slip):
    """Nothing listening: refused at once; an unroutable address: timeout within the 1 s budget."""
    printer = make_printer("tcp://127.0.0.1:9", mode="text")
    with pytest.raises(PrinterFault) as caught:
        printer.print_slip(slip)
    assert caught.value.state == "refused"
    # A printer that never accepts: its listen backlog is full, so a new connect hangs.
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(server.getsockname())
        fillers.append(filler)
    time.sleep(0.05)
    started = time.perf_counter()
    with pytest.raises(PrinterFault) as caught:
        make_printer(f"tcp://127.0.0.1:{server.getsockname()[1]}", mode="text").print_slip(slip)
    elapsed = time.perf_counter() - started
    for sock in (*fillers, server):
        sock.close()
    assert caught.value.state == "timeout"
    assert 0.9 <= elapsed < 1.3  # the 1 s connect timeout, not python-escpos's 60 s


def test_bad_uris_are_explained():
    """Unknown schemes and malformed USB ids give plain messages."""
    with pytest.raises(ValueError, match="unknown printer type"):
        make_printer("lpt://1")
    with pytest.raises(ValueError, match="usb://VID:PID"):
        make_printer("usb://printer")
    assert make_printer("serial:///dev/ttyS9?baudrate=19200").uri.startswith("serial://")


def test_file_printer_writes_one_job(tmp_path, slip):
    """file:// writes the whole job; a missing device is an offline fault."""
    target = tmp_path / "lp0"
    make_printer(f"file://{target}", mode="text").print_slip(slip)
    assert target.read_bytes().startswith(escpos.INIT)
    with pytest.raises(PrinterFault) as caught:
        make_printer(f"file://{tmp_path}/missing/lp0", mode="text").print_slip(slip)
    assert caught.value.state == "offline"
