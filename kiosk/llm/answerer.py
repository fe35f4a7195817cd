"""One LLM turn, start to finish: grounded, streamed, checked, and never left hanging.

:class:`Answerer` lives as long as the kiosk (it keeps the HTTP connection pool and the circuit
breaker). :meth:`Answerer.elaborate` takes the navigator's :class:`~kiosk.navigator.Answer` (whose
catalog card is already on screen), asks the model to elaborate from the cited entries only, and
reports :mod:`kiosk.llm.events` to a plain callback. Whatever goes wrong, the turn ends with the
catalog answer (``Fallback``); cancelling the task closes the HTTP stream at once.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.catalog import Catalog, Service
from kiosk.llm.breaker import CircuitBreaker
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.client import LlmClient
from kiosk.llm.errors import LlmError, message_for
from kiosk.llm.events import Delta, Done, Error, Fallback, LlmEvent, Sentence, Thinking
from kiosk.llm.prompt import Grounding, build_messages, leaks_prompt, looks_like_injection, refusal
from kiosk.llm.session import History
from kiosk.llm.stream import Piece
from kiosk.navigator import Answer
from kiosk.privacy import mask_pii
from kiosk.settings import LlmSettings

_LOGGER = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")
_MARKDOWN = re.compile(r"\*\*|__|^#{1,6}\s*|`", re.MULTILINE)
RETRY_DELAY_S = 0.15

EventSink = Callable[[LlmEvent], None]


@dataclass(frozen=True)
class LlmResult:
    """How a turn ended (also what ``kiosk llm ask --json`` prints)."""

    text: str
    answered_by: str
    cited: tuple[str, ...]
    reason: str | None = None
    """Why the catalog answer was used (a Fallback reason), None when the model's answer stands."""
    offline: bool = False
    first_token_s: float | None = None
    total_s: float = 0.0
    truncated: bool = False

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "answer": self.text,
            "answered_by": self.answered_by,
            "cited": list(self.cited),
            "fallback_reason": self.reason,
            "offline": self.offline,
            "first_token_s": None if self.first_token_s is None else round(self.first_token_s, 3),
            "total_s": round(self.total_s, 3),
            "truncated": self.truncated,
        }


@dataclass
class LlmStats:
    """Counters for the admin screen and the log."""

    requests: int = 0
    answered: int = 0
    replaced_by_check: int = 0
    injections_refused: int = 0
    off_topic: int = 0
    truncated: int = 0
    cancelled: int = 0
    fallbacks: Counter[str] = field(default_factory=Counter)


def clean_text(text: str) -> str:
    """Model text as plain text for the screen (Markdown marks dropped)."""
    return _MARKDOWN.sub("", text)


class _Turn:
    """State of one streamed reply: text so far, sentences released, why it stopped."""

    def __init__(self, answerer: Answerer, checker: GroundingChecker, emit: EventSink) -> None:
        self.answerer = answerer
        self.checker = checker
        self.emit = emit
        self.text = ""
        self.released = 0
        self.reasoning_seen = False
        self.stop_reason: str | None = None
        self.truncated = False
        self.first_content: float | None = None

    def on_piece(self, piece: Piece) -> bool:
        """Handle one piece; True stops the stream."""
        if piece.kind == "reasoning":
            if not self.reasoning_seen:
                self.reasoning_seen = True
                self.emit(Thinking("reasoning"))
            return False
        if self.first_content is None:
            self.first_content = asyncio.get_running_loop().time()
        cap = self.answerer.settings.max_answer_chars
        text = clean_text(piece.text)
        if len(self.text) + len(text) > cap:
            text = text[: max(0, cap - len(self.text))]
            self.truncated = True
        self.text += text
        if leaks_prompt(self.text):
            self.stop_reason = "policy"
            return True
        if text:
            self.emit(Delta(text))
        if not self.release_sentences(final=False):
            return True
        return self.truncated

    def release_sentences(self, *, final: bool) -> bool:
        """Check finished sentences and emit them for speech; False when one fails the check."""
        pending = self.text[self.released :]
        ends = [m.end() for m in _SENTENCE_END.finditer(pending)]
        cut = len(pending) if final else (ends[-1] if ends else 0)
        if cut == 0:
            return True
        chunk = pending[:cut]
        result = self.checker.check(self.text[: self.released + cut])
        if not result.ok:
            _LOGGER.warning("LLM answer not supported by the catalog entries: %s", ", ".join(result.problems))
            self.stop_reason = "unsupported_fact"
            return False
        start = 0
        for end in [e for e in ends if e <= cut] + ([cut] if final else []):
            sentence = chunk[start:end].strip()
            if sentence:
                self.emit(Sentence(sentence))
            start = end
        self.released += cut
        return True


