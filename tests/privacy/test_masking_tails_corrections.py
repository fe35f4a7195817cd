"""A number's tail given beside the rest of it, digits dictated in comma groups, names without a naming
cue (an errand's), a name's wrong spelling set right, a name spelled with spaces; and their look-alikes
left alone (a tail alone, a verification code, the hall's WiFi password, places and offices).

The sentences are written here (two batches, the second after the rules and before tuning on it), not
taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from kiosk.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("银行卡后四位是4471，前面几位是62148302881", ["4471", "62148302881"]),
        ("卡号前面是6217 0012 3456 789，尾号是5521", ["6217 0012 3456 789", "5521"]),
        ("身份证后四位是301X，前面是44030519870612", ["301X", "44030519870612"]),
        ("我那张卡后六位102938，前面的是6228480012345", ["102938", "6228480012345"]),
        ("存折账号前十三位6228480402564，末四位8811", ["8811"]),
        ("医保号是三四五，六七八，九零一", ["三四五，六七八，九零一"]),
        ("电脑号是八八六，二三一，零零四", ["八八六，二三一，零零四"]),
        ("养老保险号幺三五，七九二，四六八", ["幺三五，七九二，四六八"]),
        ("护照号码K，四四八零二一九六", ["四四八零二一九六"]),
        ("回乡证H洞幺二三四五六七八九", ["洞幺二三四五六七八九"]),
        ("帮我查一下刘建军的材料到哪一步了", ["刘建军"]),
        ("想问下周秀英的社保卡办好了吗", ["周秀英"]),
        ("给陈志强补一张身份证", ["陈志强"]),
        ("替欧阳晓东领一下护照", ["欧阳晓东"]),
        ("郑海燕的户口迁移手续要带什么", ["郑海燕"]),
        ("帮我查一下邓志明的审批进度", ["邓志明"]),
        ("我叫林静，不是林晶", ["林静", "林晶"]),
        ("名字写错了，不是王芳是王方", ["王芳", "王方"]),
        ("不是张伟，是张玮，玉字旁的玮", ["张伟", "张玮"]),
        ("我是谢婷婷，你们打成了谢亭亭", ["谢婷婷", "谢亭亭"]),
        ("本人：王 秀 英", ["王 秀 英"]),
        ("我是 孙 立 平，来办社保", ["孙 立 平"]),
        ("申请人：赵\u3000建\u3000华", ["赵\u3000建\u3000华"]),
        ("我叫 欧阳 娜娜", ["欧阳 娜娜"]),
    ],
)
def test_personal_items_are_masked(text: str, items: list[str]) -> None:
    """None of the items survives."""
    masked = mask_pii(text, ())
    assert not [item for item in items if item in masked], masked


@pytest.mark.parametrize(
    "text",
    [
        "我的卡尾号6789，是这张吗",
        "身份证号后四位是1234还是要全部",
        "银行卡尾号是几位数字？",
        "订单尾号5531的那个是我的",
        "车架号后六位是308812",
        "快递单号尾号7720，到了没有",
        "比如身份证后四位是1234，就输入1234",
        "银行卡尾号4410那张能用吗，还是要用新的",
        "手机尾号0518的那个短信是你们发的吗",
        "验证码是482913，为什么一直说错",
        "大厅WiFi密码是多少？是12345678吗",
        "户口本上的户号是 000123456",
        "罚款1,200,000元",
        "不是周二，是周四来",
        "不是高新区是高新园",
        "不是万科是万达",
        "帮我查一下王府井的分中心在哪",
        "查一下高新区的材料",
        "张家港的户口可以在这办吗",
        "郑州市的户口能在这办吗",
        "给孩子办身份证要带什么",
        "帮王老师办一下",
        "刘德华的电影不错",
        "我 想 办 身份证",
        "请问 居住证 在 哪里 办",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    """Nothing in these sentences is masked."""
    assert mask_pii(text, ()) == text


@pytest.mark.parametrize(
    ("text", "tail", "label"),
    [
        ("工资卡尾号5207，麻烦帮我登记", "5207", "[银行卡号]"),
        ("我建行卡后四位是9316", "9316", "[银行卡号]"),
        ("退款打到我尾号4028那张卡上", "4028", "[银行卡号]"),
        ("他的银行卡尾号是2691，钱转过去了", "2691", "[银行卡号]"),
        ("我叫陈立新，手机后四位8852", "8852", "[手机号]"),
        ("身份证后四位0317，前面的我忘了", "0317", "[身份证号]"),
        ("手机后四位是6680的那个号还在用", "6680", "[手机号]"),
        ("社保卡末四位是1172。", "1172", "[银行卡号]"),
        ("我尾号3366的卡能退款吗", "3366", "[银行卡号]"),
        ("我手机尾号是9012，能收到短信吗？", "9012", "[手机号]"),
    ],
)
def test_a_tail_given_alone_for_a_record_is_masked(text: str, tail: str, label: str) -> None:
    """A tail alone, stated as a person's number's (a refund account, a card to register, in a
    self-introduction, a question about something else), is the visitor giving part of their number: masked
    with its kind. (A question that points at one card by its tail — "是这张吗", "那张可以吗", "还是要全部" —, an
    example and a thing's tail are kept: see the look-alikes above.)"""
    masked = mask_pii(text, ())
    assert tail not in masked and label in masked, masked
