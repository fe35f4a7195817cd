"""A synthetic set of personal numbers in the ways citizens type and speech recognition writes them."""

from __future__ import annotations

import random

from kiosk.privacy import id_check_char

CN = "零一二三四五六七八九"
CN_SPOKEN = {"1": "幺", "2": "两", "0": "洞", "7": "拐"}


def make_id(rng: random.Random) -> str:
    """A random 18-character ID number with a valid check character."""
    region = rng.choice(["110105", "440305", "310115", "510104", "440106"])
    birth = f"{rng.randint(1940, 2015)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = region + birth + f"{rng.randint(0, 999):03d}"
    return first17 + id_check_char(first17)


def make_phone(rng: random.Random) -> str:
    """A random mainland mobile number."""
    return f"1{rng.randint(3, 9)}" + "".join(rng.choice("0123456789") for _ in range(9))


def make_card(rng: random.Random) -> str:
    """A random 16–19 digit bank card number passing the Luhn check."""
    length = rng.choice([16, 17, 18, 19])
    body = rng.choice(["622202", "621700", "622848", "436742"]) + "".join(
        rng.choice("0123456789") for _ in range(length - 7)
    )
    total = 0
    for i, ch in enumerate(reversed(body + "0")):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def make_landline(rng: random.Random) -> str:
    """A random landline with its area code (3- or 4-digit area code, 8-digit local number)."""
    area = rng.choice(["010", "020", "021", "0755", "0571", "0731", "028"])
    return area + str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(7))


def make_document(rng: random.Random) -> str:
    """A passport or travel permit number: E/G passport, C (HK/Macau), L (Taiwan), H/M home-return permit."""
    kind = rng.choice(["E", "G", "EA", "C", "L", "H", "M"])
    digits = 10 if kind in ("H", "M") and rng.random() < 0.5 else (7 if len(kind) == 2 else 8)
    return kind + "".join(rng.choice("0123456789") for _ in range(digits))


def make_social(rng: random.Random) -> str:
    """A social security / medical insurance number of 9–10 digits (city schemes)."""
    return "".join(rng.choice("123456789") for _ in range(rng.choice([9, 10])))


def _chunks(value: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        if pos >= len(value):
            break
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return out


def spellings(value: str, rng: random.Random) -> list[str]:
    """The ways one number may appear in an utterance."""
    sizes = {11: [3, 4, 4], 18: [6, 8, 4]}.get(len(value), [4, 4, 4, 4])
    groups = _chunks(value, sizes)
    cn = "".join(CN[int(c)] if c.isdigit() else c for c in value)
    spoken = "".join(CN_SPOKEN.get(c, CN[int(c)]) if c.isdigit() else c for c in value)
    cn_groups = _chunks(cn, sizes)
    full_width = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in value)
    asr_tokens = " ".join(_chunks(cn, [rng.randint(2, 4) for _ in range(10)]))
    mixed = "".join(c if i % 2 or not c.isdigit() else CN[int(c)] for i, c in enumerate(value))
    return [
        value,
        " ".join(groups),
        "-".join(groups),
        "/".join(groups),
        ".".join(groups),
        "，".join(groups),
        "杠".join(groups),
        "(" + groups[0] + ")" + "".join(groups[1:]),
        mixed,
        cn,
        spoken,
        " ".join(cn_groups),
        asr_tokens,
        full_width,
        value.lower(),
    ]


TEMPLATES = [
    "我的身份证号是{}，能办吗",
    "手机号码{}",
    "{}",
    "卡号 {} 绑定社保卡",
    "My number is {}, please help",
    "帮我查一下{}的进度",
    "电话：{}。谢谢",
]


DOCUMENT_TEMPLATES = [
    "护照号{}，要续签", "我的港澳通行证是{}", "通行证 {} 过期了", "passport {} expired", "证件号码：{}",
]  # fmt: skip


def synthetic_set(seed: int = 7, count: int = 40) -> list[tuple[str, str]]:
    """(utterance, the number in plain digits) pairs: every spelling of IDs, phones, cards, landlines, social
    security numbers; passports and permits as typed or spoken."""
    rng = random.Random(seed)
    items: list[tuple[str, str]] = []
    for _ in range(count):
        for value in (make_id(rng), make_phone(rng), make_card(rng), make_landline(rng), make_social(rng)):
            for spelled in spellings(value, rng):
                items.append((rng.choice(TEMPLATES).format(spelled), value))
        doc = make_document(rng)
        letters = "".join(c for c in doc if c.isalpha())
        digits = doc[len(letters):]
        for spelled in (doc, doc.lower(), f"{letters} {digits}", letters + "".join(CN[int(c)] for c in digits)):
            items.append((rng.choice(DOCUMENT_TEMPLATES).format(spelled), digits))
    return items


NAMES = [
    ("我叫张伟，身份证丢了", "张伟"),
    ("你好，我叫王秀英想补办社保卡", "王秀英"),
    ("我的名字是欧阳娜娜", "欧阳娜娜"),
    ("我姓李，叫李建国", "李建国"),
    ("本人刘洋，需要开证明", "刘洋"),
    ("姓名：陈静", "陈静"),
    ("我妈妈叫赵桂兰，她腿脚不便", "赵桂兰"),
    ("我是黄磊，昨天来过", "黄磊"),
    ("My name is Dan Miller and I lost my passport", "Dan Miller"),
    ("Hi, I'm Sarah, where is window A03?", "Sarah"),
    ("my name is li wei", "li"),
    ("wo jiao Zhang Wei", "Zhang Wei"),
]
"""(utterance, the name given) pairs."""


NORMAL_TEXT = [
    "请到A023窗口办理",
    "费用20元，工本费免费",
    "办理时限15个工作日",
    "2024-05-01 起施行",
    "2024年5月1日到2024年5月3日休息",
    "开放时间 09:00-12:00, 14:00-17:30",
    "您的号码是 B017，前面还有 12 人",
    "二楼 3 号窗口",
    "一楼东侧，B区 05-08 号窗口",
    "我要办第二代身份证",
    "一二三四五",
    "请带身份证原件和复印件2份",
    "咨询电话 0755-8812 3456",  # registered as the hall's own number in the tests
    "请拨打 0755-2699 8100 或 12345 咨询",
    "2024-05-01 至 2024-05-03 放假",
    "2024/5/1 到 2024.05.03",
    "出生日期 19900101",
    "工本费 1,200 元",
    "费用￥1500",
    "20个工作日，加急7个工作日",
    "A01、A02、A03 号窗口",
    "3号窗口，4号窗口",
    "我是高中生，想办身份证",
    "我是外地户口",
    "I'm looking for window A03",
    "I am here to renew my passport",
    "I'm not sure which floor",
    "我叫号了吗",
    "周一至周五 9:00–12:00、14:00–18:00",
    "前面还有 3 人，等待约 15 分钟",
    "请到二楼 B12、B13 窗口",
    "第 2 页第 3 行",
    "12345",
    "社保卡补办要两三天",
    "10:30 到 11:45",
    "版本 3.14.159",
    "房间 201、202、203",
    "一共三四个人",
    "Window A12, floor 2, fee 0 yuan",
]
