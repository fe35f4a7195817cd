"""Answers from the hall's central LLM service: grounded in the catalog, streamed, private, never hanging.

Qt-free. Entry points: :class:`~kiosk.llm.answerer.Answerer` (one per kiosk) and its ``elaborate``;
:mod:`kiosk.llm.events` for what a turn reports; :class:`~kiosk.llm.session.History` per visit.
"""

from kiosk.llm.answerer import Answerer, LlmResult, elaborate
from kiosk.llm.events import Delta, Done, Error, Fallback, LlmEvent, Sentence, Thinking
from kiosk.llm.session import History

__all__ = [
    "Answerer",
    "Delta",
    "Done",
    "Error",
    "Fallback",
    "History",
    "LlmEvent",
    "LlmResult",
    "Sentence",
    "Thinking",
    "elaborate",
]  # fmt: skip
