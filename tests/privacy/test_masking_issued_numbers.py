"""Numbers a service issued (a form field under its heading, an appointment or application serial that opens
with its year and month, a number a system or an SMS gave) and English postcodes are kept; the same shapes
after a person's label are still masked.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    "text",
    [
        "报名信息\n编号：2025110300417",
        "缴费通知\n号码：202511280093346",
        "合同备案信息\n编号：2026-0098812",
        "网上申请后给了个编号2026120500731，去哪查进度",
        "我上次办的件，系统里显示的编号是20251118000345",
        "办好后会给一个2026031500412的号，凭它取件吗",
        "Postcode is 518000 and I live in Room 1203.",
        "Our post code is 523000.",
        "my zip is 100101",
    ],
)
def test_issued_numbers_and_postcodes_are_kept(text: str) -> None:
    """A service's own number, or a postcode after an English word, passes unchanged."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("联系人信息\n号码：13912345678", "13912345678"),
        ("个人信息\n号码：2345678", "2345678"),
        ("身份信息\n号码：8765 4321", "8765 4321"),
        ("申请时留的号码是 8765 4321", "8765 4321"),
        ("我的社保号是202611123456", "202611123456"),
        ("账号 2026 0112 3456 789", "2026 0112 3456 789"),
        ("passport E 12345678", "12345678"),
        ("my number is 2345 6789", "2345 6789"),
    ],
)
def test_personal_numbers_beside_those_shapes_are_masked(text: str, secret: str) -> None:
    """A heading or a label that names a person, a phone left with an application, a passport's letter."""
    assert secret not in mask_pii(text, ())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫韩梅，王建国是我爸爸", "王建国"),
        ("李秀兰是我妈妈，她来不了", "李秀兰"),
        ("我是代办的，张伟是我老公", "张伟"),
        ("Name: Wei Zhang\nPassport: E12345678", "Wei Zhang"),
    ],
)
def test_a_relative_named_and_a_form_name_are_masked(text: str, name: str) -> None:
    """A name said to be the speaker's relative, a name on a form line before a document's line."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text", ["张家界是我妈妈的老家", "高中是我最难忘的时光", "孙悟空是我儿子最喜欢的", "I am Macau resident"]
)
def test_places_and_things_before_is_my_are_kept(text: str) -> None:
    """A place or a thing said to be a relative's is not a name."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    "text",
    [
        "护照办好后领取凭条号码 88812345",
        "社保卡制卡进度查询编号：2026120200456778",
        "The appointment number on my phone is 20261202003",
        "Application ID 2026-1202-0045 status?",
        "My account shows 1234567 points",
        "Invoice number 12345678, code 044031900111",
        "The property certificate No. 0123456",
        "The form number is SZ-ZL-2025-00871",
        "It costs 1234567 in total",
    ],
)
def test_the_label_next_to_the_number_decides(text: str) -> None:
    """A slip's or a record's label right before the number, after a personal word earlier in the clause."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("驾驶证档案编号440300123456", "440300123456"),
        ("Application ID and phone number: 2345 6789", "2345 6789"),
        ("appointment number 2345678, my mobile 2345 6789", "2345 6789"),
        ("预约手机号 2345 6789", "2345 6789"),
        ("My phone 2345 6789, number 8765 4321", "8765 4321"),
        ("Order number 12345678 and my mobile 2345 6789", "2345 6789"),
    ],
)
def test_a_personal_label_next_to_the_number_still_masks(text: str, secret: str) -> None:
    """A personal word glued to the label, or named beside the record's label, keeps the number personal."""
    assert secret not in mask_pii(text, ())


def test_a_surname_as_someone_elses_is_kept() -> None:
    """"I am Li's mother": a surname as another's, no name given."""
    assert mask_pii("I am Li's mother", ()) == "I am Li's mother"


@pytest.mark.parametrize(
    ("text", "secret"),
    [("钱打到202601234567这个账户就行", "202601234567"), ("202512345678901是我的社保号", "202512345678901")],
)
def test_a_dated_looking_number_that_the_words_after_call_personal_is_masked(text: str, secret: str) -> None:
    """An account or social security number that happens to open with a year and month."""
    assert secret not in mask_pii(text, ())


@pytest.mark.parametrize(
    ("text", "name"),
    [("家长：张强，孩子要办户口", "张强"), ("签名：黄涛", "黄涛"), ("法人代表是宋建华", "宋建华"), ("户主：冯国强", "冯国强"),
     ("我妈叫许桂兰", "许桂兰")],
)
def test_names_on_a_form_field_or_of_a_parent_are_masked(text: str, name: str) -> None:
    """A name after a form's field (家长, 签名, 户主, 法人代表) or after 我妈叫."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize("text", ["家长是高中老师", "户主是我爸", "签名：本人", "我爸叫车来接我", "代理人为律师事务所"])
def test_form_fields_without_a_name_are_kept(text: str) -> None:
    """The same fields followed by a role, a pronoun or an organisation."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    "text",
    ["发票\n代码：044031900111\n号码：12345678", "Invoice\nNo.: 12345678\nAmount: 300", "受理回执\n申请日期：12月1日\n编号：88812345"],
)
def test_a_form_field_under_a_things_heading_past_other_fields_is_kept(text: str) -> None:
    """The heading of a form read past the form's other field lines."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [("个人信息\n姓名：刘洋\n号码：2345678", "2345678"), ("联系方式\n号码：2345678", "2345678"),
     ("Contact\nNo.: 2345 6789", "2345 6789")],
)
def test_a_form_field_under_a_personal_heading_is_masked(text: str, secret: str) -> None:
    """A personal or contact heading keeps the bare field personal."""
    assert secret not in mask_pii(text, ())


@pytest.mark.parametrize("text", ["补贴可以发放到本人任意一张银行卡", "本人和配偶都没有住房"])
def test_words_after_bare_benren_that_go_on_are_not_names(text: str) -> None:
    """After a bare 本人 a name must stand alone (本人任意…, 本人和配偶… go on as a sentence)."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [("我手机号是130.3063.8708，14:00前能办完吗", "，14:00前"), ("电话182-6210-4983，9:30到", "，9:30到"),
     ("身份证11010519491231002X，8：30来", "，8：30来")],
)  # fmt: skip
def test_a_clock_time_after_a_comma_is_not_part_of_the_number(text: str, kept: str) -> None:
    """A comma may group one number ("138，0013，8000") but a clock time after it is a time, not a group."""
    masked = mask_pii(text)
    assert kept in masked and "[" in masked
