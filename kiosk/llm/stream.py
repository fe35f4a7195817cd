"""Reading an OpenAI-compatible chat stream: SSE lines, and answer text apart from reasoning.

Servers send the model's reasoning four ways (:mod:`kiosk.llm.framing`): ``delta.reasoning_content``
/ ``delta.reasoning``, inline ``<think>…</think>``, content that starts *inside* the reasoning and
only closes it with ``</think>`` (DeepSeek-R1 without a reasoning parser), or not at all. Tags may
be split across chunks. :class:`ReasoningSplitter` turns chunk deltas into pieces:

* ``reasoning`` — never shown, spoken, logged as an answer or sent back;
* ``content`` — answer text;
* ``pending`` — text whose kind is not known yet (the server's framing is unknown and no tag has
  come): held by the splitter, reported only so that deadlines see the stream is alive;
* ``reset`` — a bare ``</think>`` arrived after text already given out as ``content``: that text was
  reasoning (the server's framing changed); the listener must drop it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from kiosk.llm.errors import LlmError
from kiosk.llm.framing import Framing

_LOGGER = logging.getLogger(__name__)

DONE = "[DONE]"
_OPEN, _CLOSE = "<think>", "</think>"


@dataclass(frozen=True)
class Piece:
    """One piece of a streamed reply."""

    kind: Literal["reasoning", "content", "pending", "reset"]
    text: str


def sse_data(line: str) -> str | None:
    """The payload of a ``data:`` line; None for blank lines, comments (keep-alives) and other fields."""
    if not line.startswith("data:"):
        return None
    data = line[5:]
    return data[1:] if data.startswith(" ") else data


def parse_chunk(data: str) -> dict[str, Any]:
    """One JSON chunk; a malformed chunk or an ``{"error": …}`` chunk raises LlmError."""
    try:
        chunk = json.loads(data)
    except json.JSONDecodeError as exc:
        raise LlmError("bad_response", f"malformed JSON chunk ({exc.msg})") from None
    if not isinstance(chunk, dict):
        raise LlmError("bad_response", "chunk is not an object")
    if "error" in chunk:
        raise LlmError("server_error", f"error in stream: {error_text(chunk)}")
    return chunk


def error_text(body: Any) -> str:
    """The message of an OpenAI-style error body (``{"error": {"message": …}}`` or ``{"error": "…"}``)."""
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict):
            return str(err.get("message") or err.get("type") or err)[:300]
        return str(err)[:300]
    return str(body)[:300]


def _partial_tag_len(text: str, tag: str) -> int:
    """Length of the longest end of ``text`` that could be the start of ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0


_START, _THINK, _UNDECIDED, _ANSWER = "start", "think", "undecided", "answer"


