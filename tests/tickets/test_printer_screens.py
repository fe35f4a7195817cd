"""What citizens and staff read about the printer, on the real MainWindow: no printer out of the box, the
pdf:// test printer named as such, plain words for faults (technical detail for staff only), the guide's
QR on screen when nothing comes out, and the ``prints`` counter counting only real prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from printer_emulator import EscposEmulator

HALL = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"
TECHNICAL = ("127.0.0.1", "拒绝连接", "端口", "tcp://", "timeout", "DLE")


@pytest.fixture
def make_kiosk(qtbot, tmp_path):
    """``make_kiosk(printer=None | {...})``: a shown MainWindow on the test hall with tickets installed."""
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.printing.qt_render import pin_none_refcount
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tickets_wiring import install

    made = []

    def make(printer: dict | None = None):
        pin_none_refcount()
        create_application()
        extra = {"printer": printer} if printer is not None else {}
        settings = load_settings(None, data_dir=tmp_path, tickets={"database": tmp_path / "t.sqlite3"}, **extra)
        context = AppContext.create(settings, load_catalog(HALL))
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        controller = install(window, context)
        made.append((window, controller, context))
        return window, controller

    yield make
    for window, controller, context in made:
        controller.close()
        QApplication.instance().removeEventFilter(window.idle)
        window.translations.uninstall()
        context.close()
        window.close()


def _shot(window, path):
    """Save a screenshot once pending layout work is done (a label that just grew two lines)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.grab().save(str(path))


def _chip(window):
    chip = window.top.chips.get("printer")
    return chip.text() if chip is not None else None


