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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.catalog import Catalog, Service
from kiosk.llm import novelty
from kiosk.llm.breaker import CircuitBreaker
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.client import LlmClient
from kiosk.llm.errors import LlmError, message_for
from kiosk.llm.events import Done, Error, Fallback, LlmEvent, Thinking
from kiosk.llm.framing import Framing, FramingStore
from kiosk.llm.injection import looks_like_injection, polite_line
from kiosk.llm.prompt import Grounding, build_messages, refusal
from kiosk.llm.reply import Reply, clean_text, cut_at_sentence
from kiosk.llm.session import History
from kiosk.llm.stream import ReasoningSplitter
from kiosk.navigator import Answer
from kiosk.privacy import mask_pii
from kiosk.settings import LlmSettings

_LOGGER = logging.getLogger(__name__)

__all__ = ["Answerer", "LlmResult", "LlmStats", "clean_text", "elaborate"]

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
    first_shown_s: float | None = None
    """Seconds to the first checked sentence on screen (None: nothing of the model's was shown)."""
    framing: str = "unknown"
    """The server's reasoning framing as known after this turn (:mod:`kiosk.llm.framing`)."""

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
            "first_shown_s": None if self.first_shown_s is None else round(self.first_shown_s, 3),
            "framing": self.framing,
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


