"""PrintService: jobs on a worker thread, events in order, alerts recorded (Qt-free, text mode)."""

from __future__ import annotations

import threading

from kiosk.printing.service import Printed, PrinterAlerts, PrintFailed, Printing, PrintService, StatusChecked
from kiosk.printing.slips import guide_slip
from kiosk.printing.transports import make_printer


def test_events_and_alerts(network_printer, hall, tmp_path):
    """Printed, then paper out (failed + alert), then a status check; alerts survive in SQLite."""
    events = []
    got = threading.Event()

    def on_event(event):
        events.append((threading.current_thread().name, event))
        got.set()

    alerts = PrinterAlerts(tmp_path / "alerts.sqlite3")
    service = PrintService(make_printer(network_printer.uri, mode="text"), on_event, alerts)
    slip = guide_slip(hall.catalog.service("social-card"), hall, qr_url="https://x/{service_id}")
    service.submit(slip, "job-1")
    service.close()
    assert [type(e) for _, e in events] == [Printing, Printed]
    assert all(name == "print-service" for name, _ in events)  # never the caller's thread
    network_printer.state = "paper_out"
    events.clear()
    service = PrintService(make_printer(network_printer.uri, mode="text"), on_event, alerts)
    service.submit(slip, "job-2")
    service.check("check-1")
    service.close()
    failed = events[1][1]
    assert isinstance(failed, PrintFailed) and failed.state == "paper_out" and failed.job_id == "job-2"
    checked = events[2][1]
    assert isinstance(checked, StatusChecked) and checked.status.state == "paper_out"
    assert [a.state for a in alerts.active()] == ["paper_out"]
    assert PrinterAlerts(tmp_path / "alerts.sqlite3").active()[0].job == "job-2"
    assert alerts.resolve_all() == 1 and alerts.active() == []
    assert PrinterAlerts(tmp_path / "alerts.sqlite3").active() == []


def test_domain_modules_are_qt_free():
    """tickets and the non-qt_ printing modules import without PySide6."""
    import subprocess
    import sys

    code = ("import sys; import kiosk.tickets, kiosk.printing.slips, kiosk.printing.escpos, kiosk.printing.status,"
            " kiosk.printing.transports, kiosk.printing.service, kiosk.cli.ticket, kiosk.cli.print_test;"
            " print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_outcomes_no_printer_test_printer_and_a_stalled_printer(hall, tmp_path, gui_ready):
    """No printer: PrintFailed "none" and no alert; pdf://: Printed with outcome "test"; a printer that takes
    the status query and then stops reading: PrintFailed "timeout" (with an alert), never Printed."""
    from printer_emulator import EscposEmulator

    slip = guide_slip(hall.catalog.service("social-card"), hall, qr_url="https://x/{service_id}")

    def run(printer):
        events = []
        service = PrintService(printer, events.append)
        service.submit(slip, "job")
        service.close(10)
        return events[-1], service.alerts.active()

    none, alerts = run(make_printer(""))
    assert isinstance(none, PrintFailed) and none.outcome == "none" and alerts == []
    test, _ = run(make_printer(f"pdf://{tmp_path}"))
    assert isinstance(test, Printed) and test.outcome == "test" and not test.on_paper
    stalled = EscposEmulator("stall")
    try:
        failed, alerts = run(make_printer(stalled.uri, write_timeout_s=1.0))
    finally:
        stalled.close()
    assert isinstance(failed, PrintFailed) and failed.state == "timeout" and failed.outcome == "failed"
    assert [a.state for a in alerts] == ["timeout"]
