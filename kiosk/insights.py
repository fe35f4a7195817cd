"""Anonymous hall statistics for staff: visits, questions, ratings (好差评) and calls for staff.

One SQLite file in the data folder (WAL). Nothing here identifies a citizen: questions and
summaries are masked with :func:`kiosk.admin.masking.mask_text` before they are stored, and no
transcript, audio or ticket number is kept. A 不满意/非常不满意 rating opens a follow-up item
that staff close on the insights screen; so does every call for staff on the status screen.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Literal

from kiosk.admin.masking import mask_text
from kiosk.messages import N_, translator

_LOGGER = logging.getLogger(__name__)

INSIGHTS_FILE = "insights.sqlite3"
AnsweredBy = Literal["catalog", "llm", "handoff"]


class Rating(IntEnum):
    """The five levels of 好差评 (5 best)."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    BASICALLY_SATISFIED = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def label_zh(self) -> str:
        """Chinese label, e.g. 非常满意."""
        return translator("zh")(_LABELS[self])

    @property
    def label_en(self) -> str:
        """English label."""
        return translator("en")(_LABELS[self])

    @property
    def needs_follow_up(self) -> bool:
        """不满意 and 非常不满意 create a follow-up item for staff."""
        return self <= Rating.DISSATISFIED


_LABELS = {
    Rating.VERY_SATISFIED: N_("Very satisfied"),
    Rating.SATISFIED: N_("Satisfied"),
    Rating.BASICALLY_SATISFIED: N_("Fairly satisfied"),
    Rating.DISSATISFIED: N_("Dissatisfied"),
    Rating.VERY_DISSATISFIED: N_("Very dissatisfied"),
}


@dataclass(frozen=True)
class VisitSummary:
    """What staff need to help a citizen who called them (already masked, no identity)."""

    kiosk_id: str
    location: str
    """Where the kiosk stands, e.g. ``1F 一楼大厅``."""
    question: str = ""
    service_id: str | None = None
    service_name: str = ""

    def text(self) -> str:
        """One line for alerts and logs."""
        parts = [f"{self.kiosk_id} @ {self.location}"]
        if self.service_name or self.service_id:
            parts.append(f"事项 {self.service_name or self.service_id}")
        if self.question:
            parts.append(f"问题 「{self.question}」")
        return " · ".join(parts)


@dataclass(frozen=True)
class OpenItem:
    """A staff call or a follow-up that is not handled yet."""

    id: int
    kind: Literal["call", "follow_up"]
    at: str
    text: str


@dataclass
class InsightsSummary:
    """Numbers for the insights screen over the last ``days`` days."""

    days: int
    visits: int = 0
    questions: int = 0
    answered_by: dict[str, int] = field(default_factory=dict)
    top_services: list[tuple[str, int]] = field(default_factory=list)
    unanswered: list[tuple[str, int]] = field(default_factory=list)
    ratings_by_day: dict[str, dict[int, int]] = field(default_factory=dict)
    """Day (ISO) → rating level → count, every day of the period present."""
    ratings_total: dict[int, int] = field(default_factory=dict)
    staff_calls: int = 0


_SCHEMA = """
CREATE TABLE IF NOT EXISTS visits (id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, question TEXT NOT NULL,
    answered_by TEXT NOT NULL, service_id TEXT);
CREATE TABLE IF NOT EXISTS ratings (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, level INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '', service_id TEXT);
CREATE TABLE IF NOT EXISTS follow_ups (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, rating_id INTEGER REFERENCES ratings(id),
    text TEXT NOT NULL, handled_at TEXT);
CREATE TABLE IF NOT EXISTS staff_calls (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, kiosk_id TEXT NOT NULL,
    location TEXT NOT NULL, question TEXT NOT NULL, service_id TEXT, service_name TEXT NOT NULL,
    handled_at TEXT);
CREATE INDEX IF NOT EXISTS questions_day ON questions(day);
CREATE INDEX IF NOT EXISTS ratings_day ON ratings(day);
"""


