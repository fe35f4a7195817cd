"""The grounding check on process steps and eligibility: appointment, visiting the hall, coming in person,
a step first, an optional material made required, minimum ages, both parties, local hukou only,
thresholds, all year, everyone on the spot, where a place is. Rules are read from the entries' own
fields, so the plain-text cases below stand for any hall."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_llm_grounding_bank import checker_for, demo, load_bank, misjudged

from kiosk.catalog import Catalog
from kiosk.llm.eligibility import Eligibility, quantities
from kiosk.llm.placement import place_floors, place_problems
from kiosk.llm.process import ProcessRules

__all__ = ["demo"]

BANK = Path(__file__).resolve().parent / "data" / "grounding_process.tsv"


def test_process_bank(demo: Catalog) -> None:  # noqa: F811
    """Every invented process step or condition of the bank is caught; no faithful sentence is replaced."""
    rows = load_bank(BANK)
    assert sum(r["label"] == "invented" for r in rows) >= 40 and sum(r["label"] == "faithful" for r in rows) >= 60
    assert misjudged(demo, rows) == []


def _material(name: str, note: str = "", required: bool = True) -> SimpleNamespace:
    return SimpleNamespace(name=name, name_en="", note=note, note_en="", required=required)


_SOURCE = (
    "可通过App预约，也可现场取号。委托他人代办的，提供委托书。可在网上申请。"
    "一次性发放。年满18周岁的可申请；未满18周岁的可由监护人陪同申请。夫妻至少一方为本地户籍或持本地居住证。"
)


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("必须先预约才能办理。", True),
        ("You must book an appointment first.", True),
        ("可以预约，也可以直接取号。", False),
        ("必须本人到场，不能代办。", True),
        ("家人可以凭委托书代办。", False),
        ("必须先开好单位介绍信才能申请。", True),
        ("必须先带齐公证书才能受理。", True),
        ("继承的必须带公证书。", False),
    ],
)
def test_process_rules(sentence: str, caught: bool) -> None:
    """Process claims against entries that make booking optional, accept an agent and list an optional
    notarised certificate for inheritance."""
    services = [SimpleNamespace(materials=[_material("身份证"), _material("继承公证书", "继承时提供", required=False)])]
    rules = ProcessRules.build(_SOURCE + "身份证。继承公证书，继承时提供。", services)
    assert bool(rules.check(sentence)) is caught, rules.check(sentence)


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("必须年满18周岁才能申请。", True),
        ("年满18周岁的可以申请。", False),
        ("夫妻双方都必须是本地户籍。", True),
        ("只有本地户籍才能办。", True),
        ("本地户籍或持本地居住证的都可以办。", False),
        ("经营面积不少于30平方米。", True),
        ("Applicants need at least 3 employees.", True),
        ("全年都可以办理。", False),
    ],
)
def test_eligibility(sentence: str, caught: bool) -> None:
    """Conditions narrower than the entries' (no period is set, so "all year" is not narrower)."""
    rules = Eligibility.build(_SOURCE)
    assert bool(rules.check(sentence)) is caught, rules.check(sentence)


def test_period_and_on_the_spot() -> None:
    """All year where the entries set a period; everyone on the spot where only some cases are."""
    rules = Eligibility.build("办理期间为每年3月1日至6月30日。符合即办条件的当场办结；其他20个工作日。")
    assert rules.check("全年都可以办理。") and rules.check("所有人都可以当场办结。")
    assert not rules.check("符合即办条件的可以当场办结。")


def test_quantities_fold_units() -> None:
    """1年 = 12个月, 10万元 = 100000元, 20平米 = 20㎡."""
    assert (12.0, "月") in quantities("满1年") and (100000.0, "元") in quantities("10万元")
    assert quantities("20平米") == quantities("20平方米")


def test_place_floors() -> None:
    """A place or device the entries put on a floor, said to be on another."""
    places = place_floors("2F自助区有打印终端；3F档案室。")
    assert place_problems(places, "打印终端在三楼。") and place_problems(places, "档案室在1楼。")
    assert not place_problems(places, "二楼自助区有打印终端。")


def _own_sentences(service: object) -> list[str]:
    """The sentences of an entry's own fields (conditions, summary, notes, appointment, online, time limit,
    fee, material notes, and their English)."""
    texts = [*getattr(service, "conditions", [])]
    for key in ("summary", "notes", "appointment", "online", "time_limit", "fee", "summary_en", "notes_en",
                "appointment_en", "online_en", "time_limit_en"):  # fmt: skip
        value = getattr(service, key, None) or (getattr(service, "model_extra", None) or {}).get(key)
        texts.append(str(value or ""))
    texts += [f"{m.name}：{m.note}" for m in getattr(service, "materials", []) if m.note]
    return [s for t in texts for s in re.split(r"(?<=[。；;])", t) if len(s.strip()) >= 4]


def test_entries_own_sentences_pass() -> None:
    """An answer that repeats an entry's own sentences is faithful: on the demo hall and the helper-written
    halls, at most 0.5% of those sentences are replaced (a few are read as something else)."""
    from kiosk.catalog import load_catalog
    from kiosk.llm.checker import GroundingChecker
    from kiosk.llm.prompt import Grounding

    root = Path(__file__).resolve().parents[2]
    paths = [root / "assets" / "halls" / "demo" / "catalog.json", *sorted((root / "tests" / "data").glob("blind2_hall*/catalog.json"))]
    total, replaced = 0, []
    for path in paths:
        catalog = load_catalog(path).catalog
        for service in catalog.services:
            checker = GroundingChecker(Grounding.build([service], "", "zh", catalog), hall=catalog.hall)
            for sentence in _own_sentences(service):
                total += 1
                if not checker.check(sentence).ok:
                    replaced.append((service.id, sentence))
    assert total > 2000 and len(replaced) <= total * 0.005, replaced


def test_process_bank_other_hall() -> None:
    """The same rules on another hall (blind2_hall5, Changsha): its entries' own fields decide."""
    from kiosk.catalog import load_catalog

    catalog = load_catalog(Path(__file__).resolve().parents[2] / "tests" / "data" / "blind2_hall5" / "catalog.json").catalog
    wrong = []
    for row in load_bank(Path(__file__).resolve().parent / "data" / "grounding_process_hall5.tsv"):
        result = checker_for(catalog, *row["service_ids"].split("|")).check(row["sentence"])
        if result.ok == (row["label"] == "invented"):
            wrong.append((row["label"], row["sentence"], result.problems))
    assert wrong == []
