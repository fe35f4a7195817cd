"""The demo hall's walkways, in plan pixels (1600 x 1000): corridors between the rooms and the
aisles in front of the counters. Used by build_catalog.py.

A corridor is a straight line (``("h", y, ...)`` horizontal, ``("v", x, ...)`` vertical) through
its stops: ``(x, y)`` junctions (shared by the corridors that cross there), window ids (standing in
the aisle in front of the counter), place ids (at the place's door) and ``"kiosk"``. The builder
sorts the stops along the line and checks that each lies on it.
"""

from __future__ import annotations

NORTH, AISLE, MIDDLE, SOUTH_1F = 175, 290, 500, 745
"""The north corridor below the core rooms, the counters' aisle, the middle corridor (2F/3F), 1F's south."""
AISLE_LOW = 660
"""The aisle in front of the counters of the lower zones (2F/3F)."""
AISLE_DEPTH = 100
"""A zone's aisle runs this far below its top edge (the counters), above the first row of seats."""

DOORS: dict[str, tuple[int, int]] = {
    # 1F
    "stairs-1f": (95, NORTH), "toilet-1f": (280, NORTH), "accessible-toilet": (470, NORTH),
    "nursing-room": (630, NORTH), "elevator-1f": (800, NORTH), "water-1f": (960, NORTH),
    "photo-booth": (1120, NORTH), "rest-area-1f": (610, 375), "info-desk": (800, 712),
    "self-service": (990, 600), "self-service-24h": (195, SOUTH_1F), "copy-print": (475, SOUTH_1F),
    "ems": (1060, SOUTH_1F), "atm": (1230, SOUTH_1F), "parking": (1430, SOUTH_1F),
    # 2F
    "stairs-2f": (95, NORTH), "toilet-2f": (280, NORTH), "water-2f": (470, NORTH), "elevator-2f": (800, NORTH),
    "tax-self-service": (1010, 730), "rest-area-2f": (1270, 640), "copy-print-2f": (1270, 820),
    # 3F
    "stairs-3f": (95, NORTH), "toilet-3f": (280, NORTH), "water-3f": (470, NORTH), "elevator-3f": (800, NORTH),
    "wedding-hall": (1010, 640), "wedding-photo": (1010, 820), "rest-area-3f": (1270, 730),
}

EAST_STAIRS = (1505, NORTH)
"""The east stairs (drawn, not a catalog place): a walkway stop on every floor."""

Stop = tuple[int, int] | str
Corridor = tuple[str, int, list[Stop]]

CORRIDORS: dict[str, list[Corridor]] = {
    "1F": [
        ("h", NORTH, ["stairs-1f", "toilet-1f", "accessible-toilet", (610, NORTH), "nursing-room", "elevator-1f",
                      "water-1f", (990, NORTH), "photo-booth", "east-stairs"]),
        ("v", 610, [(610, NORTH), (610, AISLE), "rest-area-1f", (610, 570), (610, SOUTH_1F)]),
        ("v", 990, [(990, NORTH), (990, AISLE), "self-service", (990, SOUTH_1F)]),
        ("h", AISLE, ["A01", "A02", "A03", "A04", (610, AISLE)]),
        ("h", 570, ["A05", "A06", "A07", "A08", (610, 570)]),
        ("h", AISLE, [(990, AISLE), "A09", "A10", "A11", "A12"]),
        ("h", SOUTH_1F, ["self-service-24h", "copy-print", (610, SOUTH_1F), (800, SOUTH_1F), (990, SOUTH_1F),
                         "ems", "atm", "parking"]),
        ("v", 800, ["info-desk", (800, SOUTH_1F), "kiosk"]),
    ],
    "2F": [
        ("h", NORTH, ["stairs-2f", "toilet-2f", "water-2f", "elevator-2f", (800, NORTH), "east-stairs"]),
        ("v", 800, [(800, NORTH), (800, AISLE), (800, MIDDLE)]),
        ("h", AISLE, ["B01", "B02", "B03", "B04", "B05", (800, AISLE), "B06", "B07", "B08", "B09", "B10"]),
        ("h", MIDDLE, [(530, MIDDLE), (800, MIDDLE), (1010, MIDDLE), (1270, MIDDLE)]),
        ("v", 530, [(530, MIDDLE), (530, AISLE_LOW)]),
        ("h", AISLE_LOW, ["B11", "B12", (530, AISLE_LOW), "B13", "B14"]),
        ("v", 1010, [(1010, MIDDLE), "tax-self-service"]),
        ("v", 1270, [(1270, MIDDLE), "rest-area-2f", "copy-print-2f"]),
    ],
    "3F": [
        ("h", NORTH, ["stairs-3f", "toilet-3f", "water-3f", (530, NORTH), "elevator-3f", (1170, NORTH),
                      "east-stairs"]),
        ("v", 530, [(530, NORTH), (530, AISLE), (530, MIDDLE)]),
        ("v", 1170, [(1170, NORTH), (1170, AISLE), (1170, MIDDLE)]),
        ("h", AISLE, ["C01", "C02", "C03", (530, AISLE), "C04", "C05", "C06", "C07", (1170, AISLE), "C08", "C09"]),
        ("h", MIDDLE, [(530, MIDDLE), (570, MIDDLE), (1010, MIDDLE), (1170, MIDDLE), (1270, MIDDLE)]),
        ("v", 570, [(570, MIDDLE), (570, AISLE_LOW)]),
        ("h", AISLE_LOW, ["C10", "C11", "C12", (570, AISLE_LOW), "C13", "C14"]),
        ("v", 1010, [(1010, MIDDLE), "wedding-hall", "wedding-photo"]),
        ("v", 1270, [(1270, MIDDLE), "rest-area-3f"]),
    ],
}


def walkways(floor: str, points: dict[str, tuple[int, int]], frac_x, frac_y) -> dict:  # noqa: ANN001
    """The catalog's ``walkways`` of ``floor``: ``points`` gives each window's, place's and the kiosk's stop."""
    nodes: dict[tuple[int, int], dict] = {}

    def ref(stop: Stop) -> tuple[str, tuple[int, int]]:
        if isinstance(stop, tuple):
            node = nodes.setdefault(stop, {"id": f"x{stop[0]}y{stop[1]}", "x": frac_x(stop[0]),
                                           "y": frac_y(stop[1])})
            return node["id"], stop
        if stop == "east-stairs":
            node = nodes.setdefault(EAST_STAIRS, {"id": "east-stairs", "x": frac_x(EAST_STAIRS[0]),
                                                  "y": frac_y(EAST_STAIRS[1]), "kind": "stairs",
                                                  "link": "east-stairs", "name": f"东侧楼梯（{floor}）",
                                                  "name_en": f"East stairs ({floor})"})
            return node["id"], EAST_STAIRS
        return stop, points[stop]

    paths = []
    for direction, at, stops in CORRIDORS[floor]:
        resolved = [ref(stop) for stop in stops]
        axis = 1 if direction == "h" else 0
        for name, xy in resolved:
            if xy[axis] != at:
                raise SystemExit(f"{floor}: {name} at {xy} is not on the corridor {direction}={at}")
        resolved.sort(key=lambda item: item[1][1 - axis])
        paths.append([name for name, _ in resolved])
    return {"width_m": 80, "height_m": 50, "nodes": list(nodes.values()), "paths": paths}
