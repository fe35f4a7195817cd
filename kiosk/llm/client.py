"""Streaming client for an OpenAI-compatible ``/chat/completions`` service, on httpx.AsyncClient.

One call of :meth:`LlmClient.stream` sends one request and reports pieces through a plain callback.
All deadlines are enforced here with one rescheduled ``asyncio.timeout``: the first *answer text*
(reasoning does not count), the gap between any two chunks (keep-alive comments count) and the
whole reply. Cancelling the calling task closes the HTTP stream at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any, cast

import httpx

from kiosk.llm.errors import LlmError, code_for_status, context_exceeded, retry_after_seconds
from kiosk.llm.framing import Framing
from kiosk.llm.stream import DONE, Piece, ReasoningSplitter, error_text, parse_chunk, sse_data
from kiosk.privacy import mask_pii
from kiosk.settings import LlmSettings

ERROR_BODY_CHARS = 300
"""How much of an error body is kept for the log (after masking)."""

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class StreamResult:
    """How one streamed reply ended."""

    finish_reason: str | None
    first_content_s: float | None
    """Seconds from sending the request to the first answer text."""
    first_token_s: float | None
    """Seconds to the first generated text of any kind (reasoning too; a role-only chunk is not one)."""
    framing: Framing
    """The reasoning framing this reply showed (``unknown`` when it could not tell)."""
    reasoning_chars: int
    content_chars: int
    stopped: bool
    """The listener stopped the stream early (length cap, leak guard)."""


def ensure_asyncgen_hooks() -> None:
    """Install the running loop's async-generator hooks if another loop's (or none) are installed.

    qasync's loop never installs them, and then closing httpx's streams early prints "async generator
    ignored GeneratorExit" (stack-facts §5). asyncio's own loops already have them.
    """
    loop = asyncio.get_running_loop()
    firstiter = getattr(loop, "_asyncgen_firstiter_hook", None)
    finalizer = getattr(loop, "_asyncgen_finalizer_hook", None)
    current = sys.get_asyncgen_hooks().firstiter
    if firstiter is not None and getattr(current, "__self__", None) is not loop:
        sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)


class LlmClient:
    """One kiosk's connection to the LLM service. Create and use it on the kiosk's asyncio loop."""

    def __init__(self, settings: LlmSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        if not settings.base_url:
            raise LlmError("not_configured", "llm.base_url is not set")
        self.settings = settings
        headers = {"Accept": "text/event-stream"}
        key = settings.api_key_value()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        timeout = httpx.Timeout(
            connect=settings.connect_timeout_s,
            read=settings.idle_timeout_s + 1.0,  # backstop; the deadlines below fire first
            write=settings.connect_timeout_s,
            pool=settings.connect_timeout_s,
        )
        self._http = httpx.AsyncClient(
            base_url=settings.base_url.rstrip("/") + "/",
            headers=headers,
            timeout=timeout,
            transport=transport,
            trust_env=False,
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    def payload(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> dict[str, Any]:
        """The JSON body of a streamed chat request."""
        return {
            "model": self.settings.model,
            "messages": messages,
            "stream": True,
            "temperature": self.settings.temperature,
            "max_tokens": max_tokens or self.settings.max_tokens,
        }

    async def stream(
        self,
        messages: list[dict[str, str]],
        on_piece: Callable[[Piece], bool | None],
        *,
        first_token_timeout_s: float | None = None,
        total_timeout_s: float | None = None,
        max_tokens: int | None = None,
        splitter: ReasoningSplitter | None = None,
    ) -> StreamResult:
        """Send ``messages`` and report each piece; ``on_piece`` returns True to stop the stream.

        ``splitter`` (made for the server's known framing) may be passed to read what it observed even
        when the request fails. The first-token deadline is met by answer text or by text whose kind
        is not known yet (``pending``); reasoning does not meet it.

        Raises:
            LlmError: connect failure, HTTP error status, a deadline, a broken or unreadable stream.
        """
        ensure_asyncgen_hooks()
        s = self.settings
        loop = asyncio.get_running_loop()
        start = loop.time()
        first_deadline = start + (first_token_timeout_s or s.first_token_timeout_s)
        total_deadline = start + (total_timeout_s or s.total_timeout_s)
        splitter = splitter or ReasoningSplitter(Framing.UNKNOWN)
        first_content: float | None = None
        first_token: float | None = None
        data_lines = 0
        reasoning_chars = content_chars = 0
        stopped = False

        def next_deadline() -> float:
            idle = loop.time() + s.idle_timeout_s
            deadline = min(idle, total_deadline)
            return min(deadline, first_deadline) if first_content is None else deadline

        def deliver(pieces: list[Piece]) -> bool:
            nonlocal first_content, first_token, reasoning_chars, content_chars
            for piece in pieces:
                if piece.text and first_token is None:
                    first_token = loop.time()
                if piece.kind in ("content", "pending"):
                    if first_content is None and piece.text:
                        first_content = loop.time()
                    content_chars += len(piece.text) if piece.kind == "content" else 0
                elif piece.kind == "reasoning":
                    reasoning_chars += len(piece.text)
                if on_piece(piece):
                    return True
            return False

        try:
            async with asyncio.timeout_at(next_deadline()) as deadline:
                async with self._http.stream(
                    "POST", "chat/completions", json=self.payload(messages, max_tokens=max_tokens)
                ) as response:
                    if response.status_code != 200:
                        await self._raise_for_status(response)
                    # httpx types it AsyncIterator; it is an async generator (has aclose)
                    lines = cast(AsyncGenerator[str, None], response.aiter_lines())
                    try:
                        async for line in lines:
                            deadline.reschedule(next_deadline())
                            data = sse_data(line)
                            if data is None:
                                continue
                            data_lines += 1
                            if data.strip() == DONE:
                                break
                            if deliver(splitter.feed_chunk(parse_chunk(data))):
                                stopped = True
                                break
                        else:
                            if data_lines == 0:
                                raise LlmError("empty_reply", "HTTP 200 with no events and no [DONE]")
                            if splitter.finish_reason is None:
                                raise LlmError("stream_broken", "stream ended without [DONE]")
                        if not stopped:
                            deliver(splitter.flush(normal_end=True))
                    finally:
                        await lines.aclose()
        except TimeoutError:
            now = loop.time()
            if now >= total_deadline - 0.01:
                code = "total_timeout"
            elif first_content is None and now >= first_deadline - 0.01:
                code = "first_token_timeout"
            else:
                code = "idle_timeout"
            raise LlmError(code, f"after {now - start:.2f} s", before_first_token=first_content is None) from None
        except httpx.ConnectTimeout:
            raise LlmError("connect_failed", "connect timeout") from None
        except httpx.ConnectError as exc:
            raise LlmError("connect_failed", type(exc).__name__) from None
        except httpx.ReadTimeout:
            raise LlmError("idle_timeout", "read timeout", before_first_token=first_content is None) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise LlmError(
                "stream_broken", type(exc).__name__, before_first_token=first_content is None
            ) from None
        except httpx.HTTPError as exc:
            raise LlmError("stream_broken", type(exc).__name__, before_first_token=first_content is None) from None
        except LlmError as exc:
            exc.before_first_token = first_content is None
            raise
        return StreamResult(
            finish_reason=splitter.finish_reason,
            first_content_s=None if first_content is None else first_content - start,
            first_token_s=None if first_token is None else first_token - start,
            framing=splitter.observed,
            reasoning_chars=reasoning_chars,
            content_chars=content_chars,
            stopped=stopped,
        )

    async def _raise_for_status(self, response: httpx.Response) -> None:
        """Read the error body (any content type), keep it masked and short, raise the status's LlmError."""
        raise await error_for(response)

    async def models(self, timeout_s: float | None = None) -> list[str]:
        """The model names the service lists (``GET /models``), within its own deadline; raises LlmError."""
        try:
            async with asyncio.timeout(timeout_s or self.settings.connect_timeout_s + 1.0):
                response = await self._http.get("models")
                if response.status_code != 200:
                    raise await error_for(response)
        except TimeoutError:
            raise LlmError("first_token_timeout", "GET /models: no reply in time") from None
        except httpx.ConnectTimeout:
            raise LlmError("connect_failed", "GET /models: connect timeout") from None
        except httpx.ConnectError as exc:
            raise LlmError("connect_failed", f"GET /models: {type(exc).__name__}") from None
        except httpx.HTTPError as exc:
            raise LlmError("stream_broken", f"GET /models: {type(exc).__name__}") from None
        try:
            data = response.json().get("data", [])
            return [str(m.get("id")) for m in data if isinstance(m, dict)]
        except (ValueError, AttributeError):
            raise LlmError("bad_response", "unreadable /models reply") from None


async def error_for(response: httpx.Response) -> LlmError:
    """The LlmError for a non-200 response, its body (JSON, text, HTML…) masked and truncated."""
    status = response.status_code
    kind = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
    try:
        raw = (await response.aread())[:8192]
    except httpx.HTTPError:
        raw = b""
    text = raw.decode(response.encoding or "utf-8", errors="replace")
    message = text
    if raw:
        try:
            message = error_text(json.loads(text))
        except ValueError:
            message = text
    message = mask_pii(" ".join(message.split()))[:ERROR_BODY_CHARS] or "(empty body)"
    code = "context_too_small" if status in (400, 413, 500) and context_exceeded(text) else code_for_status(status)
    error = LlmError(code, f"HTTP {status} ({kind}): {message}")
    error.retry_after_s = retry_after_seconds(response.headers.get("retry-after"))
    return error
