"""``kiosk llm check`` and ``kiosk llm ask``: the central LLM service from the command line.

``check`` reports reachability, the model name and the time to the first token; ``ask`` runs the
navigator and then streams the model's grounded answer to the terminal (``--json`` adds
``answered_by`` and the cited service ids).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys

from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, catalog_from, settings_from
from kiosk.llm.client import LlmClient
from kiosk.llm.errors import LlmError, message_for
from kiosk.settings import LlmSettings, Settings, updated

_LOGGER = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kiosk llm check`` and ``kiosk llm ask``."""
    parser = subparsers.add_parser("llm", help="the central LLM service: check it, ask it")
    commands = parser.add_subparsers(dest="llm_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="reachability, model name and time to first token")
    ask = commands.add_parser("ask", help="navigator answer, then the model's streamed answer")
    ask.add_argument("question")
    ask.add_argument("--catalog", help="hall catalog file (default: settings hall.catalog)")
    for sub in (check, ask):
        sub.add_argument("--llm-url", help="service base URL, e.g. http://10.0.0.5:8000/v1 (default: llm.base_url)")
        sub.add_argument("--model", help="model name (default: llm.model)")
        sub.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=_check)
    ask.set_defaults(func=_ask)


def llm_settings_from(settings: Settings, args: argparse.Namespace) -> LlmSettings:
    """The ``llm`` section with ``--llm-url`` / ``--model`` applied."""
    llm = settings.llm
    if getattr(args, "llm_url", None):
        llm = updated(llm, prefix="llm", base_url=args.llm_url)  # validated: a bad URL is a plain SettingsError
    if getattr(args, "model", None):
        llm = updated(llm, prefix="llm", model=args.model)
    return llm


async def check_service(settings: LlmSettings) -> dict[str, object]:
    """Ask ``/models`` and stream a tiny chat; return what was found (never raises)."""
    report: dict[str, object] = {"base_url": settings.base_url, "model": settings.model, "ok": False}
    loop = asyncio.get_running_loop()
    client = LlmClient(settings)
    try:
        try:
            models = await client.models()
            report["models"] = models
            report["model_listed"] = settings.model in models
        except LlmError as exc:
            report["models_error"] = exc.code
        start = loop.time()
        first_any: list[float] = []
        pieces: list[str] = []

        def on_piece(piece) -> bool:  # type: ignore[no-untyped-def]
            if not first_any:
                first_any.append(loop.time() - start)
            if piece.kind == "content":
                pieces.append(piece.text)
            return False

        messages = [{"role": "user", "content": "请只回复一个字：好"}]
        result = await client.stream(messages, on_piece, max_tokens=256)
        report.update(
            ok=True,
            first_chunk_s=round(first_any[0], 3) if first_any else None,
            first_token_s=None if result.first_content_s is None else round(result.first_content_s, 3),
            total_s=round(loop.time() - start, 3),
            reasoning=result.reasoning_chars > 0,
            reply=("".join(pieces))[:80],
        )
    except LlmError as exc:
        report.update(error=exc.code, message=message_for(exc.code, "en"))
    finally:
        await client.aclose()
    return report


def _check(args: argparse.Namespace) -> int:
    llm = llm_settings_from(settings_from(args), args)
    if not llm.base_url:
        print("kiosk llm: no service configured (set llm.base_url or pass --llm-url)", file=sys.stderr)
        return EXIT_USAGE
    report = asyncio.run(check_service(llm))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"service   {report['base_url']}")
        listed = report.get("model_listed")
        models = report.get("models")
        note = "" if models is None else (" (listed)" if listed else f" (NOT listed; service has: {', '.join(models)})")  # type: ignore[arg-type]
        print(f"model     {report['model']}{note}")
        if report["ok"]:
            print(f"reachable yes; first chunk {report['first_chunk_s']} s, first answer token "
                  f"{report['first_token_s']} s, total {report['total_s']} s"
                  f"{'; reasoning model' if report['reasoning'] else ''}")
        else:
            print(f"reachable NO: {report['message']} [{report['error']}]")
    return EXIT_OK if report["ok"] else EXIT_FAILED


def _ask(args: argparse.Namespace) -> int:
    from kiosk.cli.llm_turn import run_turn
    from kiosk.navigator import Conversation, Navigator

    settings = settings_from(args)
    llm = llm_settings_from(settings, args)
    if not llm.base_url:
        print("kiosk llm: no service configured (set llm.base_url or pass --llm-url)", file=sys.stderr)
        return EXIT_USAGE
    loaded = catalog_from(args)
    if loaded is None:
        return EXIT_USAGE
    answer = Navigator(loaded.catalog).ask(args.question, Conversation())
    asyncio.run(run_turn(answer, llm, catalog=loaded.catalog, as_json=args.json))
    return EXIT_OK


def check_llm(settings) -> tuple[str, bool, str]:  # noqa: ANN001
    """``kiosk doctor``: the LLM service answers (not configured counts as fine: catalog answers only)."""
    if not settings.llm.base_url:
        return "llm service", True, "not configured — catalog answers only"
    report = asyncio.run(check_service(settings.llm))
    if report["ok"]:
        return "llm service", True, f"{settings.llm.base_url} · {settings.llm.model} · first token {report['first_token_s']} s"
    return "llm service", False, f"{settings.llm.base_url}: {report['message']}"


def _add_doctor_check() -> None:
    from kiosk.cli.doctor import CHECKS

    if check_llm not in CHECKS:
        CHECKS.append(check_llm)


_add_doctor_check()
