"""``kiosk ticket issue|list|call``: queue numbers from the command line (headless).

``kiosk ticket call --window W`` calls the next ticket for the services window W handles;
``--recall`` / ``--served`` / ``--no-show`` / ``--transfer SERVICE`` act on the ticket W called last.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.catalog import CatalogError, load_catalog
from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, settings_from
from kiosk.messages import both, translator
from kiosk.tickets import Ticket, TicketDesk, TicketError, TicketState, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ticket`` command."""
    parser = subparsers.add_parser("ticket", help="issue, list or call queue numbers (headless)")
    sub = parser.add_subparsers(dest="ticket_command", required=True, metavar="ACTION")
    issue = sub.add_parser("issue", help="take a number for a service")
    issue.add_argument("service_id")
    issue.add_argument("--priority", action="store_true", help=both("priority lane (elderly, disabled, pregnant)"))
    issue.add_argument("--json", action="store_true", help="machine-readable output")
    issue.set_defaults(func=_issue)
    listing = sub.add_parser("list", help="the numbers of a business day")
    listing.add_argument("--day", help="YYYY-MM-DD (default: today's business day)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)
    call = sub.add_parser("call", help="call the next number to a window (or recall / finish / transfer it)")
    call.add_argument("--window", required=True, help="window id, e.g. A01")
    action = call.add_mutually_exclusive_group()
    action.add_argument("--recall", action="store_true", help="call the window's current number again")
    action.add_argument("--served", action="store_true", help="the current number was served")
    action.add_argument("--no-show", dest="no_show", action="store_true", help="the current number never came")
    action.add_argument("--transfer", metavar="SERVICE_ID", help="send the current number to another service")
    call.add_argument("--json", action="store_true")
    call.set_defaults(func=_call)


def _catalog_path(args: argparse.Namespace, settings: Any) -> Path:
    return Path(getattr(args, "app_catalog", None) or settings.hall.catalog)


def _fail(message: object, code: int = EXIT_FAILED) -> int:
    print(f"kiosk ticket: {message}", file=sys.stderr)
    return code


def _open(settings: Any) -> Any:
    """The store, or raises TicketError with a plain message (bad scheme, database away)."""
    return open_store(settings)


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    """A ticket as the CLI prints it (no token: the status URL is printed only at issue time)."""
    return {
        "id": ticket.id, "number": ticket.label, "day": ticket.day.isoformat(), "service_id": ticket.service_id,
        "priority": ticket.priority, "state": ticket.state.value, "window_id": ticket.window_id,
        "calls": ticket.calls, "issued_at": ticket.issued_at.isoformat(timespec="seconds"),
        "called_at": ticket.called_at.isoformat(timespec="seconds") if ticket.called_at else None,
    }


def _issue(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        loaded = load_catalog(_catalog_path(args, settings))
    except CatalogError as exc:
        return _fail(exc, EXIT_USAGE)
    if loaded.catalog.service(args.service_id) is None:
        known = ", ".join(s.id for s in loaded.catalog.services[:12])
        return _fail(f"unknown service {args.service_id!r} (known: {known} …)", EXIT_USAGE)
    try:
        store = _open(settings)
    except TicketError as exc:
        return _fail(f"could not issue a number: {exc}")
    try:
        desk = TicketDesk(store, loaded.catalog, average_service_min=settings.tickets.average_service_min,
                          kiosk_id=settings.hall.kiosk_id, status_base=settings.tickets.status_base_url)
        issued = desk.issue(args.service_id, priority=args.priority)
    except (TicketError, OSError) as exc:
        return _fail(f"could not issue a number: {exc}")
    finally:
        store.close()
    ticket = issued.ticket
    if args.json:
        print(json.dumps({
            "id": ticket.id, "number": ticket.label, "day": ticket.day.isoformat(), "service_id": ticket.service_id,
            "service": issued.service_name, "priority": ticket.priority, "windows": list(issued.window_ids),
            "people_ahead": issued.position.people_ahead, "wait_min": issued.position.wait_min,
            "issued_at": ticket.issued_at.isoformat(timespec="seconds"), "status_url": issued.status_url,
        }, ensure_ascii=False))
    else:
        _ = translator("zh")  # the terminal line reads like the slip: in Chinese (English msgids in kiosk/locale)
        lane = " " + _("Priority lane") if ticket.priority else ""
        print(f"{ticket.label}{lane}  {issued.service_name}  "
              + _("Window {windows}  {n} ahead  about {minutes} min wait", windows="、".join(issued.window_ids),
                  n=issued.position.people_ahead, minutes=issued.position.wait_min)
              + (f"  {issued.status_url}" if issued.status_url else ""))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        day = date.fromisoformat(args.day) if args.day else None
    except ValueError:
        return _fail(f"--day must look like 2026-11-28, not {args.day!r}", EXIT_USAGE)
    try:
        store = _open(settings)
        try:
            tickets = store.list_day(day)
            shown_day = (day or store.today()).isoformat()
        finally:
            store.close()
    except TicketError as exc:
        return _fail(exc)
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


def current_call(store: Any, window_id: str) -> Ticket | None:
    """The ticket a window called last that is still being called (None if there is none)."""
    called = [t for t in store.list_day() if t.state == TicketState.CALLED and t.window_id == window_id]
    return max(called, key=lambda t: (t.called_at or t.issued_at, t.id)) if called else None


def _call(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        loaded = load_catalog(_catalog_path(args, settings))
    except CatalogError as exc:
        return _fail(exc, EXIT_USAGE)
    catalog = loaded.catalog
    if not any(w.id == args.window for w in catalog.windows):
        known = ", ".join(w.id for w in catalog.windows[:12])
        return _fail(f"unknown window {args.window!r} (known: {known} …)", EXIT_USAGE)
    if args.transfer and catalog.service(args.transfer) is None:
        return _fail(f"unknown service {args.transfer!r} to transfer to", EXIT_USAGE)
    try:
        store = _open(settings)
    except TicketError as exc:
        return _fail(exc)
    try:
        desk = TicketDesk(store, catalog)
        if not (args.recall or args.served or args.no_show or args.transfer):
            ticket, action = desk.call_next(args.window), "called"
            if ticket is None:
                if args.json:
                    print(json.dumps({"window_id": args.window, "action": "none", "number": None}))
                else:
                    print(both("Window {window}: no one is waiting", window=args.window))
                return EXIT_OK
        else:
            current = current_call(store, args.window)
            if current is None:
                return _fail(f"window {args.window} has no number being called; call one first")
            if args.recall:
                ticket, action = store.recall(current.id), "recalled"
            elif args.served:
                ticket, action = store.mark_served(current.id), "served"
            elif args.no_show:
                ticket, action = store.no_show(current.id), "no_show"
            else:
                ticket, action = store.transfer(current.id, args.transfer), "transferred"
    except TicketError as exc:
        return _fail(exc)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"window_id": args.window, "action": action, **ticket_json(ticket)}, ensure_ascii=False))
    else:
        service = catalog.service(ticket.service_id)
        name = service.name if service is not None else ticket.service_id
        _ = translator("zh")
        print(f"{action}: {ticket.label}  {name}  " + _("Window {windows}", windows=args.window))
    return EXIT_OK
