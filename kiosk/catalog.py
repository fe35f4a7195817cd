"""The hall's official service catalog (事项清单): its format, loading and validation.

A catalog is one JSON file per hall. Its shape is checked by pydantic models (which also give the
JSON Schema printed by ``kiosk catalog schema``); its cross references (a service's windows and
department, a window's floor, unique ids) are checked by :func:`check_references`. Every problem
is reported with its place, e.g. ``services[12].windows[0]: unknown window "B9"``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.privacy import allow_catalog_numbers

SCHEMA_VERSION = 1
MAX_CATALOG_BYTES = 20 * 1024 * 1024


class _Entry(BaseModel):
    """Base of every catalog record: unknown keys are allowed (halls may add more), values are frozen."""

    model_config = ConfigDict(extra="allow", frozen=True)


class Floor(_Entry):
    """One floor of the hall."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    map: str | None = None
    """SVG floor plan, relative to the catalog file."""


class KioskSpot(_Entry):
    """Where this kiosk stands ("you are here")."""

    floor: str
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)


class Hall(_Entry):
    """The service hall itself."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    address: str = ""
    hours: str = ""
    phone: str = ""
    floors: list[Floor] = Field(min_length=1)
    kiosk: KioskSpot


class Department(_Entry):
    """A department with services in the hall (户政, 税务, ...)."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""


class Window(_Entry):
    """A service window (窗口) on a floor plan."""

    id: str = Field(min_length=1)
    floor: str
    zone: str = ""
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)
    label: str = ""


class Place(_Entry):
    """A hall facility: restrooms, copying, self-service area, parking..."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    aliases: list[str] = Field(default_factory=list)
    floor: str
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)
    notes: str = ""


class Material(_Entry):
    """One item of a service's materials checklist."""

    name: str = Field(min_length=1)
    name_en: str = ""
    original: bool = True
    """The original document must be shown."""
    copies: int = Field(0, ge=0)
    """Number of photocopies to bring."""
    required: bool = True
    note: str = ""


class Service(_Entry):
    """One service item (事项) of the catalog."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    department: str
    aliases: list[str] = Field(default_factory=list)
    summary: str = ""
    summary_en: str = ""
    conditions: list[str] = Field(default_factory=list)
    materials: list[Material] = Field(default_factory=list)
    windows: list[str] = Field(min_length=1)
    queue_prefix: str = Field(min_length=1, max_length=3, pattern=r"^[A-Z][A-Z0-9]{0,2}$")
    time_limit: str = ""
    fee: str = ""
    hours: str | None = None
    """Service hours; null = the hall's hours."""
    appointment: str = ""
    online: str = ""
    notes: str = ""
    updated: date | None = None


