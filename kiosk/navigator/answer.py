"""What the navigator returns: ranked matches, the composed catalog answer, and per-visit state."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from kiosk.catalog import Place, Service

Outcome = Literal["answer", "choose", "handoff", "refuse"]
"""How the navigator answered: one card; a short choice of the first three matches; nothing close
(staff offered); off-topic (politely refused)."""


class Aspect(StrEnum):
    """Which part of a service the citizen asked about."""

    GENERAL = "general"
    MATERIALS = "materials"
    LOCATION = "location"
    FEE = "fee"
    TIME_LIMIT = "time_limit"
    HOURS = "hours"
    CONDITIONS = "conditions"
    ONLINE = "online"
    APPOINTMENT = "appointment"


@dataclass(frozen=True)
class Match:
    """One ranked catalog entry."""

    id: str
    name: str
    kind: Literal["service", "place"]
    score: float
    """0..1, the fused lexical + semantic score (words alone until the vectors are ready)."""


@dataclass
class Answer:
    """What the navigator found for one question."""

    query: str
    matches: list[Match]
    """Best first: five (more for a family choice) where the catalog has them."""
    answer: str
    """The composed catalog answer (plain text, in the answer's language)."""
    handoff: bool
    """True when there is no confident match: offer staff help, do not guess."""
    key_line: str = ""
    """One short sentence to speak at once (where to go, how many documents)."""
    off_topic: bool = False
    """The question is not about the hall (weather, jokes...): politely refused."""
    aspect: Aspect = Aspect.GENERAL
    language: Literal["zh", "en"] = "zh"
    services: list[Service] = field(default_factory=list)
    """``answer``: the service(s) answered (two needs: both, in the order asked); ``choose``: the offered
    services; empty for ``handoff`` / ``refuse``. Full entries (grounding for the LLM)."""
    places: list[Place] = field(default_factory=list)
    """Likewise for places (a choice may offer services and places together)."""
    follow_up: bool = False
    """Answered from the previous question's service (e.g. "那要带什么材料？")."""
    answered_by: Literal["catalog", "llm"] = "catalog"
    outcome: Outcome = "answer"
    """answer / choose / handoff / refuse (see :data:`Outcome`); ``handoff`` is True only for the
    last two."""

    @property
    def top_service(self) -> Service | None:
        """The best confident service, if any."""
        return self.services[0] if self.services else None

    def to_json(self) -> dict[str, object]:
        """The ``kiosk ask --json`` shape."""
        return {
            "query": self.query,
            "matches": [
                {"id": m.id, "name": m.name, "kind": m.kind, "score": round(m.score, 3)} for m in self.matches
            ],
            "answer": self.answer,
            "key_line": self.key_line,
            "answered_by": self.answered_by,
            "outcome": self.outcome,
            "handoff": self.handoff,
            "off_topic": self.off_topic,
            "aspect": self.aspect.value,
            "language": self.language,
            "follow_up": self.follow_up,
        }


@dataclass
class Conversation:
    """Per-visit navigator state (for follow-ups); wiped when the visitor leaves."""

    last_services: list[Service] = field(default_factory=list)
    last_places: list[Place] = field(default_factory=list)
    turns: int = 0

    def refer_to(self, services: list[Service], places: list[Place]) -> None:
        """Follow-ups now refer to these entries (what the citizen sees: an answer, a picked option, a tapped
        tile); both empty: to nothing (a choice is on screen, none of it chosen)."""
        self.last_services = list(services)
        self.last_places = list(places)

    def refers_to(self, entry_id: str) -> bool:
        """True when ``entry_id`` is the service or place follow-ups refer to."""
        return any(s.id == entry_id for s in self.last_services) or any(p.id == entry_id for p in self.last_places)

    def clear(self) -> None:
        """Forget everything about this visit."""
        self.last_services.clear()
        self.last_places.clear()
        self.turns = 0
