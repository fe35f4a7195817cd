"""A simple route from the kiosk to a target on the hall plan (Qt-free, plain numbers).

Same floor: an L-shaped path kiosk → target. Another floor: kiosk → the nearest lift (or stairs)
on the kiosk's floor, then, on the target floor, lift → target. Coordinates are 0..1 of the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.catalog import Catalog, Place

_LIFT_WORDS = ("elevator", "lift", "电梯", "直梯")
_STAIR_WORDS = ("stair", "escalator", "楼梯", "扶梯")


@dataclass(frozen=True)
class Leg:
    """The part of a route on one floor."""

    floor: str
    points: list[tuple[float, float]]
    start_is_kiosk: bool
    end_is_target: bool
    connector: Place | None = None
    """The lift/stairs used to change floor (at the end or the start of this leg)."""


@dataclass(frozen=True)
class Route:
    """One or two legs; ``floor_change`` when the target is on another floor."""

    legs: list[Leg] = field(default_factory=list)

    @property
    def floor_change(self) -> bool:
        """True when the visitor must change floor."""
        return len(self.legs) > 1


def _is_kind(place: Place, keys: tuple[str, ...], *, loose: bool = False) -> bool:
    """Whether the place's id or name says it is a lift/stairs (``loose``: English name and aliases too).

    The strict pass comes first so that "Parking (B1 by lift)" is not taken for the lift itself.
    """
    words = [place.id, place.name]
    if loose:
        words += [place.name_en, *place.aliases]
    text = " ".join(words).lower()
    return any(k in text for k in keys)


def is_connector(place: Place) -> bool:
    """True for lifts and stairs (ways between floors, not destinations)."""
    return _is_kind(place, _LIFT_WORDS + _STAIR_WORDS)


def _connector(catalog: Catalog, floor: str, near: tuple[float, float]) -> Place | None:
    on_floor = [p for p in catalog.places if p.floor == floor]
    for loose in (False, True):
        for keys in (_LIFT_WORDS, _STAIR_WORDS):
            found = [p for p in on_floor if _is_kind(p, keys, loose=loose)]
            if found:
                return min(found, key=lambda p: (p.x - near[0]) ** 2 + (p.y - near[1]) ** 2)
    return None


def _l_path(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]]:
    if abs(a[0] - b[0]) < 0.01 or abs(a[1] - b[1]) < 0.01:
        return [a, b]
    return [a, (a[0], b[1]), b]


def plan_route(catalog: Catalog, target_floor: str, target: tuple[float, float]) -> Route:
    """The route from the catalog's kiosk spot to ``target`` on ``target_floor``."""
    kiosk = catalog.hall.kiosk
    start = (kiosk.x, kiosk.y)
    if kiosk.floor == target_floor:
        return Route([Leg(target_floor, _l_path(start, target), True, True)])
    down = _connector(catalog, kiosk.floor, start)
    up = _connector(catalog, target_floor, target)
    if down is None:
        first = Leg(kiosk.floor, [start], True, False)
    else:
        first = Leg(kiosk.floor, _l_path(start, (down.x, down.y)), True, False, down)
    begin = (up.x, up.y) if up is not None else (down.x, down.y) if down is not None else target
    second = Leg(target_floor, _l_path(begin, target), False, True, up or down)
    return Route([first, second])
