"""Names given in more frames (鄙人, 我姓名是, a relative named right after the kin word, a name followed by
the next phrase without punctuation, "This is … ," openings), the origins and roles that are not names,
and numbers: a date glued to its hour, a courier's tracking number, a misheard certificate's number, a
foreign passport's letters and digits after its label.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我姓名是卢一鸣", "卢一鸣"),
        ("鄙人欧阳明，请问退休怎么办", "欧阳明"),
        ("在下周文涛，想问公积金", "周文涛"),
        ("我是刘振华上周来过的", "刘振华"),
        ("我是孙建国昨天预约的", "孙建国"),
        ("我是曾文上周来过的", "曾文"),
        ("帮我妈赵淑珍办个社保卡", "赵淑珍"),
        ("替我爸马国强问一下养老金", "马国强"),
        ("给我儿子林子轩办出生登记", "林子轩"),
        ("我是李明的爸爸", "李明"),
        ("户主王德胜，我是他女儿", "王德胜"),
        ("This is Kim Min-jun, I came yesterday", "Kim Min-jun"),
        ("Hi, this is Maria Gonzalez, I need a residence permit", "Maria Gonzalez"),
        ("Maria Gonzalez here, I lost my passport", "Maria Gonzalez"),
        ("我叫乌云其木格", "乌云其木格"),
    ],
)
def test_names_in_more_frames_are_masked(text: str, name: str) -> None:
    """Each name is replaced."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "我是张家界来的，能跨省通办吗",
        "我是黄石过来的，想问社保转移",
        "帮我妈问一下养老金",
        "This is Futian District, right?",
        "This is the hall, is it?",
        "Service Center here, please wait",
        "在下午三点前能办完吗",
    ],
)
def test_origins_and_places_are_not_names(text: str) -> None:
    """An origin, a place or a time after the same cues stays as it is."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-148点半之前能办完吗",
        "预约时间2026/1/2514:00，在A区",
        "顺丰1071252908958寄的材料收到了吗",
        "准考证号 202611457832 在哪打印",
        "许可证号JY14403050012345",
    ],
)
def test_dates_tracking_and_licence_numbers_are_kept(text: str) -> None:
    """A date typed against its hour, a parcel's number after the courier's name, an exam ticket's or a
    licence's number: not personal."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("大通证号码L71237940我要去台湾", "71237940"),
        ("大通证号码L七幺二三七九四洞", "七幺二三七九四洞"),
        ("Passport No.: CC04LRPR8\nVisa type: Z", "CC04LRPR8"),
        ("护照号码：X7K29Q41，下周出国", "X7K29Q41"),
    ],
)
def test_certificate_numbers_are_masked_whatever_their_shape(text: str, value: str) -> None:
    """A certificate's number after its label (even a misheard one), and a foreign passport's letters and
    digits, are replaced."""
    assert value not in mask_pii(text, ())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name is Hans Müller", "Müller"),
        ("Peter Schmidt is my name", "Peter Schmidt"),
        ("Name's Carlos Ruiz", "Carlos Ruiz"),
        ("I am José Álvarez", "Álvarez"),
        ("我的名字：钱多多", "钱多多"),
        ("我妈刘桂英今年七十", "刘桂英"),
        ("我老婆王丽身份证丢了", "王丽"),
    ],
)
def test_more_english_frames_and_accented_names(text: str, name: str) -> None:
    """Accented Latin names and the "… is my name" / "Name's …" frames are replaced."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text", ["This is my name", "What is my name on the card", "我妈高血压", "我儿子成绩单丢了", "我妈邱阿姨想来", "我是王师傅介绍来的"]
)
def test_ordinary_words_in_name_frames_are_kept(text: str) -> None:
    """Common words where a name could stand, and a relative followed by an ordinary noun, are kept."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我外婆邓秀兰，八十五了，来办高龄补贴", "邓秀兰"),
        ("我外公蒋国富的养老金怎么领", "蒋国富"),
        ("受托人是我姐陈丽娟，她来签字", "陈丽娟"),
        ("委托人韩志强，电话待会给你", "韩志强"),
        ("本人姓名：柳如梅", "柳如梅"),
        ("我原名赵春妮，后来改成赵思远", "赵春妮"),
        ("我原名赵春妮，后来改成赵思远", "赵思远"),
        ("逝者孙德福是我外公，来销户", "孙德福"),
        ("My grandmother Wang Xiulan needs a pension", "Wang Xiulan"),
        ("I'm here for my husband, Tom Becker.", "Tom Becker"),
        ("Name Olivia Brown, mobile 13912345678", "Olivia Brown"),
        ("刘晓东，110105199003071234，13800001111", "刘晓东"),
    ],
)
def test_relatives_roles_and_records_name_people(text: str, name: str) -> None:
    """A relative's name after the kin word, a role's (委托人, 逝者), a former and a new name, an English
    relative's, a form's "Name …" and a name opening a record line are replaced."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text",
    ["我妈高血压，能办吗", "我儿子大学毕业了", "我外公江苏的", "my mother Can come?", "My daughter Beijing school"],
)
def test_relatives_with_ordinary_words_are_kept(text: str) -> None:
    """A relative followed by an illness, a life stage, a place or a capitalised ordinary word is kept."""
    assert mask_pii(text, ()) == text


def test_a_date_shaped_document_number_after_its_letter_is_masked() -> None:
    """港澳证C + eight digits that also spell a date is a document number, not a date."""
    assert "19980125" not in mask_pii("港澳证C19980125", ()) and "C幺九九八" not in mask_pii("港澳证C幺九九八零幺二五", ())
