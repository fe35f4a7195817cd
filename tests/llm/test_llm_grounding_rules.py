"""Grounding rules that need more than a set of numbers: the case a fee belongs to, which windows open on
Saturday, a service's own hours, a floor next to a window, documents the entries say are not needed.

A hall of its own (not the demo catalog, not the helper-written sets), so the rules are shown to hold
for a catalog they were not tuned on.
"""

from __future__ import annotations

import pytest
from llm_support import grounding_problems as check

from kiosk.catalog import Catalog

HALL_TWO = {
    "schema_version": 1,
    "hall": {
        "id": "second-hall",
        "name": "青湖区便民服务中心",
        "name_en": "Qinghu District Service Centre",
        "hours": "周一至周五 8:30–12:00、13:30–17:30；周六 9:00–12:00（车管、医保窗口）；法定节假日休息",
        "hours_en": "Mon–Fri 8:30–12:00, 13:30–17:30; Sat 9:00–12:00 (vehicle and medical insurance windows only); "
        "closed on public holidays",
        "phone": "0571-8800 1234",
        "floors": [{"id": "1F", "name": "一楼", "name_en": "First floor"}, {"id": "2F", "name": "二楼"}],
        "kiosk": {"floor": "1F", "x": 0.5, "y": 0.9},
    },
    "departments": [
        {"id": "vehicle", "name": "车辆管理", "name_en": "Vehicle Administration"},
        {"id": "medical", "name": "医疗保险", "name_en": "Medical Insurance"},
        {"id": "civil", "name": "民政婚姻", "name_en": "Civil Affairs and Marriage"},
    ],
    "windows": [
        {"id": "D01", "floor": "1F", "zone": "D区 车管", "x": 0.2, "y": 0.3, "label": "车管"},
        {"id": "D02", "floor": "1F", "zone": "D区 车管", "x": 0.3, "y": 0.3, "label": "车管"},
        {"id": "E07", "floor": "2F", "zone": "E区 医保", "x": 0.6, "y": 0.4, "label": "医保"},
        {"id": "E09", "floor": "2F", "zone": "E区 民政", "x": 0.7, "y": 0.4, "label": "婚姻登记"},
    ],
    "services": [
        {
            "id": "plate", "name": "机动车号牌补领", "name_en": "Number plate replacement", "department": "vehicle",
            "summary": "号牌丢失或损坏后补领。",
            "materials": [
                {"name": "机动车登记证书", "original": True},
                {"name": "车主身份证明", "original": True, "note": "居民身份证或护照"},
            ],
            "windows": ["D01", "D02"], "queue_prefix": "D",
            "time_limit": "损坏补领当场办结；丢失补领5个工作日",
            "fee": "首次补领免费；再次补领每副100元",
        },
        {
            "id": "reimburse", "name": "异地就医报销", "name_en": "Out-of-town medical reimbursement",
            "department": "medical",
            "summary": "在外地就医后回本地报销。",
            "materials": [
                {"name": "医疗费用发票", "original": True},
                {"name": "出院小结或诊断证明", "original": True, "note": "门诊报销只需诊断证明"},
                {"name": "社保卡", "original": True},
            ],
            "windows": ["E07"], "queue_prefix": "E",
            "time_limit": "受理后15个工作日内到账，材料需补正的可延长10个工作日",
            "fee": "免费",
        },
        {
            "id": "wedding", "name": "婚姻登记", "name_en": "Marriage registration", "department": "civil",
            "summary": "双方一同到场登记，当场发证。自今年起不再需要户口簿。",
            "hours": "周二至周五 9:00–11:30、14:00–16:30（周一及周六不办理）",
            "hours_en": "Tue–Fri 9:00–11:30, 14:00–16:30 (not handled on Mondays or Saturdays)",
            "materials": [{"name": "双方身份证", "name_en": "Both partners' ID cards", "original": True}, {"name": "双方合影照片", "copies": 2}],
            "windows": ["E09"], "queue_prefix": "E", "time_limit": "即时办结", "fee": "免费",
        },
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def second_hall() -> Catalog:
    """The second hall."""
    return Catalog.model_validate(HALL_TWO)


@pytest.mark.parametrize(
    ("ids", "sentence"),
    [
        ("plate", "第一次补领号牌是免费的，第二次起每副100元。"),
        ("plate", "再次补领号牌每副一百元。"),
        ("plate", "号牌损坏的当场就能补好，丢了的要5个工作日。"),
        ("plate", "车管窗口周六上午九点到十二点也开。"),
        ("plate", "On Saturdays the vehicle windows are open 9:00–12:00."),
        ("plate", "号牌补领在一楼D01或D02窗口。"),
        ("plate", "带上机动车登记证书和车主的身份证明。"),
        ("reimburse", "报销款受理后15个工作日内到账；要补材料的可以延长10个工作日。"),
        ("reimburse", "门诊报销带发票、诊断证明和社保卡就可以。"),
        ("reimburse", "住过院的带出院小结。"),
        ("reimburse", "医保窗口在二楼E07。"),
        ("wedding", "婚姻登记周二到周五上午9点到11点半办理。"),
        ("wedding", "现在登记结婚不需要户口簿了。"),
        ("wedding", "You receive the marriage certificate on the spot."),
        ("wedding", "婚姻登记窗口周一和周六不办理。"),
        ("reimburse,wedding", "法定节假日大厅休息。"),
    ],
)
def test_faithful_sentences_pass(second_hall: Catalog, ids: str, sentence: str) -> None:
    """What the entries say, in other words, passes."""
    assert check(second_hall, ids, sentence) == ()


@pytest.mark.parametrize(
    ("ids", "sentence", "kind"),
    [
        ("plate", "第一次补领号牌要交100元。", "fee"),  # the 100 yuan is for a second replacement
        ("plate", "首次补领每副收100元。", "fee"),
        ("plate", "号牌丢失补领当场办结。", "duration"),  # only a damaged plate is done on the spot
        ("plate", "丢失补领要当场办结，损坏的5个工作日。", "duration"),
        ("reimburse", "报销款受理后10个工作日内到账。", "duration"),  # 10 days is the extension
        ("wedding", "婚姻登记周六上午也可以办。", "day"),  # marriage has its own hours
        ("wedding", "婚姻登记周一上午9点开始办理。", "day"),
        ("wedding", "婚姻登记下午一直办到5点半。", "time"),
        ("reimburse", "医保窗口中午也不休息。", "lunch"),
        ("reimburse", "国庆假期医保窗口照常办理。", "holiday"),
        ("reimburse", "医保报销在一楼的E07窗口。", "floor"),  # E07 is on the second floor
        ("plate", "号牌补领在2F的D02窗口。", "floor"),
        ("wedding", "登记结婚还要带户口簿原件。", "material"),  # the entries say it is no longer needed
        ("reimburse", "报销还要带单位出具的介绍信。", "material"),
        ("reimburse", "需要带社区出具的证明。", "material"),
        ("reimburse", "You can also claim on the Qinghu Health mini-program.", "name"),
        ("plate", "大厅周六下午2点到5点也开放。", "time"),
        ("reimburse", "报销比例是90%。", "percent"),
    ],
)
def test_inventions_are_caught(second_hall: Catalog, ids: str, sentence: str, kind: str) -> None:
    """A fact the entries do not give — or give for another case, day or window — is a problem."""
    problems = check(second_hall, ids, sentence)
    assert problems, f"{sentence!r} passed ({kind})"


def test_a_free_first_replacement_is_not_read_as_free_in_general(second_hall: Catalog) -> None:
    """"免费" bound to 首次补领 does not make "再次补领免费" true."""
    assert check(second_hall, "plate", "再次补领号牌也是免费的。")


def test_courtesy_lines_are_not_facts(second_hall: Catalog) -> None:
    """Polite English lines ("feel free", "your application") name no fee, app or document."""
    for line in ("Feel free to ask me anything else.", "Good luck with your application!"):
        assert check(second_hall, "reimburse", line) == ()


ALL_THREE = "plate,reimburse,wedding"


@pytest.mark.parametrize(
    "sentence",
    [
        "机动车号牌补领请到E07窗口。",  # E07 is the reimbursement window
        "异地就医报销每副100元。",  # 100 yuan is the plate's fee
        "婚姻登记在二楼E07窗口。",  # E07 is the reimbursement window
    ],
)
def test_a_sentence_naming_one_cited_service_is_read_against_its_entry(second_hall: Catalog, sentence: str) -> None:
    """With three services cited, a window or fee of another cited service does not support the named one."""
    assert check(second_hall, ALL_THREE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "机动车号牌补领在D01窗口，异地就医报销在二楼E07窗口。",
        "婚姻登记即时办结，异地就医报销15个工作日内到账。",
        "这几项都在大厅办理，免费的请直接取号。",
        "补领号牌后15个工作日内，异地就医的报销款也会到账。",
    ],
)
def test_sentences_naming_several_or_no_service_use_them_all(second_hall: Catalog, sentence: str) -> None:
    """Facts of the services a sentence names (or of all cited ones when it names none) pass."""
    assert check(second_hall, ALL_THREE, sentence) == ()


def test_a_fact_said_of_each_named_service_must_hold_for_each(second_hall: Catalog) -> None:
    """"都在E07窗口" / "both at E07" of two named services: E07 is the reimbursement's window only; said
    respectively (分别) or of one service, each fact is read against its own service."""
    both = "plate,reimburse"
    assert check(second_hall, both, "机动车号牌补领和异地就医报销都在E07窗口办理。")
    assert check(second_hall, both, "Number plate replacement and out-of-town medical reimbursement are both at E07.")
    assert check(second_hall, both, "机动车号牌补领和异地就医报销分别在D01和E07窗口办理。") == ()
    assert check(second_hall, both, "机动车号牌补领在D01窗口，异地就医报销在E07窗口，都不用预约。") == ()


def test_a_reduction_the_entries_do_not_give_is_caught(second_hall: Catalog) -> None:
    """"减半" / "half price" are facts about the fee too."""
    assert check(second_hall, "plate", "再次补领每副100元，老人减半。")
    assert check(second_hall, "plate", "Seniors pay half price for a second replacement.")


def test_a_floor_elsewhere_in_the_sentence_is_not_paired_with_a_window(second_hall: Catalog) -> None:
    """Each floor is paired with the window it is written next to, not with every window of the sentence."""
    both = "plate,reimburse"
    assert check(second_hall, both, "先到一楼D01窗口交号牌材料，报销再上二楼找E07窗口。") == ()
    assert check(second_hall, both, "Go to window D01 on the first floor, then to E07 on the second floor.") == ()
    assert check(second_hall, both, "先到二楼D01窗口交号牌材料。")


def test_original_or_copy_as_the_entries_ask(second_hall: Catalog) -> None:
    """A copy where the original is asked for, "no original needed", or another number of copies is caught."""
    assert check(second_hall, "reimburse", "医疗费用发票带复印件就行，不用原件。")
    assert check(second_hall, "wedding", "Bring a photocopy of both ID cards.")
    assert check(second_hall, "wedding", "双方合影照片交三份复印件。")
    assert check(second_hall, "wedding", "双方合影照片交两份复印件。") == ()
    assert check(second_hall, "reimburse", "请带上医疗费用发票原件和社保卡。") == ()


def test_times_are_read_with_the_days_of_their_clause(second_hall: Catalog) -> None:
    """"Saturday 9–12, on weekdays until 17:30" pairs each time with the days written before it."""
    assert check(second_hall, "plate", "车管窗口周六上午9点到12点开放，平时下午5点半下班。") == ()
    assert check(second_hall, "plate", "车管窗口周六上午9点开门，下午5点半下班。")
