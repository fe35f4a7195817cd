"""``kiosk ask QUESTION`` — the navigator (and, when configured, the LLM service) without a screen."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kiosk.cli import EXIT_USAGE, catalog_from, settings_from
from kiosk.navigator import Conversation, Navigator, navigator_for

if TYPE_CHECKING:
    from kiosk.cli.llm_turn import CliSession
    from kiosk.settings import LlmSettings
from kiosk.settings import updated


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ask`` command."""
    parser = subparsers.add_parser("ask", help="answer a question from the hall catalog (and LLM if configured)")
    parser.add_argument("question", help='the question, or "-" to read one question per line from stdin')
    parser.add_argument("--catalog", help="hall catalog file (default: settings hall.catalog)")
    parser.add_argument("--json", action="store_true", help="one JSON object per answer")
    parser.add_argument("--conversation", action="store_true",
                        help='with "-": treat the lines as one visit (follow-up questions)')
    parser.add_argument("--llm-url", help="LLM service base URL (e.g. http://127.0.0.1:8000/v1)")
    parser.add_argument("--model", help="LLM model name")
    parser.add_argument("--no-llm", action="store_true", help="catalog answers only")
    parser.add_argument("--words-only", action="store_true",
                        help="match by words alone (no embedding model; as the kiosk does until its vectors are ready)")
    parser.set_defaults(func=_ask)


def _ask(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    loaded = catalog_from(args)
    if loaded is None:
        return EXIT_USAGE
    if args.words_only:
        settings.navigator.semantic = False
    # The vectors are loaded from the cache (or built, the first time) before the first answer, so the
    # answers are those of a kiosk whose vectors are ready.
    navigator = navigator_for(loaded.catalog, settings, background=False)
    if navigator.vectors is not None and not navigator.semantic_ready:
        print(f"note: {navigator.semantic_status()[1]}", file=sys.stderr)
    llm = None if args.no_llm else _llm_settings(settings, args)
    if args.question == "-":
        conversation = Conversation() if args.conversation else None
        session = _llm_session(llm)
        try:
            for line in sys.stdin:
                question = line.rstrip("\n")
                if not question.strip():
                    continue
                _answer_one(navigator, question, conversation or Conversation(), llm, as_json=True, session=session)
        finally:
            if session is not None:
                session.close()
        return 0
    return _answer_one(navigator, args.question, Conversation(), llm, as_json=args.json)


def _llm_settings(settings: Any, args: argparse.Namespace) -> Any:
    llm = settings.llm
    if args.llm_url:
        llm = updated(llm, prefix="llm", base_url=args.llm_url)  # validated: a bad URL is a plain SettingsError
    if args.model:
        llm = updated(llm, prefix="llm", model=args.model)
    return llm if llm.base_url else None


def _llm_session(llm: LlmSettings | None) -> CliSession | None:
    """One shared answerer (and breaker) for all lines of ``kiosk ask -``."""
    if llm is None:
        return None
    from kiosk.cli.llm_turn import CliSession

    return CliSession(llm)


def _answer_one(navigator: Navigator, question: str, conversation: Conversation, llm: LlmSettings | None, *,
                as_json: bool, session: CliSession | None = None) -> int:
    answer = navigator.ask(question, conversation)
    if llm is not None and answer.outcome == "answer" and answer.services:
        from kiosk.cli.llm_turn import elaborate_for_cli

        return elaborate_for_cli(answer, llm, as_json=as_json, catalog=navigator.catalog, session=session)
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
    else:
        for match in answer.matches[:3]:
            print(f"  {match.score:.2f}  {match.kind:7} {match.id}  {match.name}")
        print()
        print(answer.answer)
    return 0
