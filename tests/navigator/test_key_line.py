"""The spoken key line counts what must be brought, not what applies only sometimes (issue 13, item 9)."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.navigator.answer import Aspect
from kiosk.navigator.compose import service_key_line

DEMO = "assets/halls/demo/catalog.json"


def test_key_line_counts_required_materials_and_names_the_optional_ones_apart() -> None:
    catalog = load_catalog(DEMO).catalog
    service = next(s for s in catalog.services
                   if any(not m.required for m in s.materials) and any(m.required for m in s.materials))
    required = sum(1 for m in service.materials if m.required)
    optional = len(service.materials) - required
    zh = service_key_line(catalog, service, Aspect.GENERAL, "zh")
    assert f"需要带{required}样材料" in zh and f"另有{optional}样视情况提供" in zh
    assert f"需要带{len(service.materials)}样材料" not in zh
    en = service_key_line(catalog, service, Aspect.MATERIALS, "en")
    assert f"the {required} required item" in en and f"{optional} more only if they apply" in en


def test_key_line_without_optional_materials_says_nothing_extra() -> None:
    catalog = load_catalog(DEMO).catalog
    service = next(s for s in catalog.services if s.materials and all(m.required for m in s.materials))
    zh = service_key_line(catalog, service, Aspect.MATERIALS, "zh")
    assert f"需要带{len(service.materials)}样材料，请看屏幕上的清单。" in zh and "视情况" not in zh
