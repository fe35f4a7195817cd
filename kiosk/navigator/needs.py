"""What hall facilities are for: general needs mapped to kinds of place (no hall's own names).

A citizen seldom names a facility ("母婴室"); they state a need ("孩子饿了要喂奶"). Each kind of
place below is recognised from a place's own name and aliases (``names``) and carries the everyday
words of the needs it serves (``needs``) and one line on what it is for (``purpose``). The lexical
index files the need words under the place (a field of their own), and the semantic index's "what it
is for" view of a place is its name, that purpose line and its notes. General knowledge only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kiosk.catalog import Place


@dataclass(frozen=True)
class FacilityKind:
    """One kind of hall facility."""

    names: tuple[str, ...]
    """Words of a place's name or aliases that say it is of this kind."""
    needs: tuple[str, ...]
    """Everyday words of the needs it serves (Chinese and English)."""
    purpose: str
    """What it is for, in one line (the semantic view)."""


KINDS: tuple[FacilityKind, ...] = (
    FacilityKind(("卫生间", "厕所", "洗手间", "厕位", "restroom", "toilet", "washroom"),
                 ("上厕所", "方便一下", "憋", "尿", "拉肚子", "小便", "大便", "如厕", "解手", "厕所", "洗手",
                  "pee", "toilet", "restroom", "bathroom", "loo"),
                 "想上厕所、方便、解手时去"),
    FacilityKind(("母婴", "哺乳", "育婴", "nursing", "baby care", "mother"),
                 ("喂奶", "哺乳", "吃奶", "换尿布", "尿不湿", "尿片", "吸奶", "婴儿", "奶粉", "breastfeed",
                  "nurse", "diaper", "nappy", "feed my baby"),
                 "给宝宝喂奶、哺乳、换尿布的地方"),
    FacilityKind(("充电", "charging", "charger"),
                 ("没电", "充电", "电量", "充电宝", "关机了", "charge", "battery", "phone died"),
                 "手机没电了可以充电"),
    FacilityKind(("复印", "打印", "影印", "扫描", "copy", "print"),
                 ("复印", "打印", "扫描", "影印", "copies", "photocopy", "print", "scan"),
                 "复印、打印、扫描材料和证件"),
    FacilityKind(("照相", "拍照", "证件照", "photo"),
                 ("拍照", "照片", "相片", "一寸", "二寸", "证件照", "photo", "picture"),
                 "拍证件照、照片"),
    FacilityKind(("饮水", "开水", "茶水", "water"),
                 ("口渴", "喝水", "渴了", "热水", "开水", "倒水", "thirsty", "drink", "water"),
                 "口渴了喝水、接热水"),
    FacilityKind(("休息", "等候", "候区", "rest", "waiting", "lounge"),
                 ("累了", "歇", "坐一会", "坐会儿", "休息", "等一会", "等候", "tired", "sit down", "rest"),
                 "累了坐下休息、等候叫号"),
    FacilityKind(("停车", "车库", "parking", "car park"),
                 ("停车", "车位", "开车来", "车停", "停车费", "park", "parking", "my car"),
                 "开车来停车的地方"),
    FacilityKind(("邮政", "寄递", "快递", "邮寄", "ems", "post", "courier", "mail"),
                 ("寄到", "快递", "邮寄", "送到家", "寄回", "mail", "courier", "deliver"),
                 "把证件、材料邮寄快递到家"),
    FacilityKind(("咨询", "服务台", "导办", "导服", "帮办", "问询", "information", "help desk", "consult"),
                 ("问问", "咨询", "不懂", "不会填", "填表", "找个人", "问人", "ask someone", "not sure"),
                 "不知道办什么、不会填表时找工作人员咨询帮忙"),
    FacilityKind(("帮办", "代办", "代填", "绿色通道", "assisted"),
                 ("不识字", "不会写字", "看不清", "眼睛花", "眼花", "老花", "代填", "帮我填", "填不来", "陪同",
                  "can't read", "fill in the form", "fill out the form"),
                 "不识字、看不清、不会填表的老人残疾人由工作人员帮办代填"),
    FacilityKind(("自助", "self-service", "self service", "kiosk"),
                 ("自助", "机器上", "自己打", "自助机", "24小时", "self-service", "machine",
                  "after hours"),
                 "在自助机上自己办理、打印证明，不用排队"),
    FacilityKind(("电梯", "升降", "lift", "elevator"),
                 ("上楼", "下楼", "爬楼", "腿脚", "轮椅", "推车", "婴儿车", "行动不便", "lift", "elevator",
                  "upstairs", "wheelchair"),
                 "上下楼、腿脚不便或推轮椅时乘坐"),
    FacilityKind(("楼梯", "步梯", "stairs", "staircase"),
                 ("走楼梯", "爬楼梯", "步行上楼", "stairs"),
                 "步行上下楼"),
    FacilityKind(("无障碍", "第三卫生间", "accessible"),
                 ("轮椅", "行动不便", "腿脚不便", "拄拐", "wheelchair", "disabled", "accessible"),
                 "坐轮椅、行动不便的人使用"),
    FacilityKind(("医务", "急救", "药箱", "first aid", "medical"),
                 ("不舒服", "头晕", "晕倒", "急救", "受伤", "血压", "创可贴", "sick", "dizzy", "first aid"),
                 "身体不舒服、需要急救时去"),
    FacilityKind(("银行", "atm", "取款", "bank"),
                 ("取钱", "取现", "现金", "存钱", "cash", "atm"),
                 "取现金、存钱"),
    FacilityKind(("失物", "招领", "lost and found", "lost property"),
                 ("东西丢", "落下", "忘拿", "捡到", "lost my", "left my", "found a"),
                 "丢了东西、捡到东西时去"),
)
"""The kinds of facility a hall has (the general vocabulary of needs)."""


