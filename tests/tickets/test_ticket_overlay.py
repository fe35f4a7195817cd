"""The ticket screens on the real MainWindow: confirmation, issuing, printing and every printer fault."""

from __future__ import annotations

import pytest
from ticket_window import ticket_window


@pytest.fixture
def kiosk(qtbot, tmp_path, network_printer):
    """A shown MainWindow on the test hall with tickets installed, printing to the TCP test printer."""
    with ticket_window(qtbot, tmp_path, {"database": tmp_path / "t.sqlite3"}, network_printer) as (window, controller):
        yield window, controller, network_printer


def _chip(window, key):
    chip = window.top.chips.get(key)
    return chip.text() if chip is not None else None


def test_take_a_number_and_print(kiosk, qtbot, screenshot_dir):
    """取号 → confirmation (people ahead, lanes) → 确认取号 → big number on screen → printed on the TCP printer."""
    window, controller, printer = kiosk
    controller.store.issue("id-card-renew", "A")  # someone is already waiting
    window.ticket_requested.emit("id-card-renew")
    panel = controller.confirm_panel
    assert window.overlay.widget is panel
    qtbot.waitUntil(lambda: "前面还有 1 人" in panel.ahead.text(), timeout=3000)  # read off the GUI thread
    qtbot.waitUntil(lambda: not panel.warning.isVisible() and len(printer.connections) >= 1, timeout=3000)
    window.grab().save(str(screenshot_dir / "ticket-confirm.png"))
    panel.priority_button.click()
    assert panel.priority
    qtbot.waitUntil(lambda: "目前无人等候" in panel.ahead.text(), timeout=3000)  # priority goes before A001
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    ticket_panel = controller.ticket_panel
    assert ticket_panel.number.text() == "A002"
    assert ticket_panel.lane.isVisible()
    assert "A1、A2" in ticket_panel.windows.text() and "一楼 A区" in ticket_panel.windows.text()
    assert ticket_panel.qr.data.endswith("id-card-renew?t=A002")
    qtbot.waitUntil(lambda: ticket_panel.print_state == "printed", timeout=5000)
    assert ticket_panel.status.text() == "已打印，请取票"
    window.grab().save(str(screenshot_dir / "ticket-issued-printed.png"))
    job = printer.jobs[-1]
    assert job.startswith(b"\x1b@") and b"\x1dv0" in job and b"\x1dV" in job[-8:]
    ticket = controller.store.list_day()[-1]
    assert ticket.label == "A002" and ticket.priority
    qtbot.waitUntil(lambda: controller.store.get(ticket.id).prints == 1, timeout=2000)
    assert _chip(window, "printer") is None

    # 打印办事指南 from the ticket screen.
    before = len(printer.connections)
    ticket_panel.guide_button.click()
    qtbot.waitUntil(lambda: ticket_panel.status.text() == "已打印，请取票\n办事指南已打印，请取走", timeout=5000)
    assert len(printer.connections) > before


def test_a_failed_guide_keeps_the_failed_tickets_note_your_number(kiosk, qtbot, screenshot_dir):
    """Walk 11 #3: after a failed ticket, a failed guide adds its line; "note your number, still valid" stays,
    and each button names the slip it prints again."""
    window, controller, printer = kiosk
    printer.state = "paper_out"
    window.ticket_requested.emit("social-card")
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    panel = controller.ticket_panel
    qtbot.waitUntil(lambda: panel.print_state == "failed", timeout=5000)
    assert panel.reprint_button.text() == "重新打印号码单"
    panel.guide_button.click()
    qtbot.waitUntil(lambda: "可扫码查看办事指南" in panel.status.text(), timeout=5000)
    text = panel.status.text()
    assert "请记下号码" in text and "您的号码依然有效" in text and "可扫码查看办事指南" in text
    assert panel.reprint_button.text() == "重新打印号码单" and panel.reprint_button.isVisible()
    assert panel.guide_button.text() == "重新打印办事指南"
    window.grab().save(str(screenshot_dir / "ticket-guide-failed-after-ticket.png"))


