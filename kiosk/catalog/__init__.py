"""The hall's official service catalog (事项清单): its format, loading and validation.

A catalog is one JSON file per hall. Its shape is checked by pydantic models (:mod:`.model`, which
also give the JSON Schema printed by ``kiosk catalog schema``); its cross references and walkways
by :func:`check_references` (:mod:`.checks`); the file itself is read safely by
:func:`load_catalog` (:mod:`.files`). Every problem is reported with its place, e.g.
``services[12].windows[0]: unknown window "B9"``.
"""

from __future__ import annotations

from kiosk.catalog.checks import check_references, walkway_notes, walkway_problems
from kiosk.catalog.files import (
    MAX_CATALOG_BYTES,
    CatalogError,
    CatalogStore,
    LoadedCatalog,
    decode_json,
    json_schema,
    load_catalog,
    parse_catalog,
    read_file,
)
from kiosk.catalog.localize import floor_and_zone, localized, localized_list, localized_only, zone_has_floor
from kiosk.catalog.model import (
    CONNECTOR_KINDS,
    SCHEMA_VERSION,
    Catalog,
    Department,
    Floor,
    Hall,
    KioskSpot,
    Material,
    Place,
    Point,
    Service,
    WalkNode,
    Walkways,
    Window,
)

__all__ = [
    "CONNECTOR_KINDS",
    "MAX_CATALOG_BYTES",
    "SCHEMA_VERSION",
    "Catalog",
    "CatalogError",
    "CatalogStore",
    "Department",
    "Floor",
    "Hall",
    "KioskSpot",
    "LoadedCatalog",
    "Material",
    "Place",
    "Point",
    "Service",
    "WalkNode",
    "Walkways",
    "Window",
    "check_references",
    "decode_json",
    "floor_and_zone",
    "json_schema",
    "load_catalog",
    "localized",
    "localized_list",
    "localized_only",
    "parse_catalog",
    "read_file",
    "walkway_notes",
    "walkway_problems",
    "zone_has_floor",
]
