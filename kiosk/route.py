"""The route from the kiosk to a window or place: the shortest path along the hall's walkways.

Qt-free and shared by the map screen (:mod:`kiosk.ui.floor_map`) and the printed slip
(:mod:`kiosk.printing.slips`), so both show the same route. A route is one leg per floor; it
changes floor where a lift, stairs or escalator really is, and an accessible route only takes
lifts. A catalog without walkways (a bare test catalog) gets a straight line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.catalog import CONNECTOR_KINDS, Catalog, Place, WalkNode, Window
from kiosk.catalog.walkways import KIOSK, Stop, hall_graph, kiosk_node

if TYPE_CHECKING:
    import networkx as nx

_LIFT_WORDS = ("elevator", "lift", "电梯", "直梯")
_STAIR_WORDS = ("stair", "escalator", "楼梯", "扶梯")

XY = tuple[float, float]


@dataclass(frozen=True)
class Leg:
    """The part of a route on one floor."""

    floor: str
    points: list[XY]
    start_is_kiosk: bool
    end_is_target: bool
    connector: Place | WalkNode | None = None
    """The lift/stairs used to change floor (at the end of this leg, or at its start for the last leg)."""
    keep_clear: tuple[XY, ...] = ()
    """The window numbers on this floor: whoever draws the leg keeps its labels off them."""
    straight: bool = False
    """A straight line where no walkway is known (a floor without walkways): a direction, not a walked route."""


@dataclass(frozen=True)
class Route:
    """One leg per floor walked; ``floor_change`` when the target is on another floor."""

    legs: list[Leg] = field(default_factory=list)
    target: str = ""
    """The window or place id routed to."""
    metres: float = 0.0
    """Walking length (floor changes counted as their cost in metres)."""

    @property
    def floor_change(self) -> bool:
        """True when the visitor must change floor."""
        return len(self.legs) > 1

    @property
    def end(self) -> XY | None:
        """Where the route ends (the target's door), or None for an empty route."""
        return self.legs[-1].points[-1] if self.legs and self.legs[-1].points else None


def _guess_kind(place: Place, keys: tuple[str, ...], *, loose: bool = False) -> bool:
    words = [place.id, place.name]
    if loose:
        words += [place.name_en, *place.aliases]
    text = " ".join(words).lower()
    return any(k in text for k in keys)


def is_connector(place: Place) -> bool:
    """True for lifts, stairs and escalators (ways between floors, not destinations)."""
    if place.kind is not None:
        return place.kind in CONNECTOR_KINDS
    return _guess_kind(place, _LIFT_WORDS + _STAIR_WORDS)


def _target(catalog: Catalog, target_id: str) -> Window | Place | None:
    return catalog.window(target_id) or catalog.place(target_id)


def _door(entry: Window | Place) -> XY:
    at = entry.door or entry
    return (at.x, at.y)


def route_to(catalog: Catalog, target_id: str, *, accessible: bool = False) -> Route:
    """The shortest walkway route from the kiosk to the window or place ``target_id``.

    ``accessible`` routes take lifts only (no stairs, no escalators); when there is no step-free
    way the ordinary route is given. An unknown target gives an empty route.
    """
    import networkx as nx  # imported on the first route, not when the home screen's modules load

    entry = _target(catalog, target_id)
    if entry is None:
        return Route(target=target_id)
    graph = hall_graph(catalog, accessible)
    start, goal = kiosk_node(catalog), (entry.floor, entry.id)
    path: list[tuple[str, str]] | None = None
    for candidate in (graph, hall_graph(catalog, False)) if accessible else (graph,):
        if start in candidate and goal in candidate:
            try:
                path = nx.shortest_path(candidate, start, goal, weight="weight")
                graph = candidate
                break
            except nx.NetworkXNoPath:
                continue
    if path is None:
        return _straight(catalog, entry, graph)
    metres = float(nx.path_weight(graph, path, weight="weight"))
    return _with_windows(catalog, Route(_legs(graph, path), target_id, metres))


def _with_windows(catalog: Catalog, route: Route) -> Route:
    legs = [Leg(leg.floor, leg.points, leg.start_is_kiosk, leg.end_is_target, leg.connector,
                tuple((w.x, w.y) for w in catalog.windows if w.floor == leg.floor), leg.straight) for leg in route.legs]
    return Route(legs, route.target, route.metres)


def _legs(graph: nx.Graph, path: list[tuple[str, str]]) -> list[Leg]:
    """Split a node path into one leg per floor, naming the connector at each floor change."""
    legs: list[Leg] = []
    points: list[XY] = []
    floor = path[0][0]
    arrived_by: Place | WalkNode | None = None
    for i, node in enumerate(path):
        stop: Stop = graph.nodes[node]["stop"]
        if node[0] != floor:
            prev: Stop = graph.nodes[path[i - 1]]["stop"]
            connector = prev.entry if isinstance(prev.entry, Place | WalkNode) else None
            legs.append(Leg(floor, points, not legs, False, connector))
            floor, points = node[0], []
            arrived_by = stop.entry if isinstance(stop.entry, Place | WalkNode) else connector
        points.append((stop.x, stop.y))
    legs.append(Leg(floor, points, not legs, True, arrived_by if legs else None))
    return legs


def _straight(catalog: Catalog, entry: Window | Place, graph: nx.Graph) -> Route:
    """No walkway joins kiosk and target: a straight line on a floor without walkways (a catalog that does
    not describe them); when the kiosk's floor has walkways, its leg to the lift or stairs follows them."""
    kiosk = catalog.hall.kiosk
    end = _door(entry)
    if kiosk.floor == entry.floor:
        return _with_windows(catalog, Route([Leg(entry.floor, [(kiosk.x, kiosk.y), end], True, True, straight=True)],
                                            entry.id))
    down = _nearest_connector(catalog, kiosk.floor, (kiosk.x, kiosk.y))
    up = _nearest_connector(catalog, entry.floor, end)
    walked = _walked(graph, kiosk_node(catalog), (kiosk.floor, down.id)) if down else None
    first = Leg(kiosk.floor, walked or [(kiosk.x, kiosk.y)] + ([_door(down)] if down else []), True, False, down,
                straight=not walked)
    begin = _door(up) if up else _door(down) if down else end
    last = Leg(entry.floor, [begin, end], False, True, up or down, straight=True)
    return _with_windows(catalog, Route([first, last], entry.id))


def _walked(graph: nx.Graph, start: tuple[str, str], goal: tuple[str, str]) -> list[XY] | None:
    """The points of the walkway path ``start`` → ``goal`` on one floor, or None when there is none."""
    import networkx as nx

    if start not in graph or goal not in graph:
        return None
    try:
        path = nx.shortest_path(graph, start, goal, weight="weight")
    except nx.NetworkXNoPath:
        return None
    if any(node[0] != start[0] for node in path):
        return None
    return [(graph.nodes[n]["stop"].x, graph.nodes[n]["stop"].y) for n in path]


def _nearest_connector(catalog: Catalog, floor: str, near: XY) -> Place | None:
    on_floor = [p for p in catalog.places if p.floor == floor]
    for loose in (False, True):
        for keys in (_LIFT_WORDS, _STAIR_WORDS):
            found = [p for p in on_floor if (p.kind == "lift" if keys is _LIFT_WORDS else p.kind in ("stairs",
                     "escalator")) or (p.kind is None and _guess_kind(p, keys, loose=loose))]
            if found:
                return min(found, key=lambda p: (p.x - near[0]) ** 2 + (p.y - near[1]) ** 2)
    return None


def plan_route(catalog: Catalog, target_floor: str, target: XY, *, accessible: bool = False) -> Route:
    """The route to the window or place at ``target`` on ``target_floor`` (see :func:`route_to`).

    Kept for callers that know a target by its position; the nearest window or place there is taken.
    """
    candidates: list[Window | Place] = [w for w in catalog.windows if w.floor == target_floor]
    candidates += [p for p in catalog.places if p.floor == target_floor]
    if not candidates:
        kiosk = catalog.hall.kiosk
        return Route([Leg(target_floor, [(kiosk.x, kiosk.y), target], True, True)])
    entry = min(candidates, key=lambda e: (e.x - target[0]) ** 2 + (e.y - target[1]) ** 2)
    return route_to(catalog, entry.id, accessible=accessible)


def walking_metres(catalog: Catalog, target_id: str) -> float:
    """Length of the route to ``target_id`` (for ordering several candidates nearest first)."""
    route = route_to(catalog, target_id)
    return route.metres if route.legs else float("inf")


def choices_in_order(catalog: Catalog, places: list[Place]) -> list[Place]:
    """The places a map offers, the one the answer names first (``places[0]``, the navigator's
    choice, which the text and the spoken line name), the others nearest first by walking."""
    if not places:
        return []
    first, rest = places[0], places[1:]
    return [first, *sorted(rest, key=lambda p: walking_metres(catalog, p.id))]


__all__ = ["KIOSK", "Leg", "Route", "choices_in_order", "is_connector", "plan_route", "route_to", "walking_metres"]