def _visible_texts(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return [w.text() for cls in (QLabel, QAbstractButton) for w in window.findChildren(cls) if w.isVisible()]


def _take_number(qtbot, controller, window, service_id="social-card"):
    window.ticket_requested.emit(service_id)
    panel = controller.confirm_panel
    return panel


def _flush(controller):
    """Wait until the ticket executor has done everything queued so far (e.g. counting a print)."""
    controller._issuer.submit(lambda: None).result(timeout=5)


def test_no_printer_out_of_the_box(make_kiosk, qtbot, screenshot_dir):
    """Default settings: no printer. The screen says so plainly before and after issuing; the number stays on
    screen with 请记下您的号码; no reprint button, no guide printing, no alert per ticket."""
    window, controller = make_kiosk()
    assert controller.settings.printer.uri == ""
    assert _chip(window) == "⚠ 本机没有打印机"
    panel = _take_number(qtbot, controller, window)
    qtbot.waitUntil(lambda: panel.warning.isVisible(), timeout=3000)
    assert "本机没有连接打印机" in panel.warning.text() and "请记下您的号码" in panel.warning.text()
    _shot(window, screenshot_dir / "ticket-confirm-no-printer.png")
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    ticket = controller.ticket_panel
    qtbot.waitUntil(lambda: ticket.print_state == "none", timeout=5000)
    assert "请记下您的号码" in ticket.status.text() and "已打印" not in ticket.status.text()
    assert ticket.number.isVisible() and ticket.number.text() == "B001" and ticket.qr.isVisible()
    assert not ticket.reprint_button.isVisible() and not ticket.guide_button.isVisible()
    assert controller.alerts.active() == []
    _flush(controller)
    assert controller.store.get(controller.issued.ticket.id).prints == 0
    _shot(window, screenshot_dir / "ticket-issued-no-printer.png")
    assert "未配置打印机" in controller.printer_check().text


def test_guide_from_the_card_shows_its_qr_when_the_printer_is_down(make_kiosk, qtbot, screenshot_dir):
    """Printer down → card → 打印办事指南: "可扫码查看" comes with the QR code itself, and it decodes to the link."""
    printer = EscposEmulator()
    printer.close()  # nothing listens: refused
    window, controller = make_kiosk({"uri": printer.uri})
    window.guide_print_requested.emit("tax-invoice")
    guide = controller.guide_panel
    assert not guide.qr.isVisible()  # while printing, no QR
    qtbot.waitUntil(lambda: guide.print_state == "failed", timeout=5000)
    assert "可扫码查看" in guide.status.text()
    assert guide.qr.isVisible() and guide.qr.data.startswith("https://") and "tax-invoice" in guide.qr.data
    assert guide.qr.width() >= 240
    _shot(window, screenshot_dir / "guide-printer-down-qr.png")
    cv2 = pytest.importorskip("cv2", reason="opencv-python-headless decodes the QR")
    import numpy as np

    image = guide.qr.grab().toImage().convertToFormat(guide.qr.grab().toImage().Format.Format_Grayscale8)
    pixels = np.array(image.constBits(), dtype=np.uint8)[: image.sizeInBytes()].reshape(
        image.height(), image.bytesPerLine())[:, : image.width()]
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(pixels)
    assert text == guide.qr.data


def test_guide_without_printer_shows_its_qr(make_kiosk, qtbot):
    """No printer: the card's guide panel says so and shows the QR."""
    window, controller = make_kiosk()
    window.guide_print_requested.emit("social-card")
    guide = controller.guide_panel
    qtbot.waitUntil(lambda: guide.print_state == "none", timeout=5000)
    assert "没有连接打印机" in guide.status.text() and "扫码" in guide.status.text() and guide.qr.isVisible()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_citizens_never_see_technical_printer_text(make_kiosk, qtbot, screenshot_dir, language):
    """Refused connection: citizens read plain words (chip and panel); staff alerts and the status line keep
    the address and the right hint (nothing listens there), the log too."""
    printer = EscposEmulator()
    printer.close()
    window, controller = make_kiosk({"uri": printer.uri})
    window.visit.set_language(language)
    panel = _take_number(qtbot, controller, window)
    qtbot.waitUntil(lambda: panel.warning.isVisible(), timeout=3000)
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    ticket = controller.ticket_panel
    qtbot.waitUntil(lambda: ticket.print_state == "failed", timeout=5000)
    plain = "打印机暂时不能用，请记下号码或扫码" if language == "zh" else "please note your number or scan the code"
    assert plain in ticket.status.text()
    assert _chip(window) == ("⚠ 打印机暂时不能用" if language == "zh" else "⚠ Printer not working")
    shown = "\n".join(_visible_texts(window))
    for word in TECHNICAL:
        assert word not in shown, word
    _shot(window, screenshot_dir / f"ticket-printer-down-plain-{language}.png")
    staff = controller.alerts.active()[-1].message
    assert f"127.0.0.1:{printer.port}" in staff and "没有打印服务在监听" in staff and "被占用" not in staff
    assert f"127.0.0.1:{printer.port}" in controller.printer_check().text


def test_prints_counter_counts_only_real_prints(make_kiosk, qtbot):
    """Paper out half-way (the printer stops reading): the screen never says 已打印 and ``prints`` stays 0;
    after a new roll, 重新打印 prints the same number and ``prints`` becomes 1."""
    emulator = EscposEmulator(paper_bytes=20_000, reads_when_out=False)
    try:
        window, controller = make_kiosk({"uri": emulator.uri, "write_timeout_s": 1.0})
        panel = _take_number(qtbot, controller, window)
        panel.take_button.click()
        qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
        ticket = controller.ticket_panel
        qtbot.waitUntil(lambda: ticket.print_state == "failed", timeout=10000)
        assert "已打印" not in ticket.status.text()
        assert controller.alerts.active()[-1].state == "paper_out"
        _flush(controller)
        issued_id = controller.issued.ticket.id
        assert controller.store.get(issued_id).prints == 0
        emulator.load_paper()
        emulator.reads_when_out = True
        ticket.reprint_button.click()
        qtbot.waitUntil(lambda: ticket.print_state == "printed", timeout=10000)
        _flush(controller)
        assert controller.store.get(issued_id).prints == 1
        assert len(controller.store.list_day()) == 1  # the same number, never a new one
    finally:
        emulator.close()


def test_pdf_is_named_a_test_printer_on_every_screen(make_kiosk, qtbot, tmp_path, screenshot_dir):
    """pdf://: the chip, the confirmation, the ticket screen, the guide panel and the staff status line all
    say test printer; nothing says 已打印."""
    window, controller = make_kiosk({"uri": f"pdf://{tmp_path / 'slips'}"})
    assert _chip(window) == "⚠ 测试打印机（不出纸）"
    panel = _take_number(qtbot, controller, window)
    qtbot.waitUntil(lambda: panel.warning.isVisible(), timeout=3000)
    assert "测试打印机" in panel.warning.text()
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    ticket = controller.ticket_panel
    qtbot.waitUntil(lambda: ticket.print_state == "test", timeout=5000)
    assert "测试打印机" in ticket.status.text() and "请记下您的号码" in ticket.status.text()
    _shot(window, screenshot_dir / "ticket-issued-test-printer.png")
    ticket.guide_button.click()
    qtbot.waitUntil(lambda: "测试打印机" in ticket.status.text() and "办事指南" in ticket.status.text(), timeout=5000)
    controller.forget()
    window.guide_print_requested.emit("social-card")
    guide = controller.guide_panel
    qtbot.waitUntil(lambda: guide.print_state == "test", timeout=5000)
    assert "测试打印机" in guide.status.text() and guide.qr.isVisible()
    assert "测试打印机" in controller.printer_check().text
    assert list((tmp_path / "slips").glob("*.pdf"))


def test_print_test_cli_names_the_printer(tmp_path):
    """``kiosk print-test`` with no printer configured: exit 1 and a plain line; with pdf://: a test printer."""
    def run(*args):
        return subprocess.run([sys.executable, "-m", "kiosk", "--catalog", str(HALL), "print-test", *args],
                              capture_output=True, text=True, timeout=120,
                              env={"KIOSK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
                                   "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})

    none = run()
    assert none.returncode == 1 and "未配置打印机" in none.stdout + none.stderr and "Traceback" not in none.stderr
    pdf = run("--printer", f"pdf://{tmp_path}/slips")
    assert pdf.returncode == 0, pdf.stderr
    assert "测试打印机" in pdf.stdout and "test printer (no paper)" in pdf.stdout


def test_a_printer_that_is_down_shows_from_the_start(make_kiosk, qtbot):
    """Issue 13 (Xvfb walk): the printer-down chip came only after the first print attempt. The state is read
    at start on the print worker (the GUI thread never waits) and again after each visit: back up, chip gone."""
    printer = EscposEmulator(state="paper_out")
    try:
        window, controller = make_kiosk({"uri": printer.uri})
        qtbot.waitUntil(lambda: _chip(window) == "⚠ 打印机暂时不能用", timeout=5000)
        assert not any(printer.jobs)  # no slip was printed to find out (a status query only)
        printer.load_paper()
        window.start_visit()
        window.end_visit()
        qtbot.waitUntil(lambda: _chip(window) is None, timeout=5000)
    finally:
        printer.close()


def test_the_pdf_test_printer_is_not_a_fault_on_the_staff_status(make_kiosk, tmp_path):
    """Xvfb walk 10, defect 17: the staff status read "✕ 故障 Fault — printer fault" for the pdf:// test
    printer, which works. It reads ⚠ Attention (citizens get no paper), each language on its own line."""
    from kiosk.admin.status_text import bilingual, has_chinese
    from kiosk.ui.admin.printer_checks import printer_check
    from kiosk.ui.admin.status_state import row_state

    window, controller = make_kiosk({"uri": f"pdf://{tmp_path / 'slips'}"})
    for item in (controller.printer_check(), printer_check(controller.settings)()):
        state = row_state(item, controller.settings)
        assert item.ok is None and state.look == "attention" and "Fault" not in state.label, item
        zh, en = bilingual(item)
        assert "测试打印机" in zh and "只生成 PDF 文件" in zh, zh
        assert "test printer" in en.lower() and "no paper" in en and not has_chinese(en), en
        assert "fault" not in en.lower()


def test_the_printer_chip_follows_the_language(make_kiosk, qtbot, tmp_path):
    """Xvfb walk 10, defect 13: "⚠ 测试打印机（不出纸）" stayed in the top bar in English mode."""
    window, controller = make_kiosk({"uri": f"pdf://{tmp_path / 'slips'}"})
    assert _chip(window) == "⚠ 测试打印机（不出纸）"
    window.visit.set_language("en")
    qtbot.waitUntil(lambda: _chip(window) == "⚠ Test printer (no paper)", timeout=2000)
    window.visit.set_language("zh")
    qtbot.waitUntil(lambda: _chip(window) == "⚠ 测试打印机（不出纸）", timeout=2000)


def test_the_guide_slip_has_material_notes_and_the_window_chosen_on_the_map(make_kiosk, qtbot, tmp_path,
                                                                             demo_catalog_path):
    """Xvfb walk 10, defect 22: the guide slip left out the materials' notes (户口簿 read as always required)
    and its map led to A01 although the visitor had chosen A02 on the map screen."""
    from kiosk.catalog import load_catalog
    from kiosk.printing.slips import Check, FloorMap, guide_slip

    demo = load_catalog(demo_catalog_path)
    reissue = demo.catalog.service("id-card-reissue")
    for language, note in (("zh", "本市户籍须出示"), ("en", "Other provinces: not needed")):
        details = [c.detail for c in guide_slip(reissue, demo, qr_url="https://example.org/g", language=language).blocks
                   if isinstance(c, Check)]
        assert note in details[0], details
    window, controller = make_kiosk({"uri": f"pdf://{tmp_path / 'slips'}"})
    service = controller.loaded.catalog.service("id-card-renew")
    printed = []
    controller._submit = lambda slip, kind: printed.append(slip)
    window.start_visit()
    window.show_service_map(service.id)
    window.map_screen.choose(1)
    assert window.map_screen.chosen_window(service.id) == service.windows[1]
    window.guide_print_requested.emit(service.id)
    floor_map = next(b for b in printed[-1].blocks if isinstance(b, FloorMap))
    assert service.windows[1] in floor_map.label, floor_map.label


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("press_before_result", [False, True])
def test_done_on_the_guide_panel_takes_a_tap_aimed_when_it_opened(make_kiosk, qtbot, screenshot_dir, language,
                                                                  large, press_before_result):
    """Xvfb walk 13: 完成 on the guide-QR panel once ignored a tap. The panel opened "printing", the down
    printer's failure came a moment later, the QR code appeared and the panel grew: 完成 moved 176 px
    down, and a tap aimed where it was drawn (or a finger already on it) landed on the QR code. Now the
    panel keeps its size and 完成 stays where the citizen saw it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    printer = EscposEmulator()
    printer.close()  # nothing listens: refused
    window, controller = make_kiosk({"uri": printer.uri})
    window.start_visit()
    window.visit.set_language(language)
    window.visit.set_large_text(large)
    window.guide_print_requested.emit("tax-invoice")
    guide = controller.guide_panel  # laid out as it is shown; the print result comes through the event loop
    assert guide.print_state == "printing" and guide.isVisible()
    guide.tap_hold.release()  # the citizen's tap comes after the panel's tap hold (tests/tickets/test_ticket_overlay.py)
    done = guide.done_button
    seen = done.mapTo(window, done.rect().center())  # where the citizen sees 完成 as the panel opens
    closed = []
    guide.done.connect(lambda: closed.append(True))
    if press_before_result:
        QTest.mousePress(window.childAt(seen), Qt.MouseButton.LeftButton, pos=window.childAt(seen).mapFrom(window, seen))
    qtbot.waitUntil(lambda: guide.print_state == "failed", timeout=5000)
    QApplication.processEvents()
    _shot(window, screenshot_dir / f"walk13-guide-done-{language}-{'large' if large else 'normal'}.png")
    assert guide.qr.isVisible()
    target = window.childAt(seen)
    assert target is done, f"the tap aimed at 完成 lands on {target.objectName() or type(target).__name__}"
    local = done.mapFrom(window, seen)
    if not press_before_result:
        QTest.mousePress(done, Qt.MouseButton.LeftButton, pos=local)
    QTest.mouseRelease(done, Qt.MouseButton.LeftButton, pos=local)
    assert closed and controller.guide_panel is None
