"""The status server's ASGI app (Starlette): ``/t/{token}`` (page), ``/t/{token}/status.json``,
``/t/{token}/events`` (Server-Sent Events, one per change), ``/healthz``.

Live: one :class:`kiosk.tickets.QueueWatcher` follows the shared event log (LISTEN/NOTIFY on
PostgreSQL) and wakes every open page; each page's status is recomputed off the event loop and
sent only when it changed. Read-only (GET/HEAD only), rate-limited per client address, 404 for an
unknown token, no personal data, ``Cache-Control: no-store`` and ``Referrer-Policy: no-referrer`` so
the token does not leak. A status is kept in memory until the next queue event, so a crowd refreshing
its pages costs the database nothing between calls, and after a call all pages share one read of the
queue (:mod:`kiosk.web.snapshot`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.catalog import localized
from kiosk.messages import both, pair
from kiosk.tickets import QueueWatcher, TicketError
from kiosk.web.page import NOT_FOUND_PAGE, status_page
from kiosk.web.snapshot import SnapshotCache
from kiosk.web.status import ticket_status

_LOGGER = logging.getLogger(__name__)
KEEPALIVE_S = 15.0
CACHE_SIZE = 20_000
TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


class RateLimit:
    """ASGI middleware: at most ``per_minute`` requests per client address per minute (429 beyond)."""

    def __init__(self, app: ASGIApp, per_minute: int) -> None:
        self.app, self.per_minute = app, per_minute
        self._window = 0
        self._counts: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        window = int(time.monotonic() // 60)
        if window != self._window:
            self._window, self._counts = window, {}
        client = (scope.get("client") or ("?", 0))[0]
        self._counts[client] = count = self._counts.get(client, 0) + 1
        if count > self.per_minute:
            response = PlainTextResponse(both("Too many requests"), status_code=429,
                                         headers={"Retry-After": "60"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class Changes:
    """Wakes every waiting page when the queue changes (fed from the watcher's thread)."""

    def __init__(self) -> None:
        self.version = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None

    def bind(self) -> None:
        """Call on the event loop before use."""
        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()

    def notify_threadsafe(self) -> None:
        """From any thread: something changed."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._bump)

    def _bump(self) -> None:
        self.version += 1
        assert self._event is not None
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seen: int, timeout: float) -> int:
        """Wait until the version moves past ``seen`` (or the timeout); returns the version."""
        if self.version == seen and self._event is not None:
            event = self._event
            try:
                await asyncio.wait_for(event.wait(), timeout)
            except TimeoutError:
                pass
        return self.version


def _headers() -> dict[str, str]:
    return {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff",
            "X-Robots-Tag": "noindex"}


def create_app(store: Any, catalog: Any, *, average_service_min: float = 6.0, rate_per_min: int = 120,
               poll_s: float = 0.25, snapshot_max_age_s: float = 1.0) -> Starlette:
    """The status server over a ticket store (any kind) and the hall catalog.

    Every page is answered from one :class:`~kiosk.web.snapshot.QueueSnapshot` of today's queue per change
    (at most ``snapshot_max_age_s`` old), not from queries of its own.
    """
    changes = Changes()
    watcher: list[QueueWatcher] = []

    def hall_name(language: str) -> str:
        return localized(catalog.hall, "name", language)

    def valid(token: str) -> bool:
        return 16 <= len(token) <= 64 and set(token) <= TOKEN_CHARS

    cache: OrderedDict[str, tuple[int, dict[str, Any] | None]] = OrderedDict()
    snapshots = SnapshotCache(store, max_age_s=snapshot_max_age_s)

    async def status_of(token: str) -> dict[str, Any] | None:
        """The ticket's status; cached until the next queue event (the watcher bumps the version)."""
        version = changes.version
        hit = cache.get(token)
        if hit is not None and hit[0] == version:
            cache.move_to_end(token)
            return hit[1]
        status = await anyio.to_thread.run_sync(
            lambda: ticket_status(snapshots.get(version), catalog, token, average_service_min=average_service_min))
        if status is not None:  # unknown tokens are not kept (a scan must not fill the cache)
            cache[token] = (version, status)
            while len(cache) > CACHE_SIZE:
                cache.popitem(last=False)
        return status

    async def unavailable() -> Response:
        zh, en = pair("The queue system is unreachable right now; please refresh later")
        return JSONResponse({"error": "unavailable", "message_zh": zh, "message_en": en},
                            status_code=503, headers={**_headers(), "Retry-After": "5"})

    async def page(request: Request) -> Response:
        token = request.path_params["token"]
        language = "en" if request.query_params.get("lang") == "en" else "zh"
        try:
            status = await status_of(token) if valid(token) else None
        except TicketError:
            return HTMLResponse(status_page(None, language, hall=hall_name(language), unavailable=True),
                                status_code=503, headers=_headers())
        if status is None:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404, headers=_headers())
        return HTMLResponse(status_page(status, language, hall=hall_name(language)), headers=_headers())

    async def status_json(request: Request) -> Response:
        token = request.path_params["token"]
        try:
            status = await status_of(token) if valid(token) else None
        except TicketError:
            return await unavailable()
        if status is None:
            return JSONResponse({"error": "not found"}, status_code=404, headers=_headers())
        return JSONResponse(status, headers=_headers())

    async def events(request: Request) -> Response:
        token = request.path_params["token"]
        try:
            first = await status_of(token) if valid(token) else None
        except TicketError:
            return await unavailable()
        if first is None:
            return JSONResponse({"error": "not found"}, status_code=404, headers=_headers())

        async def stream() -> AsyncIterator[str]:
            last = json.dumps(first, ensure_ascii=False, sort_keys=True)
            yield f"data: {last}\n\n"
            seen = changes.version
            while not await request.is_disconnected():
                seen = await changes.wait(seen, KEEPALIVE_S)
                try:
                    current = await status_of(token)
                except TicketError:
                    yield "event: unavailable\ndata: {}\n\n"
                    continue
                text = json.dumps(current, ensure_ascii=False, sort_keys=True)
                if text != last:
                    last = text
                    yield f"data: {text}\n\n"
                else:
                    yield ": keep-alive\n\n"

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={**_headers(), "X-Accel-Buffering": "no"})

    async def health(_request: Request) -> Response:
        available = bool(getattr(store, "available", True))
        return JSONResponse({"ok": available}, status_code=200 if available else 503, headers=_headers())

    async def index(_request: Request) -> Response:
        return HTMLResponse(NOT_FOUND_PAGE, status_code=404, headers=_headers())

    async def startup() -> None:
        changes.bind()
        watcher.append(QueueWatcher(store, lambda _event: changes.notify_threadsafe(), poll_s=poll_s).start())

    async def shutdown() -> None:
        for w in watcher:
            await anyio.to_thread.run_sync(w.stop)

    routes = [
        Route("/", index, methods=["GET", "HEAD"]),
        Route("/healthz", health, methods=["GET", "HEAD"]),
        Route("/t/{token}", page, methods=["GET", "HEAD"]),
        Route("/t/{token}/status.json", status_json, methods=["GET", "HEAD"]),
        Route("/t/{token}/events", events, methods=["GET"]),
    ]
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await startup()
        try:
            yield
        finally:
            await shutdown()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(RateLimit, per_minute=rate_per_min)
    app.state.changes = changes
    app.state.snapshots = snapshots
    return app