def kinds_of(place: Place) -> list[FacilityKind]:
    """The kinds a place is of, from its own name, aliases and English name."""
    text = " ".join([place.name, *place.aliases, place.name_en]).lower()
    return [kind for kind in KINDS if any(name in text for name in kind.names)]


def need_words(place: Place) -> list[str]:
    """The everyday need words a place serves (indexed as a field of their own)."""
    return [word for kind in kinds_of(place) for word in kind.needs]


def purpose(place: Place) -> str:
    """What a place is for, in words of needs (empty for a place of no known kind)."""
    return "，".join(kind.purpose for kind in kinds_of(place))


_STATED_NEEDS = tuple(word for kind in KINDS for word in kind.needs if not word.isascii() or len(word) > 4)
"""The need words that say a need on their own (Chinese, or English of more than four letters)."""


def states_need(text: str) -> bool:
    """Whether the (normalised) question states a facility need (then places compete with services)."""
    lowered = text.lower()
    return any(word in lowered for word in _STATED_NEEDS)


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    """An English word as a whole word (compiled once)."""
    return re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")


def _said(word: str, text: str) -> bool:
    if word.isascii():
        return _whole_word(word).search(text) is not None
    return word in text


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of ``words`` as :func:`_said` does (Chinese anywhere, English whole)."""
    chinese = [re.escape(w) for w in words if not w.isascii()]
    english = [re.escape(w) for w in words if w.isascii()]
    parts = chinese + ([rf"(?<![a-z])(?:{'|'.join(english)})(?![a-z])"] if english else [])
    return re.compile("|".join(parts) or r"(?!)")


def _said_any(words: tuple[str, ...], text: str) -> bool:
    return _any_word(words).search(text) is not None


def stated_kinds(text: str) -> list[FacilityKind]:
    """The kinds of facility the (normalised) question asks for by a need or by the kind's name."""
    lowered = text.lower()
    return [kind for kind in KINDS if _said_any((*kind.needs, *kind.names), lowered)]


def needed_kinds(text: str) -> list[FacilityKind]:
    """The kinds of facility the (normalised) question asks for by a need word (not by the kind's name:
    names are the lexical index's own words). A one-character need ("憋") counts here, where the index's
    bigrams cannot see it."""
    lowered = text.lower()
    return [kind for kind in KINDS if _said_any(kind.needs, lowered)]


def second_need(text: str, service_words: str, places: list[Place]) -> Place | None:
    """A place a question asks for besides the service it is answered with ("先复印一下户口本，再办居住证"):
    one kind of facility stated by a word that is not part of the service's own names (``service_words``),
    and the first place of that kind in ``places`` (best first); None otherwise."""
    lowered, own = text.lower(), service_words.lower()
    kinds = [kind for kind in KINDS
             if any(_said(word, lowered) and word not in own for word in (*kind.needs, *kind.names))]
    if len(kinds) != 1:
        return None
    return next((place for place in places if kinds[0] in kinds_of(place)), None)
