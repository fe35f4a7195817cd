"""The hall's walkways as one graph (networkx): floors' paths joined by lifts, stairs and escalators.

Nodes are ``(floor id, reference)``: a walkway point, a window or place (at its door) or the kiosk.
Edge weights are metres (each floor's plan size) and, between floors, a fixed cost per floor for
each kind of connector. The accessible graph leaves stairs and escalators out.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from kiosk.catalog.model import CONNECTOR_KINDS, Catalog, Floor, Place, Point, WalkNode, Window

if TYPE_CHECKING:
    import networkx as nx

KIOSK = "kiosk"
"""The reference of the kiosk's own spot in a floor's paths."""

FLOOR_COST_M = {"lift": 4.0, "stairs": 15.0, "escalator": 10.0}
"""Metres of walking one floor by each connector is worth."""
LIFT_WAIT_M = 25.0
"""Metres of walking that waiting for the lift is worth."""

Node = tuple[str, str]


@dataclass(frozen=True)
class Stop:
    """A walkway point with what stands there."""

    floor: str
    ref: str
    x: float
    y: float
    kind: str
    """junction, door, window, place, kiosk, lift, stairs or escalator."""
    entry: Window | Place | WalkNode | None = None


def _connector_kind(entry: Place | WalkNode) -> str:
    kind = entry.kind or ""
    return kind if kind in CONNECTOR_KINDS else ""


def stops(catalog: Catalog, floor: Floor) -> dict[str, Stop]:
    """Every reference usable in ``floor``'s paths, with its point."""
    out: dict[str, Stop] = {}
    for window in catalog.windows:
        if window.floor == floor.id:
            spot: Point | Window = window.door or window
            out[window.id] = Stop(floor.id, window.id, spot.x, spot.y, "window", window)
    for place in catalog.places:
        if place.floor == floor.id:
            at: Point | Place = place.door or place
            out[place.id] = Stop(floor.id, place.id, at.x, at.y, _connector_kind(place) or "place", place)
    if floor.walkways is not None:
        for node in floor.walkways.nodes:
            out[node.id] = Stop(floor.id, node.id, node.x, node.y, node.kind, node)
    kiosk = catalog.hall.kiosk
    if kiosk.floor == floor.id:
        out[KIOSK] = Stop(floor.id, KIOSK, kiosk.x, kiosk.y, "kiosk")
    return out


def _metres(floor: Floor, a: Stop, b: Stop) -> float:
    ways = floor.walkways
    width, height = (ways.width_m, ways.height_m) if ways else (1.0, 1.0)
    return math.hypot((a.x - b.x) * width, (a.y - b.y) * height)


def _links(catalog: Catalog, accessible: bool) -> Iterator[tuple[Stop, Stop, float, str]]:
    """Every walkway edge as (stop, stop, metres, kind): ``walk`` along a floor's paths, or the connector
    kind between the floors a lift, stairs or escalator joins."""
    shafts: dict[tuple[str, str], list[tuple[int, Stop]]] = {}
    for index, floor in enumerate(catalog.hall.floors):
        known = stops(catalog, floor)
        if floor.walkways is None:
            continue
        for path in floor.walkways.paths:
            for ref_a, ref_b in pairwise(path):
                a, b = known.get(ref_a), known.get(ref_b)
                if a is None or b is None or a is b:
                    continue
                yield a, b, _metres(floor, a, b), "walk"
        for stop in known.values():
            entry = stop.entry
            if isinstance(entry, Place | WalkNode) and stop.kind in CONNECTOR_KINDS and entry.link:
                shafts.setdefault((stop.kind, entry.link), []).append((index, stop))
    for (kind, _link), members in shafts.items():
        if accessible and kind != "lift":
            continue
        for i, (fa, a) in enumerate(members):
            for fb, b in members[i + 1:]:
                if fa == fb:
                    continue
                floors = abs(fa - fb)
                yield a, b, FLOOR_COST_M[kind] * floors + (LIFT_WAIT_M if kind == "lift" else 0.0), kind


def build_graph(catalog: Catalog, *, accessible: bool = False) -> nx.Graph:
    """The whole hall's walkway graph; ``accessible`` leaves out stairs and escalators.

    Unknown references in paths are skipped here (:func:`kiosk.catalog.checks.walkway_problems`
    reports them).
    """
    import networkx as nx  # ~0.3 s to import: only routes need it, not loading a catalog at start

    graph = nx.Graph()
    for a, b, metres, kind in _links(catalog, accessible):
        for stop in (a, b):
            graph.add_node((stop.floor, stop.ref), stop=stop)
        graph.add_edge((a.floor, a.ref), (b.floor, b.ref), weight=metres, kind=kind)
    return graph


def reachable(catalog: Catalog, start: Node) -> tuple[set[Node], set[Node]]:
    """The nodes on any walkway, and those of them connected to ``start`` (empty when ``start`` is on
    none): the catalog check's question, answered without building :func:`build_graph`."""
    neighbours: dict[Node, set[Node]] = {}
    for a, b, _metres_ab, _kind in _links(catalog, accessible=False):
        na, nb = (a.floor, a.ref), (b.floor, b.ref)
        neighbours.setdefault(na, set()).add(nb)
        neighbours.setdefault(nb, set()).add(na)
    seen: set[Node] = set()
    todo = [start] if start in neighbours else []
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(neighbours[node] - seen)
    return set(neighbours), seen


def hall_graph(catalog: Catalog, accessible: bool = False) -> nx.Graph:
    """:func:`build_graph`, built once per catalog (catalogs are frozen)."""
    key = f"walkways-accessible={accessible}"
    graph = catalog._cache.get(key)
    if graph is None:
        graph = catalog._cache[key] = build_graph(catalog, accessible=accessible)
    return graph


def kiosk_node(catalog: Catalog) -> Node:
    """The graph node of the kiosk itself."""
    return (catalog.hall.kiosk.floor, KIOSK)
