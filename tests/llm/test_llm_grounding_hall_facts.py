"""The hall's own facts restated: queue prefixes, the address's house number, entrance floors, the hours
of several days named together, a weekday right before a clock time, English floors "Level N".

Sentences written for this file (not from any evaluation set); the hall and entries are built here.
"""

from __future__ import annotations

import pytest

from kiosk.llm import facts
from kiosk.llm.hall_facts import HallFacts
from kiosk.llm.hours import OpeningRules

_FLOORS = (("一楼（滨河路入口层）", "Level 1 (Binhe Road entrance)"), ("二楼", "Level 2"),
           ("三楼（青松街入口层）", "Level 3 (Qingsong Street entrance)"))
_SOURCE = "某市政务服务中心 地址：某市滨河路88号（下层入口）／青松街9号 88 Binhe Rd / 9 Qingsong St"


@pytest.fixture(scope="module")
def hall() -> HallFacts:
    return HallFacts.build(["H", "K"], _SOURCE, _FLOORS)


@pytest.mark.parametrize("sentence", [
    "请取H字头的号，到户政窗口。", "取K号后等待叫号。", "中心在滨河路88号。", "The centre is at 88 Binhe Road.",
    "户政窗口在一楼，也就是滨河路入口层。", "三楼是青松街入口层。", "Take the lift to Level 3, the Qingsong Street entrance level.",
    "从滨河路进门，坐电梯到三楼。",
])
def test_the_halls_own_facts_pass(hall: HallFacts, sentence: str) -> None:
    assert hall.check(sentence) == []


@pytest.mark.parametrize("sentence", [
    "请取J字头的号。", "Take a ticket starting with J.", "中心在滨河路86号。", "The centre is at 86 Binhe Road.",
    "户政窗口在一楼，也就是青松街入口层。", "三楼是滨河路入口层。", "Level 2 is the Binhe Road entrance level.",
])
def test_the_halls_facts_restated_wrongly_are_caught(hall: HallFacts, sentence: str) -> None:
    assert hall.check(sentence)


def test_a_weekday_right_before_a_clock_time_stays_apart() -> None:
    """周五8:30 is Friday at 8:30, not 58:30."""
    assert facts.numeric("周五8:30") == "周5 8:30"
    assert 510 in {t for t, _ in facts.clock_mentions("周一至周五8:30–12:00")}


def test_a_time_said_of_several_days_must_hold_on_each() -> None:
    rules = OpeningRules.build([("周一至周五 9:00–12:00、13:30–17:30；周六 9:00–12:00", (), False)], [])
    assert rules.check("周一至周六 9:00–12:00 都可以来。") == []
    assert rules.check("Open Monday to Saturday, 9:00 to 17:30.")
    assert rules.check("周一至周五8:30开门。")


def test_english_hours_restrictions_match_whole_words() -> None:
    """"ID/hukou windows only" does not open Saturday to the Housing Provident Fund ("id" in "provident")."""
    hours = [("Mon–Fri 9:00–17:00; Sat 9:00–12:00 (ID/hukou windows only)", ("Housing Provident Fund",), False)]
    assert OpeningRules.build(hours, []).check("Open on Saturday morning.")


def test_level_n_is_a_floor() -> None:
    assert facts.floors("Company registration is on Level 2.") == {2}


def test_a_clause_with_a_word_of_another_cited_services_name_moves_to_it() -> None:
    """"…，遗失补领是40元" after 首次申领 is about 遗失补领 (its fee checked against its entry, not the first's)."""
    from pathlib import Path

    from kiosk.catalog import load_catalog
    from kiosk.llm.checker import GroundingChecker
    from kiosk.llm.prompt import Grounding

    catalog = load_catalog(Path(__file__).resolve().parents[1] / "data" / "blind11_hall19" / "catalog.json").catalog
    services = [catalog.service("HZ-SFZ-01"), catalog.service("HZ-SFZ-03")]
    checker = GroundingChecker(Grounding.build([s for s in services if s], "", "zh", catalog), hall=catalog.hall)
    assert checker.check("身份证首次申领是20元，遗失补领是40元。").ok
    assert not checker.check("身份证首次申领是20元，遗失补领是20元。").ok


def test_two_joined_things_stand_for_the_two_cited_services_they_name() -> None:
    """With three cited, "首次申领和到期换领都是20元" is said of those two, not of 遗失补领 (40元) too."""
    from pathlib import Path

    from kiosk.catalog import load_catalog
    from kiosk.llm.checker import GroundingChecker
    from kiosk.llm.prompt import Grounding

    catalog = load_catalog(Path(__file__).resolve().parents[1] / "data" / "blind11_hall19" / "catalog.json").catalog
    services = [catalog.service(i) for i in ("HZ-SFZ-01", "HZ-SFZ-02", "HZ-SFZ-03")]
    checker = GroundingChecker(Grounding.build([s for s in services if s], "", "zh", catalog), hall=catalog.hall)
    assert checker.check("身份证首次申领和到期换领都是20元。").ok
    assert not checker.check("身份证首次申领和遗失补领都是20元。").ok


def test_required_appointment_and_a_photo_taken_on_site() -> None:
    """"不接受现场取号" does not waive the appointment it requires; "照片可以现场拍" is the entry's 照相回执
    (可现场拍照), not a new material."""
    from pathlib import Path

    from kiosk.catalog import load_catalog
    from kiosk.llm.checker import GroundingChecker
    from kiosk.llm.prompt import Grounding

    catalog = load_catalog(Path(__file__).resolve().parents[1] / "data" / "blind11_hall19" / "catalog.json").catalog

    def check(service_id: str, sentence: str) -> bool:
        service = catalog.service(service_id)
        assert service is not None
        return GroundingChecker(Grounding.build([service], "", "zh", catalog), hall=catalog.hall).check(sentence).ok

    assert not check("MZ-JH", "结婚登记一定要预约，不接受现场取号。")
    assert check("HZ-SFZ-02", "带上原身份证就行，照片可以现场拍。")


def test_one_sexs_age_said_of_both_partners() -> None:
    """男22、女20 in the entries: "双方年满22周岁" / "both at least 22" is one side's age said of both."""
    from kiosk.llm.checker import _both_ages

    source = "男方年满22周岁、女方年满20周岁"
    assert _both_ages("结婚要求双方年满22周岁。", source) and _both_ages("Both partners must be at least 22.", source)
    assert not _both_ages("男方年满22周岁、女方年满20周岁，双方都没有配偶。", source)
    assert not _both_ages("双方年满18周岁。", "双方年满18周岁")


def test_issued_on_the_spot_is_done_on_the_spot() -> None:
    """当场核发 / 当场发照 claim the same as 当场办结."""
    assert facts.immediate("食品经营许可当场核发") and facts.immediate("当场发照")
    assert not facts.immediate("需现场核查经营场所")