@pytest.mark.parametrize("fault", ["paper_out", "offline", "no_answer_closed", "close_mid_job"])
def test_printer_faults_keep_the_number_on_screen(kiosk, qtbot, screenshot_dir, fault):
    """Every fault: the number and QR stay on screen with the 请记下号码 message; staff get a chip and an alert."""
    window, controller, printer = kiosk
    if fault == "no_answer_closed":
        printer.close()  # nothing listens any more: connection refused
    else:
        printer.state = fault
    printer.close_after = 500
    window.ticket_requested.emit("social-card")
    panel = controller.confirm_panel
    if fault in ("paper_out", "offline", "no_answer_closed"):
        qtbot.waitUntil(lambda: panel.warning.isVisible(), timeout=3000)  # warned before a number is issued
        assert "仍可取号" in panel.warning.text()
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    ticket_panel = controller.ticket_panel
    qtbot.waitUntil(lambda: ticket_panel.print_state == "failed", timeout=5000)
    assert ticket_panel.number.text() == "B001" and ticket_panel.number.isVisible()
    assert ticket_panel.qr.isVisible() and ticket_panel.qr.data
    assert "您的号码依然有效" in ticket_panel.status.text() and "请记下号码" in ticket_panel.status.text()
    assert ticket_panel.reprint_button.isVisible()
    assert _chip(window, "printer") and "打印机" in _chip(window, "printer")
    alerts = controller.alerts.active()
    assert alerts and alerts[-1].state in {"paper_out": ("paper_out",), "offline": ("offline",),
                                          "no_answer_closed": ("refused",),
                                          "close_mid_job": ("offline",)}[fault]
    assert controller.store.get(controller.issued.ticket.id).state == "waiting"  # the number is valid
    if fault == "paper_out":
        window.grab().save(str(screenshot_dir / "ticket-issued-printer-paper-out.png"))
        # Staff reload paper; the citizen taps 重新打印: same number, printed.
        printer.state = "online"
        ticket_panel.reprint_button.click()
        qtbot.waitUntil(lambda: ticket_panel.print_state == "printed", timeout=5000)
        assert controller.store.list_day()[-1].label == "B001" and len(controller.store.list_day()) == 1
        qtbot.waitUntil(lambda: controller.store.list_day()[-1].prints == 1, timeout=2000)  # the failed one: no
        assert _chip(window, "printer") is None
    # A fresh controller (the admin screen) reads the same alerts from SQLite.
    from kiosk.printing.service import PrinterAlerts

    assert PrinterAlerts(controller.store.path).all()


def test_cancel_guide_from_card_and_visit_end(kiosk, qtbot, screenshot_dir):
    """取消 closes without a number; 打印办事指南 from the card prints a guide; the idle wipe forgets the ticket."""
    window, controller, _printer = kiosk
    window.ticket_requested.emit("tax-invoice")
    controller.confirm_panel.cancel_button.click()
    assert window.overlay.widget is None and controller.store.list_day() == []

    window.guide_print_requested.emit("tax-invoice")
    guide = controller.guide_panel
    qtbot.waitUntil(lambda: guide.status.text() == "办事指南已打印，请取走", timeout=5000)
    window.grab().save(str(screenshot_dir / "ticket-guide-printed.png"))
    guide.done_button.click()
    assert window.overlay.widget is None

    window.ticket_requested.emit("tax-invoice")
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    window.visit_ended.emit()
    assert controller.ticket_panel is None and controller.issued is None
    assert window.overlay.widget is None or not window.overlay.isVisible()
    assert [t.label for t in controller.store.waiting()] == ["C001"]  # still valid in the database


def test_english_ticket_screen(kiosk, qtbot, screenshot_dir):
    """In English the panels and the slip are in English."""
    window, controller, _printer = kiosk
    window.visit.set_language("en")
    window.ticket_requested.emit("social-card")
    assert controller.confirm_panel.take_button.text() == "Take number"
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    qtbot.waitUntil(lambda: controller.ticket_panel.print_state == "printed", timeout=5000)
    assert "Replace social security card" in controller.ticket_panel.service.text()
    window.grab().save(str(screenshot_dir / "ticket-issued-en.png"))


def test_pdf_printer_from_the_worker_thread(kiosk, qtbot, tmp_path):
    """pdf:// (the test printer) renders the ticket with QPdfWriter on the print worker; the screen says so."""
    from kiosk.printing.transports import make_printer

    window, controller, _ = kiosk
    controller.printing.printer = make_printer(f"pdf://{tmp_path}/slips")
    window.ticket_requested.emit("social-card")
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    qtbot.waitUntil(lambda: controller.ticket_panel.print_state == "test", timeout=5000)
    assert "测试打印机" in controller.ticket_panel.status.text()
    assert [p.name.startswith("ticket-") for p in (tmp_path / "slips").glob("*.pdf")] == [True]


def test_portrait_ticket_screen(kiosk, qtbot, screenshot_dir):
    """On a 1080×1920 portrait kiosk the ticket panel stacks the QR under the number and fits the width."""
    window, controller, _ = kiosk
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: window.portrait and window.width() == 1080, timeout=5000)  # the portrait layout is in
    window.ticket_requested.emit("id-card-renew")
    window.grab().save(str(screenshot_dir / "ticket-confirm-portrait.png"))
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    qtbot.waitUntil(lambda: controller.ticket_panel.print_state == "printed", timeout=5000)
    panel = controller.ticket_panel
    qtbot.waitUntil(lambda: 0 < panel.width() <= 1080 and panel.qr.isVisible(), timeout=5000)  # once laid out
    window.grab().save(str(screenshot_dir / "ticket-issued-portrait.png"))


