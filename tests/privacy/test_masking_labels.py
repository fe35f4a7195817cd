"""What the words before a number call it: a thing's identifier (a parcel, a utility account, an exam,
a register entry), an amount, a count, a period or a business hotline is kept; a person's number is
masked whatever label precedes it.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii
from kiosk.privacy.labels import label_kind


@pytest.mark.parametrize(
    "text",
    [
        "水费户号 0031245876 怎么缴",
        "准考证号 202611457832 在哪打印",
        "就诊号是 0047712093",
        "宗地号 K207-0418",
        "提货码 77340219",
        "车辆识别代号的发动机号 408812376",
        "完税证明号码 2441207315093",
        "工单是 2611204417，进度怎么查",
        "开票的时候写的税票号码 4406123377810",
        "银行行号 308584001213 是哪个支行",
        "招标编号 0755-2026-GC-0412",
        "电子发票代码 044032611200，号码 06734219",
        "贷款金额 2350000，月供多少",
        "账户余额 45678.90",
        "今年一共受理 3456789 件",
        "服务了 1234567 人次",
        "统计周期 20260101-20260331",
        "客服 400-613-9088 打不通",
        "复印了 23456789 张",
        "全程 3456789 米",
        "1999-2006 在外地读书",
        "补贴在 3000-6000 之间",
        "首付 128万，够吗",
        "2026030100456 是回执号吗",
        "这个 4455667788 就是我的受理编号",
    ],
)
def test_numbers_of_things_amounts_counts_and_periods_are_kept(text: str) -> None:
    """No personal number in these sentences: nothing is masked."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("登记号码 13912076654", "13912076654"),
        ("预留号码 8765 1234", "8765 1234"),
        ("我的号码是 020-83761234", "83761234"),
        ("号码 65123478", "65123478"),
        ("快递单上的电话是 2456 7781", "2456 7781"),
        ("回执上写的手机 159 1207 6654", "159 1207 6654"),
        ("发票丢了，联系电话 87651234", "87651234"),
        ("订单号 15912076654", "15912076654"),
        ("运单号 330106199003074517", "330106199003074517"),
        ("社保个人编号 1047732198", "1047732198"),
        ("公积金账号 204417732198", "204417732198"),
        ("参保编号 440300731256", "440300731256"),
        ("家里电话 3456 7812 万一打不通就发短信", "3456 7812"),
        ("36781245 张先生的", "36781245"),
        ("电话 45127836 人工服务", "45127836"),
        ("社保号 345127836 个人", "345127836"),
        ("合同上留的联系人电话 4512 7836", "4512 7836"),
        ("3456 7812 是订单上留的电话", "3456 7812"),
        ("345127836 是我的社保号", "345127836"),
    ],
)
def test_personal_numbers_are_masked_after_any_label(text: str, secret: str) -> None:
    """A person's number, or a whole mobile or ID number after a thing's label, is masked."""
    assert secret not in mask_pii(text, ())


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("运单号", "thing"),
        ("电费户号是", "thing"),
        ("回执单上的编号是 ", "thing"),
        ("我的号码是", None),
        ("号码：", None),
        ("手机号码", "personal"),
        ("快递单上的电话是", "personal"),
        ("发票代码044032611200，号码", "thing"),
        ("我要办港澳通行证，号码", None),
        ("很简单，打 ", None),
    ],
)
def test_label_kind(before: str, kind: str | None) -> None:
    """The clause before a number names a thing, a person's number, or nothing."""
    assert label_kind(before) == kind


def test_the_full_number_is_no_things_label() -> None:
    """"全号" is the full number of what the visitor spoke of (a card after its last four digits), not an
    identifier's name such as 运单号."""
    assert label_kind("卡尾号1024的那张，全号是") != "thing"
    assert "6217001820045837212" not in mask_pii("尾号7212那张，全号是6217001820045837212")
