"""Failures of the LLM service, each with a stable code and a plain-words message."""

from __future__ import annotations

import re
import time
from email.utils import parsedate_to_datetime

from kiosk.messages import N_, translator

# code -> (message: English source, shown through kiosk.messages; counts as a failure for the breaker; may retry)
_CODES: dict[str, tuple[str, bool, bool]] = {
    "not_configured": (N_("The answer service is not configured"), False, False),
    "connect_failed": (N_("Cannot reach the answer service"), True, True),
    "unauthorized": (N_("The answer service refused the key (401)"), True, False),
    "forbidden": (N_("The answer service denied access (403)"), True, False),
    "not_found": (N_("Wrong service address or model name (404)"), True, False),
    "rate_limited": (N_("The answer service is busy (429)"), True, False),
    "server_error": (N_("The answer service had an internal error"), True, True),
    "unavailable": (N_("The answer service is unavailable"), True, True),
    "bad_request": (N_("The answer service rejected the request (400)"), True, False),
    "first_token_timeout": (N_("The answer service is too slow to answer"), True, False),
    "idle_timeout": (N_("The answer service stopped in the middle"), True, False),
    "total_timeout": (N_("The answer took too long"), True, False),
    "stream_broken": (N_("The connection to the answer service broke"), True, True),
    "bad_response": (N_("The answer service sent something unreadable"), True, False),
    "no_answer": (N_("The answer service gave no answer"), True, False),
    "context_too_small": (N_("The answer service's context window is too small for the kiosk's requests"), True, False),
    "empty_reply": (N_("The answer service sent an empty reply (its context window may be too small)"), True, False),
}

MAX_RETRY_AFTER_S = 3600.0
"""A Retry-After longer than this is taken as this."""

_CONTEXT = re.compile(
    r"exceed_context_size|exceeds? the (available )?context|context (length|window|size)|maximum context"
    r"|n_ctx|too many tokens|prompt is too long|input is too long|requested tokens? .*exceed",
    re.IGNORECASE,
)


def context_exceeded(body: str) -> bool:
    """Whether an error body says the prompt did not fit the model's context (llama.cpp, vLLM, OpenAI)."""
    return bool(_CONTEXT.search(body))


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def message_for(code: str, language: str = "zh") -> str:
    """Plain words for a failure code."""
    words = _CODES.get(code, (N_("The answer service failed"), True, False))[0]
    return translator(language)(words)


class LlmError(Exception):
    """A failed request to the LLM service."""

    def __init__(self, code: str, detail: str = "", *, before_first_token: bool = True) -> None:
        self.code = code
        self.detail = detail
        """Technical detail for the log (already free of the API key; may hold the server's message)."""
        self.before_first_token = before_first_token
        self.retry_after_s: float | None = None
        """The server's Retry-After (429/503), in seconds."""
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def counts_as_failure(self) -> bool:
        """Whether the circuit breaker counts it."""
        return _CODES.get(self.code, ("", True, False))[1]

    @property
    def retryable(self) -> bool:
        """Whether one quick retry may help (only before the first token)."""
        return self.before_first_token and _CODES.get(self.code, ("", True, False))[2]


STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "rate_limited"}


def code_for_status(status: int) -> str:
    """The failure code for an HTTP status that is not 200."""
    if status in STATUS_CODES:
        return STATUS_CODES[status]
    if status in (502, 503, 504):
        return "unavailable"
    if status >= 500:
        return "server_error"
    return "bad_request"
