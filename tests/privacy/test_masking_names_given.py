"""Names a visitor gives: without a common surname (transliterated Tibetan, Mongolian, Uyghur names),
after an English cue, in pinyin; and the self-descriptions that are not names (a role, an origin, a
lower-case English word after "my name is").

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我是德吉央宗，来补办身份证", "德吉央宗"),
        ("本人索朗，想问社保", "索朗"),
        ("你好我是苏日娜", "苏日娜"),
        ("我是艾力肯，要办居住证", "艾力肯"),
        ("我叫那仁，身份证丢了", "那仁"),
        ("我叫年红，电话待会说", "年红"),
        ("My name is 贺晓光, I need a passport", "贺晓光"),
        ("my name is zhou xiaoping", "zhou xiaoping"),
        ("I am 吴敏，来办护照", "吴敏"),
        ("I am Grace Nakamura, here for my permit", "Grace Nakamura"),
        ("我叫热合曼江吐尔洪", "热合曼江吐尔洪"),
        ("我的英文名是Grace Lin", "Grace Lin"),
        ("我妈妈是何玉兰，她腿不好", "何玉兰"),
    ],
)
def test_given_names_are_masked(text: str, name: str) -> None:
    """Each of these names is replaced."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "我是研究生，能办落户吗",
        "我是装修工",
        "我是个体户",
        "我是揭阳人",
        "我是施工队的包工头",
        "我叫滴滴过来的",
        "我叫我儿子来弄",
        "姓名那一栏写什么",
        "My name is misspelled on the permit",
        "My name's order is reversed",
        "本人已经签过字了",
        "我表哥是金融圈的",
        "我老公是交警",
        "我朋友是万达物业的",
        "我女儿是单亲家庭的孩子",
        "I am Tibetan, can I apply here?",
        "I'm Catholic and need a certificate",
        "I am Portuguese",
        "I am Macao resident",
    ],
)
def test_roles_origins_and_words_are_kept(text: str) -> None:
    """A role, an origin or an ordinary word after a cue is not a name."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫郑，关耳郑，郑美玲", "郑美玲"),
        ("我叫陈，耳东陈，陈建国，建设的建，国家的国", "陈建国"),
        ("我名字叫胡，古月胡，胡丽", "胡丽"),
        ("我叫李，木子李，李国华，来办社保", "李国华"),
    ],
)
def test_a_surname_spelled_out_before_the_full_name_is_masked(text: str, name: str) -> None:
    """The surname said first after 我叫, how it is written, then the full name: the full name is masked."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize("text", ["我叫张，我想问一下社保", "我姓李，李白的李", "我叫号了，没人应"])
def test_a_surname_without_a_full_name_after_it_is_kept(text: str) -> None:
    """A surname alone, or one explained by a famous bearer, names no one."""
    assert mask_pii(text, ()) == text
