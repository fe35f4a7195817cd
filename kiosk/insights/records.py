"""What the insights store records and gives back: ratings, staff-call summaries, open items, figures, alerts.

Everything here is already masked (:func:`kiosk.admin.masking.mask_text`) and identifies no citizen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Literal

from kiosk.messages import N_, translator

AnsweredBy = Literal["catalog", "llm", "handoff"]
ItemKind = Literal["call", "follow_up"]
Scope = Literal["kiosk", "hall"]


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
    kind: ItemKind
    at: str
    text: str
    kiosk_id: str = ""
    """The kiosk it came from (hall view; empty in a kiosk's own view of follow-ups)."""
    shared: bool = False
    """True: ``id`` is the hall database's (handled there); False: this kiosk's own file's."""


@dataclass(frozen=True)
class StaffAlert:
    """A printer fault or a ticket-database outage a kiosk reported (hall view: from every kiosk)."""

    at: str
    kiosk_id: str
    source: str
    """The printer URI, or ``tickets`` for the ticket database."""
    state: str
    message: str

    def text(self) -> str:
        """One line for the status screen."""
        return f"{self.at[11:16]} {self.kiosk_id or '本机'}: {self.message}"


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
    scope: Scope = "kiosk"
    """``hall``: every kiosk's figures (the shared database); ``kiosk``: this kiosk's own file."""


def day_label(iso_day: str) -> str:
    """``2026-11-28`` → ``11-28`` for chart axes."""
    return date.fromisoformat(iso_day).strftime("%m-%d")
