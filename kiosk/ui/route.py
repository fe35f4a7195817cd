"""The route on the map screen: the domain's walkway route (:mod:`kiosk.route`), re-exported."""

from __future__ import annotations

from kiosk.route import Leg, Route, choices_in_order, is_connector, plan_route, route_to

__all__ = ["Leg", "Route", "choices_in_order", "is_connector", "plan_route", "route_to"]
