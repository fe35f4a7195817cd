"""Anonymous hall statistics for staff: visits, questions, ratings (好差评), calls for staff, staff alerts.

Every kiosk writes to its own SQLite file in the data folder (:mod:`kiosk.insights.local`), at once
and on the calling thread (a local write, never the network). Nothing here identifies a citizen:
questions, reasons and summaries are masked with :func:`kiosk.admin.masking.mask_text` before they
are stored, and no transcript, audio or ticket number is kept. A 不满意/非常不满意 rating opens a
follow-up item that staff close on the insights screen; so does every call for staff.

When ``tickets.database`` is a ``postgresql://`` URL the hall shares one database: every write also
lands in the file's outbox and a background :class:`~kiosk.insights.hall.Forwarder` copies it to the
hall's tables (:mod:`kiosk.insights.hall`); the staff figures, open items and alerts are then read
from the hall (every kiosk's, ``scope == "hall"``; call these off the GUI thread) and fall back to
this kiosk's own file while the hall database is away. With a file path nothing leaves the kiosk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.admin.masking import mask_text
from kiosk.insights.local import LocalInsights
from kiosk.insights.reading import Reader
from kiosk.insights.records import (
    AnsweredBy,
    InsightsSummary,
    ItemKind,
    OpenItem,
    Rating,
    StaffAlert,
    VisitSummary,
    day_label,
)
from kiosk.messages import both

_LOGGER = logging.getLogger(__name__)

INSIGHTS_FILE = "insights.sqlite3"

__all__ = [
    "INSIGHTS_FILE",
    "AnsweredBy",
    "Insights",
    "InsightsSummary",
    "OpenItem",
    "Rating",
    "StaffAlert",
    "VisitSummary",
    "day_label",
]


class Insights:
    """The statistics store; every method is short and thread-safe.

    ``hall_url`` (a PostgreSQL URL) shares the figures with every kiosk of the hall as ``kiosk_id``.
    """

    def __init__(self, path: Path, clock: Callable[[], datetime] | None = None, *, hall_url: str | None = None,
                 kiosk_id: str = "", retry_s: float = 2.0) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now().astimezone())
        self.local = LocalInsights(self.path, outbox=hall_url is not None)
        self.kiosk_id = kiosk_id
        self.forwarder = None
        if hall_url is not None:
            from kiosk.insights.hall import Forwarder

            self.forwarder = Forwarder(self.local, hall_url, kiosk_id, retry_s=retry_s).start()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> Insights:
        """The store of a kiosk's data folder (this kiosk only)."""
        return cls(Path(data_dir) / INSIGHTS_FILE)

    @classmethod
    def for_settings(cls, settings: Any) -> Insights:
        """The store ``settings`` ask for: shared with the hall when ``tickets.database`` is a PostgreSQL URL."""
        from kiosk.tickets.contract import TicketError
        from kiosk.tickets.opening import database_kind

        path = Path(settings.data_dir) / INSIGHTS_FILE
        value = settings.tickets.database
        try:
            shared = value is not None and database_kind(str(value).strip()) == "postgresql"
        except TicketError:  # a refused scheme: the ticket store says so; statistics stay on this kiosk
            shared = False
        if not shared:
            return cls(path)
        return cls(path, hall_url=str(value).strip(), kiosk_id=settings.hall.kiosk_id,
                   retry_s=float(getattr(settings.tickets, "retry_s", 2.0)))

    @property
    def shared(self) -> bool:
        """True when the hall shares a database (reads may wait on the network: call them off the GUI thread)."""
        return self.forwarder is not None

    def hall_problem(self) -> str:
        """Why the hall database is not used right now ('' when it is, or when there is none)."""
        return self.forwarder.problem if self.forwarder is not None else ""

    def close(self) -> None:
        """Stop forwarding (what is not copied yet stays in the outbox) and close the file."""
        if self.forwarder is not None:
            self.forwarder.stop()
        self.local.close()

    def _now(self) -> tuple[str, str]:
        now = self._clock()
        return now.isoformat(timespec="seconds"), now.date().isoformat()

    def _insert(self, table: str, values: dict[str, object]) -> int:
        row_id = self.local.insert(table, values)
        if self.forwarder is not None:
            self.forwarder.wake()
        return row_id

    # -- recording (local, immediate) ----------------------------------------------------------------
    def record_visit(self) -> int:
        """A visit began."""
        at, day = self._now()
        return self._insert("visits", {"at": at, "day": day})

    def record_question(self, question: str, answered_by: AnsweredBy, service_id: str | None = None) -> int:
        """A question was answered by the catalog, the LLM, or handed to staff (unanswered)."""
        at, day = self._now()
        return self._insert("questions", {"at": at, "day": day, "question": mask_text(question)[:200],
                                          "answered_by": answered_by, "service_id": service_id})

    def set_answered_by(self, question_id: int, answered_by: AnsweredBy) -> None:
        """Correct who answered a recorded question (the LLM's answer arrives after the card)."""
        if self.local.update("questions", question_id, "answered_by = ?", (answered_by,)) and self.forwarder:
            self.forwarder.wake()

    def record_rating(self, level: Rating | int, reason: str = "", service_id: str | None = None) -> int | None:
        """Store a rating; returns the follow-up id when the rating needs one, else None."""
        level = Rating(level)
        at, day = self._now()
        reason = mask_text(reason)[:200]
        rating_id = self._insert("ratings", {"at": at, "day": day, "level": int(level), "reason": reason,
                                             "service_id": service_id})
        if not level.needs_follow_up:
            return None
        text = f"{level.label_zh}" + (f" · {reason}" if reason else "")
        text += f" · 事项 {service_id}" if service_id else ""
        follow_up = self._insert("follow_ups", {"at": at, "rating_id": rating_id, "text": text,
                                                "service_id": service_id})
        _LOGGER.info("rating %s created follow-up %d", level.name, follow_up)
        return follow_up

    def record_staff_call(self, summary: VisitSummary) -> int:
        """A citizen asked for staff; the summary is masked again before it is stored."""
        at, day = self._now()
        call_id = self._insert("staff_calls", {
            "at": at, "day": day, "kiosk_id": summary.kiosk_id, "location": summary.location,
            "question": mask_text(summary.question)[:200], "service_id": summary.service_id,
            "service_name": summary.service_name})
        _LOGGER.warning("staff called to %s (call %d)", summary.kiosk_id, call_id)
        return call_id

    def record_alert(self, source: str, state: str, message: str, job: str = "") -> int:
        """A printer fault or ticket-database outage for staff (masked; shared with the hall when there is one)."""
        at, day = self._now()
        return self._insert("staff_alerts", {"at": at, "day": day, "source": source[:200], "state": state[:40],
                                             "message": mask_text(message)[:300], "job": job[:80]})

    # -- staff side (the hall's figures when shared) -----------------------------------------------------
    def _reader(self) -> Reader:
        """The hall's reader when it answers, else this kiosk's file."""
        forwarder = self.forwarder
        if forwarder is not None and forwarder.hall is not None and not forwarder.problem:
            return forwarder.hall.reader
        return self.local.reader

    def _read(self, read: Callable[[Reader], Any]) -> Any:
        reader = self._reader()
        if reader is self.local.reader:
            return read(reader)
        from kiosk.insights.hall import HallUnavailable

        try:
            return read(reader)
        except HallUnavailable as exc:
            _LOGGER.warning("hall insights unavailable, showing this kiosk's own: %s", exc)
            assert self.forwarder is not None
            self.forwarder.problem = both("the hall database cannot be reached") + f" ({exc})"
            self.forwarder.wake()
            return read(self.local.reader)

    def open_items(self, names: Callable[[str], str] | None = None) -> list[OpenItem]:
        """Staff calls and follow-ups not handled yet, newest first; ``names`` maps service ids to names."""
        return list(self._read(lambda reader: reader.open_items(names)))

    def summary(self, days: int = 7, names: Callable[[str], str] | None = None) -> InsightsSummary:
        """Figures for the last ``days`` days (today included); ``names`` maps service ids to names."""
        today = self._clock().date()
        summary: InsightsSummary = self._read(lambda reader: reader.summary(days, today, names))
        return summary

    def alerts(self, hours: float = 24) -> list[StaffAlert]:
        """Staff alerts of the last ``hours`` (the hall's, every kiosk, when shared), newest first."""
        since = (self._clock() - timedelta(hours=hours)).date()
        return list(self._read(lambda reader: reader.alerts(since)))

    def mark_handled(self, kind: ItemKind, item_id: int) -> bool:
        """Close a staff call or follow-up of this kiosk's file; False when missing or already closed."""
        at, _ = self._now()
        changed = self.local.mark_handled(kind, item_id, at)
        if changed and self.forwarder is not None:
            self.forwarder.wake()
        return changed

    def handle(self, item: OpenItem) -> bool:
        """Close an item from :meth:`open_items` where it lives (the hall's, or this kiosk's file)."""
        if not item.shared:
            return self.mark_handled(item.kind, item.id)
        from kiosk.insights.hall import HallUnavailable

        at, _ = self._now()
        forwarder = self.forwarder
        if forwarder is None or forwarder.hall is None:
            return False
        try:
            return forwarder.hall.mark_handled(item.kind, item.id, at)
        except HallUnavailable as exc:
            _LOGGER.warning("could not close %s %d in the hall database: %s", item.kind, item.id, exc)
            return False


