"""``kiosk counter --window W`` (the clerk's window) and ``kiosk display`` (the calling screen).

Both open the configured ticket store with a background retry, so they start (and say so) even
while the shared PostgreSQL queue is unreachable.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk.cli import EXIT_USAGE, catalog_from, settings_from


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``counter`` and ``display`` commands."""
    counter = subparsers.add_parser("counter", help="the clerk's counter window (call next, recall, served …)")
    counter.add_argument("--window", required=True, help="window id, e.g. A01")
    counter.set_defaults(func=_counter)
    display = subparsers.add_parser("display", help="the calling screen (fullscreen, spoken calls)")
    display.add_argument("--windowed", dest="display_windowed", action="store_true", help="a normal window")
    display.add_argument("--silent", action="store_true", help="no chime or speech")
    display.set_defaults(func=_display)


def _open(args: argparse.Namespace) -> tuple[Any, Any, Any] | None:
    from kiosk.tickets import open_store
    from kiosk.ui.app import create_application

    settings = settings_from(args)
    loaded = catalog_from(argparse.Namespace(catalog=getattr(args, "app_catalog", None), settings=settings))
    if loaded is None:
        return None
    app = create_application()
    store = open_store(settings, retry=True)
    return app, store, loaded.catalog


def _counter(args: argparse.Namespace) -> int:
    opened = _open(args)
    if opened is None:
        return EXIT_USAGE
    app, store, catalog = opened
    if not any(w.id == args.window for w in catalog.windows):
        print(f"kiosk counter: unknown window {args.window!r}", file=sys.stderr)
        return EXIT_USAGE
    from kiosk.ui.counter.window import CounterWindow
    from kiosk.ui.display.feed import QueueFeed

    settings = settings_from(args)
    pin = settings.admin.pin_hash.get_secret_value() if settings.admin.pin_hash else None
    feed = QueueFeed(store)
    window = CounterWindow(feed, catalog, args.window, pin)
    window.show()
    try:
        return int(app.exec())
    finally:
        feed.close()
        store.close()


def _display(args: argparse.Namespace) -> int:
    opened = _open(args)
    if opened is None:
        return EXIT_USAGE
    app, store, catalog = opened
    from kiosk.tickets.announcer import Announcer
    from kiosk.ui.display.feed import QueueFeed
    from kiosk.ui.display.window import DisplayWindow

    settings = settings_from(args)
    announcer = None
    if not args.silent and not settings.speech.muted:
        from kiosk.speech.player import open_output
        from kiosk.speech.tts import Synthesizer

        speech = settings.speech
        synthesizer = Synthesizer({"zh": speech.voice_zh, "en": speech.voice_en}, volume=speech.volume)
        languages = ("zh", "en") if settings.tickets.display_language == "zh+en" else ("zh",)
        announcer = Announcer(synthesizer, open_output(speech.output_device), languages=languages)
    feed = QueueFeed(store)
    window = DisplayWindow(feed, catalog, announcer=announcer)
    if args.display_windowed or getattr(args, "windowed", False):
        window.resize(1920, 1080)
        window.show()
    else:
        window.showFullScreen()
    try:
        return int(app.exec())
    finally:
        feed.close()
        if announcer is not None:
            announcer.close()
        store.close()
