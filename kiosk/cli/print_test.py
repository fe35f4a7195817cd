"""``kiosk print-test --printer URI [--slip ticket|guide]``: print a sample slip and report the printer's state."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from kiosk.catalog import CatalogError, load_catalog
from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, settings_from
from kiosk.messages import both


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``print-test`` command."""
    parser = subparsers.add_parser("print-test", help="print a sample ticket or guidance slip")
    parser.add_argument("--printer", help="printer URI (default: printer.uri from the settings)")
    parser.add_argument("--slip", choices=("ticket", "guide"), default="ticket")
    parser.add_argument("--service", help="service id for the sample (default: the catalog's first)")
    parser.add_argument("--paper", type=int, choices=(58, 80), help="paper width in mm")
    parser.add_argument("--mode", choices=("raster", "text"), help="ESC/POS raster image or GB18030 text")
    parser.add_argument("--language", choices=("zh", "en"), default="zh")
    parser.set_defaults(func=_print_test)


def sample_slip(loaded, settings, kind: str, service_id: str | None = None,  # noqa: ANN001, ANN201
                language: Literal["zh", "en"] = "zh"):
    """A sample slip of ``kind`` for a service (a made-up number 000 for tickets; nothing is issued)."""
    from kiosk.printing.slips import guide_slip, ticket_slip
    from kiosk.tickets import IssuedTicket, QueuePosition, Ticket, TicketState

    catalog = loaded.catalog
    service = catalog.service(service_id) if service_id else catalog.services[0]
    if service is None:
        raise KeyError(service_id)
    if kind == "guide":
        return guide_slip(service, loaded, qr_url=settings.tickets.qr_url, language=language)
    now = datetime.now()
    ticket = Ticket(0, now.date(), service.queue_prefix, 0, service.id, False, TicketState.WAITING, now)
    issued = IssuedTicket(ticket, QueuePosition(3, 12), service.name, service.name_en, tuple(service.windows))
    slip = ticket_slip(issued, loaded, qr_url=settings.tickets.qr_url, language=language)
    return replace(slip, name=f"test-{slip.name}")


def _print_test(args: argparse.Namespace) -> int:
    from kiosk.printing.transports import PrinterFault, make_printer, printer_label

    settings = settings_from(args)
    try:
        loaded = load_catalog(Path(getattr(args, "app_catalog", None) or settings.hall.catalog))
    except CatalogError as exc:
        print(f"kiosk print-test: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        slip = sample_slip(loaded, settings, args.slip, args.service, args.language)
    except KeyError:
        print(f"kiosk print-test: unknown service {args.service!r}", file=sys.stderr)
        return EXIT_USAGE
    cfg = settings.printer
    uri = args.printer or cfg.uri
    try:
        printer = make_printer(uri, paper_mm=args.paper or cfg.paper_mm, mode=args.mode or cfg.mode,
                               connect_timeout_s=cfg.connect_timeout_s, status_timeout_s=cfg.status_timeout_s,
                               write_timeout_s=cfg.write_timeout_s, native_qr=cfg.native_qr)
    except ValueError as exc:
        print(f"kiosk print-test: {exc}", file=sys.stderr)
        return EXIT_USAGE
    status = printer.status()
    print(f"{printer_label(uri)}: status {status.state} — {status.describe()}")
    try:
        receipt = printer.print_slip(slip)
    except PrinterFault as fault:
        print(f"kiosk print-test: not printed [{fault.state}]: {fault.message}", file=sys.stderr)
        return EXIT_FAILED
    if not receipt.on_paper:
        print(f"test printer (no paper): wrote {slip.kind} slip {slip.name}: {receipt}")
    elif not receipt.confirmed:
        print(f"sent {slip.kind} slip {slip.name}: {receipt} (the printer cannot confirm it printed)")
    else:
        print(f"printed {slip.kind} slip {slip.name}: {receipt} (the printer confirmed after the job)")
    return EXIT_OK


def check_printer(settings) -> tuple[str, bool, str]:  # noqa: ANN001
    """``kiosk doctor``: the configured printer answers a status query (DLE EOT for ESC/POS).

    No printer configured is a failed line that says how to set one; ``pdf://`` passes but is named
    a test printer (no paper comes out).
    """
    from kiosk.printing.transports import printer_from_settings, printer_label

    uri = settings.printer.uri
    try:
        printer = printer_from_settings(settings.printer)
        status = printer.status()
    except ValueError as exc:
        return "printer", False, str(exc)
    if status.state == "none":
        return "printer", False, (both("No printer configured: the number is shown on the screen only") + "; set printer.uri "
                                  "(e.g. tcp://192.168.1.50:9100; pdf://FOLDER = test printer)")
    return "printer", status.state in ("ok", "unknown", "test"), f"{printer_label(uri)} — {status.describe()}"


def _add_doctor_check() -> None:
    from kiosk.cli.doctor import CHECKS

    if check_printer not in CHECKS:
        CHECKS.append(check_printer)


_add_doctor_check()
