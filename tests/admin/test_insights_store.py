"""The anonymous statistics store: questions, ratings with follow-ups, staff calls, summaries."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from kiosk.insights import Insights, Rating, VisitSummary


class Now:
    """A settable datetime clock."""

    def __init__(self) -> None:
        self.value = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=8)))

    def __call__(self) -> datetime:
        return self.value


def test_summary_counts_and_masks(tmp_path):
    """Visits, questions by answerer, top services and masked unanswered questions."""
    now = Now()
    store = Insights(tmp_path / "i.sqlite3", clock=now)
    for _ in range(3):
        store.record_visit()
    store.record_question("社保卡丢了怎么补办", "catalog", "social-card")
    store.record_question("社保卡要带什么", "llm", "social-card")
    store.record_question("护照", "catalog", "passport")
    store.record_question("我的手机号13812345678为什么被停", "handoff")
    store.record_question("我的手机号13812345678为什么被停", "handoff")
    summary = store.summary(7, names={"social-card": "社保卡补办"}.get)
    assert summary.visits == 3 and summary.questions == 5
    assert summary.answered_by == {"catalog": 2, "llm": 1, "handoff": 2}
    assert summary.top_services[0] == ("社保卡补办", 2)
    (text, count), = summary.unanswered
    assert count == 2 and "13812345678" not in text and "为什么被停" in text
    raw = sqlite3.connect(tmp_path / "i.sqlite3").execute("SELECT group_concat(question) FROM questions").fetchone()[0]
    assert "13812345678" not in raw
    assert sqlite3.connect(tmp_path / "i.sqlite3").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_ratings_open_follow_ups(tmp_path):
    """不满意/非常不满意 create follow-ups; others do not; ratings are grouped by day."""
    now = Now()
    store = Insights(tmp_path / "i.sqlite3", clock=now)
    assert store.record_rating(Rating.VERY_SATISFIED) is None
    assert store.record_rating(Rating.BASICALLY_SATISFIED, "排队太久") is None
    now.value += timedelta(days=1)
    follow_up = store.record_rating(Rating.DISSATISFIED, "等太久", "passport")
    assert follow_up is not None
    store.record_rating(Rating.VERY_DISSATISFIED)
    items = store.open_items()
    assert [i.kind for i in items] == ["follow_up", "follow_up"]
    assert any(i.text == "不满意 · 等太久 · 事项 passport" for i in items)
    assert store.mark_handled("follow_up", follow_up) and not store.mark_handled("follow_up", follow_up)
    assert len(store.open_items()) == 1
    summary = store.summary(7)
    assert len(summary.ratings_by_day) == 7
    assert summary.ratings_by_day["2026-11-20"] == {5: 1, 3: 1}
    assert summary.ratings_by_day["2026-11-21"] == {2: 1, 1: 1}
    assert Rating(2).label_zh == "不满意" and Rating(5).label_en == "Very satisfied"


def test_staff_calls_masked_and_handled(tmp_path):
    """A staff call keeps the kiosk, location, service and a masked question until handled."""
    store = Insights(tmp_path / "i.sqlite3", clock=Now())
    call = store.record_staff_call(VisitSummary("kiosk-7", "1F 一楼大厅", "身份证110101199003078515丢了", "id-card",
                                                "身份证补领"))
    (item,) = store.open_items()
    assert item.kind == "call" and item.id == call
    assert "kiosk-7" in item.text and "1F" in item.text and "身份证补领" in item.text
    assert "110101199003078515" not in item.text
    assert store.mark_handled("call", call) and store.open_items() == []
    assert store.summary(1).staff_calls == 1
