"""What one LLM turn reports to its listener (UI, CLI, speech): frozen dataclasses, Qt-free.

A turn emits, in order: ``Thinking`` (once the request is on its way, again when the model starts
reasoning), ``Delta`` pieces of answer text as they stream, ``Sentence`` for each complete sentence
that passed the grounding check (for speech), then exactly one terminal event: ``Done`` (an answer
to show) or ``Fallback`` (show the catalog answer). ``Error`` comes just before a ``Fallback`` caused
by a failure of the service. A cancelled turn emits nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AnsweredBy = Literal["llm", "catalog"]


@dataclass(frozen=True)
class Thinking:
    """The model is working; no answer text yet."""

    stage: Literal["waiting", "reasoning"] = "waiting"
    """``waiting``: request sent ("正在为您查询…"); ``reasoning``: the model thinks ("正在思考…")."""


@dataclass(frozen=True)
class Delta:
    """A piece of answer text (plain text, never reasoning)."""

    text: str


@dataclass(frozen=True)
class Sentence:
    """A complete sentence of the answer that passed the grounding check (speak it)."""

    text: str


@dataclass(frozen=True)
class Done:
    """The turn's final text; replaces whatever the Deltas showed."""

    text: str
    answered_by: AnsweredBy
    cited: tuple[str, ...] = ()
    """Ids of the catalog services the answer is grounded in."""
    truncated: bool = False
    """The answer hit the length cap and was cut at a sentence end."""


@dataclass(frozen=True)
class Fallback:
    """The model's answer is not used; show the catalog answer instead."""

    reason: str
    """An error code (see ``kiosk.llm.errors``), ``breaker_open``, ``not_configured``,
    ``unsupported_fact`` (grounding check), ``policy`` (prompt leak) or ``no_grounding``."""
    text: str
    """The catalog answer (or a polite refusal)."""
    offline: bool
    """True when the service is unavailable: show the "离线模式/offline" indicator."""
    cited: tuple[str, ...] = ()


@dataclass(frozen=True)
class Error:
    """The LLM service failed; ``message`` is plain words for people (never a secret or PII)."""

    code: str
    message: str


LlmEvent = Thinking | Delta | Sentence | Done | Fallback | Error
