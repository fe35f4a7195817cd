"""Catalog loading and every validation error, each reported with its place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalog import MAX_CATALOG_BYTES, CatalogError, CatalogStore, json_schema, load_catalog, parse_catalog


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


# -- the schema typed completely (issue 12 item 7) -------------------------------------------------
@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["services"][3].update(fee_en=12), "services[3].fee_en: Input should be a valid string"),
        (lambda d: d["services"][3].update(conditons_en=["x"]), "services[3].conditons_en: unknown field"),
        (lambda d: d["services"][3].update(time_limt="3天"), "services[3].time_limt: unknown field"),
        (lambda d: d["services"][3]["materials"][0].update(note_em="x"),
         "services[3].materials[0].note_em: unknown field"),
        (lambda d: d["windows"][2].update(zone_en=["A"]), "windows[2].zone_en: Input should be a valid string"),
        (lambda d: d["hall"].update(adress_en="x"), "hall.adress_en: unknown field"),
        (lambda d: d.update(schema_version="1"), "schema_version: Input should be a valid integer"),
        (lambda d: d["services"][0]["materials"][0].update(original="yes"), "services[0].materials[0].original"),
        (lambda d: d["hall"]["floors"][0].update(map="../../../etc/passwd"),
         "hall.floors[0].map: Value error, map path must stay inside the catalog's folder"),
        (lambda d: d["hall"]["floors"][1].update(map="/etc/passwd"),
         "hall.floors[1].map: Value error, map path must be relative to the catalog's folder"),
        (lambda d: d["hall"]["floors"][1].update(map="C:\\plans\\f2.svg"), "hall.floors[1].map: Value error, map path"),
        (lambda d: d["services"][4].update(conditions_en=["only one"]), "services[4].conditions_en: 1 items for"),
    ],
)
def test_typed_schema_names_each_problem(catalog_data: dict, mutate, expected: str) -> None:
    """English fields are typed, unknown keys are named, nothing is silently converted."""
    mutate(catalog_data)
    problems = problems_of(catalog_data)
    assert any(expected in problem for problem in problems), problems


def test_english_fields_are_typed_attributes(demo_catalog) -> None:
    """No model_extra: every English field is a declared field."""
    service = demo_catalog.catalog.service("passport")
    assert service.model_extra is None
    assert service.fee_en and service.conditions_en and service.time_limit_en
    assert demo_catalog.catalog.window("A01").zone_en


def test_map_symlink_out_of_the_folder_is_refused(tmp_path: Path, catalog_data: dict) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    folder = tmp_path / "hall"
    folder.mkdir()
    (folder / "plan.svg").symlink_to(outside)
    catalog_data["hall"]["floors"] = [dict(f, map="plan.svg" if i == 0 else None)
                                      for i, f in enumerate(catalog_data["hall"]["floors"])]
    with pytest.raises(CatalogError, match=r'hall.floors\[0\].map: file not found "plan.svg"'):
        load_catalog(save(folder, catalog_data))


def test_cli_validate_names_typos_and_schema_lists_english_fields(tmp_path: Path, catalog_data: dict) -> None:
    catalog_data["services"][3]["conditons_en"] = ["x"]
    catalog_data["services"][3]["fee_en"] = 12
    catalog_data["hall"]["floors"][0]["map"] = "../../../etc/passwd"
    result = subprocess.run([sys.executable, "-m", "kiosk", "catalog", "validate", str(save(tmp_path, catalog_data))],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "services[3].conditons_en: unknown field" in result.stderr
    assert "services[3].fee_en: Input should be a valid string" in result.stderr
    assert "hall.floors[0].map" in result.stderr and "Traceback" not in result.stderr
    schema = json_schema()
    service = schema["$defs"]["Service"]
    assert service["additionalProperties"] is False
    for key in ("fee_en", "conditions_en", "time_limit_en", "summary_en", "hours_en", "online_en", "notes_en"):
        assert key in service["properties"], key
    assert {"walkways", "map"} <= set(schema["$defs"]["Floor"]["properties"])
    assert schema["properties"]["schema_version"]["type"] == "integer"


# -- hostile and odd files (issue 13 item 21) ------------------------------------------------------
def _hostile(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.json"
    if kind == "deep":
        path.write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    elif kind == "deep-object":
        path.write_text('{"a":' * 3000 + "1" + "}" * 3000, encoding="utf-8")
    elif kind == "bigint":
        path.write_text('{"schema_version": ' + "9" * 5000 + "}", encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "huge":
        with path.open("wb") as f:
            f.truncate(MAX_CATALOG_BYTES + 1)
    elif kind == "folder":
        path.mkdir()
    elif kind == "zero":
        return Path("/dev/zero")
    return path


HOSTILE = {
    "deep": "nested more than", "deep-object": "nested more than", "bigint": "5000 digits",
    "fifo": "not a regular file", "zero": "not a regular file", "huge": "larger than 20 MB", "folder": "folder",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_catalog_files_are_refused_plainly(tmp_path: Path, kind: str, capsys) -> None:
    """``kiosk catalog validate`` on each: exit 1 (refused) and one plain reason, nothing raised."""
    from kiosk.cli import main

    assert main(["catalog", "validate", str(_hostile(tmp_path, kind))]) == 1
    err = capsys.readouterr().err
    assert HOSTILE[kind] in err, err
    assert len(err.strip().splitlines()) == 2  # "<file>: 1 problem(s)" and the reason


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_kiosk_keeps_the_last_good_catalog(tmp_path: Path, demo_catalog_path: Path, kind: str) -> None:
    store = CatalogStore(load_catalog(demo_catalog_path))
    good = store.current
    with pytest.raises(CatalogError) as info:
        store.replace(_hostile(tmp_path, kind))
    assert HOSTILE[kind] in str(info.value)
    assert store.current is good and store.previous is None


def test_cli_with_a_hostile_catalog_exits_2(tmp_path: Path) -> None:
    """``kiosk ask`` with a FIFO or /dev/zero as its catalog: one plain message, exit code 2."""
    for path in (_hostile(tmp_path, "fifo"), Path("/dev/zero"), _hostile(tmp_path, "deep")):
        result = subprocess.run([sys.executable, "-m", "kiosk", "ask", "厕所在哪", "--no-llm", "--catalog", str(path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "catalog refused" in result.stderr and "Traceback" not in result.stderr