class Insights:
    """The statistics store; every method is short and thread-safe."""

    def __init__(self, path: Path, clock: Callable[[], datetime] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now().astimezone())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> Insights:
        """The store of a kiosk's data folder."""
        return cls(Path(data_dir) / INSIGHTS_FILE)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _now(self) -> tuple[str, str]:
        now = self._clock()
        return now.isoformat(timespec="seconds"), now.date().isoformat()

    def _insert(self, sql: str, values: tuple[object, ...]) -> int:
        with self._lock:
            cursor = self._db.execute(sql, values)
            return int(cursor.lastrowid or 0)

    # -- recording -----------------------------------------------------------------------------
    def record_visit(self) -> int:
        """A visit began."""
        at, day = self._now()
        return self._insert("INSERT INTO visits(at, day) VALUES (?, ?)", (at, day))

    def record_question(self, question: str, answered_by: AnsweredBy, service_id: str | None = None) -> int:
        """A question was answered by the catalog, the LLM, or handed to staff (unanswered)."""
        at, day = self._now()
        return self._insert(
            "INSERT INTO questions(at, day, question, answered_by, service_id) VALUES (?, ?, ?, ?, ?)",
            (at, day, mask_text(question)[:200], answered_by, service_id),
        )

    def set_answered_by(self, question_id: int, answered_by: AnsweredBy) -> None:
        """Correct who answered a recorded question (the LLM's answer arrives after the card)."""
        with self._lock:
            self._db.execute("UPDATE questions SET answered_by = ? WHERE id = ?", (answered_by, question_id))

    def record_rating(self, level: Rating | int, reason: str = "", service_id: str | None = None) -> int | None:
        """Store a rating; returns the follow-up id when the rating needs one, else None."""
        level = Rating(level)
        at, day = self._now()
        reason = mask_text(reason)[:200]
        rating_id = self._insert(
            "INSERT INTO ratings(at, day, level, reason, service_id) VALUES (?, ?, ?, ?, ?)",
            (at, day, int(level), reason, service_id),
        )
        if not level.needs_follow_up:
            return None
        text = f"{level.label_zh}" + (f" · {reason}" if reason else "")
        text += f" · 事项 {service_id}" if service_id else ""
        follow_up = self._insert(
            "INSERT INTO follow_ups(at, rating_id, text) VALUES (?, ?, ?)", (at, rating_id, text)
        )
        _LOGGER.info("rating %s created follow-up %d", level.name, follow_up)
        return follow_up

    def record_staff_call(self, summary: VisitSummary) -> int:
        """A citizen asked for staff; the summary is masked again before it is stored."""
        at, day = self._now()
        call_id = self._insert(
            "INSERT INTO staff_calls(at, day, kiosk_id, location, question, service_id, service_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at, day, summary.kiosk_id, summary.location, mask_text(summary.question)[:200],
             summary.service_id, summary.service_name),
        )
        _LOGGER.warning("staff called to %s (call %d)", summary.kiosk_id, call_id)
        return call_id

    # -- staff side ----------------------------------------------------------------------------
    def open_items(self, names: Callable[[str], str] | None = None) -> list[OpenItem]:
        """Staff calls and follow-ups not handled yet, newest first; ``names`` maps service ids to names."""
        with self._lock:
            calls = self._db.execute(
                "SELECT id, at, kiosk_id, location, question, service_id, service_name FROM staff_calls "
                "WHERE handled_at IS NULL"
            ).fetchall()
            follow_ups = self._db.execute(
                "SELECT f.id, f.at, f.text, r.service_id FROM follow_ups f LEFT JOIN ratings r ON r.id = f.rating_id "
                "WHERE f.handled_at IS NULL"
            ).fetchall()
        items = [
            OpenItem(row[0], "call", row[1], VisitSummary(row[2], row[3], row[4], row[5], row[6] or "").text())
            for row in calls
        ]
        for ident, at, text, service_id in follow_ups:
            if names is not None and service_id and text.endswith(f"事项 {service_id}"):
                text = text[: -len(service_id)] + names(service_id)
            items.append(OpenItem(ident, "follow_up", at, text))
        return sorted(items, key=lambda item: item.at, reverse=True)

    def mark_handled(self, kind: Literal["call", "follow_up"], item_id: int) -> bool:
        """Close a staff call or follow-up; False when it does not exist or was already closed."""
        table = {"call": "staff_calls", "follow_up": "follow_ups"}[kind]
        at, _ = self._now()
        with self._lock:
            cursor = self._db.execute(
                f"UPDATE {table} SET handled_at = ? WHERE id = ? AND handled_at IS NULL", (at, item_id)
            )
            return cursor.rowcount == 1

    def summary(self, days: int = 7, names: Callable[[str], str] | None = None) -> InsightsSummary:
        """Figures for the last ``days`` days (today included); ``names`` maps service ids to names."""
        today = self._clock().date()
        first = (today - timedelta(days=days - 1)).isoformat()
        out = InsightsSummary(days=days)
        with self._lock:
            q = self._db.execute
            out.visits = q("SELECT COUNT(*) FROM visits WHERE day >= ?", (first,)).fetchone()[0]
            out.questions = q("SELECT COUNT(*) FROM questions WHERE day >= ?", (first,)).fetchone()[0]
            out.answered_by = dict(
                q("SELECT answered_by, COUNT(*) FROM questions WHERE day >= ? GROUP BY answered_by", (first,))
            )
            top = q(
                "SELECT service_id, COUNT(*) AS n FROM questions WHERE day >= ? AND service_id IS NOT NULL "
                "GROUP BY service_id ORDER BY n DESC, service_id LIMIT 8",
                (first,),
            ).fetchall()
            out.unanswered = q(
                "SELECT question, COUNT(*) AS n FROM questions WHERE day >= ? AND answered_by = 'handoff' "
                "GROUP BY question ORDER BY n DESC, MAX(at) DESC LIMIT 10",
                (first,),
            ).fetchall()
            ratings = q("SELECT day, level, COUNT(*) FROM ratings WHERE day >= ? GROUP BY day, level", (first,))
            rating_rows = ratings.fetchall()
            out.staff_calls = q("SELECT COUNT(*) FROM staff_calls WHERE day >= ?", (first,)).fetchone()[0]
        out.top_services = [((names(sid) if names else sid) or sid, n) for sid, n in top]
        for offset in range(days):
            out.ratings_by_day[(today - timedelta(days=days - 1 - offset)).isoformat()] = {}
        for day, level, count in rating_rows:
            out.ratings_by_day.setdefault(day, {})[level] = count
            out.ratings_total[level] = out.ratings_total.get(level, 0) + count
        return out


def day_label(iso_day: str) -> str:
    """``2026-11-28`` → ``11-28`` for chart axes."""
    return date.fromisoformat(iso_day).strftime("%m-%d")
