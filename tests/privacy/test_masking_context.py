"""Masking next to the numbers a sentence goes on with: a year, a window, a count after a comma or a bracket,
spoken words that start with a digit (一直, 一下), case codes; and names in every self-introduction.

The sentences are written here, in their own wording (not taken from the helper-written corpus). Recall is
checked by sweeping generated numbers through every grouping with a following year/window/count.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "llm"))

from pii_samples import (  # noqa: E402
    make_card,
    make_document,
    make_id,
    make_landline,
    make_phone,
    make_social,
    spellings,
)

from kiosk.privacy import mask_pii  # noqa: E402
from kiosk.privacy.numbers import LANDLINE_LABEL, classify, digits_of  # noqa: E402

HALL = frozenset({"057188001234", "88001234"})

TAILS = ("，2027年到期", "，9号窗口", "（2028年换的）", "，15个工作日", "，3月2日来过", "\n2026年")


def residue(masked: str, number: str) -> bool:
    """Whether 5 or more digits of ``number`` survive in a row in ``masked``."""
    digits = digits_of(number)
    kept = digits_of(re.sub(r"\[[^\]]*\]", " ", masked))
    return any(digits[i : i + 5] in kept for i in range(len(digits) - 4))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("tail", TAILS)
def test_numbers_in_any_grouping_are_masked_before_a_year_or_window(tail: str, seed: int) -> None:
    """ID, mobile and card numbers in every spelling stay masked whatever follows them; the tail survives."""
    rng = random.Random(sum(map(ord, tail)) * 10 + seed)
    for make in (make_id, make_phone, make_card, make_landline, make_document, make_social):
        for _ in range(6):
            value = make(rng)
            for spelled in spellings(value, rng):
                text = f"我的号码是{spelled}{tail}"
                masked = mask_pii(text, HALL)
                assert not residue(masked, spelled), (text, masked)
                lead = re.match(r"\D*(\d+)", tail)
                joined = digits_of(spelled) + (lead.group(1) if lead else "")
                if classify(joined) in (None, LANDLINE_LABEL):  # else "…158，9号" may be a mobile: privacy first
                    assert digits_of(tail) in digits_of(masked), (text, masked)


@pytest.mark.parametrize(
    "text",
    [
        "2019年，5号窗口办过一次",
        "我上次是2023年，11号窗口给办的",
        "大厅电话0571-8800 1234一直没人接",
        "0571-88001234一下就打通了",
        "等了20分钟，一样没叫到",
        "2024—2025学年的证明",
        "2021-2022年度的个税",
        "流水单号QH2026-0077丢了",
        "案卷编号 No.004512 的材料",
        "我排在第12位，前面还有3个人",
        "下午3点，2楼见",
        "我叫了号没人理",
        "我是第一次来这里",
        "本人不能到场怎么办",
        "户名要和身份证一致吗",
        "申请人需要签字吗",
        "联系人电话写哪个",
        "This is the second floor, right?",
        "我是外地户口能办吗",
        "我叫不出这个窗口的名字",
        "申请人关系一栏怎么填",
        "我是周三下午来的",
        "联系人可以写家里人吗",
    ],
)
def test_ordinary_sentences_are_not_changed(text: str) -> None:
    """Dates, windows, counts, the hall's own number, case codes and 叫/是/本人 phrases stay as they are."""
    assert mask_pii(text, HALL) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫孟繁星，孟繁星的预约帮我看下", "孟繁星"),
        ("户名：葛晓兰", "葛晓兰"),
        ("开户名 钱雨桐，卡号稍后给你", "钱雨桐"),
        ("申请人：潘立新（本人办理）", "潘立新"),
        ("联系人：邵一帆；电话：稍后补", "邵一帆"),
        ("我姓欧，全名欧振宇", "欧振宇"),
        ("我姓韩叫韩冬梅", "韩冬梅"),
        ("嗯我叫那个邓佳琪", "邓佳琪"),
        ("我是萧美玲本人", "萧美玲"),
        ("我是廖志远啊，昨天来过", "廖志远"),
        ("我是陶然手机号待会儿说", "陶然"),
        ("我叫阿依努尔", "阿依努尔"),
        ("This is Grace Wong speaking, about my permit", "Grace Wong"),
    ],
)
def test_names_given_are_masked_everywhere_in_the_line(text: str, name: str) -> None:
    """A name given after any self-introduction cue is masked, and so is every repeat of it."""
    masked = mask_pii(text, HALL)
    assert name not in masked, masked
    assert "[姓名]" in masked
