"""``kiosk serve [--host H] [--port P]``: the ticket status page server (Starlette on uvicorn)."""

from __future__ import annotations

import argparse
import sys

from kiosk.cli import EXIT_OK, EXIT_USAGE, catalog_from, settings_from


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command."""
    parser = subparsers.add_parser("serve", help="the ticket status page server (behind the ticket's QR code)")
    parser.add_argument("--host", help="listen address (default: tickets.serve_host)")
    parser.add_argument("--port", type=int, help="listen port (default: tickets.serve_port)")
    parser.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    loaded = catalog_from(argparse.Namespace(catalog=getattr(args, "app_catalog", None), settings=settings))
    if loaded is None:
        return EXIT_USAGE
    port = args.port or settings.tickets.serve_port
    if not 0 < port < 65536:
        print(f"kiosk serve: --port must be 1-65535, not {port}", file=sys.stderr)
        return EXIT_USAGE
    import uvicorn

    from kiosk.tickets import open_store
    from kiosk.web.app import create_app

    store = open_store(settings, retry=True)
    app = create_app(store, loaded.catalog, average_service_min=settings.tickets.average_service_min,
                     rate_per_min=settings.tickets.serve_rate_per_min)
    host = args.host or settings.tickets.serve_host
    print(f"kiosk serve: http://{host}:{port}/t/<token>  ({store.describe()})", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    except OSError as exc:  # the port is taken
        print(f"kiosk serve: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return EXIT_OK
