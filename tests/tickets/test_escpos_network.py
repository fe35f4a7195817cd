"""ESC/POS jobs to a real TCP printer on 127.0.0.1 (:mod:`printer_emulator`): bytes on the wire, status
answers and faults. "Printed" only when the printer said so after the job."""

from __future__ import annotations

import select
import socket
import threading

import pytest
from printer_emulator import CHANCE, EscposEmulator, raster_with_chance_status_bytes

from kiosk.printing import escpos, status
from kiosk.printing.slips import guide_slip, ticket_slip
from kiosk.printing.transports import NoPrinter, PrinterFault, Receipt, TcpSink, make_printer, printer_label
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
    receipt = printer.print_slip(slip)
    assert str(receipt).endswith("bytes") and receipt.confirmed and receipt.on_paper
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


def test_no_status_answer_is_unknown_and_sent_unconfirmed(network_printer, slip):
    """A printer that never answers DLE EOT is "unknown" (not "no paper"): the job is sent, but it is
    not called printed — nobody can say it came out."""
    network_printer.state = "no_answer"
    printer = make_printer(network_printer.uri, mode="text", status_timeout_s=0.3)
    assert printer.status().state == "unknown"
    receipt = printer.print_slip(slip)
    assert not receipt.confirmed
    assert network_printer.wait_for(lambda: escpos.CUT_PREFIX in network_printer.jobs[-1])


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
    select.select([], fillers, [], 2)  # the fillers' handshakes are done: the backlog is full
    with pytest.raises(PrinterFault) as caught:
        make_printer(f"tcp://127.0.0.1:{server.getsockname()[1]}", mode="text").print_slip(slip)
    for sock in (*fillers, server):
        sock.close()
    assert caught.value.state == "timeout"  # the 1 s connect timeout (benchmarks/printer_faults.py times it)


def test_bad_uris_are_explained():
    """Unknown schemes and malformed USB ids give plain messages."""
    with pytest.raises(ValueError, match=r"unknown printer type.*test printer"):
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


def test_refused_names_the_real_cause_for_staff(slip):
    """Refused = nothing listens at that address (printer off, wrong address or port), never "port in use"."""
    with pytest.raises(PrinterFault) as caught:
        make_printer("tcp://127.0.0.1:9", mode="text").print_slip(slip)
    message = caught.value.message
    assert "127.0.0.1:9" in message and "没有打印服务在监听" in message and "9100" in message
    assert "被占用" not in message


# -- "printed" only when the printer said so after the job ------------------------------------------------------


def test_emulator_answers_status_bytes_inside_image_data(network_printer):
    """Like a real printer, the emulator answers DLE EOT bytes that occur by chance in raster data."""
    job = raster_with_chance_status_bytes()
    assert escpos.realtime_count(job) == 6
    with socket.create_connection(("127.0.0.1", network_printer.port)) as sock:
        sock.sendall(job)
        sock.settimeout(5)
        answers = b""
        while len(answers) < 6:
            answers += sock.recv(16)
    assert answers == b"\x12" * 6
    assert network_printer.connections[0].answers_in_job == 6


def test_raster_jobs_carry_no_status_requests_by_chance(gui_ready):
    """A picture whose dots read as DLE EOT n is sent with one dot cleared: no stray answers, same picture."""
    from PIL import Image

    image = Image.new("1", (576, 80), 1)
    for index, value in enumerate(CHANCE):
        for bit in range(8):
            if value >> (7 - bit) & 1:
                image.putpixel(((10 + index) * 8 + bit, 40), 0)  # black dots where the byte has ones
    raw = escpos._new(576)
    raw.image(image, impl="bitImageRaster", center=False)
    unsafe = bytes(raw.output)
    assert escpos.realtime_count(unsafe) == 3
    job = escpos.raster_job(image, cut=False)
    assert escpos.realtime_count(job) == 0 and len(job) == len(unsafe)
    changed = sum(bin(a ^ b).count("1") for a, b in zip(job, unsafe, strict=True))
    assert 1 <= changed <= 3  # at most one dot per chance request, never a command byte
    assert job[:10] == unsafe[:10]


def test_stale_answers_are_drained_before_the_final_status_query():
    """Paper runs out after the chance DLE EOT bytes of the picture were answered "online": the answer read
    after the job must be the printer's answer to *our* final query — paper out, not a stale "online"."""
    job = raster_with_chance_status_bytes()
    printer = EscposEmulator(paper_bytes=len(job) - 400, print_rate=400_000)  # out in the last rows
    try:
        with pytest.raises(PrinterFault) as caught:
            TcpSink("127.0.0.1", printer.port, write_timeout_s=5).deliver(job)
        assert caught.value.state == "paper_out" and "缺纸" in caught.value.message
        assert printer.connections[0].answers_in_job == 6  # the printer did answer the picture's bytes
    finally:
        printer.close()


