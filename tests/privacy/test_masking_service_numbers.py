"""Numbers that belong to a parcel, an invoice, a contract or a register are not personal; names that the
masker used to miss or over-mask: a one-character given name standing alone, a dotted transliterated
name after 我是, a surname given on its own.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    "text",
    [
        "顺丰运单号1392045817736，显示已签收",
        "发票代码1350221840127，想问能不能报销",
        "租房合同编号HT-QH-2024-01562，备案用的",
        "公司注册号330106204817552已经作废了",
        "回执编号是QH7304418826，在哪查进度",
        "房产证上写的是浙(2022)杭州市不动产权第0048211号",
        "他姓陈，我们下午再来",
    ],
)
def test_non_personal_numbers_and_lone_surnames_are_kept(text: str) -> None:
    """A service or register number after its label, and a surname on its own, pass unchanged."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("快递单号旁边写着我的身份证330106199003074517", "330106199003074517"),
        ("本人邓军，电话13957120468", "邓军"),
        ("本人邓军，电话13957120468", "13957120468"),
        ("你好我是阿依古丽·买买提，来补办社保卡", "阿依古丽·买买提"),
        ("我姓欧阳，叫欧阳晓岚", "欧阳晓岚"),
    ],
)
def test_personal_data_is_still_masked(text: str, secret: str) -> None:
    """IDs after another label, one-character given names and dotted names are masked."""
    assert secret not in mask_pii(text, ())


def test_a_whole_id_number_after_a_service_label_is_masked() -> None:
    """A valid ID number stays personal whatever label precedes it."""
    masked = mask_pii("订单号330106199003074517", ())
    assert "330106199003074517" not in masked and "[身份证号]" in masked
