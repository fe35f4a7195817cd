"""Whose number it is, by what it is the number of: a certificate of one's civil status and a student number
are a person's (masked, a certificate's letter with it); a door's or a car park's card is the building's
(kept); the hall's own number and a public service line said against a masked number ("不是12345") are kept.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii, public_numbers_in

HALL = frozenset(public_numbers_in("0471-8832 5500"))


@pytest.mark.parametrize(
    ("text", "secret", "label"),
    [
        ("离婚证字号 L150102-2019-000871", "L150102", "[证件号]"),
        ("结婚证编号是J150105-2021-004410，要补一本", "J150105", "[证件号]"),
        ("我的学号是20190213377，学生证丢了", "20190213377", "[号码]"),
        ("我家电梯卡号是00412356，身份证号码110105198511243020", "110105198511243020", "[身份证号]"),
    ],
)
def test_a_persons_certificate_and_student_number_are_masked(text: str, secret: str, label: str) -> None:
    """The number (and a certificate's letter) is gone and its kind is named."""
    masked = mask_pii(text, HALL)
    assert secret not in masked and label in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("门禁卡号是00733115，坏了找谁", "00733115"),
        ("我的停车卡号 55021893 过期了", "55021893"),
        ("小区门卡编号 1206331 能补办吗", "1206331"),
        ("门禁卡丢了，卡号00412356还能补吗", "00412356"),
        ("我家座机6074 8828，不是12345", "12345"),
        ("我的手机13912345678，不是0471-8832 5500那个", "0471-8832 5500"),
    ],
)
def test_a_buildings_cards_and_public_lines_are_kept(text: str, kept: str) -> None:
    """A door's or a car park's card and a public line said against the visitor's number survive."""
    masked = mask_pii(text, HALL)
    assert kept in masked, masked