def _in_thread(call):
    """Run ``call`` on a thread; returns (finished Event, result list)."""
    done, result = threading.Event(), []

    def run():
        try:
            result.append(call())
        except Exception as exc:  # noqa: BLE001 - handed to the test
            result.append(exc)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done, result


@pytest.mark.parametrize("mode", ["text", "raster"])
def test_printer_that_answers_then_stops_reading_is_a_fault_in_bounded_time(slip, gui_ready, mode):
    """It answers the status query, then never reads again: a timeout fault within the write deadline
    (plus one status check on a fresh connection), never "已打印"."""
    printer = EscposEmulator("stall", stall_after_queries=1)
    try:
        sink = make_printer(printer.uri, mode=mode, write_timeout_s=1.0)
        done, result = _in_thread(lambda: sink.print_slip(slip))
        assert done.wait(10), "a stalled printer must be a fault within a bounded time"
        fault = result[0]
        assert isinstance(fault, PrinterFault), fault
        assert fault.state == "timeout" and "票据可能没有打印" in fault.message
    finally:
        printer.close()


def test_printer_that_stops_answering_after_the_job_is_a_fault(slip):
    """It reads the whole job but never answers the query after it."""
    printer = EscposEmulator("mute", stall_after_queries=1)  # answers before the job; reads it; then silent
    try:
        sink = TcpSink("127.0.0.1", printer.port, write_timeout_s=1.0)
        job = escpos.text_job(slip)
        done, result = _in_thread(lambda: sink.deliver(job))
        assert done.wait(10)
        assert isinstance(result[0], PrinterFault) and result[0].state == "timeout"
        assert printer.wait_for(lambda: escpos.CUT_PREFIX in printer.jobs[0])  # it did read the job
    finally:
        printer.close()


GUIDES = [("id-card-renew", "zh", 80), ("social-card", "zh", 58), ("tax-invoice", "en", 80),
          ("id-card-renew", "en", 58), ("social-card", "en", 80)]


@pytest.mark.parametrize("reads_when_out", [True, False], ids=["keeps-reading", "stops-reading"])
def test_paper_out_during_a_guide_slip_is_caught_5_of_5(hall, gui_ready, reads_when_out):
    """Five guide slips, the roll ends half-way through each: every one is a paper-out fault, whether the
    printer keeps taking data or stops reading once it is out."""
    caught = []
    for service_id, language, paper_mm in GUIDES:
        slip = guide_slip(hall.catalog.service(service_id), hall, qr_url=QR_URL, language=language)
        printer = make_printer("tcp://127.0.0.1:1", paper_mm=paper_mm)
        job = printer.build_job(slip)
        emulator = EscposEmulator(paper_bytes=len(job) // 2, reads_when_out=reads_when_out)
        try:
            sink = make_printer(emulator.uri, paper_mm=paper_mm, write_timeout_s=1.0)
            done, result = _in_thread(lambda sink=sink, slip=slip: sink.print_slip(slip))
            assert done.wait(10)
            outcome = result[0]
            caught.append(isinstance(outcome, PrinterFault) and outcome.state == "paper_out")
        finally:
            emulator.close()
    assert caught == [True] * 5


def test_paper_near_end_still_prints(network_printer, slip):
    """Near end is a warning for staff, not a fault: the job is confirmed."""
    network_printer.state = "near_end"
    assert make_printer(network_printer.uri, mode="text").print_slip(slip).confirmed


# -- no printer, test printer ------------------------------------------------------------------------------------


def test_out_of_the_box_no_printer_is_configured(slip):
    """The default printer.uri is empty: NoPrinter, state "none", never a pdf:// folder."""
    from kiosk.settings import Settings

    settings = Settings()
    assert settings.printer.uri == ""
    printer = make_printer(settings.printer.uri)
    assert isinstance(printer, NoPrinter)
    assert printer.status().state == "none" and not printer.status().can_print
    with pytest.raises(PrinterFault) as caught:
        printer.print_slip(slip)
    assert caught.value.state == "none"
    assert printer_label("").startswith("未配置打印机")


def test_pdf_is_named_a_test_printer(tmp_path, slip, gui_ready):
    """pdf:// is a test printer: its status, its receipt (no paper) and its name say so."""
    printer = make_printer(f"pdf://{tmp_path}")
    assert printer.status().state == "test" and "测试打印机" in printer.status().describe()
    receipt = printer.print_slip(slip)
    assert isinstance(receipt, Receipt) and not receipt.on_paper
    assert "测试打印机" in printer_label(f"pdf://{tmp_path}") and "Test printer" in printer_label("pdf://x")