class ReasoningSplitter:
    """Splits chunk deltas into reasoning, answer and held pieces, across chunk boundaries.

    ``framing`` is what the server is known to do. Content is released as answer at once only when
    that is safe: the framing is ``plain``, or this reply already sent a reasoning field, or an
    inline ``<think>`` block was closed. With ``closing`` everything before ``</think>`` is reasoning;
    otherwise (``unknown``, or a reasoning server whose reply has shown nothing yet) the text is held
    until a ``</think>`` (it was reasoning) or the reply's normal end (it was the answer).
    """

    def __init__(self, framing: Framing = Framing.UNKNOWN) -> None:
        self.framing = framing
        self.finish_reason: str | None = None
        self._state = _START
        self._pending = ""
        self._held = ""
        self._after_think = False
        self._fields_seen = False
        self._leading_think = False
        self._mid_think = False
        self._closed_bare = False
        self._plain_end = False
        self.unclosed = False
        """The reply ended while (assumed) inside reasoning: it gave no answer."""

    @property
    def observed(self) -> Framing:
        """The framing this reply showed (``unknown`` when it could not tell)."""
        if self._fields_seen:
            return Framing.FIELDS
        if self._closed_bare:
            return Framing.CLOSING
        if self._leading_think:
            return Framing.INLINE
        return Framing.PLAIN if self._plain_end else Framing.UNKNOWN

    @property
    def held_chars(self) -> int:
        """Characters held back undecided."""
        return len(self._held)

    def feed_chunk(self, chunk: dict[str, Any]) -> list[Piece]:
        """Pieces of one parsed chunk (only the first choice is used)."""
        choices = chunk.get("choices") or []
        if not choices or not isinstance(choices[0], dict):
            return []
        choice = choices[0]
        if choice.get("finish_reason"):
            self.finish_reason = str(choice["finish_reason"])
        delta = choice.get("delta") or {}
        if not isinstance(delta, dict):
            return []
        pieces: list[Piece] = []
        reasoning = delta.get("reasoning_content") or delta.get("reasoning")
        if isinstance(reasoning, str) and reasoning:
            self._fields_seen = True
            if self._state == _UNDECIDED:  # text before a reasoning field: count it as reasoning
                pieces.append(Piece("reasoning", self._held))
                self._held = ""
                self._state = _START
            pieces.append(Piece("reasoning", reasoning))
        content = delta.get("content")
        if isinstance(content, str) and content:
            pieces.extend(self._split_content(content))
        return pieces

    def _begin(self) -> str:
        """The state for content that does not start with ``<think>``."""
        if self._fields_seen or self.framing is Framing.PLAIN:
            return _ANSWER
        if self.framing is Framing.CLOSING:
            return _THINK
        return _UNDECIDED

    def _split_content(self, text: str) -> list[Piece]:
        text = self._pending + text
        self._pending = ""
        pieces: list[Piece] = []
        while text:
            if self._state == _START:
                stripped = text.lstrip()
                if not stripped:
                    return pieces
                if stripped.startswith(_OPEN):
                    self._leading_think = True
                    self._state = _THINK
                    text = stripped[len(_OPEN) :]
                    continue
                if _OPEN.startswith(stripped):
                    self._pending = text
                    return pieces
                self._state = self._begin()
                text = stripped
                continue
            tag = _OPEN if self._state == _ANSWER else _CLOSE
            index = text.find(tag)
            close_index = text.find(_CLOSE) if self._state == _ANSWER else -1
            if self._state == _ANSWER and close_index >= 0 and (index < 0 or close_index < index):
                self._emit(pieces, text[:close_index])
                pieces.append(Piece("reset", ""))  # what was given out as answer was reasoning
                self._closed_bare = True
                self._after_think = True
                text = text[close_index + len(_CLOSE) :]
                continue
            if index >= 0:
                if self._state == _UNDECIDED:  # the held text was reasoning after all
                    held, self._held = self._held + text[:index], ""
                    if held:
                        pieces.append(Piece("reasoning", held))
                else:
                    self._emit(pieces, text[:index])
                self._switch_at_tag()
                text = text[index + len(tag) :]
                continue
            keep = max(_partial_tag_len(text, tag), _partial_tag_len(text, _CLOSE) if self._state == _ANSWER else 0)
            self._pending = text[len(text) - keep :] if keep else ""
            self._emit(pieces, text[: len(text) - keep])
            break
        return pieces

    def _switch_at_tag(self) -> None:
        if self._state == _ANSWER:  # an inline <think> in the middle of the answer
            self._state = _THINK
            self._mid_think = True
            return
        if self._state == _UNDECIDED or not (self._leading_think or self._mid_think):
            self._closed_bare = True
        self._mid_think = False
        self._state = _ANSWER
        self._after_think = True

    def _emit(self, pieces: list[Piece], text: str) -> None:
        if not text:
            return
        if self._state == _THINK:
            pieces.append(Piece("reasoning", text))
        elif self._state == _UNDECIDED:
            pieces.append(Piece("pending", text))
            self._held += text
        else:
            if self._after_think:
                text = text.lstrip()
                if not text:
                    return
                self._after_think = False
            pieces.append(Piece("content", text))

    def flush(self, *, normal_end: bool = True) -> list[Piece]:
        """Whatever was held back at the end of the stream.

        ``normal_end``: the reply finished properly (``[DONE]`` or a finish reason). Held undecided
        text is the answer only then, and only when the reply did not stop for its length.
        """
        pending, self._pending = self._pending, ""
        pieces: list[Piece] = []
        if self._state == _START:
            if pending.strip() and normal_end:
                self._state = self._begin()
            else:
                return pieces
        self._emit(pieces, pending)
        if self._state == _UNDECIDED:
            held, self._held = self._held, ""
            pieces = [p for p in pieces if p.kind != "pending"]
            if normal_end and self.finish_reason != "length":
                self._plain_end = True
                self._state = _ANSWER
                pieces.append(Piece("content", held))
            self.unclosed = not self._plain_end
        elif self._state == _THINK:
            self.unclosed = True
        elif normal_end and not (self._fields_seen or self._leading_think or self._closed_bare):
            self._plain_end = True
        return pieces