class Catalog(_Entry):
    """A whole hall catalog."""

    schema_version: int = Field(ge=1, le=SCHEMA_VERSION)
    hall: Hall
    departments: list[Department] = Field(min_length=1)
    windows: list[Window] = Field(min_length=1)
    places: list[Place] = Field(default_factory=list)
    services: list[Service] = Field(min_length=1)

    # -- lookups -------------------------------------------------------------------------------
    @cached_property
    def _ids(self) -> dict[str, dict[str, Any]]:
        return {
            "services": {s.id: s for s in self.services},
            "places": {p.id: p for p in self.places},
            "windows": {w.id: w for w in self.windows},
            "departments": {d.id: d for d in self.departments},
            "floors": {f.id: f for f in self.hall.floors},
        }

    def service(self, service_id: str) -> Service | None:
        """The service with this id, or None."""
        return self._ids["services"].get(service_id)

    def place(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        return self._ids["places"].get(place_id)

    def window(self, window_id: str) -> Window | None:
        """The window with this id, or None."""
        return self._ids["windows"].get(window_id)

    def department(self, department_id: str) -> Department | None:
        """The department with this id, or None."""
        return self._ids["departments"].get(department_id)

    def floor(self, floor_id: str) -> Floor | None:
        """The floor with this id, or None."""
        return self._ids["floors"].get(floor_id)

    def service_windows(self, service: Service) -> list[Window]:
        """The windows that handle ``service``, in catalog order."""
        return [w for w in (self.window(i) for i in service.windows) if w is not None]

    def service_floors(self, service: Service) -> list[Floor]:
        """The floors of the service's windows, without repeats."""
        seen: dict[str, Floor] = {}
        for window in self.service_windows(service):
            floor = self.floor(window.floor)
            if floor is not None:
                seen.setdefault(floor.id, floor)
        return list(seen.values())

    def version(self) -> str:
        """A short human-readable version: the newest ``updated`` date and the service count."""
        dates = [s.updated for s in self.services if s.updated]
        newest = max(dates).isoformat() if dates else "undated"
        return f"{self.hall.id} {newest} ({len(self.services)} services)"



def localized(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language``: the ``<field>_en`` variant for English when the catalog has it."""
    value = getattr(entry, field, None)
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if english is None and getattr(entry, "model_extra", None):
            english = entry.model_extra.get(f"{field}_en")
        if isinstance(english, str) and english.strip():
            return english
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def localized_list(entry: Any, field: str, language: str) -> list[str]:
    """A list field (``conditions``) in ``language`` when the catalog has ``<field>_en``."""
    values = list(getattr(entry, field, None) or [])
    if language == "en" and getattr(entry, "model_extra", None):
        english = entry.model_extra.get(f"{field}_en")
        if isinstance(english, list) and english:
            return [str(v) for v in english]
    return [str(v) for v in values]


@dataclass(frozen=True)
class LoadedCatalog:
    """A validated catalog and where it came from (floor-plan paths are relative to it)."""

    catalog: Catalog
    path: Path | None

    def map_path(self, floor_id: str) -> Path | None:
        """The absolute path of a floor's SVG plan, or None when it has none or it is missing."""
        floor = self.catalog.floor(floor_id)
        if floor is None or not floor.map or self.path is None:
            return None
        candidate = (self.path.parent / floor.map).resolve()
        return candidate if candidate.is_file() else None


class CatalogError(Exception):
    """A catalog was refused. ``problems`` lists every problem with its place."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{source}: catalog refused ({len(problems)} problem(s)):\n{shown}{more}")


def _place(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _shape_problems(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        problems.append(f"{_place(item['loc'])}: {item['msg']}")
    return problems


def check_references(catalog: Catalog) -> list[str]:
    """Cross-reference problems: duplicate ids, unknown floors/windows/departments, missing maps."""
    problems: list[str] = []

    def duplicates(kind: str, ids: list[str]) -> None:
        for ident, count in Counter(ids).items():
            if count > 1:
                first = ids.index(ident)
                problems.append(f'{kind}[{first}].id: duplicate id "{ident}" ({count} times)')

    floor_ids = {f.id for f in catalog.hall.floors}
    duplicates("hall.floors", [f.id for f in catalog.hall.floors])
    duplicates("departments", [d.id for d in catalog.departments])
    duplicates("windows", [w.id for w in catalog.windows])
    duplicates("places", [p.id for p in catalog.places])
    duplicates("services", [s.id for s in catalog.services])
    if catalog.hall.kiosk.floor not in floor_ids:
        problems.append(f'hall.kiosk.floor: unknown floor "{catalog.hall.kiosk.floor}"')
    for i, window in enumerate(catalog.windows):
        if window.floor not in floor_ids:
            problems.append(f'windows[{i}].floor: unknown floor "{window.floor}"')
    for i, place in enumerate(catalog.places):
        if place.floor not in floor_ids:
            problems.append(f'places[{i}].floor: unknown floor "{place.floor}"')
    window_ids = {w.id for w in catalog.windows}
    department_ids = {d.id for d in catalog.departments}
    for i, service in enumerate(catalog.services):
        if service.department not in department_ids:
            problems.append(f'services[{i}].department: unknown department "{service.department}"')
        for j, window_id in enumerate(service.windows):
            if window_id not in window_ids:
                problems.append(f'services[{i}].windows[{j}]: unknown window "{window_id}"')
        if not service.materials:
            problems.append(f"services[{i}].materials: empty materials list")
    return problems


def parse_catalog(data: Any, source: str = "catalog") -> Catalog:
    """Validate already-decoded JSON data; raises :class:`CatalogError` with every problem."""
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(source, _shape_problems(exc)) from None
    problems = check_references(catalog)
    if problems:
        raise CatalogError(source, problems)
    return catalog


def load_catalog(path: Path | str) -> LoadedCatalog:
    """Read and validate a catalog file; raises :class:`CatalogError` (never anything else)."""
    path = Path(path).expanduser()
    source = str(path)
    try:
        if path.stat().st_size > MAX_CATALOG_BYTES:
            raise CatalogError(source, [f"file is larger than {MAX_CATALOG_BYTES // 1024 // 1024} MB"])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(source, ["file not found"]) from None
    except OSError as exc:
        raise CatalogError(source, [f"cannot read file: {exc.strerror or exc}"]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CatalogError(source, ["not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise CatalogError(source, [f"line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"]) from None
    catalog = parse_catalog(data, source)
    loaded = LoadedCatalog(catalog, path.resolve())
    problems = [
        f'hall.floors[{i}].map: file not found "{floor.map}"'
        for i, floor in enumerate(catalog.hall.floors)
        if floor.map and loaded.map_path(floor.id) is None
    ]
    if problems:
        raise CatalogError(source, problems)
    allow_catalog_numbers(catalog)  # the hall's published phone numbers are never masked
    return loaded


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the catalog format."""
    schema = Catalog.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "HallGuide hall catalog"
    return schema


class CatalogStore:
    """Holds the catalog in use; a refused catalog leaves the last good one in place."""

    def __init__(self, loaded: LoadedCatalog) -> None:
        self._current = loaded
        self._previous: LoadedCatalog | None = None

    @property
    def current(self) -> LoadedCatalog:
        """The catalog in use."""
        return self._current

    @property
    def previous(self) -> LoadedCatalog | None:
        """The catalog before the last successful replace (for one-step rollback)."""
        return self._previous

    def replace(self, path: Path | str) -> LoadedCatalog:
        """Load ``path`` and use it; on :class:`CatalogError` nothing changes."""
        loaded = load_catalog(path)
        self._previous, self._current = self._current, loaded
        return loaded

    def rollback(self) -> bool:
        """Go back to the previous catalog; False when there is none."""
        if self._previous is None:
            return False
        self._current, self._previous = self._previous, self._current
        allow_catalog_numbers(self._current.catalog)
        return True
