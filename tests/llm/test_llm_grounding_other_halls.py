"""The grounding check on a hall whose windows are not named like the demo hall's (``ck1-01``): its own
window ids in any spelling, another of its windows as an invention, and an app named after 或者.

Sentences written for this file (not from any evaluation set); the catalog is a development hall's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog import load_catalog
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.hall_windows import HallWindows
from kiosk.llm.prompt import Grounding

HALL9 = Path(__file__).resolve().parents[1] / "data" / "blind4_hall9" / "catalog.json"


@pytest.fixture(scope="module")
def checker() -> GroundingChecker:
    catalog = load_catalog(HALL9).catalog
    service = catalog.service("k9-hz-sfzbl")
    assert service is not None
    return GroundingChecker(Grounding.build([service], "", "zh", catalog), hall=catalog.hall)


@pytest.mark.parametrize(
    "sentence",
    [
        "身份证丢了可以到ck1-01窗口申请补领，需要带户口簿。",
        "请到CK1 01号窗口办理补领。",
        "补领请到 ck1-1 窗口。",
        "您也可以在“i深圳”App或者广东政务服务网上办理。",
    ],
)
def test_the_halls_own_window_ids_and_apps_pass(checker: GroundingChecker, sentence: str) -> None:
    """The cited window in the hall's own spelling (or a variant of it) and the entry's app pass."""
    assert checker.check(sentence).ok, checker.check(sentence).problems


@pytest.mark.parametrize("sentence", ["补领身份证请到ck1-05窗口。", "补领请去 CK2-03 号窗口办理。"])
def test_another_window_of_the_hall_is_an_invention(checker: GroundingChecker, sentence: str) -> None:
    """A real window of the hall that the cited entry does not list is caught."""
    result = checker.check(sentence)
    assert not result.ok and any(p.startswith("window") for p in result.problems)


def test_hall_windows_blank_mentions_and_name_the_uncited() -> None:
    """Every mention is blanked; only the uncited ones are reported, by their catalog id."""
    windows = HallWindows(["B1-D01", "B1-D02", "1A01"], ["B1-D01"])
    text, uncited = windows.split("先去b1 d1，再去B1-D02，最后1A01")
    assert "D1" not in text.upper().replace("#", "") and uncited == ["B1-D02", "1A01"]


def test_amounts_in_ten_thousands_are_one_amount_in_any_spelling() -> None:
    """10万元, 十万元 and 100000元 are the same amount (the entry's threshold, not a new fee)."""
    from kiosk.llm import facts

    assert facts.fees("月销售额10万元以下") == facts.fees("月销售额十万元以下") == {100000.0}
    assert facts.fees("1.5万元") == {15000.0}


def test_a_shortened_document_name_is_the_entries_document() -> None:
    """"食品证" for 食品经营许可证 names a document the entries list; "卫生许可证" does not."""
    from kiosk.llm.mentions import _abbreviates

    assert _abbreviates("需要食品经营许可证申请书", "食品", "证")
    assert not _abbreviates("需要食品经营许可证申请书", "卫生", "证")


def test_a_clause_that_carries_the_topic_may_name_another_cited_services_window() -> None:
    """"办好退休手续的，可以再到2E01窗口提取公积金": the second clause names no service, so its topic is a guess;
    the window of the other cited service passes there — but not in a clause that names the first service."""
    catalog = load_catalog(Path(__file__).resolve().parents[1] / "data" / "blind4_hall7" / "catalog.json").catalog
    services = [catalog.service("rs.tuixiu"), catalog.service("gjj.tuixiu")]
    checker = GroundingChecker(Grounding.build([s for s in services if s], "", "zh", catalog), hall=catalog.hall)
    assert checker.check("已经在2C01窗口办好退休手续的，可以再到2E01窗口一次性提取公积金余额。").ok
    assert not checker.check("退休手续在2E01窗口办理。").ok


def test_another_cited_services_own_product_is_not_a_material() -> None:
    """A clause naming the tax record and the housing-fund certificate: the certificate is the other cited
    service's product, not an invented material of the tax service; a name cut after 如果 is no document."""
    catalog = load_catalog(Path(__file__).resolve().parents[1] / "data" / "blind4_hall7" / "catalog.json").catalog
    services = [catalog.service(i) for i in ("rs.zhengming", "gjj.zhengming", "sw.wanshui")]
    grounding = Grounding.build([s for s in services if s], "", "zh", catalog)
    checker = GroundingChecker(grounding, hall=catalog.hall)
    sentence = "公积金缴存证明和个税纳税记录都可以在窗口开，只需要身份证。"
    assert not [p for p in checker.check(sentence).problems if "积金缴存证明" in p]


def test_function_words_before_a_suffix_start_no_document() -> None:
    """这些证据, 可以用来证明, 带上有回执…: no document is named by those words."""
    from kiosk.llm.mentions import Mentions

    mentions = Mentions("需提供身份证、工资条、考勤记录、数码相片回执、劳动合同")
    for sentence in ("工资条、考勤记录这些证据有的话尽量带上。", "这些都可以用来证明劳动关系", "就得带上有回执编号的数码相片回执"):
        assert mentions.unknown_documents(sentence) == [], sentence
    assert mentions.unknown_documents("还要带结婚证") == ["结婚证"]


def test_a_verb_before_a_word_and_everyday_spellings_are_not_novel() -> None:
    """办 + 随迁, 缴 + 满, 办张 (a measure word), 坐车 for 乘车, 代为 for 代办, 免交 for 无需: no invented words."""
    from kiosk.llm.novelty import NovelContent

    content = NovelContent.build("子女可为父母办理随迁入户；社保缴纳满5年；急需乘车可办临时身份证；可委托家属代办；无需准迁证。")
    for sentence in ("可以给父母办随迁入户", "要在本市社保缴满五年", "要坐车的话可以办张临时身份证",
                     "可以由家属代为办理", "准迁证可以免交"):
        assert content.unsupported(sentence) == [], sentence
    assert content.unsupported("还需要到疾控中心体检") != []


HALL16 = Path(__file__).resolve().parents[1] / "data" / "blind10_hall16" / "catalog.json"


@pytest.fixture(scope="module")
def pair_checker() -> GroundingChecker:
    catalog = load_catalog(HALL16).catalog
    services = [catalog.service("sc-sp-01"), catalog.service("wj-gg-01")]
    assert all(services)
    return GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)


def test_a_bracket_after_a_name_is_that_services_own(pair_checker: GroundingChecker) -> None:
    """"A（its window）和 B（its window）都…": each bracket is read against the service it follows, not
    said of both; brackets swapped are caught. A zone written with 区 added is the entry's zone."""
    assert pair_checker.check("公共场所卫生许可（C06窗口）和食品经营许可（C03窗口）都不收费。").ok
    swapped = pair_checker.check("公共场所卫生许可（C03窗口）和食品经营许可（C06窗口）都不收费。")
    assert not swapped.ok and "window C03 (for wj-gg-01)" in swapped.problems
    assert pair_checker.check("公共场所卫生许可请到三层西区民生服务区的C06窗口办理。").ok
