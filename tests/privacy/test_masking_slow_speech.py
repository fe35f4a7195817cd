"""Slow and Wu-flavoured speech: numbers dictated in pieces with pauses (……), confirmed or set right after they
are given, an ID given in labelled parts, an area code said apart; names of relatives in Wu words, names spelled
out with pauses or letter by letter, a name on a form's field without a verb; and their look-alikes left alone
(a shop's, a company's or a place's name, a complaint line, an office's mailbox, a dog's licence, a fare card,
a serial named after it, the hall's number read with OCR slips).

The sentences are written here, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii, public_numbers_in

HALL = frozenset(public_numbers_in("0571-8765 4300"))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("手机号……幺五九……八六二……七三零四幺", ["幺五九……八六二……七三零四幺"]),
        ("电话是……六……七……三……二……八……一……九……四", ["六……七……三……二……八……一……九……四"]),
        ("身份证……三三零……幺零六……一九七二……零三一五……二四二六", ["三三零……幺零六……一九七二……零三一五……二四二六"]),
        ("我手机 139 5810 2247，嗯，对的，2247", ["139 5810 2247", "2247"]),
        ("卡号后四位 八八三，哦，零八八三", ["八八三", "零八八三"]),
        ("社保号 3302 1199 0812，哦说错了，最后是0821", ["3302 1199 0812", "0821"]),
        ("身份证前面330106，出生19720315，尾巴2426", ["330106", "19720315", "2426"]),
        ("座机区号0573，号码82619034", ["0573", "82619034"]),
        ("阿拉屋里电话 0571 87654302，跟你们大厅的号码差一点点", ["0571 87654302"]),
    ],
)
def test_dictated_and_corrected_numbers_are_masked(text: str, items: list[str]) -> None:
    masked = mask_pii(text, HALL)
    for item in items:
        assert item not in masked, (item, masked)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("阿拉新妇叫贺晓燕，伊要办居住证", ["贺晓燕"]),
        ("阿拉爷叔叫陶金根", ["陶金根"]),
        ("伢儿叫周雨萱，要上户口", ["周雨萱"]),
        ("帮阿拉姆妈郑桂芳问一下", ["郑桂芳"]),
        ("紧急联系人伊女儿奚丽华 13905812233", ["奚丽华"]),
        ("我叫……嗯……陆……陆金宝", ["陆……陆金宝"]),
        ("我叫……钱……阿……大，阿大，钱阿大", ["钱……阿……大", "钱阿大"]),
        ("I am Mary Brown. M-A-R-Y B-R-O-W-N.", ["Mary Brown", "M-A-R-Y B-R-O-W-N"]),
        ("名字孙建平，手机138 0571 6621", ["孙建平"]),
        ("名字写 吕秀兰，秀气的秀", ["吕秀兰"]),
        ("Sato Kenji / 护照 TK5521873", ["Sato Kenji"]),
        ("公司法人叫张建国", ["张建国"]),  # a company's legal representative is a person
    ],
)
def test_names_in_wu_and_slow_speech_are_masked(text: str, items: list[str]) -> None:
    masked = mask_pii(text, HALL)
    for item in items:
        assert item not in masked, (item, masked)


@pytest.mark.parametrize(
    "text",
    [
        "店名叫 老周馄饨，要办营业执照",
        "公司名字叫 西溪云 科技，地址要变更",
        "那个老小区拆掉了，叫 沈家浜",
        "投诉监督电话 0571-86001234",
        "服务邮箱 hzzwfw@163.com 可以发材料吗",
        "犬证编号 杭犬2025-01123",
        "乘车卡 编号 HZ0080023456 丢了",
        "这个 330106202611050012 是我的申请流水号",
        "宣传单上电话 O571-8765 43OO 对吗",
        "你们大厅的传真跟电话不一样吧，是0571 87654301吗",
        "打12345……12345……没人接",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert mask_pii(text, HALL) == text
