"""Everything the staff screens act on, gathered once at install time (no widgets here).

The pages only talk to :class:`AdminServices`; tests build one around real stores in a temporary
folder. Other areas plug in through the optional callables (status checks, test print, mic level).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.admin.audit import AuditLog
from kiosk.admin.lockout import Lockout
from kiosk.admin.pin import CurrentPinHash
from kiosk.admin.settings_file import resolve_config_path
from kiosk.admin.status import Check, catalog_status, disk_status, llm_status
from kiosk.admin.usb_sticks import USB_ROOTS, find_catalog_files
from kiosk.catalog import CatalogStore, LoadedCatalog
from kiosk.insights import Insights
from kiosk.settings import Settings
from kiosk.ui.text import tr_both

_LOGGER = logging.getLogger(__name__)


@dataclass
class AdminServices:
    """Stores, settings and hooks behind the staff screens."""

    settings: Settings
    catalog_store: CatalogStore
    audit: AuditLog
    insights: Insights
    lockout: Lockout
    tickets: Any | None = None
    """A ``kiosk.tickets.TicketStore`` (the queue screen is disabled without one)."""
    config_path: Path | None = None
    on_catalog_changed: Callable[[LoadedCatalog], None] | None = None
    """Called after a catalog was applied or rolled back (rebuild the navigator)."""
    on_settings_saved: Callable[[frozenset[str]], None] | None = None
    """Called with the dotted keys staff saved, once the settings object holds them (apply them live)."""
    extra_checks: list[Check] = field(default_factory=list)
    """Speech, printer... checks added by the wiring when those areas are present."""
    llm_check: Check | None = None
    """The LLM area's own reachability / first-token check, when it publishes one."""
    mic_level: Callable[[], float] | None = None
    test_print: Callable[[], str] | None = None
    """Prints a test slip; returns a plain-words result (raises on failure)."""
    exit_app: Callable[[], None] | None = None
    restart_app: Callable[[], None] | None = None
    usb_roots: tuple[Path, ...] = USB_ROOTS
    _pin: CurrentPinHash | None = field(default=None, init=False, repr=False)

    @property
    def catalog(self) -> LoadedCatalog:
        """The catalog in use."""
        return self.catalog_store.current

    def settings_path(self) -> Path:
        """The TOML file staff changes are written to."""
        return self.config_path or self.settings.config_file() or resolve_config_path()

    def pin_hash(self) -> str | None:
        """The staff PIN hash in the settings file now (``kiosk admin set-pin`` works without a restart)."""
        if self._pin is None:
            stored = self.settings.admin.pin_hash
            self._pin = CurrentPinHash(self.settings_path, stored.get_secret_value() if stored else None)
        return self._pin.get()

    def status_checks(self) -> list[Check]:
        """All checks for the status screen, built-in first; one per key (a later one replaces a twin)."""
        llm = self.settings.llm
        extra: dict[object, Check] = {}
        for check in self.extra_checks:
            extra[getattr(check, "key", None) or id(check)] = check
        return [
            self.llm_check or (lambda: llm_status(llm.base_url, llm.model, llm.api_key_value())),
            *extra.values(),
            lambda: disk_status(self.settings.data_dir),
            lambda: catalog_status(self.catalog_store.current, self.catalog_store.note),
        ]

    def service_name(self, service_id: str) -> str:
        """A service's Chinese name: from the catalog in use, else from the one before it (statistics recorded
        before Apply); a service neither has is "已不在目录中的事项", never its internal id (Xvfb walk 12, defect 13)."""
        store = self.catalog_store
        for loaded in (store.current, store.previous):
            service = loaded.catalog.service(service_id) if loaded is not None else None
            if service is not None:
                return service.name
        return tr_both("StaffAdminInsights", "A service no longer in the catalog")

    def find_usb_catalogs(self, limit: int = 40) -> list[Path]:
        """Catalog files and backups on mounted USB sticks (see :mod:`kiosk.admin.usb_sticks`)."""
        return find_catalog_files(self.usb_roots, limit)
