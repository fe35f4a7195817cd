"""What every area's ``install(window, context)`` gets: a frozen, typed context of explicit services
created up-front, and the typed slots where areas publish what other areas use.

Services: settings, the catalog store, the navigator (built off the GUI thread), the visit, the one
ticket store, insights, the asyncio loop and the worker that runs turns. Slots: ``voice`` (speech
area), ``llm`` (LLM area), ``printer`` (tickets area), ``staff`` (staff area) and the ``status``
board of the staff status screen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.admin.catalog_kept import KeptCatalogs, KeptCatalogStore
from kiosk.admin.status import StatusItem
from kiosk.catalog import CatalogStore, LoadedCatalog
from kiosk.insights import Insights
from kiosk.settings import Settings
from kiosk.tickets import RetryingStore, open_store
from kiosk.ui.bridge import Bridge
from kiosk.ui.slots import Listeners, Slot, StatusBoard
from kiosk.visit import Visit

if TYPE_CHECKING:
    from kiosk.llm.answerer import LlmResult
    from kiosk.navigator import Navigator

_LOGGER = logging.getLogger(__name__)


class NavigatorService:
    """The navigator for the catalog in use, built on the worker thread (again after a catalog change)."""

    def __init__(self, catalog_store: CatalogStore, executor: ThreadPoolExecutor) -> None:
        self._store, self._executor = catalog_store, executor
        self._future: Future[Navigator] | None = None

    def rebuild(self) -> None:
        """Build a navigator for the current catalog off the GUI thread (turns queue behind it)."""
        catalog = self._store.current.catalog

        def build() -> Navigator:
            from kiosk.navigator import Navigator  # jieba, rapidfuzz: on the worker, not the start path

            return Navigator(catalog)

        self._future = self._executor.submit(build)

    def current(self) -> Navigator:
        """The navigator (waits for the background build: call off the GUI thread)."""
        future = self._future
        if future is None:  # asked before the build was started: build here, on the caller's thread
            from kiosk.navigator import Navigator

            navigator = Navigator(self._store.current.catalog)
            self._future = future = Future()
            future.set_result(navigator)
        return future.result()

    def when_built(self, callback: Callable[[], object]) -> None:
        """``callback()`` (on the worker) once the current build finished, at once if it has."""
        self.ensure_built()
        assert self._future is not None
        self._future.add_done_callback(lambda _f: callback())

    def ensure_built(self) -> None:
        """Start the background build unless it was started already."""
        if self._future is None:
            self.rebuild()

    @property
    def ready(self) -> bool:
        """True once the background build finished."""
        return self._future is not None and self._future.done()


@dataclass(frozen=True)
class VoicePort:
    """What the speech area publishes: the live microphone level (0..1) for the staff status screen."""

    mic_level: Callable[[], float]


@dataclass(frozen=True)
class LlmPort:
    """What the LLM area publishes: each checked sentence of the model's answer (to be spoken) and
    each finished turn's :class:`kiosk.llm.answerer.LlmResult`."""

    sentences: Listeners[str]
    turn_finished: Listeners[LlmResult]


@dataclass(frozen=True)
class PrinterPort:
    """What the tickets area publishes: a live printer check and a test print (plain-words result)."""

    check: Callable[[], StatusItem]
    test_print: Callable[[], str]


@dataclass(frozen=True)
class StaffPort:
    """What the staff area publishes: ``offer_rating(then)`` asks for a rating, then calls ``then``."""

    offer_rating: Callable[[Callable[[], None] | None], Any]


@dataclass(frozen=True)
class AppContext:
    """The services every area receives (frozen: areas publish through the slots, never by attribute)."""

    settings: Settings
    catalog_store: CatalogStore
    navigator: NavigatorService
    visit: Visit
    tickets: RetryingStore | None
    """The one ticket store (None when its database cannot be opened: the ticket screens say so)."""
    insights: Insights
    executor: ThreadPoolExecutor
    """One worker: the navigator build and turns run off the GUI thread, in order."""
    picker_executor: ThreadPoolExecutor
    bridge: Bridge
    """Turn events hop to the GUI thread through it."""
    loop: asyncio.AbstractEventLoop | None = None
    windowed: bool = False
    """``kiosk --windowed``: a development window, never locked down."""
    voice: Slot[VoicePort] = field(default_factory=lambda: Slot("voice"))
    llm: Slot[LlmPort] = field(default_factory=lambda: Slot("llm"))
    printer: Slot[PrinterPort] = field(default_factory=lambda: Slot("printer"))
    staff: Slot[StaffPort] = field(default_factory=lambda: Slot("staff"))
    status: StatusBoard = field(default_factory=StatusBoard)

    @classmethod
    def create(cls, settings: Settings, loaded: LoadedCatalog, loop: asyncio.AbstractEventLoop | None = None,
               windowed: bool = False, build_navigator: bool = True,
               catalog_store: CatalogStore | None = None) -> AppContext:
        """A context for ``loaded`` (call on the GUI thread); the navigator is built in the background at once
        (or, with ``build_navigator=False``, at the first :meth:`NavigatorService.rebuild` or question).
        ``catalog_store`` is the store :func:`kiosk.admin.catalog_kept.open_catalog_store` restored at start;
        without one, a store that keeps what staff apply in the data folder is made around ``loaded``."""
        store = catalog_store or KeptCatalogStore(loaded, KeptCatalogs(settings.data_dir,
                                                                       loaded.path or settings.hall.catalog))
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="navigator")
        picker = ThreadPoolExecutor(max_workers=2, thread_name_prefix="picker")
        navigator = NavigatorService(store, executor)
        if build_navigator:
            navigator.rebuild()
        bridge = Bridge()
        visit = Visit(navigator.current, language=settings.ui.language, large_text=settings.ui.elderly_mode,
                      history_turns=settings.llm.history_turns, post=bridge.post, picker_executor=picker)
        try:  # a store that may be away: it says so in plain words and reconnects in the background
            tickets: RetryingStore | None = open_store(settings, retry=True)
        except Exception:  # noqa: BLE001 - a refused setting (e.g. an unknown URL scheme): no tickets
            _LOGGER.exception("cannot open the ticket store")
            tickets = None
        return cls(settings=settings, catalog_store=store, navigator=navigator, visit=visit, tickets=tickets,
                   insights=Insights.for_settings(settings), executor=executor, picker_executor=picker,
                   bridge=bridge, loop=loop, windowed=windowed)

    @property
    def catalog(self) -> LoadedCatalog:
        """The catalog in use."""
        return self.catalog_store.current

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        """Run ``fn()`` on the worker (after the navigator is built)."""
        return self.executor.submit(fn)

    def close(self) -> None:
        """Stop the workers; close the stores."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.picker_executor.shutdown(wait=False, cancel_futures=True)
        if self.tickets is not None:
            self.tickets.close()
        self.insights.close()