def test_a_failed_issue_tells_the_citizen_and_staff(kiosk, qtbot, tmp_path):
    """The ticket database breaks between 取号 and 确认: a plain warning, the panel usable again, a staff chip."""
    import sqlite3

    window, controller, _printer = kiosk
    window.ticket_requested.emit("id-card-renew")
    panel = controller.confirm_panel
    with sqlite3.connect(tmp_path / "t.sqlite3") as db:  # another process broke the file
        db.execute("DROP TABLE tickets")
    panel.take_button.click()
    qtbot.waitUntil(lambda: _chip(window, "tickets") is not None, timeout=5000)
    assert "取号失败" in _chip(window, "tickets")
    assert panel.warning.isVisible() and "暂时无法取号" in panel.warning.text()
    assert panel.take_button.isEnabled()  # not left busy
    assert any("取号失败" in a.message for a in controller.alerts.active())
    assert controller.ticket_panel is None


def test_a_late_printer_check_keeps_the_failed_issue_warning(kiosk, qtbot, tmp_path):
    """The printer's "working" answer arriving after a failed issue must not wipe "暂时无法取号" (seen under load)."""
    import sqlite3

    from kiosk.printing.service import StatusChecked
    from kiosk.printing.status import PrinterStatus

    window, controller, _printer = kiosk
    window.ticket_requested.emit("id-card-renew")
    panel = controller.confirm_panel
    with sqlite3.connect(tmp_path / "t.sqlite3") as db:
        db.execute("DROP TABLE tickets")
    panel.take_button.click()
    qtbot.waitUntil(lambda: panel.warning.isVisible(), timeout=5000)
    controller._on_print_event(StatusChecked(job_id="confirm-late", status=PrinterStatus("ok")))
    assert panel.warning.isVisible() and "暂时无法取号" in panel.warning.text()
    controller._on_print_event(StatusChecked(job_id="confirm-late", status=PrinterStatus("paper_out")))
    assert "暂时无法取号" in panel.warning.text() and "\n" in panel.warning.text()  # both, the ticket's first


def _tap_at(qtbot, window, point):
    """A real tap (mouse press and release) on whatever the window shows at ``point`` (window coordinates)."""
    from PySide6.QtCore import Qt

    target = window.childAt(point)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
    return target


def test_a_double_tap_on_confirm_leaves_the_number_on_screen(kiosk, qtbot):
    """Xvfb walk 12 #3: an elderly visitor's second tap on 确认取号 landed on the number screen's 完成, in the
    same place: the number was issued and never seen. The panels that follow a tap ignore taps for a moment."""
    window, controller, _printer = kiosk
    window.ticket_requested.emit("social-card")
    confirm = controller.confirm_panel
    qtbot.waitUntil(lambda: not confirm.tap_hold.held, timeout=3000)
    spot = confirm.take_button.mapTo(window, confirm.take_button.rect().center())
    assert _tap_at(qtbot, window, spot) is confirm.take_button
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=3000)
    panel = controller.ticket_panel
    assert _tap_at(qtbot, window, spot) is panel.done_button  # the trap: 完成 sits where 确认取号 was
    assert window.overlay.widget is panel and panel.number.isVisible() and panel.number.text() == "B001"
    qtbot.waitUntil(lambda: not panel.tap_hold.held, timeout=3000)
    _tap_at(qtbot, window, spot)  # a deliberate tap later closes it
    assert window.overlay.widget is None
    assert len(controller.store.list_day()) == 1


def test_a_double_tap_on_take_a_number_does_not_take_one(kiosk, qtbot):
    """The same trap one step earlier: the confirmation ignores the second tap of 取号."""
    window, controller, _printer = kiosk
    window.ticket_requested.emit("social-card")
    confirm = controller.confirm_panel
    assert confirm.tap_hold.held
    _tap_at(qtbot, window, confirm.take_button.mapTo(window, confirm.take_button.rect().center()))
    assert window.overlay.widget is confirm and controller.store.list_day() == []


def test_a_double_tap_on_print_guide_leaves_the_guide_panel_open(kiosk, qtbot):
    """打印办事指南 from the card: the guide panel's 完成 ignores the tap's twin."""
    window, controller, _printer = kiosk
    window.guide_print_requested.emit("tax-invoice")
    guide = controller.guide_panel
    _tap_at(qtbot, window, guide.done_button.mapTo(window, guide.done_button.rect().center()))
    assert window.overlay.widget is guide
    qtbot.waitUntil(lambda: not guide.tap_hold.held, timeout=3000)
    _tap_at(qtbot, window, guide.done_button.mapTo(window, guide.done_button.rect().center()))
    assert window.overlay.widget is None