class Answerer:
    """Answers turns with the LLM service; keeps the connection pool, breaker and statistics."""

    def __init__(
        self,
        settings: LlmSettings,
        *,
        client: LlmClient | None = None,
        breaker: CircuitBreaker | None = None,
        framings: FramingStore | None = None,
    ) -> None:
        self.settings = settings
        self.framings = framings if framings is not None else FramingStore.default()
        """Learned reasoning framings (shared with the probe through its file)."""
        # Built now (not on the first question): creating the HTTP client loads TLS settings (~15 ms).
        self._client = client if client is not None or not settings.base_url else LlmClient(settings)
        self.breaker = breaker or CircuitBreaker(settings.breaker_failures, settings.breaker_open_s)
        self.stats = LlmStats()
        if settings.base_url:
            novelty.load_in_background()  # the grounding check's word table, before the first sentence

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

        reply: Reply | None = None
        framing = Framing.UNKNOWN

        def finish(event: Done | Fallback) -> LlmResult:
            on_event(event)
            now = loop.time()
            first = reply.first_content if reply else None
            shown = reply.first_shown if reply else None
            known = self.framings.get(self.settings.base_url, self.settings.model) if reply else framing
            if isinstance(event, Fallback):
                self.stats.fallbacks[event.reason] += 1
                result = LlmResult(event.text, "catalog", event.cited, event.reason, event.offline, None, now - start,
                                   first_shown_s=None, framing=known.value)
            else:
                result = LlmResult(event.text, event.answered_by, event.cited, None, False,
                                   None if first is None else first - start, now - start, event.truncated,
                                   None if shown is None else shown - start, known.value)
            if history is not None and result.text:
                history.add(question, result.text, result.cited)
            return result

        if answer.off_topic:
            self.stats.off_topic += 1
            return finish(Done(refusal(language), "catalog"))
        if looks_like_injection(question):
            self.stats.injections_refused += 1
            _LOGGER.info("instruction-override attempt answered by the kiosk's own refusal")
            cited_ids = tuple(s.id for s in answer.services)
            return finish(Done(polite_line(language, has_card=bool(cited_ids)), "catalog", cited_ids))
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

        messages = build_messages(question, grounding, history.messages() if history else None,
                                  budget_chars=self.settings.prompt_budget_chars)
        self.stats.requests += 1
        on_event(Thinking("waiting"))
        framing = self.framings.get(self.settings.base_url, self.settings.model)
        reply = Reply(GroundingChecker(grounding), on_event, self.settings.max_answer_chars)
        splitter = ReasoningSplitter(framing)
        attempt = 0
        try:
            while True:
                try:
                    elapsed = loop.time() - start
                    splitter = ReasoningSplitter(framing)
                    await self.client().stream(
                        messages,
                        reply.on_piece,
                        first_token_timeout_s=max(0.2, self.settings.first_token_timeout_s - elapsed),
                        total_timeout_s=max(0.2, self.settings.total_timeout_s - elapsed),
                        splitter=splitter,
                    )
                    break
                except LlmError as exc:
                    early = loop.time() - start < self.settings.first_token_timeout_s / 2
                    if exc.retryable and reply.first_content is None and attempt < self.settings.retries and early:
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
            self._learn(framing, splitter)
            if exc.counts_as_failure:
                self.breaker.record_failure(exc.retry_after_s)
            _LOGGER.warning("LLM service failed: %s (%s)", exc.code, mask_pii(exc.detail))
            on_event(Error(exc.code, message_for(exc.code, language)))
            return finish(Fallback(exc.code, answer.answer, offline=True, cited=cited))
        self._learn(framing, splitter, reply.stop_reason)

        if reply.stop_reason == "no_answer" or (reply.stop_reason is None and not reply.text.strip()):
            self.breaker.record_failure()
            _LOGGER.warning("LLM service gave no answer text%s", " (its reasoning never closed)" if splitter.unclosed
                            or reply.stop_reason else "")
            on_event(Error("no_answer", message_for("no_answer", language)))
            return finish(Fallback("no_answer", answer.answer, offline=True, cited=cited))
        self.breaker.record_success()
        if reply.stop_reason is None:
            if reply.truncated and reply.shown.strip():  # cut after the last sentence already checked and shown
                reply.text = reply.shown.rstrip() + "…"
                reply.released = len(reply.text)
            else:
                if reply.truncated:
                    reply.text = cut_at_sentence(reply.text)
                reply.release(final=True)
        if reply.stop_reason == "unsupported_fact":
            self.stats.replaced_by_check += 1
            return finish(Fallback("unsupported_fact", answer.answer, offline=False, cited=cited))
        if reply.stop_reason == "policy":
            _LOGGER.warning("LLM reply quoted the system prompt: replaced")
            return finish(Fallback("policy", answer.answer, offline=False, cited=cited))
        self.stats.answered += 1
        if reply.truncated:
            self.stats.truncated += 1
        return finish(Done(reply.text.strip(), "llm", cited, reply.truncated))

    def _learn(self, known: Framing, splitter: ReasoningSplitter, stop_reason: str | None = None) -> None:
        """Keep what this reply showed about the server's reasoning framing (see :mod:`kiosk.llm.framing`).

        A reply of a "plain" server that was stopped (failed check, prompt quote) may have been reasoning
        of a model swapped in under the same name: the framing goes back to unknown, so the next reply is
        held to its end and the framing learned again.
        """
        observed = splitter.observed
        url, model = self.settings.base_url, self.settings.model
        if known is Framing.PLAIN and observed is Framing.UNKNOWN and stop_reason in ("unsupported_fact", "policy"):
            self.framings.learn(url, model, Framing.UNKNOWN, "answer")
        elif observed in (Framing.FIELDS, Framing.INLINE, Framing.CLOSING) and observed is not known:
            self.framings.learn(url, model, observed, "answer")
        elif observed is Framing.PLAIN and known is Framing.UNKNOWN:
            self.framings.learn(url, model, Framing.PLAIN, "answer")
        elif known is Framing.CLOSING and splitter.unclosed and splitter.finish_reason == "stop":
            # a finished reply that never closed its reasoning: the server changed; hold replies again
            self.framings.learn(url, model, Framing.UNKNOWN, "answer")

    def _grounding_services(self, answer: Answer, history: History | None, catalog: Catalog | None) -> list[Service]:
        """The answer's services, or (for a follow-up without its own match) the previous turn's."""
        if answer.services:
            return list(answer.services[:3])
        if history is not None and catalog is not None:
            return [s for s in (catalog.service(i) for i in history.last_cited) if s is not None]
        return []


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
