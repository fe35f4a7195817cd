"""The wayfinding route (plain numbers, no Qt)."""

from __future__ import annotations

from ui_helpers import UI_HALL

from kiosk.catalog import load_catalog
from kiosk.ui.route import is_connector, plan_route


def test_same_floor_route_is_an_l_from_the_kiosk():
    """Kiosk (0.5, 0.85) → window A1 (0.15, 0.3): up, then across."""
    catalog = load_catalog(UI_HALL).catalog
    route = plan_route(catalog, "1F", (0.15, 0.3))
    assert not route.floor_change
    (leg,) = route.legs
    assert leg.points == [(0.5, 0.85), (0.5, 0.3), (0.15, 0.3)]
    assert leg.start_is_kiosk and leg.end_is_target


def test_other_floor_goes_through_the_lift():
    """Kiosk → lift on 1F; lift on 2F → window C1."""
    catalog = load_catalog(UI_HALL).catalog
    route = plan_route(catalog, "2F", (0.2, 0.3))
    assert route.floor_change
    first, second = route.legs
    assert first.floor == "1F" and first.points[-1] == (0.89, 0.77) and first.connector.id == "elevator-1"
    assert second.floor == "2F" and second.points[0] == (0.89, 0.77) and second.points[-1] == (0.2, 0.3)
    assert second.connector.id == "elevator-2" and not second.start_is_kiosk


def test_connectors_are_not_facility_tiles():
    """Lifts are ways between floors, restrooms are destinations."""
    catalog = load_catalog(UI_HALL).catalog
    assert is_connector(catalog.place("elevator-1"))
    assert not is_connector(catalog.place("restroom-1"))


def test_demo_hall_changes_floor_by_the_lift_not_the_car_park(demo_catalog) -> None:
    """The car park's English name mentions the lift ("B1 by lift"); the route must use the lift itself."""
    catalog = demo_catalog.catalog
    window = catalog.window("B01")
    route = plan_route(catalog, window.floor, (window.x, window.y))
    assert route.floor_change
    assert route.legs[0].connector is not None and route.legs[0].connector.id == "elevator-1f"
