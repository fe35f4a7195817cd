"""The visit model (Qt-free): one visitor's language, text size, conversation, answer on screen and
assistant state, and the turns that answer their questions.

Modules: ``visit`` (:class:`Visit`), ``turn`` (:class:`Turn`, its stages and the interfaces the
stages use: :class:`ChoicePicker`, :class:`Elaborator`, :class:`Voice`), ``events`` (what they
report), ``answers`` (answers made without the navigator; reading an answer's outcome).
"""

from kiosk.visit.answers import (
    answer_for_service,
    answered_service,
    followed_language,
    offered,
    outcome_of,
    spoken_line,
)
from kiosk.visit.events import (
    AssistantState,
    AssistantStateChanged,
    Elaborated,
    LanguageChanged,
    LikelyChoice,
    Navigated,
    SpeechQueued,
    TextSizeChanged,
    TurnEnded,
    TurnEvent,
    TurnFailed,
    TurnStarted,
    Understood,
    VisitEnded,
    VisitEvent,
    VisitStarted,
)
from kiosk.visit.turn import Cancellation, ChoicePicker, Elaborator, NavigatorLike, Turn, Voice
from kiosk.visit.visit import Visit

__all__ = [
    "AssistantState", "AssistantStateChanged", "Cancellation", "ChoicePicker", "Elaborated", "Elaborator",
    "LanguageChanged", "LikelyChoice", "Navigated", "NavigatorLike", "SpeechQueued", "TextSizeChanged", "Turn",
    "TurnEnded", "TurnEvent", "TurnFailed", "TurnStarted", "Understood", "Visit", "VisitEnded", "VisitEvent",
    "VisitStarted", "Voice", "answer_for_service", "answered_service", "followed_language", "offered", "outcome_of",
    "spoken_line",
]
