"""Insights and staff alerts shared by the hall on a real PostgreSQL (two Insights = two kiosks), and a
kiosk's own SQLite file unchanged when ``tickets.database`` is a file path."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import psycopg
import pytest

from kiosk.insights import Insights, Rating, VisitSummary
from kiosk.insights.hall import SCHEMA_VERSION as HALL_SCHEMA
from kiosk.insights.hall import HallInsights
from kiosk.insights.local import SCHEMA_VERSION as LOCAL_SCHEMA
from kiosk.settings import Settings

PHONE = "13812345678"


class Clock:
    """A settable clock (aware, like the kiosk's)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 10, 0).astimezone()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def kiosks(tmp_path):
    """A factory of kiosks' Insights sharing one hall URL (closed at the end)."""
    opened: list[Insights] = []

    def make(url: str, name: str, clock=None) -> Insights:
        insights = Insights(tmp_path / name / "insights.sqlite3", clock or Clock(), hall_url=url, kiosk_id=name,
                            retry_s=0.2)
        opened.append(insights)
        return insights

    yield make
    for insights in opened:
        insights.close()


def _record_some(insights: Insights, calls: int = 1) -> None:
    insights.record_visit()
    insights.record_question(f"我的手机号{PHONE}能查公积金吗", "handoff")
    question = insights.record_question("护照要带什么材料", "catalog", "passport")
    insights.set_answered_by(question, "llm")
    insights.record_rating(Rating.VERY_DISSATISFIED, f"打{PHONE}没人接", "passport")
    for _ in range(calls):
        insights.record_staff_call(VisitSummary(insights.kiosk_id, "1F 大厅", f"电话{PHONE}", "passport", "普通护照签发"))
    insights.record_alert("tcp://10.0.0.9:9100", "paper_out", "打印机缺纸 paper out")


def test_two_kiosks_see_the_hall_totals_and_close_each_others_items(pg_url, kiosks):
    a, b = kiosks(pg_url, "kiosk-a"), kiosks(pg_url, "kiosk-b")
    _record_some(a, calls=2)
    _record_some(b)
    assert a.forwarder.flush() and b.forwarder.flush()
    for kiosk in (a, b):
        summary = kiosk.summary(7)
        assert summary.scope == "hall"
        assert (summary.visits, summary.questions, summary.staff_calls) == (2, 4, 3)
        assert summary.answered_by == {"handoff": 2, "llm": 2}
        assert summary.ratings_total == {1: 2}
    assert a.local.reader.summary(7, Clock()().date()).visits == 1  # each file keeps its own
    items = b.open_items()
    calls = [i for i in items if i.kind == "call"]
    assert sorted(i.kiosk_id for i in calls) == ["kiosk-a", "kiosk-a", "kiosk-b"] and all(i.shared for i in items)
    follow_ups = [i for i in items if i.kind == "follow_up"]
    assert {i.text.split(" · ")[0] for i in follow_ups} == {"kiosk-a", "kiosk-b"}
    theirs = next(i for i in calls if i.kiosk_id == "kiosk-a")
    assert b.handle(theirs) and not b.handle(theirs)  # closed once, from the other kiosk
    assert theirs.id not in [i.id for i in a.open_items() if i.kind == "call"]
    alerts = a.alerts()
    assert sorted(x.kiosk_id for x in alerts) == ["kiosk-a", "kiosk-b"] and alerts[0].state == "paper_out"
    # a's own later copy of its calls (an outbox line again) must not reopen what b closed
    for local_id in (1, 2):
        a.local.update("staff_calls", local_id, "location = location", ())
    assert a.local.backlog() == 2 and a.forwarder.flush()
    assert theirs.id not in [i.id for i in b.open_items() if i.kind == "call"]
    with psycopg.connect(pg_url) as conn:  # PIPL: nothing unmasked reached the hall
        for table in ("questions", "ratings", "follow_ups", "staff_calls", "staff_alerts"):
            rows = conn.execute(f"SELECT * FROM insights_{table}").fetchall()
            assert rows and not any(PHONE in str(row) for row in rows), table


def test_an_outage_loses_nothing_and_copies_nothing_twice(own_pg, kiosks):
    url = own_pg.create_database("hall_outage")
    kiosk = kiosks(url, "kiosk-a")
    assert kiosk.forwarder.flush()
    own_pg.stop("immediate")
    _record_some(kiosk)  # recorded at once, in the kiosk's own file
    assert not kiosk.forwarder.flush(timeout=1.0)
    assert kiosk.summary(7).scope == "kiosk" and kiosk.summary(7).visits == 1
    assert kiosk.hall_problem()
    own_pg.start()
    assert kiosk.forwarder.flush(timeout=20)
    assert kiosk.summary(7).scope == "hall" and kiosk.summary(7).visits == 1
    rows = kiosk.local.pending()
    assert rows == []
    hall = HallInsights(url)
    try:  # a copy repeated after a crash (before the outbox was cleared) changes nothing
        again = [(1, "visits", 1, (kiosk._now()[0], kiosk._now()[1]))]
        hall.copy("kiosk-a", again)
        hall.copy("kiosk-a", again)
        assert hall.reader.summary(7, Clock()().date()).visits == 1
        assert hall.schema_version() == HALL_SCHEMA
    finally:
        hall.close()


def test_a_file_path_keeps_everything_on_the_kiosk(tmp_path):
    settings = Settings(data_dir=tmp_path, tickets={"database": str(tmp_path / "t.sqlite3")})
    insights = Insights.for_settings(settings)
    try:
        assert not insights.shared
        _record_some(insights)
        assert insights.local.backlog() == 0
        summary = insights.summary(7)
        assert summary.scope == "kiosk" and summary.visits == 1
        assert insights.alerts()[0].kiosk_id == ""
        item = next(i for i in insights.open_items() if i.kind == "call")
        assert not item.shared and insights.handle(item)
    finally:
        insights.close()


def test_for_settings_shares_on_a_postgresql_url(tmp_path, pg_url):
    settings = Settings(data_dir=tmp_path, tickets={"database": pg_url}, hall={"kiosk_id": "k9"})
    insights = Insights.for_settings(settings)
    try:
        assert insights.shared and insights.kiosk_id == "k9"
        insights.record_visit()
        assert insights.forwarder.flush()
        assert insights.summary(1).scope == "hall"
    finally:
        insights.close()


def test_an_old_file_is_migrated(tmp_path):
    path = tmp_path / "insights.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE ratings (id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, level INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '', service_id TEXT);
        CREATE TABLE follow_ups (id INTEGER PRIMARY KEY, at TEXT NOT NULL, rating_id INTEGER REFERENCES ratings(id),
            text TEXT NOT NULL, handled_at TEXT);
        INSERT INTO ratings VALUES (1, '2026-11-28T10:00:00', '2026-11-28', 1, '', 'passport');
        INSERT INTO follow_ups VALUES (1, '2026-11-28T10:00:00', 1, '非常不满意 · 事项 passport', NULL);
    """)
    db.close()
    insights = Insights(path, Clock())
    try:
        assert insights.local.schema_version() == LOCAL_SCHEMA
        item = insights.open_items(names=lambda _sid: "普通护照签发")[0]
        assert item.text.endswith("普通护照签发")
    finally:
        insights.close()


def test_staff_status_page_lists_and_closes_the_halls_calls_off_the_gui_thread(qtbot, pg_url, kiosks, tmp_path):
    from pathlib import Path

    from PySide6.QtWidgets import QPushButton, QWidget

    from kiosk.admin.audit import AuditLog
    from kiosk.admin.lockout import Lockout
    from kiosk.catalog import CatalogStore, load_catalog
    from kiosk.ui.admin.services import AdminServices
    from kiosk.ui.admin.status import StatusPage

    a, b = kiosks(pg_url, "kiosk-a"), kiosks(pg_url, "kiosk-b")
    a.record_staff_call(VisitSummary("kiosk-a", "2F 二楼", f"电话{PHONE}", "passport", "普通护照签发"))
    assert a.forwarder.flush() and b.forwarder.flush()
    (call,) = [i for i in b.open_items() if i.kind == "call"]
    hall = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"
    services = AdminServices(settings=Settings(data_dir=tmp_path), catalog_store=CatalogStore(load_catalog(hall)),
                             audit=AuditLog.in_data_dir(tmp_path), insights=b,
                             lockout=Lockout(tmp_path / "lockout.json", 5, 60))
    page = StatusPage(services)
    qtbot.addWidget(page)
    page.show_calls()
    # read on a worker: nothing shown yet when show_calls returns
    assert page.no_calls.isHidden() and all(r.isHidden() for r in page.call_rows)
    qtbot.waitUntil(lambda: page.findChild(QWidget, f"call_{call.id}") is not None, timeout=5000)
    row = page.findChild(QWidget, f"call_{call.id}")
    assert "kiosk-a" in " ".join(w.text() for w in row.findChildren(type(page.checked_at)))
    assert PHONE not in " ".join(w.text() for w in row.findChildren(type(page.checked_at)))
    page.findChild(QPushButton, f"handleCall_{call.id}").click()
    qtbot.waitUntil(lambda: not page.no_calls.isHidden(), timeout=5000)
    assert page.findChild(QWidget, f"call_{call.id}") is None and all(r.isHidden() for r in page.call_rows)
    assert [i for i in a.open_items() if i.kind == "call"] == []  # closed for the whole hall
    entry = services.audit.tail(1)[0]
    assert entry.action == "staff_call.handled" and entry.outcome == "ok" and "kiosk-a, hall" in entry.detail
