"""The model's reply as it streams in: held sentence by sentence until the grounding check passes it.

Nothing unchecked leaves a :class:`Reply`: answer text is kept until its sentence is complete, the
sentence (with everything before it) is checked by :class:`~kiosk.llm.checker.GroundingChecker`,
and only then is it given out, as a :class:`~kiosk.llm.events.Delta` (screen, terminal) and a
:class:`~kiosk.llm.events.Sentence` (speech). A sentence that fails stops the reply; the answerer
then shows the catalog answer. Reasoning only ever turns into one ``Thinking("reasoning")``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable

from kiosk.llm.checker import GroundingChecker
from kiosk.llm.events import Delta, LlmEvent, Sentence, Thinking
from kiosk.llm.prompt import leaks_prompt
from kiosk.llm.stream import Piece

_LOGGER = logging.getLogger(__name__)

SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")
_MARKDOWN = re.compile(r"\*\*|__|^#{1,6}\s*|`", re.MULTILINE)

HOLD_FACTOR = 16
"""Undecided text (framing unknown, no tag yet) beyond this many answer lengths stops the reply."""


def clean_text(text: str) -> str:
    """Model text as plain text for the screen (Markdown marks dropped)."""
    return _MARKDOWN.sub("", text)


def cut_at_sentence(text: str) -> str:
    """``text`` up to its last sentence end, with an ellipsis."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    return (text[: ends[-1]] if ends else text).rstrip() + "…"


class Reply:
    """State of one streamed reply: answer text so far, how much of it was checked and given out."""

    def __init__(self, checker: GroundingChecker, emit: Callable[[LlmEvent], None], max_chars: int) -> None:
        self.checker = checker
        self.emit = emit
        self.max_chars = max_chars
        self.text = ""
        self.released = 0
        """Characters of ``text`` already checked and given out."""
        self.reasoning_seen = False
        self.stop_reason: str | None = None
        """``unsupported_fact``, ``policy`` or ``no_answer`` (undecided text grew too long)."""
        self.truncated = False
        self.first_content: float | None = None
        self.first_shown: float | None = None
        self.held_chars = 0
        self.reset_after_shown = False
        """A framing surprise: text given out as answer turned out to be reasoning."""

    def on_piece(self, piece: Piece) -> bool:
        """Handle one piece; True stops the stream."""
        if piece.kind == "reasoning":
            if not self.reasoning_seen:
                self.reasoning_seen = True
                self.emit(Thinking("reasoning"))
            return False
        if piece.kind == "pending":
            self.held_chars += len(piece.text)
            if self.held_chars > HOLD_FACTOR * self.max_chars:
                self.stop_reason = "no_answer"
                return True
            return False
        if piece.kind == "reset":
            if self.released:
                self.reset_after_shown = True
                _LOGGER.warning("LLM reply: text already shown was reasoning (the server's framing changed)")
            self.text, self.released, self.truncated = "", 0, False
            return False
        if self.first_content is None:
            self.first_content = asyncio.get_running_loop().time()
        text = clean_text(piece.text)
        if len(self.text) + len(text) > self.max_chars:
            text = text[: max(0, self.max_chars - len(self.text))]
            self.truncated = True
        self.text += text
        if leaks_prompt(self.text):
            self.stop_reason = "policy"
            return True
        if not self.release(final=False):
            return True
        return self.truncated

    def release(self, *, final: bool) -> bool:
        """Check each finished sentence and give it out; False when one fails (nothing more is given)."""
        base = self.released
        pending = self.text[base:]
        ends = [m.end() for m in SENTENCE_END.finditer(pending)]
        if final and (not ends or ends[-1] < len(pending)):
            ends.append(len(pending))
        start = 0
        for end in ends:
            piece = pending[start:end]
            if piece.strip():
                result = self.checker.check(self.text[: base + end])
                if not result.ok:
                    _LOGGER.warning("LLM answer not supported by the catalog entries: %s", ", ".join(result.problems))
                    self.stop_reason = "unsupported_fact"
                    self.released = base + start
                    return False
                if self.first_shown is None:
                    self.first_shown = asyncio.get_running_loop().time()
                self.emit(Delta(piece if self.text[: base + start].strip() else piece.lstrip()))
                self.emit(Sentence(piece.strip()))
            start = end
        self.released = base + start
        return True

    @property
    def shown(self) -> str:
        """The text given out so far."""
        return self.text[: self.released]
