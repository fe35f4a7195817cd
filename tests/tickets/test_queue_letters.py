"""Issue 13 item 18: a queue letter never reads as another zone's letter (the demo hall's passport
service at window A06 used to issue B001)."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.settings import DEMO_CATALOG
from kiosk.tickets import zone_clashes


def _zone_letters(catalog) -> set[str]:
    return {w.id[:1] for w in catalog.windows if w.id[:1].isalpha()}


def test_demo_hall_queue_letters_do_not_clash_with_zone_letters():
    catalog = load_catalog(DEMO_CATALOG).catalog
    zones = _zone_letters(catalog)
    assert zones == {"A", "B", "C"}
    clashes = []
    for service in catalog.services:
        letter = service.queue_prefix[:1]
        if letter in zones and zone_clashes(service.queue_prefix, service.windows):
            clashes.append((service.id, service.queue_prefix, service.windows))
    assert clashes == []
    assert catalog.service("passport").queue_prefix == "P"
    assert catalog.service("driving-licence-renewal").queue_prefix == "V"


def test_zone_clash_rule():
    assert zone_clashes("B", ["A06"]) == ["A06"]
    assert zone_clashes("A", ["A01", "A02"]) == []
    assert zone_clashes("P", ["A06"]) == ["A06"]  # differs, but P is no zone's letter: the caller decides
