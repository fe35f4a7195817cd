"""The walkway route (plain numbers, no Qt): shortest along the walkways, lifts for accessible routes."""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from kiosk.catalog import CatalogError, LoadedCatalog, load_catalog, parse_catalog
from kiosk.route import is_connector, plan_route, route_to

ROOT = Path(__file__).resolve().parents[2]
UI_HALL = ROOT / "tests" / "ui" / "data" / "ui_hall" / "catalog.json"
DEMO_DIR = ROOT / "assets" / "halls" / "demo"


def _segments(points: list[tuple[float, float]]) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    return list(pairwise(points))


def _crosses(box: tuple[float, float, float, float], a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether the axis-parallel segment a-b runs through the inside of ``box`` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    if a[1] == b[1]:  # horizontal
        lo, hi = sorted((a[0], b[0]))
        return y0 < a[1] < y1 and lo < x1 and hi > x0
    if a[0] == b[0]:
        lo, hi = sorted((a[1], b[1]))
        return x0 < a[0] < x1 and lo < y1 and hi > y0
    return True  # the demo's walkways are axis-parallel: anything else is a mistake


def test_same_floor_route_follows_the_walkways(demo_catalog: LoadedCatalog) -> None:
    """Kiosk → A02: along the south corridor, up the west corridor, into the 户政 aisle; ends at the door."""
    catalog = demo_catalog.catalog
    route = route_to(catalog, "A02")
    assert not route.floor_change
    (leg,) = route.legs
    kiosk = catalog.hall.kiosk
    assert leg.points[0] == (kiosk.x, kiosk.y) and leg.start_is_kiosk and leg.end_is_target
    window = catalog.window("A02")
    assert leg.points[-1] == (window.door.x, window.door.y)
    assert leg.points[-1] != (window.x, window.y)  # the visitor stands in front of the number, not on it
    assert len(leg.points) > 3 and 40 < route.metres < 70


def test_no_route_through_rooms(demo_catalog: LoadedCatalog) -> None:
    """Every route of the demo hall stays out of every drawn room (等候休息区, 咨询导办台, 母婴室 ...)."""
    sys.path.insert(0, str(DEMO_DIR))
    try:
        import build_catalog as demo
    finally:
        sys.path.remove(str(DEMO_DIR))
    catalog = demo_catalog.catalog
    rooms = {floor: [r for r in demo.ROOMS if r.floor == floor] for floor in ("1F", "2F", "3F")}
    width, height = demo.W, demo.H
    for target in [*catalog.windows, *catalog.places]:
        for leg in route_to(catalog, target.id).legs:
            points = [(round(x * width), round(y * height)) for x, y in leg.points]
            for a, b in _segments(points):
                for room in rooms[leg.floor]:
                    if room.place_id == target.id and b == points[-1]:
                        continue  # the last step reaches the target's own door
                    assert not _crosses(room.box, a, b), f"route to {target.id} crosses {room.name} {a}->{b}"


def test_toilet_route_skips_the_nursing_room(demo_catalog: LoadedCatalog) -> None:
    """The route to 卫生间（1F） goes along the north corridor, past no room's inside."""
    catalog = demo_catalog.catalog
    (leg,) = route_to(catalog, "toilet-1f").legs
    nursing = catalog.place("nursing-room")
    assert all(not (0.35 <= x <= 0.4375 and y < 0.16) for x, y in leg.points), nursing
    assert leg.points[-1] == (catalog.place("toilet-1f").door.x, catalog.place("toilet-1f").door.y)


def test_other_floor_changes_where_the_lift_is(demo_catalog: LoadedCatalog) -> None:
    """Kiosk → B03 (2F): the first leg ends at the 1F lift door, the second starts at the 2F lift door."""
    catalog = demo_catalog.catalog
    route = route_to(catalog, "B03")
    first, second = route.legs
    lift_1f, lift_2f = catalog.place("elevator-1f"), catalog.place("elevator-2f")
    assert first.floor == "1F" and first.connector is lift_1f
    assert first.points[-1] == (lift_1f.door.x, lift_1f.door.y)
    assert second.floor == "2F" and second.connector is lift_2f and not second.start_is_kiosk
    assert second.points[0] == (lift_2f.door.x, lift_2f.door.y)


def test_accessible_route_prefers_the_lift(small_catalog_path: Path) -> None:
    """Small hall: only stairs upstairs → the accessible route falls back to them; a lift added wins."""
    catalog = load_catalog(small_catalog_path).catalog
    route = route_to(catalog, "W6", accessible=True)
    assert route.floor_change and route.legs[0].connector.kind == "stairs"
    data = json.loads(small_catalog_path.read_text(encoding="utf-8"))
    floors = data["hall"]["floors"]
    for floor, (x, y) in zip(floors, ((0.05, 0.36), (0.05, 0.4)), strict=True):
        floor["walkways"]["nodes"].append({"id": "lift", "x": x, "y": y, "kind": "lift", "link": "lift",
                                           "name": "电梯"})
        floor["walkways"]["paths"].append(["lift", floor["walkways"]["paths"][-1][0]])
    with_lift = parse_catalog(data)
    ordinary = route_to(with_lift, "W6")
    accessible = route_to(with_lift, "W6", accessible=True)
    assert ordinary.legs[0].connector.kind == "stairs"  # the stairs are nearer
    assert accessible.legs[0].connector.kind == "lift" and accessible.legs[1].connector.kind == "lift"
    assert accessible.metres > ordinary.metres


def test_unreachable_window_is_named(catalog_data: dict) -> None:
    """A window left off every path, and a place cut off from the kiosk, are named."""
    walk = catalog_data["hall"]["floors"][0]["walkways"]
    walk["paths"] = [[r for r in path if r != "A03"] for path in walk["paths"]]
    walk["paths"] = [p for p in walk["paths"] if len(p) >= 2]
    with pytest.raises(CatalogError) as info:
        parse_catalog(catalog_data)
    assert any('windows[2] "A03": on no walkway of 1F' in p for p in info.value.problems), info.value.problems


def test_cut_off_place_and_unknown_reference(catalog_data: dict) -> None:
    walk = catalog_data["hall"]["floors"][1]["walkways"]
    walk["paths"].append(["B01", "nowhere"])
    with pytest.raises(CatalogError) as info:
        parse_catalog(catalog_data)
    assert 'hall.floors[1].walkways.paths[8][1]: "nowhere" is no walkway point, window or place' in info.value.problems
    floors = catalog_data["hall"]["floors"]
    walk["paths"].pop()
    floors[2]["walkways"]["paths"] = [p for p in floors[2]["walkways"]["paths"] if "elevator-3f" not in p
                                      and "stairs-3f" not in p and "east-stairs" not in p]
    with pytest.raises(CatalogError) as info:
        parse_catalog(catalog_data)
    assert any('"C01": cannot be reached from the kiosk' in p for p in info.value.problems), info.value.problems


def test_a_floor_without_walkways_is_a_note_and_gets_a_straight_line(catalog_data: dict, tmp_path: Path) -> None:
    """Walkways are optional in the format: a hall importing its service list is not refused for lacking
    them; staff read a note, and the route on that floor is a straight line to the target's door."""
    del catalog_data["hall"]["floors"][1]["walkways"]
    for floor in catalog_data["hall"]["floors"]:
        floor["map"] = None
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(catalog_data, ensure_ascii=False), encoding="utf-8")
    loaded = load_catalog(path)
    assert [n.split(":")[0] for n in loaded.notes] == ["hall.floors[1].walkways"]
    assert "straight line" in loaded.notes[0]
    catalog = loaded.catalog
    upstairs = next(w for w in catalog.windows if w.floor == catalog.hall.floors[1].id)
    route = route_to(catalog, upstairs.id)
    assert route.floor_change and route.legs[-1].end_is_target
    assert route.end == ((upstairs.door or upstairs).x, (upstairs.door or upstairs).y)
    assert len(route.legs[0].points) > 2, route.legs[0]  # to the lift along 1F's corridors
    assert len(route.legs[1].points) == 2  # then straight on 2F
    downstairs = next(w for w in catalog.windows if w.floor == catalog.hall.kiosk.floor)
    assert len(route_to(catalog, downstairs.id).legs[0].points) > 2  # 1F keeps its corridors
    del catalog_data["hall"]["floors"][0]["walkways"]
    assert len(parse_catalog(catalog_data).hall.floors) == len(catalog_data["hall"]["floors"])


