"""``kiosk ticket issue SERVICE_ID [--priority] [--json]`` and ``kiosk ticket list [--day D]``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from kiosk.catalog import CatalogError, load_catalog
from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, settings_from
from kiosk.tickets import TicketDesk, TicketError, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ticket`` command."""
    parser = subparsers.add_parser("ticket", help="issue or list queue numbers (headless)")
    sub = parser.add_subparsers(dest="ticket_command", required=True, metavar="ACTION")
    issue = sub.add_parser("issue", help="take a number for a service")
    issue.add_argument("service_id")
    issue.add_argument("--priority", action="store_true", help="绿色通道 (elderly, disabled, pregnant)")
    issue.add_argument("--json", action="store_true", help="machine-readable output")
    issue.set_defaults(func=_issue)
    listing = sub.add_parser("list", help="the numbers of a business day")
    listing.add_argument("--day", help="YYYY-MM-DD (default: today's business day)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)


def _catalog_path(args: argparse.Namespace, settings) -> Path:
    return Path(getattr(args, "app_catalog", None) or settings.hall.catalog)


def _issue(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        loaded = load_catalog(_catalog_path(args, settings))
    except CatalogError as exc:
        print(f"kiosk ticket: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if loaded.catalog.service(args.service_id) is None:
        known = ", ".join(s.id for s in loaded.catalog.services[:12])
        print(f"kiosk ticket: unknown service {args.service_id!r} (known: {known} …)", file=sys.stderr)
        return EXIT_USAGE
    store = open_store(settings)
    try:
        desk = TicketDesk(store, loaded.catalog, average_service_min=settings.tickets.average_service_min,
                          kiosk_id=settings.hall.kiosk_id)
        issued = desk.issue(args.service_id, priority=args.priority)
    except (TicketError, OSError) as exc:
        print(f"kiosk ticket: could not issue a number: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    ticket = issued.ticket
    if args.json:
        print(json.dumps({
            "id": ticket.id, "number": ticket.label, "day": ticket.day.isoformat(), "service_id": ticket.service_id,
            "service": issued.service_name, "priority": ticket.priority, "windows": list(issued.window_ids),
            "people_ahead": issued.position.people_ahead, "wait_min": issued.position.wait_min,
            "issued_at": ticket.issued_at.isoformat(timespec="seconds"),
        }, ensure_ascii=False))
    else:
        lane = " 绿色通道" if ticket.priority else ""
        print(f"{ticket.label}{lane}  {issued.service_name}  窗口 {'、'.join(issued.window_ids)}  "
              f"前面 {issued.position.people_ahead} 人  预计等候约 {issued.position.wait_min} 分钟")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        day = date.fromisoformat(args.day) if args.day else None
    except ValueError:
        print(f"kiosk ticket: --day must look like 2026-11-28, not {args.day!r}", file=sys.stderr)
        return EXIT_USAGE
    store = open_store(settings)
    try:
        tickets = store.list_day(day)
        shown_day = (day or store.today()).isoformat()
    finally:
        store.close()
    if args.json:
        print(json.dumps([{
            "id": t.id, "number": t.label, "service_id": t.service_id, "priority": t.priority, "state": t.state.value,
            "issued_at": t.issued_at.isoformat(timespec="seconds"), "window_id": t.window_id, "prints": t.prints,
            "reason": t.reason,
        } for t in tickets], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{shown_day}: {len(tickets)} ticket(s)")
    for t in tickets:
        extra = f"  window {t.window_id}" if t.window_id else ""
        extra += f"  ({t.reason})" if t.reason else ""
        print(f"  {t.label:<6} {'P' if t.priority else ' '} {t.state.value:<9} {t.issued_at:%H:%M:%S} "
              f"{t.service_id}{extra}")
    return EXIT_OK
