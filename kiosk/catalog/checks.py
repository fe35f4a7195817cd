"""Cross-reference checks of a catalog: ids, floors, windows, departments and walkways.

Every problem names its place, e.g. ``services[12].windows[0]: unknown window "B9"`` or
``windows[3] "A04": not reachable from the kiosk along the walkways of 1F``.
"""

from __future__ import annotations

from collections import Counter

from kiosk.catalog.model import CONNECTOR_KINDS, Catalog, Place, Window
from kiosk.catalog.walkways import KIOSK, kiosk_node, reachable, stops


def check_references(catalog: Catalog) -> list[str]:
    """Cross-reference problems: duplicate ids, unknown floors/windows/departments, walkways."""
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
        if place.kind in CONNECTOR_KINDS and not place.link:
            problems.append(f'places[{i}].link: a {place.kind} needs a link (the same name on every floor it serves)')
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
        if service.conditions_en and len(service.conditions_en) != len(service.conditions):
            problems.append(f"services[{i}].conditions_en: {len(service.conditions_en)} items for "
                            f"{len(service.conditions)} conditions")
    if not problems:
        problems += walkway_problems(catalog)
    return problems


def _path_problems(catalog: Catalog) -> list[str]:
    """Unknown references, ids that clash and connectors without a link or a name."""
    problems: list[str] = []
    entry_ids = {w.id for w in catalog.windows} | {p.id for p in catalog.places} | {KIOSK}
    for f, floor in enumerate(catalog.hall.floors):
        where = f"hall.floors[{f}].walkways"
        if floor.walkways is None:
            continue
        known = stops(catalog, floor)
        seen: set[str] = set()
        for n, node in enumerate(floor.walkways.nodes):
            if node.id in seen:
                problems.append(f'{where}.nodes[{n}].id: duplicate id "{node.id}"')
            seen.add(node.id)
            if node.id in entry_ids:
                problems.append(f'{where}.nodes[{n}].id: "{node.id}" is also a window, place or the kiosk')
            if node.kind in CONNECTOR_KINDS and not (node.link and node.name):
                problems.append(f"{where}.nodes[{n}]: a {node.kind} needs a link and a name")
        for p, path in enumerate(floor.walkways.paths):
            for r, ref in enumerate(path):
                if ref not in known:
                    other = next((g.id for g in catalog.hall.floors if ref in stops(catalog, g)), None)
                    why = f"is on floor {other}" if other else "is no walkway point, window or place"
                    problems.append(f'{where}.paths[{p}][{r}]: "{ref}" {why}')
    return problems


def _unwalked_floors(catalog: Catalog) -> list[tuple[int, str]]:
    """(position, id) of the floors with windows, places or the kiosk but no walkways."""
    out = []
    for f, floor in enumerate(catalog.hall.floors):
        has_targets = any(w.floor == floor.id for w in catalog.windows) or any(
            p.floor == floor.id for p in catalog.places)
        if floor.walkways is None and (has_targets or catalog.hall.kiosk.floor == floor.id):
            out.append((f, floor.id))
    return out


def walkway_notes(catalog: Catalog) -> list[str]:
    """What staff should know about a usable catalog: floors whose walkways are not described.

    Walkways are optional in the format (a hall importing its service list has none yet): the
    catalog is used, and the map and the slip draw a straight line on such a floor
    (:func:`kiosk.route.route_to`) instead of a route along the corridors.
    """
    return [f"hall.floors[{f}].walkways: none on floor {fid} — the map and the slip draw a straight line "
            "to its windows and places (describe its walkable paths for a route along the corridors)"
            for f, fid in _unwalked_floors(catalog)]


def walkway_problems(catalog: Catalog) -> list[str]:
    """Walkway problems: unknown points, and windows or places that cannot be reached from the kiosk.

    Reachability is checked when every floor with windows, places or the kiosk describes its
    walkways; a floor without any is a note (:func:`walkway_notes`), not a problem.
    """
    problems = _path_problems(catalog)
    if problems or _unwalked_floors(catalog):
        return problems
    start = kiosk_node(catalog)
    graph, reachable_nodes = reachable(catalog, start)
    if start not in graph:
        return [f"hall.kiosk: the kiosk is on no walkway of {start[0]} (name \"kiosk\" in one of its paths)"]
    entries: list[tuple[str, int, Window | Place]] = [("windows", i, w) for i, w in enumerate(catalog.windows)]
    entries += [("places", i, p) for i, p in enumerate(catalog.places)]
    for kind, i, entry in entries:
        node = (entry.floor, entry.id)
        if node not in graph:
            problems.append(f'{kind}[{i}] "{entry.id}": on no walkway of {entry.floor} '
                            "(name it in one of the floor's paths)")
        elif node not in reachable_nodes:
            problems.append(f'{kind}[{i}] "{entry.id}": cannot be reached from the kiosk along the walkways '
                            f"(its paths on {entry.floor} join no path to the kiosk, nor a lift or stairs)")
    return problems
