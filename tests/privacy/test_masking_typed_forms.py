"""Numbers as real input writes them: letters OCR or hurried typing put for digits (O for 0, l/I for 1),
numbers split over line breaks, full-width digits, and a number dictated in spoken pieces with fillers and
particles after its label ("电脑号啊，六零七，呃，八八…"); and look-alikes left alone (words and codes with
those letters, a room or window id).

The sentences are written here, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from kiosk.privacy import ID_LABEL, PHONE_LABEL, id_check_char, mask_pii, ocr_view

ID = "44030519900307001" + id_check_char("44030519900307001")


@pytest.mark.parametrize(
    ("text", "item", "label"),
    [
        ("手机138OO138OOO", "138OO138OOO", PHONE_LABEL),
        ("我的手机l3800138000", "l3800138000", PHONE_LABEL),
        ("我的手机是l38-OO13-8OOO", "l38-OO13-8OOO", PHONE_LABEL),
        ("联系电话：1390O1234I5", "1390O1234I5", PHONE_LABEL),
        ("身份证" + ID.replace("0", "O").replace("1", "l"), ID.replace("0", "O").replace("1", "l"), ID_LABEL),
        ("身份证号码：" + ID[:9] + "O" + ID[10:], ID[:9] + "O" + ID[10:], ID_LABEL),
        ("身份证\n" + ID[:6] + "\n" + ID[6:14] + "\n" + ID[14:], ID[6:14], ID_LABEL),
        ("身份证号：" + ID[:10] + "\n" + ID[10:], ID[10:], ID_LABEL),
        ("手机\n138\n0013\n8000", "0013", PHONE_LABEL),
        ("手机１３８００１３８０００", "１３８００１３８０００", PHONE_LABEL),
        ("我的手机是１３８ ００１３ ８０００", "００１３", PHONE_LABEL),
        ("身份证" + "".join(chr(0xFF10 + int(c)) for c in ID), "".join(chr(0xFF10 + int(c)) for c in ID[6:14]), ID_LABEL),
    ],
)
def test_typed_and_read_forms_are_masked(text: str, item: str, label: str) -> None:
    """No digit run of the number survives, and its kind is named."""
    masked = mask_pii(text, ())
    assert item not in masked and label in masked, masked


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("医保号呀，三四二，呃，六六，八九，零一二", "八九"),
        ("电脑号嘛，二零五，嗯，七七，四四，一零八", "七七"),
        ("社保那个号啊，幺二三，呃，四五，六七，八九零", "六七"),
        ("卡号就是，呃，六二二，八四，八零，零四，二五", "八零"),
    ],
)
def test_spoken_pieces_with_fillers_after_the_label_are_masked(text: str, item: str) -> None:
    """A particle or a filler between the label and the dictated pieces does not hide the label."""
    masked = mask_pii(text, ())
    assert item not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Hello1234",
        "房间号O12",
        "WiFi是Tool2024",
        "I 2024年来过",
        "No1234是什么意思",
        "楼层是lO楼吗",
        "请到O3窗口",
        "楼下的呃，三楼，四楼，都可以吗",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    """Words and short ids with O, l or I keep their letters; a list of floors with a filler is no number."""
    assert mask_pii(text, ()) == text


def test_ocr_view_keeps_positions_and_letters_of_words() -> None:
    """The view reads look-alikes as digits in place, and leaves a passport's letter and words alone."""
    assert ocr_view("手机138OO138OOO") == "手机13800138000"
    assert ocr_view("护照E1234567O") == "护照E12345670"
    assert ocr_view("Hello 1234 world") == "Hello 1234 world"
    assert len(ocr_view("l38-OO13-8OOO")) == len("l38-OO13-8OOO")
