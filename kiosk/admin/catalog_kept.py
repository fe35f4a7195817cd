"""The catalog staff applied, kept in the data folder so that it is still in use after a restart.

Apply used to last until the next start: the kiosk came back on the configured catalog, silently, with
no Roll back (Xvfb walk 12, defect 7). Now every applied catalog is copied with its floor plans into
``<data_dir>/catalogs/<time>-<fingerprint>/`` (a USB stick may be pulled out once Apply is done) and
``<data_dir>/catalogs/in-use.json`` names the catalog in use, the one Roll back restores and the configured
catalog they were applied over. At the next start :func:`open_catalog_store` uses them again — unless
the configured catalog changed since (the hall's administrator decided later), or the kept one no longer
loads: then the configured catalog is used and :attr:`kiosk.catalog.CatalogStore.note` says why on the staff
status screen.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from kiosk.admin.catalog_backup import export_catalog
from kiosk.catalog import CatalogError, CatalogStore, LoadedCatalog, load_catalog
from kiosk.catalog.files import StoreNote
from kiosk.messages import N_

_LOGGER = logging.getLogger(__name__)

FOLDER = "catalogs"
STATE = "in-use.json"


def _digest(path: Path) -> str:
    """SHA-256 of a file's bytes, "" when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


class KeptCatalogs:
    """Copies of applied catalogs and the record of which is in use (see the module's docstring)."""

    def __init__(self, data_dir: Path, configured: Path) -> None:
        self.folder = Path(data_dir) / FOLDER
        self.configured = Path(configured).expanduser().resolve()

    @property
    def state_file(self) -> Path:
        """``in-use.json``."""
        return self.folder / STATE

    def keep(self, loaded: LoadedCatalog) -> LoadedCatalog:
        """A copy of ``loaded`` (JSON and floor plans) in the data folder, loaded again; raises OSError or
        :class:`CatalogError` when it cannot be written or read back."""
        if loaded.path is not None and loaded.path.is_relative_to(self.folder.resolve()):
            return loaded  # already a kept copy (Roll back to one)
        target = self.folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{loaded.fingerprint or 'catalog'}"
        suffix = 1
        while target.exists():
            suffix += 1
            target = target.with_name(f"{target.name.split('~')[0]}~{suffix}")
        partial = target.with_name(f".{target.name}.part")
        shutil.rmtree(partial, ignore_errors=True)
        export_catalog(loaded, partial)
        partial.rename(target)
        return load_catalog(target / "catalog.json")

    def record(self, current: LoadedCatalog, previous: LoadedCatalog | None) -> None:
        """Write down what is in use now and what Roll back restores (atomically); drop copies neither uses."""
        state = {
            "current": str(current.path) if current.path else None,
            "previous": str(previous.path) if previous is not None and previous.path else None,
            "configured": str(self.configured),
            "configured_digest": _digest(self.configured),
            "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.state_file.with_name(f".{STATE}.part")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(state, out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(self.state_file)
        used = {Path(p).parent.resolve() for p in (state["current"], state["previous"]) if p}
        for child in self.folder.iterdir():
            if child.is_dir() and not child.name.startswith(".") and child.resolve() not in used:
                shutil.rmtree(child, ignore_errors=True)

    def read_state(self) -> dict[str, Any] | None:
        """``in-use.json``, None when there is none; raises ValueError when it is not readable JSON."""
        try:
            raw = self.state_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ValueError(str(exc.strerror or exc)) from None
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return data


class KeptCatalogStore(CatalogStore):
    """A :class:`CatalogStore` whose Apply and Roll back are kept in the data folder (survive a restart)."""

    def __init__(self, loaded: LoadedCatalog, kept: KeptCatalogs, previous: LoadedCatalog | None = None,
                 note: StoreNote | None = None) -> None:
        super().__init__(loaded, previous=previous, note=note)
        self.kept = kept

    def replace(self, path: Path | str) -> LoadedCatalog:
        """Load ``path``, keep a copy in the data folder and use the copy; on :class:`CatalogError` nothing
        changes. When the copy cannot be written the catalog is used anyway and the note says it will not
        survive a restart."""
        loaded = load_catalog(path)
        try:
            loaded = self.kept.keep(loaded)
        except (OSError, CatalogError) as exc:
            _LOGGER.exception("cannot keep the applied catalog in %s", self.kept.folder)
            self._use(loaded)
            self.note = StoreNote(N_("The applied catalog could not be saved in the data folder ({reason}): it is "
                                  "used until the kiosk restarts"), {"reason": str(getattr(exc, "strerror", None) or exc)})
            return loaded
        self._use(loaded)
        self._save()
        return loaded

    def rollback(self) -> bool:
        """One step back, kept in the data folder too."""
        if not super().rollback():
            return False
        self._save()
        return True

    def _save(self) -> None:
        try:
            self.kept.record(self.current, self.previous)
            self.note = None
        except OSError as exc:
            _LOGGER.exception("cannot record the catalog in use in %s", self.kept.state_file)
            self.note = StoreNote(N_("The catalog in use could not be recorded in the data folder ({reason}): after "
                                  "a restart the configured catalog is used"), {"reason": str(exc.strerror or exc)})


def _load_kept(value: object) -> LoadedCatalog | None:
    if not isinstance(value, str) or not value:
        return None
    return load_catalog(value)


def open_catalog_store(data_dir: Path, configured: Path) -> KeptCatalogStore:
    """The catalog store at start: the catalog staff applied last (and its Roll back), else the configured one.

    Raises :class:`CatalogError` only when nothing usable is left (the configured catalog refused and no kept
    one loads)."""
    kept = KeptCatalogs(data_dir, configured)
    try:
        state = kept.read_state()
    except ValueError as exc:
        _LOGGER.error("%s is not readable (%s): using the configured catalog", kept.state_file, exc)
        return KeptCatalogStore(load_catalog(configured), kept, note=StoreNote(
            N_("The record of the catalog staff applied is damaged ({reason}): the configured catalog is in use"),
            {"reason": str(exc)}))
    if state is None or not state.get("current"):
        return KeptCatalogStore(load_catalog(configured), kept)
    same_config = (state.get("configured") == str(kept.configured)
                   and state.get("configured_digest") == _digest(kept.configured))
    applied = str(state["current"])
    if not same_config and Path(applied) != kept.configured:
        try:
            loaded = load_catalog(configured)
        except CatalogError:
            loaded = None  # the configured catalog is refused: the kept one is better than nothing
        if loaded is not None:
            _LOGGER.warning("the configured catalog changed since staff applied %s: using the configured one", applied)
            return KeptCatalogStore(loaded, kept, note=StoreNote(
                N_("The configured catalog changed after staff applied {applied}: the configured catalog is in use"),
                {"applied": applied}))
    try:
        current = load_catalog(applied)
    except CatalogError as exc:
        _LOGGER.error("the catalog staff applied no longer loads: %s", exc)
        problem = exc.problems[0] if exc.problems else ""
        return KeptCatalogStore(load_catalog(configured), kept, note=StoreNote(
            N_("The catalog staff applied could not be loaded ({problem}): the configured catalog is in use"),
            {"problem": f"{applied}: {problem}"}))
    try:
        previous = _load_kept(state.get("previous"))
    except CatalogError as exc:
        _LOGGER.warning("the catalog Roll back would restore no longer loads: %s", exc)
        previous = None
    _LOGGER.info("using the catalog staff applied: %s", current.label())
    return KeptCatalogStore(current, kept, previous=previous)