class Answerer:
    """Answers turns with the LLM service; keeps the connection pool, breaker and statistics."""

    def __init__(
        self,
        settings: LlmSettings,
        *,
        client: LlmClient | None = None,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        self.settings = settings
        # Built now (not on the first question): creating the HTTP client loads TLS settings (~15 ms).
        self._client = client if client is not None or not settings.base_url else LlmClient(settings)
        self.breaker = breaker or CircuitBreaker(settings.breaker_failures, settings.breaker_open_s)
        self.stats = LlmStats()

    @property
    def configured(self) -> bool:
        """Whether a service address is set."""
        return bool(self.settings.base_url)

    def client(self) -> LlmClient:
        """The HTTP client, created on first use (on the running loop)."""
        if self._client is None:
            self._client = LlmClient(self.settings)
        return self._client

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def elaborate(
        self,
        answer: Answer,
        history: History | None,
        on_event: EventSink,
        *,
        catalog: Catalog | None = None,
    ) -> LlmResult:
        """Run one turn for ``answer`` (its card is on screen); report events; return how it ended."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        language = answer.language
        question = answer.query

        def finish(event: Done | Fallback, first: float | None = None, truncated: bool = False) -> LlmResult:
            on_event(event)
            if isinstance(event, Fallback):
                self.stats.fallbacks[event.reason] += 1
                result = LlmResult(event.text, "catalog", event.cited, event.reason, event.offline, None,
                                   loop.time() - start)
            else:
                result = LlmResult(event.text, event.answered_by, event.cited, None, False,
                                   None if first is None else first - start, loop.time() - start, truncated)
            if history is not None and result.text:
                history.add(question, result.text, result.cited)
            return result

        if answer.off_topic:
            self.stats.off_topic += 1
            return finish(Done(refusal(language), "catalog"))
        if looks_like_injection(question):
            self.stats.injections_refused += 1
            _LOGGER.info("instruction-override attempt answered by the kiosk's own refusal")
            return finish(Done(refusal(language, injection=True), "catalog", tuple(s.id for s in answer.services)))
        services = self._grounding_services(answer, history, catalog)
        if not services:
            return finish(Fallback("no_grounding", answer.answer, offline=False))
        grounding = Grounding.build(services, answer.answer, language, catalog)
        cited = grounding.cited
        if not self.configured:
            return finish(Fallback("not_configured", answer.answer, offline=True, cited=cited))
        if not self.breaker.allow():
            _LOGGER.info("LLM breaker open (%.0f s left): catalog answer", self.breaker.retry_in())
            return finish(Fallback("breaker_open", answer.answer, offline=True, cited=cited))

        messages = build_messages(question, grounding, history.messages() if history else None)
        self.stats.requests += 1
        on_event(Thinking("waiting"))
        turn = _Turn(self, GroundingChecker(grounding), on_event)
        attempt = 0
        try:
            while True:
                try:
                    elapsed = loop.time() - start
                    await self.client().stream(
                        messages,
                        turn.on_piece,
                        first_token_timeout_s=max(0.2, self.settings.first_token_timeout_s - elapsed),
                        total_timeout_s=max(0.2, self.settings.total_timeout_s - elapsed),
                    )
                    break
                except LlmError as exc:
                    early = loop.time() - start < self.settings.first_token_timeout_s / 2
                    if exc.retryable and turn.first_content is None and attempt < self.settings.retries and early:
                        attempt += 1
                        _LOGGER.info("LLM request failed (%s), retrying once", exc.code)
                        await asyncio.sleep(RETRY_DELAY_S)
                        continue
                    raise
        except asyncio.CancelledError:
            self.breaker.record_cancel()
            self.stats.cancelled += 1
            raise
        except LlmError as exc:
            if exc.counts_as_failure:
                self.breaker.record_failure()
            _LOGGER.warning("LLM service failed: %s (%s)", exc.code, mask_pii(exc.detail))
            on_event(Error(exc.code, message_for(exc.code, language)))
            return finish(Fallback(exc.code, answer.answer, offline=True, cited=cited))

        if turn.stop_reason is None and not turn.text.strip():
            self.breaker.record_failure()
            _LOGGER.warning("LLM service gave no answer text")
            on_event(Error("no_answer", message_for("no_answer", language)))
            return finish(Fallback("no_answer", answer.answer, offline=True, cited=cited))
        self.breaker.record_success()
        if turn.stop_reason is None and turn.truncated:
            turn.text = _cut_at_sentence(turn.text)
        if turn.stop_reason is None and not turn.release_sentences(final=True):
            pass
        if turn.stop_reason == "unsupported_fact":
            self.stats.replaced_by_check += 1
            return finish(Fallback("unsupported_fact", answer.answer, offline=False, cited=cited))
        if turn.stop_reason == "policy":
            _LOGGER.warning("LLM reply quoted the system prompt: replaced")
            return finish(Fallback("policy", answer.answer, offline=False, cited=cited))
        self.stats.answered += 1
        if turn.truncated:
            self.stats.truncated += 1
        return finish(Done(turn.text.strip(), "llm", cited, turn.truncated), turn.first_content, turn.truncated)

    def _grounding_services(self, answer: Answer, history: History | None, catalog: Catalog | None) -> list[Service]:
        """The answer's services, or (for a follow-up without its own match) the previous turn's."""
        if answer.services:
            return list(answer.services[:3])
        if history is not None and catalog is not None:
            return [s for s in (catalog.service(i) for i in history.last_cited) if s is not None]
        return []


def _cut_at_sentence(text: str) -> str:
    """``text`` up to its last sentence end, with an ellipsis."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return (text[: ends[-1]] if ends else text).rstrip() + "…"


async def elaborate(
    answer: Answer,
    settings: LlmSettings,
    history: History | None,
    on_event: EventSink,
    *,
    catalog: Catalog | None = None,
    answerer: Answerer | None = None,
) -> LlmResult:
    """Run one turn with a given (or a temporary) :class:`Answerer`."""
    own = answerer is None
    answerer = answerer or Answerer(settings)
    try:
        return await answerer.elaborate(answer, history, on_event, catalog=catalog)
    finally:
        if own:
            await answerer.aclose()
