"""Numbers glued to letters or spelled in pinyin, codes on a thing's line, records opening with a name,
example names and self-introductions in Cyrillic script.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("加我微信 wxid15920031188 吧", "15920031188"),
        ("vx:hz13577001234 有事找我", "13577001234"),
        ("医疗保险编号 K45010098765432", "45010098765432"),
        ("社保卡号 GD2019887766554", "2019887766554"),
        ("手机 yao wu jiu er ling ling san yao yao ba ba", "yao wu jiu er ling ling san yao yao ba ba"),
        ("my number is yao san qi 1234 5678", "1234 5678"),
        ("Maria Gonzalez, passport PA4471203, phone 13512340987", "Maria Gonzalez"),
        ("Lee Ji-hoon / S87654321 / 13512340987", "Lee Ji-hoon"),
        ("名字林晓彤，手机13512340987", "林晓彤"),
        ("Меня зовут Дмитрий Иванов, паспорт 751234567", "Дмитрий Иванов"),
        ("订单号 13512340987 是我的手机", "13512340987"),
        ("工商登记号 440301000456789 我的手机 13512340987", "13512340987"),
    ],
)
def test_personal_data_is_masked(text: str, secret: str) -> None:
    assert secret not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "登记号 320500000123987 能查到吗",  # 15 digits after a register's label: the entry's, no ID
        "办件编号 2025-SZ-QH-004512 进度怎么查",
        "宗地编码 440304 012003 GB00231 W00020011",
        "快递单号 15812345678，这个是单号不是手机号",
        "燃气户号 07551234567 欠费了",
        "毕业证编号 105581202505004321 丢了怎么补",
        "样表上的示例姓名写的是李四，我要照抄吗",
        "订单 JD15812345678 到了吗",
        "Hong Kong, passport needed?",
    ],
)
def test_things_examples_and_hotlines_are_kept(text: str) -> None:
    assert mask_pii(text, ()) == text


def test_a_comma_after_a_whole_number_ends_it() -> None:
    masked = mask_pii("医保编号2233445566，12345说要本人来", ())
    assert "2233445566" not in masked and "，12345说" in masked


def test_a_spaced_slash_parts_fields() -> None:
    masked = mask_pii("Park Seo-yeon / M87654321 / 010-9876-5432", ())
    assert "M" not in masked.split("/")[1] and "[姓名]" in masked


def test_a_code_after_long_digits_is_read_in_linear_time() -> None:
    """The codes before a lettered code are walked token by token (a nested pattern took seconds here)."""
    import time

    text = "她的证件号是330106199001011234567890，档案编号K2750263301 回执号B20260101-0001"
    start = time.perf_counter()
    mask_pii(text, ())
    assert time.perf_counter() - start < 0.5