def test_a_catalog_with_walkways_everywhere_has_no_notes(demo_catalog: LoadedCatalog) -> None:
    assert demo_catalog.notes == ()


def test_connectors_are_not_facility_tiles() -> None:
    """Lifts are ways between floors, restrooms are destinations."""
    catalog = load_catalog(UI_HALL).catalog
    assert is_connector(catalog.place("elevator-1"))
    assert not is_connector(catalog.place("restroom-1"))


def test_demo_hall_changes_floor_by_the_lift_not_the_car_park(demo_catalog: LoadedCatalog) -> None:
    """The car park's English name mentions the lift ("B1 by lift"); the route must use the lift itself."""
    catalog = demo_catalog.catalog
    window = catalog.window("B01")
    route = plan_route(catalog, window.floor, (window.x, window.y))
    assert route.floor_change and route.target == "B01"
    assert route.legs[0].connector is not None and route.legs[0].connector.id == "elevator-1f"


def test_catalog_without_walkways_gets_a_straight_line() -> None:
    """A bare catalog (shape only, as the LLM tests build) still gets a route: a straight line."""
    from kiosk.catalog import Catalog

    data = json.loads(UI_HALL.read_text(encoding="utf-8"))
    for floor in data["hall"]["floors"]:
        floor.pop("walkways")
        floor["map"] = None
    catalog = Catalog.model_validate(data)
    route = route_to(catalog, "C1")
    assert route.floor_change and route.legs[0].connector.id == "elevator-1"
