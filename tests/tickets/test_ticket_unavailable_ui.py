"""取号 on the real MainWindow while the shared PostgreSQL queue is away: the citizen reads plain words,
staff see a chip and an alert, and once the server is back the next number is issued."""

from __future__ import annotations

import pytest
from ticket_window import ticket_window

from kiosk.tickets import TicketUnavailable


@pytest.fixture
def pg_kiosk(qtbot, tmp_path, own_pg, network_printer):
    """A shown MainWindow whose tickets live in a database of the private PostgreSQL server."""
    tickets = {"database": own_pg.create_database("kiosk"), "retry_s": 0.3,
               "status_base_url": "https://q.example.gov.cn"}
    with ticket_window(qtbot, tmp_path, tickets, network_printer) as (window, controller):
        yield window, controller, own_pg


def test_number_unavailable_while_the_server_is_away(pg_kiosk, qtbot, screenshot_dir):
    window, controller, server = pg_kiosk
    window.ticket_requested.emit("id-card-renew")
    controller.confirm_panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=5000)
    first = controller.issued
    assert first is not None and first.status_url.startswith("https://q.example.gov.cn/t/")
    assert first.ticket.token in first.status_url and first.ticket.label not in first.status_url
    controller.forget()

    server.stop("fast")
    window.ticket_requested.emit("id-card-renew")
    panel = controller.confirm_panel
    panel.take_button.click()
    qtbot.waitUntil(lambda: panel.warning.isVisible() and "暂时无法取号" in panel.warning.text(), timeout=5000)
    assert panel.warning.text() == TicketUnavailable.citizen_zh
    assert controller.ticket_panel is None  # no number shown that is not stored
    qtbot.waitUntil(lambda: "取号" in (window.top.chips.get("tickets").text() if window.top.chips.get("tickets") else ""),
                    timeout=5000)
    assert any(a.printer == "tickets" for a in controller.alerts.active())
    window.grab().save(str(screenshot_dir / "ticket-unavailable.png"))

    server.start()
    qtbot.waitUntil(lambda: window.top.chips.get("tickets") is None or not window.top.chips["tickets"].isVisible(),
                    timeout=30000)
    panel.take_button.click()
    qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=5000)
    assert controller.issued.ticket.number == first.ticket.number + 1
    insights = controller.context.insights  # the outage reaches the hall's staff alerts once it is back
    assert insights.shared and insights.forwarder.flush(timeout=20)
    assert any(a.source == "tickets" and a.kiosk_id == controller.settings.hall.kiosk_id for a in insights.alerts())
    line = controller.hall_alerts_check()
    assert line.key == "hall_alerts" and line.ok is False and "全大厅" in line.text_zh


def test_the_confirmation_never_waits_on_an_unreachable_server(pg_kiosk, qtbot):
    """The server goes away unnoticed: 取号 opens the confirmation at once (the people ahead are read on the
    ticket worker), then says plainly that numbers are unavailable; a number issued for a service the catalog
    has dropped meanwhile is still shown."""
    from dataclasses import replace

    window, controller, server = pg_kiosk
    server.stop("immediate")  # nobody has noticed yet: the first read waits for the pool's timeout
    window.ticket_requested.emit("id-card-renew")
    panel = controller.confirm_panel
    assert window.overlay.widget is panel and not panel.warning.isVisible()  # returned before the read finished
    qtbot.waitUntil(lambda: panel.warning.isVisible() and panel.warning.text() == TicketUnavailable.citizen_zh,
                    timeout=8000)
    server.start()
    qtbot.waitUntil(lambda: controller.store.available, timeout=30000)
    issued = controller.desk.issue("id-card-renew")
    gone = replace(issued, ticket=replace(issued.ticket, service_id="dropped-from-the-catalog"))
    controller._issued(gone)
    assert controller.ticket_panel is not None and window.overlay.widget is controller.ticket_panel
    assert controller.ticket_panel.number.text() == issued.ticket.label  # the number stands


def test_people_ahead_follow_a_call_made_at_a_counter(pg_kiosk, qtbot):
    """Another kiosk's ticket is ahead; a clerk calls it at the counter; this kiosk's screen says 0 ahead."""
    from kiosk.tickets import PostgresTicketStore

    window, controller, _server = pg_kiosk
    other = PostgresTicketStore(controller.store.url)
    try:
        other.issue("id-card-renew", "A")
        window.ticket_requested.emit("id-card-renew")
        qtbot.waitUntil(lambda: "前面还有 1 人" in controller.confirm_panel.ahead.text(), timeout=5000)
        other.issue("id-card-renew", "A")  # a second kiosk issues: the confirmation follows
        qtbot.waitUntil(lambda: "前面还有 2 人" in controller.confirm_panel.ahead.text(), timeout=5000)
        controller.confirm_panel.take_button.click()
        qtbot.waitUntil(lambda: controller.ticket_panel is not None, timeout=5000)
        panel = controller.ticket_panel
        assert "2" in panel.ahead.text()
        other.call_next("A01", ["id-card-renew"])
        other.call_next("A01", ["id-card-renew"])
        qtbot.waitUntil(lambda: panel.ahead.text() == panel.w["ahead_none"], timeout=5000)
    finally:
        other.close()
