"""One probe of the LLM service for ``kiosk llm check``, ``kiosk doctor`` and the staff status screen.

Steps, each with its own deadline, all within :data:`TOTAL_S` (5 s) even against a server that
accepts connections and never answers:

1. ``models`` — ``GET /models`` (reachability; is the configured model listed?);
2. ``largest_request`` — a streamed chat request of the kiosk's worst-case size (the prompt budget:
   the three largest services of the hall's catalog plus earlier turns), so a context window that is
   too small is found here and not by a citizen; it measures the time to the first token (reasoning
   counts, a role-only chunk does not) and to the first answer text, and learns the server's
   reasoning framing (:mod:`kiosk.llm.framing`) for the answerer;
3. ``small_request`` — only when step 2 failed as an over-long prompt does (HTTP 400 naming the
   context, or llama-cpp-python's empty 200): a tiny request that works proves the context too small.

The report says which step failed and why, in plain words.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.catalog import Catalog
from kiosk.llm.budget import request_chars, request_size
from kiosk.llm.client import LlmClient
from kiosk.llm.errors import LlmError, message_for
from kiosk.llm.framing import DESCRIPTIONS, Framing, FramingStore
from kiosk.llm.prompt import Grounding, build_messages
from kiosk.llm.stream import Piece, ReasoningSplitter
from kiosk.messages import N_, translator
from kiosk.settings import LlmSettings

_LOGGER = logging.getLogger(__name__)

TOTAL_S = 5.0
MODELS_S = 1.0
QUESTION = "请只回复一个字：好"
_FILLER = "市民问办事的问题，助手依据办事指南条目回答窗口、材料、收费和时限。"


@dataclass
class ProbeStep:
    """One step of the probe."""

    name: str
    ok: bool
    detail: str
    seconds: float


STEP_NAMES = {"config": N_("settings"), "models": N_("model list"), "largest_request": N_("largest request"),
              "small_request": N_("short request")}
"""The probe's steps in plain words (the Chinese status line; the English one keeps the step's id)."""


@dataclass
class ProbeReport:
    """What the probe found."""

    base_url: str | None
    model: str
    ok: bool = False
    steps: list[ProbeStep] = field(default_factory=list)
    models: list[str] | None = None
    model_listed: bool | None = None
    request_chars: int = 0
    """Size of the worst-case request sent (characters of its messages)."""
    first_token_s: float | None = None
    first_content_s: float | None = None
    framing: str = Framing.UNKNOWN.value
    failed_step: str | None = None
    error: str | None = None
    message: str = ""
    detail: str = ""
    """The failure's technical detail (exception name, HTTP status, the server's words), no words around it."""
    reply: str = ""
    total_s: float = 0.0

    def fail(self, step: str, code: str, message: str, detail: str = "") -> None:
        """Record the step that failed: ``message`` in English for the log and ``kiosk llm check``,
        ``detail`` the technical part the Chinese line keeps beside its own plain words."""
        self.ok = False
        if self.failed_step is None:
            self.failed_step, self.error, self.message, self.detail = step, code, message, detail

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        data["reasoning"] = self.framing not in (Framing.PLAIN.value, Framing.UNKNOWN.value)
        return data

    def summary(self) -> str:
        """One line for doctor and the staff status."""
        if not self.ok:
            return f"{self.failed_step}: {self.message}"
        listed = "" if self.model_listed is not False else " (model NOT listed by the service)"
        ttft = "?" if self.first_token_s is None else f"{self.first_token_s * 1000:.0f} ms"
        return (f"{self.model}{listed} · first token {ttft} · largest request {self.request_chars} chars OK"
                f" · reasoning: {self.framing}")

    def summary_zh(self) -> str:
        """The same line in Chinese (the staff status shows both; the words are messages of kiosk/locale)."""
        _ = translator("zh")
        if not self.ok:
            words = message_for(self.error or "", "zh")
            step = _(STEP_NAMES[self.failed_step]) if self.failed_step in STEP_NAMES else self.failed_step
            message = words if not self.detail else _("{words} ({detail})", words=words, detail=self.detail)
            return _("check failed ({step}): {message}", step=step, message=message)
        listed = "" if self.model_listed is not False else _(" (the service does not list this model)")
        ttft = "?" if self.first_token_s is None else _("{ms} ms", ms=format(self.first_token_s * 1000, ".0f"))
        return _("{model}{listed} · first token {ttft} · largest request {chars} chars OK · reasoning: {framing}",
                 model=self.model, listed=listed, ttft=ttft, chars=self.request_chars, framing=self.framing)


def worst_case_messages(settings: LlmSettings, catalog: Catalog | None) -> list[dict[str, str]]:
    """The largest request the answerer may send: three biggest services, earlier turns up to the budget."""
    budget = settings.prompt_budget_chars
    services = []
    if catalog is not None:
        services = sorted(catalog.services, key=lambda s: len(Grounding.build([s], "", "zh", catalog).prompt_text()),
                          reverse=True)[:3]
    grounding = Grounding.build(services, "", "zh", catalog)
    messages = build_messages(QUESTION, grounding, None, budget_chars=budget)
    room = int(budget - request_size(messages)) - 40
    history: list[dict[str, str]] = []
    while room > 0:
        text = (_FILLER * (1 + min(room, 600) // len(_FILLER)))[: min(room, 600)]
        history.append({"role": "user" if len(history) % 2 == 0 else "assistant", "content": text})
        room -= len(text)
    if len(history) % 2:
        history.append({"role": "assistant", "content": "好的。"})
    return [messages[0], *history, messages[-1]]


async def probe(
    settings: LlmSettings,
    *,
    catalog: Catalog | None = None,
    framings: FramingStore | None = None,
    total_s: float | None = None,
) -> ProbeReport:
    """Probe the service (never raises); learn its framing into ``framings`` (default: the kiosk's store).
    ``total_s``: the whole probe's deadline (default :data:`TOTAL_S`)."""
    total_s = TOTAL_S if total_s is None else total_s
    report = ProbeReport(settings.base_url, settings.model)
    if not settings.base_url:
        report.fail("config", "not_configured", message_for("not_configured", "en"))
        return report
    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + total_s
    client = LlmClient(settings)
    try:
        if not await _models_step(report, client, min(MODELS_S, total_s / 4), loop):
            return report
        messages = worst_case_messages(settings, catalog)
        report.request_chars = request_chars(messages)
        step_ok = await _chat_step(report, client, "largest_request", messages, settings, end - loop.time() - 0.05,
                                   framings)
        if not step_ok and report.error in ("context_too_small", "empty_reply") and end - loop.time() > 0.3:
            tiny = [{"role": "user", "content": QUESTION}]
            failed = (report.failed_step, report.error)
            report.failed_step = None
            if await _chat_step(report, client, "small_request", tiny, settings, end - loop.time() - 0.05, None):
                report.ok = False
                report.failed_step, report.error = failed[0], "context_too_small"
                report.message = (f"the model's context window is too small for the kiosk's largest request "
                                  f"({report.request_chars} characters); a short request works. Raise the "
                                  f"server's context (llama.cpp -c, llama-cpp-python n_ctx, vLLM "
                                  f"--max-model-len) or lower llm.prompt_budget_chars")
        elif step_ok:
            report.ok = True
    finally:
        await client.aclose()
        report.total_s = round(loop.time() - start, 3)
    return report


async def _models_step(report: ProbeReport, client: LlmClient, deadline_s: float,
                       loop: asyncio.AbstractEventLoop) -> bool:
    """GET /models; False when the service is unreachable (the probe stops)."""
    t0 = loop.time()
    try:
        models = await client.models(timeout_s=deadline_s)
    except LlmError as exc:
        took = loop.time() - t0
        if exc.code in ("connect_failed", "first_token_timeout", "stream_broken"):
            what = (f"no reply within {deadline_s:.1f} s" if exc.code == "first_token_timeout"
                    else exc.detail.removeprefix("GET /models: "))  # the client's detail names the request too
            report.steps.append(ProbeStep("models", False, what, round(took, 3)))
            report.fail("models", "connect_failed" if exc.code != "first_token_timeout" else "unavailable",
                        f"GET /models: {what} — {message_for('connect_failed', 'en')}", what)
            return False
        report.steps.append(ProbeStep("models", False, f"not available ({exc.detail})", round(took, 3)))
        return True  # some servers have no /models: go on with the chat request
    report.models = models
    report.model_listed = report.model in models
    listed = "listed" if report.model_listed else f"NOT listed (service has: {', '.join(models) or 'none'})"
    report.steps.append(ProbeStep("models", True, f"{len(models)} model(s); {report.model} {listed}",
                                  round(loop.time() - t0, 3)))
    return True


async def _chat_step(report: ProbeReport, client: LlmClient, name: str, messages: list[dict[str, str]],
                     settings: LlmSettings, deadline_s: float, framings: FramingStore | None) -> bool:
    """One streamed request; records times, the reply and (for the largest request) the framing."""
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    deadline_s = max(deadline_s, 0.1)
    store = framings if framings is not None else FramingStore.default()
    splitter = ReasoningSplitter(Framing.UNKNOWN)
    text: list[str] = []
    first_any: list[float] = []

    def on_piece(piece: Piece) -> bool:
        if piece.text and not first_any:
            first_any.append(loop.time() - t0)
        if piece.kind == "content":
            text.append(piece.text)
        return splitter.observed in (Framing.FIELDS, Framing.INLINE, Framing.CLOSING) and bool(text)

    try:
        result = await client.stream(messages, on_piece, first_token_timeout_s=deadline_s, total_timeout_s=deadline_s,
                                     max_tokens=settings.max_tokens, splitter=splitter)
    except LlmError as exc:
        took = round(loop.time() - t0, 3)
        what = exc.detail or exc.code
        timed_out = exc.code in ("first_token_timeout", "total_timeout", "idle_timeout")
        if timed_out and first_any:  # it answers, only not to the end within the probe's time
            report.first_token_s = round(first_any[0], 3)
            report.reply = "".join(text)[:80]
            _learn(store if name == "largest_request" else None, report, splitter)
            report.steps.append(ProbeStep(name, True, f"tokens arrive; the reply did not finish within "
                                          f"{deadline_s:.1f} s", took))
            return True
        if timed_out:
            what = f"no token within {deadline_s:.1f} s"
        report.steps.append(ProbeStep(name, False, what, took))
        report.fail(name, exc.code, f"{name}: {message_for(exc.code, 'en')} ({what})", what)
        _learn(store if name == "largest_request" else None, report, splitter)
        return False
    took = round(loop.time() - t0, 3)
    if name == "largest_request":
        report.first_token_s = None if result.first_token_s is None else round(result.first_token_s, 3)
        report.first_content_s = None if result.first_content_s is None else round(result.first_content_s, 3)
        report.reply = "".join(text)[:80]
        _learn(store, report, splitter)
    report.steps.append(ProbeStep(name, True, f"{report.request_chars if name == 'largest_request' else 0} chars "
                                  f"sent; reply {''.join(text)[:20]!r}", took))
    return True


def _learn(store: FramingStore | None, report: ProbeReport, splitter: ReasoningSplitter) -> None:
    observed = splitter.observed
    if observed is Framing.UNKNOWN:
        if store is not None:
            report.framing = store.get(report.base_url, report.model).value
        return
    report.framing = observed.value
    if store is not None:
        store.learn(report.base_url, report.model, observed, "probe")


def describe(report: ProbeReport) -> str:
    """The framing in words."""
    return DESCRIPTIONS.get(Framing(report.framing), report.framing)


def probe_sync(settings: LlmSettings, *, catalog: Catalog | None = None, framings: FramingStore | None = None,
               total_s: float | None = None) -> ProbeReport:
    """:func:`probe` from blocking code (a worker thread, the CLI): runs its own event loop."""
    return asyncio.run(probe(settings, catalog=catalog, framings=framings, total_s=total_s))
