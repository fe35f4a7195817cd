"""Check a catalog file for staff and list *every* problem, not only the first kind found.

:func:`kiosk.catalog.load_catalog` stops at the first stage that fails: shape problems hide the
cross-reference problems, and those hide missing floor maps. Staff fixing a file on a USB stick
want the whole list at once, so :func:`check_catalog_file` asks the catalog's own validators
again on what can still be checked: the entries with shape problems set aside (their positions
kept in the messages), and the floor maps looked up straight from the JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.catalog import CatalogError, LoadedCatalog, load_catalog, parse_catalog

_LISTS = ("departments", "windows", "places", "services")
_AT = re.compile(r"^(departments|windows|places|services)\[(\d+)\]")


@dataclass(frozen=True)
class CatalogCheck:
    """The outcome of checking one file: the loaded catalog, or every problem found."""

    source: str
    loaded: LoadedCatalog | None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the catalog can be used."""
        return self.loaded is not None


def check_catalog_file(path: Path | str) -> CatalogCheck:
    """Load ``path``; when it is refused, collect all problems (never raises for a bad file)."""
    source = str(path)
    try:
        return CatalogCheck(source, load_catalog(path))
    except CatalogError as exc:
        problems = list(exc.problems)
    data = _json(Path(path).expanduser())
    if isinstance(data, dict):
        problems += _reference_problems(data, problems)
        problems += _map_problems(data, Path(path).expanduser().resolve().parent)
    return CatalogCheck(source, None, tuple(dict.fromkeys(problems)))


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None


def _reference_problems(data: dict[str, Any], shape: list[str]) -> list[str]:
    """Cross-reference problems of the entries that passed the shape check (positions of the original file)."""
    bad: dict[str, set[int]] = {name: set() for name in _LISTS}
    for problem in shape:
        match = _AT.match(problem)
        if match:
            bad[match[1]].add(int(match[2]))
    if not any(bad.values()):
        return []
    kept: dict[str, list[int]] = {}
    pruned = dict(data)
    for name in _LISTS:
        items = data.get(name)
        if not isinstance(items, list):
            continue
        kept[name] = [i for i in range(len(items)) if i not in bad[name]]
        pruned[name] = [items[i] for i in kept[name]]
    try:
        parse_catalog(pruned, "pruned")
    except CatalogError as exc:
        found = exc.problems
    except RecursionError:
        return []
    else:
        return []
    out = []
    for problem in found:
        match = _AT.match(problem)
        if match and match[1] in kept:
            original = kept[match[1]][int(match[2])]
            problem = f"{match[1]}[{original}]" + problem[match.end():]
        out.append(problem)  # a shape problem outside the lists repeats the first pass: dropped below
    return [p for p in out if p not in shape]


def _map_problems(data: dict[str, Any], folder: Path) -> list[str]:
    """Floor plans named in the JSON but missing next to it."""
    hall = data.get("hall")
    floors = hall.get("floors") if isinstance(hall, dict) else None
    if not isinstance(floors, list):
        return []
    out = []
    for i, floor in enumerate(floors):
        name = floor.get("map") if isinstance(floor, dict) else None
        if isinstance(name, str) and name and not (folder / name).is_file():
            out.append(f'hall.floors[{i}].map: file not found "{name}"')
    return out
