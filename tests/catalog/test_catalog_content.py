"""Content checks of the bundled demo hall and the small test hall: they load, are complete and their plans fit."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from kiosk.catalog import LoadedCatalog, load_catalog

SVG_NS = "{http://www.w3.org/2000/svg}"
PLAN_W, PLAN_H = 1600, 1000
KIOSK_CLI = Path(sys.executable).with_name("kiosk")


@pytest.fixture(params=["demo", "small"])
def any_catalog(request: pytest.FixtureRequest, demo_catalog_path: Path, small_catalog_path: Path) -> LoadedCatalog:
    """Each of the two halls in turn."""
    return load_catalog(demo_catalog_path if request.param == "demo" else small_catalog_path)


def _rects_and_texts(svg: Path) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, str]]]:
    root = ET.parse(svg).getroot()
    rects = []
    for el in root.iter(f"{SVG_NS}rect"):
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        rects.append((x, y, x + float(el.get("width", 0)), y + float(el.get("height", 0))))
    texts = [(float(el.get("x", 0)), float(el.get("y", 0)), (el.text or "").strip()) for el in root.iter(f"{SVG_NS}text")]
    return rects, texts


def _inside(px: float, py: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= px <= box[2] and box[1] <= py <= box[3]


def _smallest_box(px: float, py: float, rects: list[tuple[float, float, float, float]]):
    """The smallest drawn box (not the whole background) holding the point, or None."""
    boxes = [r for r in rects if _inside(px, py, r) and (r[2] - r[0]) < PLAN_W * 0.9]
    return min(boxes, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]), default=None)


def test_demo_catalog_counts(demo_catalog: LoadedCatalog) -> None:
    """The demo hall is a full district hall: many services, departments, windows, three mapped floors."""
    cat = demo_catalog.catalog
    assert len(cat.services) >= 60
    assert len(cat.departments) >= 10
    assert len(cat.windows) >= 30
    assert [f.id for f in cat.hall.floors] == ["1F", "2F", "3F"]
    for floor in cat.hall.floors:
        plan = demo_catalog.map_path(floor.id)
        assert plan is not None and plan.suffix == ".svg", floor.id
    assert cat.hall.kiosk.floor == "1F"
    for prefix, floor in (("A", "1F"), ("B", "2F"), ("C", "3F")):
        ids = [w.id for w in cat.windows if w.floor == floor]
        assert len(ids) >= 12 and all(re.fullmatch(prefix + r"\d\d", i) for i in ids), floor


def test_small_catalog_counts(small_catalog_path: Path) -> None:
    """The small hall is a town centre: two floors, a dozen services, four departments, eight windows."""
    cat = load_catalog(small_catalog_path).catalog
    assert len(cat.hall.floors) == 2
    assert 12 <= len(cat.services) <= 15
    assert len(cat.departments) == 4
    assert len(cat.windows) == 8
    assert len(cat.places) == 5


def test_every_service_is_complete(any_catalog: LoadedCatalog) -> None:
    """Every service has English text, aliases, materials with English names, a time limit and a fee."""
    for service in any_catalog.catalog.services:
        assert service.name_en and service.summary and service.summary_en, service.id
        assert service.aliases, service.id
        assert service.materials and all(mat.name_en for mat in service.materials), service.id
        assert service.time_limit and service.fee, service.id
        assert service.conditions, service.id
        assert service.updated is not None and service.updated.year == 2026, service.id


def test_demo_services_are_rich(demo_catalog: LoadedCatalog) -> None:
    """Demo services carry several colloquial aliases and 2–7 materials, and every department is used."""
    cat = demo_catalog.catalog
    for service in cat.services:
        assert len(service.aliases) >= 5, service.id
        assert 2 <= len(service.materials) <= 7, service.id
        assert service.appointment and service.online, service.id
    assert {s.department for s in cat.services} == {d.id for d in cat.departments}
    used = {w for s in cat.services for w in s.windows}
    assert used == {w.id for w in cat.windows}, "every window serves something"


def test_queue_prefixes_are_single_capitals(any_catalog: LoadedCatalog) -> None:
    """One capital letter per department, and different departments do not share it."""
    by_dept: dict[str, set[str]] = defaultdict(set)
    for service in any_catalog.catalog.services:
        assert re.fullmatch(r"[A-Z]", service.queue_prefix), service.id
        by_dept[service.department].add(service.queue_prefix)
    demo = any_catalog.catalog.hall.id != "hz-yuxi-town"
    if demo:
        assert all(len(p) == 1 for p in by_dept.values())
        letters = [next(iter(p)) for p in by_dept.values()]
        assert len(letters) == len(set(letters))


def test_coordinates_are_fractions(any_catalog: LoadedCatalog) -> None:
    """Windows, places and the kiosk sit inside the plan (0..1) on a known floor."""
    cat = any_catalog.catalog
    floors = {f.id for f in cat.hall.floors}
    for item in [*cat.windows, *cat.places, cat.hall.kiosk]:
        assert 0 <= item.x <= 1 and 0 <= item.y <= 1
        assert item.floor in floors


def test_windows_and_places_lie_in_their_drawn_boxes(any_catalog: LoadedCatalog) -> None:
    """Each window point is in the box labelled with its id; each place point is in a labelled box."""
    cat = any_catalog.catalog
    checked = 0
    for floor in cat.hall.floors:
        plan = any_catalog.map_path(floor.id)
        if plan is None:
            continue
        root = ET.parse(plan).getroot()
        assert root.get("viewBox") == f"0 0 {PLAN_W} {PLAN_H}"
        rects, texts = _rects_and_texts(plan)
        for window in (w for w in cat.windows if w.floor == floor.id):
            box = _smallest_box(window.x * PLAN_W, window.y * PLAN_H, rects)
            assert box is not None, window.id
            assert any(t == window.id and _inside(x, y, box) for x, y, t in texts), window.id
            checked += 1
        for place in (p for p in cat.places if p.floor == floor.id):
            box = _smallest_box(place.x * PLAN_W, place.y * PLAN_H, rects)
            assert box is not None, place.id
            labels = [t for x, y, t in texts if _inside(x, y, box)]
            assert any(label and label in place.name for label in labels), (place.id, labels)
            checked += 1
    assert checked > 0


def test_demo_has_usual_facilities(demo_catalog: LoadedCatalog) -> None:
    """The facilities people ask for are there, findable by the words they use."""
    cat = demo_catalog.catalog
    words = {p.id: {p.name, *p.aliases} for p in cat.places}

    def found(word: str) -> list[str]:
        return [pid for pid, ws in words.items() if any(word.lower() in w.lower() for w in ws)]

    for word in ["厕所", "洗手间", "WC", "toilet", "复印", "打印", "喝水", "母婴室", "休息区", "咨询台", "导办台",
                 "停车场", "电梯", "无障碍卫生间", "EMS", "ATM", "24小时", "自助服务区"]:
        assert found(word), word
    toilet_floors = {p.floor for p in cat.places if "厕所" in p.aliases}
    assert toilet_floors == {"1F", "2F", "3F"}


@pytest.mark.parametrize(
    ("service_id", "alias", "window_floor"),
    [
        ("id-card-reissue", "身份证丢了", "1F"),
        ("individual-business-registration", "开奶茶店", "2F"),
        ("food-business-licence", "开奶茶店", "2F"),
        ("housing-fund-withdrawal-rent", "租房提取公积金", "3F"),
        ("pension-claim", "退休了领养老金", "2F"),
        ("marriage-registration", "领结婚证", "3F"),
        ("social-security-card", "社保卡丢了", "2F"),
    ],
)
def test_demo_key_services(demo_catalog: LoadedCatalog, service_id: str, alias: str, window_floor: str) -> None:
    """Key services other parts of the kiosk talk about exist with the colloquial words people use."""
    cat = demo_catalog.catalog
    service = cat.service(service_id)
    assert service is not None
    assert alias in service.aliases
    assert [f.id for f in cat.service_floors(service)] == [window_floor]


def test_small_hall_uses_other_words_and_ids(demo_catalog: LoadedCatalog, small_catalog_path: Path) -> None:
    """The small hall shares no ids or service names with the demo, so tests on it prove generality."""
    demo, small = demo_catalog.catalog, load_catalog(small_catalog_path).catalog
    for kind in ("services", "windows", "places", "departments"):
        demo_ids = {x.id for x in getattr(demo, kind)}
        small_ids = {x.id for x in getattr(small, kind)}
        assert not demo_ids & small_ids, kind
    assert not {s.name for s in demo.services} & {s.name for s in small.services}
    assert not {f.id for f in demo.hall.floors} & {f.id for f in small.hall.floors}
    assert small.service("gab-sfz-gsbb").name == "第二代居民身份证挂失补办"


@pytest.mark.parametrize("which", ["demo", "small"])
def test_cli_validate_accepts(which: str, demo_catalog_path: Path, small_catalog_path: Path) -> None:
    """`kiosk catalog validate FILE` exits 0 and says OK for both halls."""
    path = demo_catalog_path if which == "demo" else small_catalog_path
    result = subprocess.run([str(KIOSK_CLI), "catalog", "validate", str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout



_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_PARENTHESES = re.compile(r"\([^()]*\)")


def _english_problem(where: str, text: object) -> str | None:
    """Why ``text`` is not usable English (missing, or Chinese outside parentheses like "(i深圳)")."""
    if not isinstance(text, str) or not text.strip():
        return f"{where}: missing"
    if _CJK.search(_PARENTHESES.sub("", text)):
        return f"{where}: Chinese outside parentheses: {text!r}"
    return None


def test_demo_services_have_english_details(demo_catalog: LoadedCatalog) -> None:
    """English mode shows conditions, material notes, fee and time limit in English, not Chinese."""
    problems: list[str] = []
    for service in demo_catalog.catalog.services:
        conditions_en = service.conditions_en
        if not isinstance(conditions_en, list) or len(conditions_en) != len(service.conditions):
            problems.append(f"{service.id}: conditions_en must have {len(service.conditions)} items")
        else:
            problems += [_english_problem(f"{service.id}.conditions_en[{i}]", c) for i, c in enumerate(conditions_en)]
        for field in ("fee", "time_limit", "appointment", "online", "notes", "hours"):
            if field in ("fee", "time_limit") or getattr(service, field, None):
                problems.append(_english_problem(f"{service.id}.{field}_en", getattr(service, f"{field}_en")))
        for material in service.materials:
            if material.note:
                note_en = material.note_en
                problems.append(_english_problem(f"{service.id} / {material.name}.note_en", note_en))
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems[:20])


def test_demo_windows_places_and_hall_have_english(demo_catalog: LoadedCatalog) -> None:
    """Window zones, place notes, hall hours and address have English text."""
    catalog = demo_catalog.catalog
    problems = [_english_problem(f"window {w.id}.zone_en", w.zone_en) for w in catalog.windows]
    problems += [_english_problem(f"place {p.id}.notes_en", p.notes_en) for p in catalog.places if p.notes]
    problems += [_english_problem(f"hall.{f}", getattr(catalog.hall, f)) for f in ("hours_en", "address_en")]
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems[:20])
    assert catalog.window("A01").zone_en == "Zone A · Household Registration"
