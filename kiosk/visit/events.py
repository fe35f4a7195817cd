"""What a visit and its turns report: frozen dataclasses, delivered to one callback.

Turn events carry the turn's ``generation``; the visit drops those of a turn that is no longer
current (a newer question, the visit ended) before anyone sees them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.navigator import Answer

AssistantState = Literal["idle", "listening", "thinking", "speaking", "error"]
"""What the assistant figure shows (and says in words)."""

Stage = Literal["understand", "navigate", "choose", "elaborate", "speak"]
"""The ordered stages of a turn (see :class:`kiosk.visit.turn.Turn`)."""


@dataclass(frozen=True)
class VisitStarted:
    """A visitor arrived (attract screen tapped, or a first question)."""


@dataclass(frozen=True)
class VisitEnded:
    """The visit was wiped (Done, idle countdown): nothing of it is kept."""


@dataclass(frozen=True)
class LanguageChanged:
    """The visit's language is now ``language``."""

    language: Literal["zh", "en"]


@dataclass(frozen=True)
class TextSizeChanged:
    """Large text (elderly mode) turned on or off."""

    large: bool


@dataclass(frozen=True)
class AssistantStateChanged:
    """The assistant is now ``state``."""

    state: AssistantState


@dataclass(frozen=True)
class TurnStarted:
    """A turn began for ``question`` (empty for a tapped tile)."""

    generation: int
    question: str


@dataclass(frozen=True)
class Understood:
    """The understand stage: the question as it will be looked up."""

    generation: int
    question: str


@dataclass(frozen=True)
class Navigated:
    """The navigate stage: the answer to show now (``outcome`` tells which screen)."""

    generation: int
    answer: Answer
    outcome: Literal["answer", "choose", "handoff", "refuse"]


@dataclass(frozen=True)
class LikelyChoice:
    """A picker marked one of the offered entries as the likely one (never reorders them)."""

    generation: int
    match_id: str


@dataclass(frozen=True)
class Elaborated:
    """The elaborate stage produced a longer answer text."""

    generation: int
    text: str


@dataclass(frozen=True)
class SpeechQueued:
    """The speak stage handed ``text`` to the voice."""

    generation: int
    text: str
    language: Literal["zh", "en"]


@dataclass(frozen=True)
class TurnFailed:
    """A stage failed; ``message`` is plain words (the turn still ends)."""

    generation: int
    stage: Stage
    message: str


@dataclass(frozen=True)
class TurnEnded:
    """Always the last event of a turn; ``cancelled`` when a newer turn or the visit's end superseded it."""

    generation: int
    cancelled: bool


TurnEvent = TurnStarted | Understood | Navigated | LikelyChoice | Elaborated | SpeechQueued | TurnFailed | TurnEnded
VisitEvent = (VisitStarted | VisitEnded | LanguageChanged | TextSizeChanged | AssistantStateChanged | TurnEvent)
