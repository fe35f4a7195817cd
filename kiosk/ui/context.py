"""What every area's ``install`` gets: settings, the catalog store, the navigator, the visit's
conversation and the asyncio loop."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from kiosk.catalog import CatalogStore, LoadedCatalog
from kiosk.navigator import Conversation, Navigator
from kiosk.settings import Settings

_LOGGER = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Shared application objects (the UI's dependency container)."""

    settings: Settings
    catalog_store: CatalogStore
    conversation: Conversation = field(default_factory=Conversation)
    loop: asyncio.AbstractEventLoop | None = None
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="navigator"))
    """One worker: navigator questions run off the GUI thread, in order."""
    windowed: bool = False
    """``kiosk --windowed``: a development window, never locked down."""
    _navigator: Future | None = None

    @classmethod
    def create(cls, settings: Settings, loaded: LoadedCatalog,
               loop: asyncio.AbstractEventLoop | None = None, windowed: bool = False) -> AppContext:
        """A context for ``loaded``; the navigator index is built in the background at once."""
        context = cls(settings=settings, catalog_store=CatalogStore(loaded), loop=loop, windowed=windowed)
        context.rebuild_navigator()
        return context

    @property
    def catalog(self) -> LoadedCatalog:
        """The catalog in use."""
        return self.catalog_store.current

    def rebuild_navigator(self) -> None:
        """Build a navigator for the current catalog off the GUI thread (after a catalog change)."""
        catalog = self.catalog_store.current.catalog
        self._navigator = self.executor.submit(Navigator, catalog)

    @property
    def navigator(self) -> Navigator:
        """The navigator for the current catalog (waits for the background build if needed)."""
        assert self._navigator is not None
        return self._navigator.result()

    @property
    def navigator_ready(self) -> bool:
        """True once the background build finished."""
        return self._navigator is not None and self._navigator.done()

    def submit(self, fn, *args) -> Future:
        """Run ``fn(*args)`` on the navigator worker (after the index is built)."""
        return self.executor.submit(fn, *args)

    def close(self) -> None:
        """Stop the worker thread."""
        self.executor.shutdown(wait=False, cancel_futures=True)
