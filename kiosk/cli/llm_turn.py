"""Streaming an LLM turn to a terminal: used by ``kiosk ask --llm-url`` and ``kiosk llm ask``.

Only what the answerer gives out is printed: checked sentences (``Delta``), never reasoning or a
sentence still waiting for its check; the wait is shown on stderr ("正在为您查询…" / "正在思考…").
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TextIO

from kiosk.catalog import Catalog
from kiosk.llm.answerer import Answerer, LlmResult
from kiosk.llm.events import Delta, Done, Error, Fallback, LlmEvent, Thinking
from kiosk.llm.session import History
from kiosk.messages import N_, both, translator
from kiosk.navigator import Answer
from kiosk.settings import LlmSettings


class TerminalPrinter:
    """Prints a turn's events as they come: answer text to ``out``, progress notes to ``err``."""

    def __init__(self, out: TextIO, err: TextIO, *, as_json: bool) -> None:
        self.out, self.err, self.as_json = out, err, as_json
        self.streamed = False

    def __call__(self, event: LlmEvent) -> None:
        """Handle one event."""
        if isinstance(event, Thinking):
            self.err.write((translator("zh")(N_("Thinking…")) if event.stage == "reasoning"
                           else translator("zh")(N_("Looking it up for you…"))) + "\n")
            self.err.flush()
        elif isinstance(event, Error):
            self.err.write(f"\n[{event.code}] {event.message}\n")
            self.err.flush()
        elif self.as_json:
            return
        elif isinstance(event, Delta):
            self.out.write(event.text)
            self.out.flush()
            self.streamed = True
        elif isinstance(event, Fallback):
            note = both("offline mode") if event.offline else translator("zh")(
                N_("using the service guide answer instead ({reason})"), reason=event.reason)
            self.out.write(("\n" if self.streamed else "") + f"[{note}]\n{event.text}\n")
        elif isinstance(event, Done):
            if not self.streamed:
                self.out.write(event.text)
            self.out.write("\n")
        self.out.flush()


def result_json(answer: Answer, result: LlmResult) -> dict[str, object]:
    """The ``--json`` shape: the navigator's fields plus the turn's outcome."""
    data = answer.to_json()
    data.update(
        {
            "answer": result.text,
            "answered_by": result.answered_by,
            "catalog_answer": answer.answer,
            "cited": list(result.cited),
            "llm": result.to_json(),
        }
    )
    return data


async def run_turn(
    answer: Answer,
    settings: LlmSettings,
    *,
    catalog: Catalog | None = None,
    history: History | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    as_json: bool = False,
    answerer: Answerer | None = None,
) -> LlmResult:
    """Run one turn, printing as it streams (only checked sentences); returns the result.

    ``answerer``: a shared one (its breaker and connection pool outlive the turn); else a temporary one.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    printer = TerminalPrinter(out, err, as_json=as_json)
    if not as_json:
        out.write(f"{answer.answer}\n\n— {settings.model} —\n")
        out.flush()
    own = answerer is None
    answerer = answerer or Answerer(settings)
    try:
        result = await answerer.elaborate(answer, history, printer, catalog=catalog)
    finally:
        if own:
            await answerer.aclose()
    if as_json:
        out.write(json.dumps(result_json(answer, result), ensure_ascii=False) + "\n")
        out.flush()
    return result


class CliSession:
    """One event loop and one :class:`Answerer` for many CLI turns (``kiosk ask -``), so the circuit
    breaker and the connection pool carry over from line to line."""

    def __init__(self, settings: LlmSettings) -> None:
        self.settings = settings
        self._runner = asyncio.Runner()
        self.answerer: Answerer = self._runner.run(self._make())

    async def _make(self) -> Answerer:
        return Answerer(self.settings)

    def turn(self, answer: Answer, *, as_json: bool, catalog: Catalog | None = None,
             history: History | None = None) -> LlmResult:
        """Run one turn on the shared answerer."""
        return self._runner.run(run_turn(answer, self.settings, catalog=catalog, history=history, as_json=as_json,
                                         answerer=self.answerer))

    def close(self) -> None:
        """Close the connection pool and the loop."""
        try:
            self._runner.run(self.answerer.aclose())
        finally:
            self._runner.close()


def elaborate_for_cli(
    answer: Answer, settings: LlmSettings, *, as_json: bool = False, catalog: Catalog | None = None,
    session: CliSession | None = None,
) -> int:
    """Blocking wrapper for the CLI: stream one turn to stdout; exit code 0 (a fallback is still an answer).

    With ``session`` the turn uses its shared answerer (``kiosk ask -``).
    """
    if session is not None:
        session.turn(answer, as_json=as_json, catalog=catalog)
        return 0
    asyncio.run(run_turn(answer, settings, catalog=catalog, as_json=as_json))
    return 0
