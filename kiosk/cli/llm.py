"""``kiosk llm check`` and ``kiosk llm ask``: the central LLM service from the command line.

``check`` runs the one probe (:mod:`kiosk.llm.probe`: reachability, model listed, a request of the
kiosk's worst-case size, time to first token, the reasoning framing, within 5 s); ``ask`` runs the
navigator and then streams the model's grounded answer to the terminal (``--json`` adds
``answered_by`` and the cited service ids).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys

from kiosk.catalog import Catalog
from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, catalog_from, settings_from
from kiosk.llm.framing import FramingStore
from kiosk.llm.probe import describe, probe, probe_sync
from kiosk.settings import LlmSettings, Settings, updated

_LOGGER = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kiosk llm check`` and ``kiosk llm ask``."""
    parser = subparsers.add_parser("llm", help="the central LLM service: check it, ask it")
    commands = parser.add_subparsers(dest="llm_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="reachability, model, largest request, first token, reasoning framing")
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


async def check_service(settings: LlmSettings, catalog: Catalog | None = None) -> dict[str, object]:
    """The one probe (:mod:`kiosk.llm.probe`) as a dict (never raises)."""
    return (await probe(settings, catalog=catalog)).to_json()


def _catalog_quietly(settings: Settings) -> Catalog | None:
    """The hall's catalog for the worst-case request (None when it cannot be loaded)."""
    try:
        from kiosk.catalog import load_catalog

        return load_catalog(settings.hall.catalog).catalog
    except Exception:  # noqa: BLE001 - the probe then pads a neutral request to the same size
        return None


def _check(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    llm = llm_settings_from(settings, args)
    if not llm.base_url:
        print("kiosk llm: no service configured (set llm.base_url or pass --llm-url)", file=sys.stderr)
        return EXIT_USAGE
    store = FramingStore.in_folder(settings.data_dir)
    report = asyncio.run(probe(llm, catalog=_catalog_quietly(settings), framings=store))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return EXIT_OK if report.ok else EXIT_FAILED
    print(f"service   {report.base_url}")
    note = ""
    if report.models is not None:
        note = " (listed)" if report.model_listed else f" (NOT listed; service has: {', '.join(report.models)})"
    print(f"model     {report.model}{note}")
    for step in report.steps:
        print(f"{'ok  ' if step.ok else 'FAIL'} {step.name:<16} {step.detail} [{step.seconds:.2f} s]")
    if report.ok:
        print(f"reachable yes; first token {report.first_token_s} s, first answer text {report.first_content_s} s, "
              f"largest request {report.request_chars} chars")
        print(f"reasoning {report.framing}: {describe(report)}")
    else:
        print(f"reachable NO: {report.message} [{report.error}]")
    print(f"probe took {report.total_s:.2f} s")
    return EXIT_OK if report.ok else EXIT_FAILED


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


def check_llm(settings: Settings) -> tuple[str, bool, str]:
    """``kiosk doctor``: the one probe (not configured counts as fine: catalog answers only)."""
    if not settings.llm.base_url:
        return "llm service", True, "not configured — catalog answers only"
    report = probe_sync(settings.llm, catalog=_catalog_quietly(settings),
                        framings=FramingStore.in_folder(settings.data_dir))
    return "llm service", report.ok, f"{settings.llm.base_url} · {report.summary()}"


def _add_doctor_check() -> None:
    from kiosk.cli.doctor import CHECKS

    if check_llm not in CHECKS:
        CHECKS.append(check_llm)


_add_doctor_check()
