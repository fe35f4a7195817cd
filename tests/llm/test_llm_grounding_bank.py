"""The grounding check on the demo hall: a development bank of faithful and invented sentences, and the
spellings of each kind of fact (Chinese numerals, full-width digits, phone numbers, apps, documents)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from kiosk.catalog import Catalog, load_catalog
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.prompt import Grounding

ROOT = Path(__file__).resolve().parents[2]
BANK = Path(__file__).resolve().parent / "data" / "grounding_dev.tsv"


@pytest.fixture(scope="module")
def demo() -> Catalog:
    """The demo hall's catalog."""
    return load_catalog(ROOT / "assets" / "halls" / "demo" / "catalog.json").catalog


def checker_for(catalog: Catalog, *service_ids: str) -> GroundingChecker:
    """A checker for the cited services of the demo hall."""
    services = [s for s in (catalog.service(i) for i in service_ids) if s is not None]
    return GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)


def load_bank(path: Path) -> list[dict[str, str]]:
    """Rows of a grounding bank (service_ids, sentence, label, kind)."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def misjudged(catalog: Catalog, rows: list[dict[str, str]]) -> list[tuple[str, str, object]]:
    """The bank rows the checker gets wrong: an invented sentence passed or a faithful one replaced."""
    wrong = []
    for row in rows:
        ids = [i for i in re.split(r"[,;| ]+", row["service_ids"]) if i]
        result = checker_for(catalog, *ids).check(row["sentence"])
        if result.ok == (row["label"] == "invented"):
            wrong.append((row["label"], row["sentence"], result.problems))
    return wrong


def test_warm_computes_every_service_ahead(demo: Catalog) -> None:
    """warm() fills the per-service cache; a checker built afterwards gives the same verdicts."""
    from kiosk.llm import checker as module

    module._part_facts.cache_clear()
    module.warm(demo)
    assert module._part_facts.cache_info().currsize >= len(demo.services)
    assert not checker_for(demo, "passport").check("办护照请到A08窗口。").ok
    assert checker_for(demo, "passport").check("办护照请到A06窗口。").ok


def test_development_bank(demo: Catalog) -> None:
    """Every invented fact of the development bank is caught; no faithful sentence is replaced."""
    rows = load_bank(BANK)
    assert sum(r["label"] == "invented" for r in rows) >= 30 and sum(r["label"] == "faithful" for r in rows) >= 30
    assert misjudged(demo, rows) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "请到九十九号窗口。",
        "请到Ａ９９窗口。",
        "请到A-99窗口。",
        "请到五楼。",
        "请到５楼。",
        "工本费六十元。",
        "工本费￥６０。",
        "需要三十个工作日。",
        "当天就能办好拿到。",
        "请拨打 0755－8888－1234。",
        "请拨打幺三八零零幺三八零零零。",
        "晚上九点前都可以来。",
        "周日也开放。",
        "登录 www.example.gov.cn 申请。",
        "用支付宝就能办。",
        "在'粤商通'App上申请。",
        "还要带结婚证原件。",
        "Bring your marriage certificate too.",
        "Go to window C12 on the 3rd floor.",
    ],
)
def test_inventions_in_any_spelling_are_caught(demo: Catalog, sentence: str) -> None:
    """Each invented fact is found whatever its spelling (for 居民身份证补领: A01/A02, 1F, 40元, 20 working days)."""
    assert not checker_for(demo, "id-card-reissue").check(sentence).ok


@pytest.mark.parametrize(
    "sentence",
    [
        "请到一楼Ａ０１或A02窗口。",
        "请到一号或二号窗口。",
        "工本费四十元，二十个工作日。",
        "急用可以加急，约七个工作日。",
        "咨询电话0755-2699 8100，或者拨打12345热线。",
        "周一至周五上午九点到十二点，下午两点到六点。",
        "可以在'深圳公安'微信公众号或'i深圳'App预约。",
        "带上户口本和数码相片回执。",
        "Go to window A01 on the first floor; the fee is 40 yuan.",
        "照片可以在窗口现场免费采集。",
    ],
)
def test_faithful_sentences_pass(demo: Catalog, sentence: str) -> None:
    """Facts of the cited entry and the hall's info pass in any spelling."""
    result = checker_for(demo, "id-card-reissue").check(sentence)
    assert result.ok, result.problems
