"""Catalog loading and every validation error, each reported with its place."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalog import CatalogError, CatalogStore, json_schema, load_catalog, parse_catalog


def save(tmp_path: Path, data: object, name: str = "catalog.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(data: dict) -> list[str]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    return info.value.problems


def test_demo_and_small_halls_load(demo_catalog_path: Path, small_catalog_path: Path) -> None:
    for path in (demo_catalog_path, small_catalog_path):
        loaded = load_catalog(path)
        assert loaded.catalog.services
        for floor in loaded.catalog.hall.floors:
            if floor.map:
                assert loaded.map_path(floor.id) is not None


def test_unknown_window_is_reported_with_its_place(catalog_data: dict) -> None:
    catalog_data["services"][12]["windows"] = ["B9-nope"]
    assert 'services[12].windows[0]: unknown window "B9-nope"' in problems_of(catalog_data)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["services"][0].pop("name"), "services[0].name: Field required"),
        (lambda d: d["services"][3].update(department="nowhere"), 'services[3].department: unknown department "nowhere"'),
        (lambda d: d["windows"][0].update(floor="9F"), 'windows[0].floor: unknown floor "9F"'),
        (lambda d: d["windows"][1].update(x=1.7), "windows[1].x: Input should be less than or equal to 1"),
        (lambda d: d["places"][0].update(floor="B2"), 'places[0].floor: unknown floor "B2"'),
        (lambda d: d["services"].append(dict(d["services"][0])), "duplicate id"),
        (lambda d: d["services"][2].update(queue_prefix="a1"), "services[2].queue_prefix: String should match pattern"),
        (lambda d: d["services"][5].update(materials=[]), "services[5].materials: empty materials list"),
        (lambda d: d["services"][5]["materials"][0].update(copies=-1), "services[5].materials[0].copies"),
        (lambda d: d["hall"]["kiosk"].update(floor="7F"), 'hall.kiosk.floor: unknown floor "7F"'),
        (lambda d: d.update(schema_version=99), "schema_version: Input should be less than or equal to 1"),
        (lambda d: d.update(services="many"), "services: Input should be a valid list"),
        (lambda d: d["services"][1].update(updated="yesterday"), "services[1].updated"),
    ],
)
def test_each_problem_is_named(catalog_data: dict, mutate, expected: str) -> None:
    mutate(catalog_data)
    assert any(expected in problem for problem in problems_of(catalog_data)), problems_of(catalog_data)


def test_all_problems_are_reported_at_once(catalog_data: dict) -> None:
    catalog_data["services"][0]["windows"] = ["X1"]
    catalog_data["services"][1]["department"] = "nope"
    catalog_data["windows"][0]["floor"] = "9F"
    assert len(problems_of(catalog_data)) >= 3


def test_file_problems(tmp_path: Path, catalog_data: dict) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"schema_version": 1,', encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid JSON"):
        load_catalog(bad_json)
    with pytest.raises(CatalogError, match="file not found"):
        load_catalog(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CatalogError, match="not UTF-8"):
        load_catalog(binary)
    catalog_data["hall"]["floors"][0]["map"] = "nowhere.svg"
    with pytest.raises(CatalogError, match=r'hall.floors\[0\].map: file not found "nowhere.svg"'):
        load_catalog(save(tmp_path, catalog_data))


def test_broken_catalog_keeps_the_last_good_one(tmp_path: Path, demo_catalog_path: Path, catalog_data: dict) -> None:
    store = CatalogStore(load_catalog(demo_catalog_path))
    good = store.current
    catalog_data["services"][0]["windows"] = ["nope"]
    with pytest.raises(CatalogError):
        store.replace(save(tmp_path, catalog_data))
    assert store.current is good
    catalog_data["services"][0]["windows"] = [catalog_data["windows"][0]["id"]]
    catalog_data["hall"]["floors"] = [dict(f, map=None) for f in catalog_data["hall"]["floors"]]
    catalog_data["services"][0]["name"] = "新的名字"
    store.replace(save(tmp_path, catalog_data, "new.json"))
    assert store.current.catalog.services[0].name == "新的名字"
    assert store.rollback() and store.current is good


def test_cli_validate_reports_every_problem(tmp_path: Path, catalog_data: dict, demo_catalog_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "kiosk", "catalog", "validate", str(demo_catalog_path)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout
    catalog_data["services"][12]["windows"] = ["B9-nope"]
    catalog_data["services"][13]["department"] = "nope"
    result = subprocess.run([sys.executable, "-m", "kiosk", "catalog", "validate", str(save(tmp_path, catalog_data))],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert 'services[12].windows[0]: unknown window "B9-nope"' in result.stderr
    assert 'services[13].department: unknown department "nope"' in result.stderr


def test_schema_describes_the_format() -> None:
    schema = json_schema()
    assert {"schema_version", "hall", "departments", "windows", "services"} <= set(schema["required"])
    service = schema["$defs"]["Service"]["properties"]
    for key in ("materials", "windows", "queue_prefix", "time_limit", "fee", "appointment", "online", "updated"):
        assert key in service
    result = subprocess.run([sys.executable, "-m", "kiosk", "catalog", "schema"], capture_output=True, text=True,
                            timeout=60)
    assert json.loads(result.stdout)["title"] == "HallGuide hall catalog"
