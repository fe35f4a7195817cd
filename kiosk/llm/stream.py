"""Reading an OpenAI-compatible chat stream: SSE lines, and answer text apart from reasoning.

Servers send the model's reasoning three ways: ``delta.reasoning_content`` (DeepSeek, llama.cpp),
``delta.reasoning`` (vLLM >= 0.11) or inline ``<think>…</think>`` in ``delta.content`` (Ollama and
others; the tags may be split across chunks). :class:`ReasoningSplitter` turns chunk deltas into
``("reasoning", text)`` / ``("content", text)`` pieces; reasoning is only ever counted, never shown.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from kiosk.llm.errors import LlmError

_LOGGER = logging.getLogger(__name__)

DONE = "[DONE]"
_OPEN, _CLOSE = "<think>", "</think>"


@dataclass(frozen=True)
class Piece:
    """One piece of a streamed reply."""

    kind: Literal["reasoning", "content"]
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


class ReasoningSplitter:
    """Splits chunk deltas into reasoning and content pieces, across chunk boundaries."""

    def __init__(self) -> None:
        self._in_think = False
        self._pending = ""
        self._after_think = False
        self.finish_reason: str | None = None

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
            pieces.append(Piece("reasoning", reasoning))
        content = delta.get("content")
        if isinstance(content, str) and content:
            pieces.extend(self._split_content(content))
        return pieces

    def _split_content(self, text: str) -> list[Piece]:
        text = self._pending + text
        self._pending = ""
        pieces: list[Piece] = []
        while text:
            tag = _CLOSE if self._in_think else _OPEN
            index = text.find(tag)
            if index >= 0:
                before, text = text[:index], text[index + len(tag) :]
                self._emit(pieces, before)
                self._in_think = not self._in_think
                self._after_think = not self._in_think
                continue
            keep = _partial_tag_len(text, tag)
            self._pending = text[len(text) - keep :] if keep else ""
            self._emit(pieces, text[: len(text) - keep])
            break
        return pieces

    def _emit(self, pieces: list[Piece], text: str) -> None:
        if self._in_think:
            if text:
                pieces.append(Piece("reasoning", text))
            return
        if self._after_think:
            text = text.lstrip()
            if text:
                self._after_think = False
        if text:
            pieces.append(Piece("content", text))

    def flush(self) -> list[Piece]:
        """Whatever was held back at the end of the stream (an unfinished tag start)."""
        pending, self._pending = self._pending, ""
        pieces: list[Piece] = []
        self._emit(pieces, pending)
        return pieces
