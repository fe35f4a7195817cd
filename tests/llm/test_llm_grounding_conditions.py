"""Conditions and cross-service facts: ages, grades, dates, photo attributes, who must come, channels,
what the entries forbid or require, and facts of one cited service stated for another.

A small hall of its own (not the demo catalog, not a helper-written set): the rules must hold on a
catalog they were not tuned on.
"""

from __future__ import annotations

import pytest
from llm_support import grounding_problems as check

from kiosk.catalog import Catalog
from kiosk.llm.conditions import ages, dates, grades

HALL_THREE = {
    "schema_version": 1,
    "hall": {
        "id": "third-hall", "name": "松江镇综合服务站", "hours": "周一至周五 9:00–17:00", "phone": "0512-6600 7788",
        "floors": [{"id": "1F", "name": "一楼"}, {"id": "2F", "name": "二楼"}],
        "kiosk": {"floor": "1F", "x": 0.5, "y": 0.9},
    },
    "departments": [{"id": "welfare", "name": "社会福利"}, {"id": "civil", "name": "民政"}, {"id": "tax", "name": "税务"}],
    "windows": [
        {"id": "F01", "floor": "1F", "zone": "F区", "x": 0.2, "y": 0.3, "label": "福利"},
        {"id": "F02", "floor": "1F", "zone": "F区", "x": 0.3, "y": 0.3, "label": "福利"},
        {"id": "G05", "floor": "2F", "zone": "G区", "x": 0.6, "y": 0.4, "label": "民政"},
        {"id": "G08", "floor": "2F", "zone": "G区", "x": 0.7, "y": 0.4, "label": "税务"},
    ],
    "services": [
        {
            "id": "elder", "name": "尊老金申领", "department": "welfare",
            "summary": "年满85周岁的本镇户籍老人按月领取尊老金。居住满12个月的才可申领。",
            "summary_en": "Local residents aged 85 and over are paid a monthly allowance.",
            "conditions": ["年满85周岁", "本镇户籍"],
            "materials": [{"name": "老人身份证", "original": True}, {"name": "一寸蓝底照片", "original": True}],
            "windows": ["F01"], "queue_prefix": "F", "time_limit": "15个工作日（材料需核实的最长30个工作日）",
            "fee": "免费",
            "online": "无网上办理渠道，须本人或家属到窗口",
        },
        {
            "id": "care", "name": "助残补贴申请", "department": "welfare",
            "summary": "一级、二级残疾人可申请助残补贴。",
            "conditions": ["残疾等级为一、二级"],
            "materials": [{"name": "残疾人证", "original": True}],
            "windows": ["F02"], "queue_prefix": "F", "time_limit": "当场受理，10个工作日审核",
            "fee": "首次申领免费；证明遗失补开5元",
            "notes": "补贴只打入本人账户，不得代领。二级残疾人续领无需复评。",
        },
        {
            "id": "adopt", "name": "收养登记", "department": "civil",
            "summary": "收养人夫妻双方共同到场办理，当场发证。",
            "summary_en": "Both adoptive parents come together; no household register is needed.",
            "conditions": ["收养人年满30周岁", "夫妻双方共同到场"],
            "materials": [{"name": "收养申请书", "original": True}, {"name": "体检证明", "original": True}],
            "windows": ["G05"], "queue_prefix": "G", "time_limit": "即时办结", "fee": "免费",
        },
        {
            "id": "annual", "name": "个税年度汇算（现场辅导）", "department": "tax",
            "summary": "每年3月1日至6月30日提供现场辅导。",
            "materials": [{"name": "本人银行卡", "original": True}],
            "windows": ["G08"], "queue_prefix": "G", "time_limit": "当场完成申报", "fee": "免费",
        },
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def third_hall() -> Catalog:
    """The third hall."""
    return Catalog.model_validate(HALL_THREE)


def test_condition_facts_are_read_in_every_spelling() -> None:
    """Ages, grades and dates are numbers of their own kind, in Chinese or Arabic numerals."""
    assert ages("年满八十五周岁的老人") == {85}
    assert ages("children under 6") == {6}
    assert grades("残疾等级为一、二级") == {1, 2}
    assert grades("一至四级") == {1, 2, 3, 4}
    assert dates("三月一日到六月三十号") == {(3, 1), (6, 30)}


@pytest.mark.parametrize(
    ("ids", "sentence"),
    [
        ("elder", "八十五周岁以上的本镇户籍老人可以领尊老金。"),
        ("elder", "尊老金没有网上办理渠道，要到F01窗口。"),
        ("elder", "请带一张蓝底的一寸照片。"),
        ("care", "一级和二级残疾人可以申请，补贴不能代领。"),
        ("adopt", "收养人要年满三十周岁，夫妻双方一起到场。"),
        ("adopt", "收养登记当场就能发证。"),
        ("annual", "现场辅导在每年3月1日至6月30日。"),
        ("elder,adopt", "尊老金在一楼F01窗口办理，15个工作日。"),
        ("elder,adopt", "收养登记在G05窗口，带收养申请书和体检证明。"),
        ("care", "二级残疾人续领无需复评，一级的也在F02窗口申请。"),
        ("elder", "Older people aged 85 and over with local hukou can claim it."),
        ("annual", "Help is offered from 1 March to 30 June each year."),
        ("elder", "尊老金15个工作日办好，大厅周一至周五9:00–17:00开放。"),
        ("elder", "尊老金按月发放，要在本镇居住满一年。"),
        ("care", "首次申请助残补贴不收费，证明丢了补开5元。"),
        ("elder", "Bring one blue-background 1-inch photo; the allowance is paid monthly."),
        ("elder", "尊老金一般15个工作日，要核实材料的最长30个工作日。"),
        ("elder", "尊老金不收任何费用。"),
    ],
)
def test_faithful_conditions_pass(third_hall: Catalog, ids: str, sentence: str) -> None:
    """What the entries state, in other words, passes."""
    assert check(third_hall, ids, sentence) == ()


@pytest.mark.parametrize(
    ("ids", "sentence", "kind"),
    [
        ("elder", "年满八十周岁就可以领尊老金。", "age"),
        ("care", "一至三级残疾人都能申请助残补贴。", "grade"),
        ("annual", "现场辅导只在每年4月1日至5月31日。", "date"),
        ("elder", "请带一张白底一寸照片。", "photo background"),
        ("elder", "请带两张二寸照片。", "photo size"),
        ("adopt", "收养登记一方到场就可以办。", "one party"),
        ("elder", "尊老金可以在网上申请。", "online"),
        ("elder", "尊老金审核通过后邮寄到家。", "sent by post"),
        ("care", "补贴可以由家属代领。", "forbidden"),
        ("adopt", "收养人配偶不需要到场。", "waives"),
        ("adopt", "收养人年满25周岁就可以。", "age"),
        ("elder,adopt", "收养登记在G05窗口，需要15个工作日。", "duration"),  # the 15 days are the elder's
        ("elder,adopt", "收养登记还要带老人身份证。", "material"),  # the elder's document
        ("elder,care", "助残补贴在F02窗口办理，收费20元。", "fee"),
        ("care", "二级残疾人续领也需要复评。", "requires"),
        ("elder", "Older people aged 80 and over can claim it.", "age"),
        ("elder", "尊老金一次性发放。", "paid"),
        ("elder", "外地户口的老人也可以领尊老金。", "residence"),
        ("adopt", "只有本地户口才能办收养登记。", "residence"),
        ("care", "首次办助残补贴要5元。", "fee"),
        ("elder", "尊老金大概一个礼拜就办好。", "duration"),
        ("elder", "尊老金审核要两周。", "duration"),
        ("elder", "The allowance is paid once a year.", "paid"),
        ("elder", "Bring two white-background photos.", "photo background"),
        ("adopt", "You also need your household register.", "material"),
        ("elder", "尊老金一般30个工作日办好。", "duration"),  # 30 days is the longest, not the usual
        ("elder", "领尊老金要交工本费。", "says a fee"),
    ],
)
def test_invented_conditions_are_caught(third_hall: Catalog, ids: str, sentence: str, kind: str) -> None:
    """A condition the entries do not state, or a fact of another cited service, is a problem."""
    problems = check(third_hall, ids, sentence)
    assert problems, sentence
    assert any(p.startswith(kind) for p in problems), problems
