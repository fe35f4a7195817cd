"""The catalog's format: pydantic models, typed completely (English fields and walkways included).

Every record forbids unknown keys (``services[3].conditons_en: unknown field``) and validates
strictly: ``"schema_version": "1"`` or ``"fee_en": 12`` are errors, not silently converted.
These models also give the JSON Schema printed by ``kiosk catalog schema``.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

SCHEMA_VERSION = 1
CONNECTOR_KINDS = ("lift", "stairs", "escalator")
"""Ways between floors: lifts (step-free), stairs and escalators (not step-free)."""

Unit = Field(ge=0, le=1)


class _Entry(BaseModel):
    """Base of every catalog record: unknown keys are errors, values are strict and frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Point(_Entry):
    """A point of a floor plan, 0..1 of its width and height."""

    x: float = Unit
    y: float = Unit


class WalkNode(_Entry):
    """A named point of a floor's walkways: a junction, a door, or a lift/stairs/escalator stop."""

    id: str = Field(min_length=1)
    x: float = Unit
    y: float = Unit
    kind: Literal["junction", "door", "lift", "stairs", "escalator"] = "junction"
    link: str = ""
    """Lifts, stairs and escalators: stops with the same link on different floors are one shaft."""
    name: str = ""
    """Shown for lifts/stairs/escalators ("东侧楼梯"); required for them."""
    name_en: str = ""


class Walkways(_Entry):
    """The walkable paths of one floor: polylines through named points.

    A path lists point references: the id of a :class:`WalkNode` of this floor, a window or place
    id on this floor (standing at its ``door``), or ``"kiosk"`` (the kiosk's spot, on its floor).
    """

    width_m: float = Field(1.0, gt=0)
    """The plan's real width in metres (distances are measured in metres)."""
    height_m: float = Field(1.0, gt=0)
    nodes: list[WalkNode] = Field(default_factory=list)
    paths: list[list[str]] = Field(default_factory=list)

    @field_validator("paths")
    @classmethod
    def _paths_have_two_points(cls, paths: list[list[str]]) -> list[list[str]]:
        for i, path in enumerate(paths):
            if len(path) < 2:
                raise ValueError(f"path {i} has fewer than 2 points")
        return paths


def _check_map(value: str | None) -> str | None:
    """A floor plan path must stay inside the catalog's folder."""
    if value is None:
        return None
    if not value.strip():
        raise ValueError("empty map path")
    posix, windows = PurePosixPath(value), PureWindowsPath(value)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or value.startswith(("/", "\\")):
        raise ValueError("map path must be relative to the catalog's folder")
    if ".." in posix.parts or ".." in windows.parts:
        raise ValueError('map path must stay inside the catalog\'s folder (no "..")')
    if "\x00" in value:
        raise ValueError("map path contains a NUL character")
    return value


class Floor(_Entry):
    """One floor of the hall."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    map: str | None = None
    """SVG floor plan, relative to the catalog file and inside its folder."""
    walkways: Walkways | None = None
    """The floor's walkable paths; every window and place must be reachable on them."""

    @field_validator("map")
    @classmethod
    def _confined(cls, value: str | None) -> str | None:
        return _check_map(value)


class KioskSpot(_Entry):
    """Where this kiosk stands ("you are here")."""

    floor: str
    x: float = Unit
    y: float = Unit


class Hall(_Entry):
    """The service hall itself."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    address: str = ""
    address_en: str = ""
    hours: str = ""
    hours_en: str = ""
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
    zone_en: str = ""
    x: float = Unit
    y: float = Unit
    label: str = ""
    label_en: str = ""
    door: Point | None = None
    """Where a visitor stands at this window (the route ends there); default its (x, y)."""


class Place(_Entry):
    """A hall facility: restrooms, copying, self-service area, parking, lifts, stairs..."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    name_en: str = ""
    aliases: list[str] = Field(default_factory=list)
    floor: str
    x: float = Unit
    y: float = Unit
    notes: str = ""
    notes_en: str = ""
    kind: Literal["facility", "lift", "stairs", "escalator"] | None = None
    """lift/stairs/escalator: a way between floors (not a destination tile); unset = guessed from the name."""
    link: str = ""
    """Lifts/stairs/escalators: places with the same link on different floors are one shaft."""
    door: Point | None = None
    """The place's entrance (the route ends there); default its (x, y)."""


class Material(_Entry):
    """One item of a service's materials checklist."""

    name: str = Field(min_length=1)
    name_en: str = ""
    original: bool = True
    """The original document must be shown."""
    copies: int = Field(0, ge=0, le=1000)
    """Number of photocopies to bring."""
    required: bool = True
    note: str = ""
    note_en: str = ""


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
    conditions_en: list[str] = Field(default_factory=list)
    materials: list[Material] = Field(default_factory=list)
    windows: list[str] = Field(min_length=1)
    queue_prefix: str = Field(min_length=1, max_length=3, pattern=r"^[A-Z][A-Z0-9]{0,2}$")
    time_limit: str = ""
    time_limit_en: str = ""
    fee: str = ""
    fee_en: str = ""
    hours: str | None = None
    """Service hours; null = the hall's hours."""
    hours_en: str | None = None
    appointment: str = ""
    appointment_en: str = ""
    online: str = ""
    online_en: str = ""
    notes: str = ""
    notes_en: str = ""
    updated: date | None = Field(None, strict=False)
    """ISO date (YYYY-MM-DD) of the last check against the official list."""


class Catalog(_Entry):
    """A whole hall catalog."""

    schema_version: int = Field(ge=1, le=SCHEMA_VERSION)
    hall: Hall
    departments: list[Department] = Field(min_length=1)
    windows: list[Window] = Field(min_length=1)
    places: list[Place] = Field(default_factory=list)
    services: list[Service] = Field(min_length=1)
    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)
    """Derived data kept with the (frozen) catalog, e.g. its walkway graphs."""

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
