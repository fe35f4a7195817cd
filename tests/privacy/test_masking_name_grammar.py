"""The grammar of names given for oneself or a relative: every kin word, a time before 叫, a pause or a
stammer, spaces, a declared surname, 我是…的 + a name; and the sentences of the same shape that name no one.

Sentences written for this file (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我外甥叫潘俊杰，他下周来", "潘俊杰"),
        ("俺娘叫李桂花", "李桂花"),
        ("我先生叫林国栋", "林国栋"),
        ("我妈叫冀春兰，今年七十二", "冀春兰"),
        ("我改名了，现在叫覃志远", "覃志远"),
        ("他叫钱学森", "钱学森"),
        ("叫我赵云就行", "赵云"),
        ("嗯，我叫，呃，陈丽华", "陈丽华"),
        ("我叫张……张永强", "张永强"),
        ("我叫刘 德华", "刘 德华"),
        ("我姓阎，阎王的阎，叫阎正伟", "阎正伟"),
        ("免贵姓张，弓长张，张海洋", "张海洋"),
        ("我是昨天打电话来的王明。", "王明"),
        ("我丈夫韩东明在外地", "韩东明"),
        ("名字是：毕云涛", "毕云涛"),
        ("老人家叫蒲桂兰，九十三岁", "蒲桂兰"),
        ("给我婆婆柳翠兰续一下医保", "柳翠兰"),
        ("我叫ＺＨＡＮＧ　ＷＥＩ", "ＺＨＡＮＧ　ＷＥＩ"),
        ("My son is called Lucas Brown.", "Lucas Brown"),
        ("I go by Mike Thompson", "Mike Thompson"),
        ("this is Hans Müller calling about my permit", "Hans Müller"),
    ],
)
def test_names_in_every_frame_are_masked(text: str, name: str) -> None:
    """Each of these names is replaced."""
    assert name not in mask_pii(text, ())


@pytest.mark.parametrize(
    "text",
    [
        "他叫我明天带户口本来",
        "我爷爷叫我扶他",
        "我家孩子叫小名",
        "户主叫啥名字",
        "姓名、性别、民族这些都要填吗",
        "姓名：请填写",
        "我是金融办的",
        "我是华为的员工",
        "我老公高兴地说",
        "叫我向左走还是向右走",
        "原来叫工商局，现在叫市场监管局",
        "帮我爸查一下社保",
        "我姓李，李白的李",
    ],
)
def test_sentences_of_the_same_shape_name_no_one(text: str) -> None:
    """A cue followed by a word, a pronoun or a field's label is not a name."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [("打+86 1531，3148，511找我", None), ("台胞证19870512", None), ("出生日期19870512", "19870512")],
)
def test_comma_groups_and_dated_documents(text: str, kept: str | None) -> None:
    """Comma groups that spell a mobile stay one number; a date-like document number after its label is masked."""
    masked = mask_pii(text, ())
    assert (kept in masked) if kept else not any(ch.isdigit() for ch in masked.replace("+86", ""))
