"""The hall's own places in the residence rules: read from the catalog's hall entry, never a list in code."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from kiosk.catalog import load_catalog
from kiosk.llm.conditions import Conditions
from kiosk.llm.eligibility import Eligibility
from kiosk.llm.locality import NOWHERE, Locality

ROOT = Path(__file__).resolve().parents[2]


def test_places_of_a_hall_entry() -> None:
    """Province, city and district that the address begins with; English parts and the word before District."""
    hall = SimpleNamespace(name="湖南省长沙市湘溪区政务服务中心", address="湖南省长沙市湘溪区麓枫路188号",
                           name_en="Xiangxi District Government Service Centre, Changsha",
                           address_en="188 Lufeng Road, Xiangxi District, Changsha, Hunan")  # fmt: skip
    places = Locality.of(hall)
    assert set(places.zh) == {"湖南", "长沙", "湘溪"}
    assert {"changsha", "hunan", "xiangxi"} <= set(places.en)
    assert "road" not in " ".join(places.en) and Locality.of(None) == NOWHERE


def test_demo_hall_places_come_from_its_catalog() -> None:
    """The demo hall's city is read from its own address."""
    hall = load_catalog(ROOT / "assets" / "halls" / "demo" / "catalog.json").catalog.hall
    assert "深圳" in Locality.of(hall).zh and "shenzhen" in Locality.of(hall).en


def test_residence_condition_names_the_hall_city() -> None:
    """"长沙户籍" is a residence condition in a Changsha hall, whose entries set none; elsewhere it is not read."""
    source = "申请人须提供身份证。即时办结。"
    changsha = Locality(zh=("长沙",), en=("Changsha",))
    assert "residence condition" in Conditions.build(source, changsha).check("须长沙户籍才能申请。")
    assert "residence condition" in Conditions.build(source, changsha).check("Only Changsha hukou holders may apply.")
    assert "residence condition" not in Conditions.build(source, NOWHERE).check("须长沙户籍才能申请。")


def test_local_only_claim_names_the_hall_city() -> None:
    """"仅限长沙户籍" narrows entries open to residence-permit holders, in the hall of that city."""
    source = "本市户籍或持有本市居住证的人员均可申请。"
    changsha = Locality(zh=("长沙",), en=("Changsha",))
    problem = "local hukou only, entries open it to non-locals"
    assert problem in Eligibility.build(source, changsha).check("仅限长沙户籍的人员申请。")
    assert problem not in Eligibility.build(source, NOWHERE).check("仅限长沙户籍的人员申请。")


def test_sentence_that_keeps_the_service_open_is_not_narrowing() -> None:
    """"本市户籍或者持有居住证的都可以" repeats the entries' openness ("或者持有" spelled out)."""
    source = "本市户籍或持有本市居住证的人员均可申请。"
    changsha = Locality(zh=("长沙",), en=("Changsha",))
    assert Eligibility.build(source, changsha).check("本市户籍人员或者持有长沙居住证的人员都可以申请。") == []


def test_points_threshold_must_be_in_the_entries() -> None:
    """"记分未满12分" is a threshold in points; minutes (30分钟) are not points."""
    rules = Eligibility.build("驾驶证有效期满前90日内换证。工本费10元。")
    assert rules.check("记分未满12分的才可以换证。") == ["threshold 12分"]
    assert rules.check("等候不超过30分钟。") == []


def test_still_valid_where_the_entries_void_it() -> None:
    """"旧证还可以继续使用" where the entries say a found card is no longer valid; not when they say both."""
    void = Conditions.build("原证丢失后找回的不再有效，请交回。")
    assert "still valid, entries void it" in void.check("如果又找到了，旧证还可以继续使用。")
    both = Conditions.build("领取新证前旧证可继续使用；领取新证后旧证作废。")
    assert "still valid, entries void it" not in both.check("新证领到之前，旧证仍然可以使用。")
