"""Conditions a sentence states that the cited entries must state too: ages, grades, dates, photo
attributes, who must come, the online and postal channels, and what the entries forbid or require.

Each rule compares a *kind* of fact, never a phrase: an age ("年满60周岁", "under 6") the entries do not
give; a grade ("一至四级") beyond the grades they give; an education level below the lowest they name
("大专及以上" where they ask for 本科); a calendar date ("3月1日"); a photo background
colour or size; "one partner may come" when the entries require both; "apply online" or "sent by post"
when the entries give no such channel; doing what the entries forbid ("不得自带" → "本人自带"); waiving a
presence or consent the entries require ("配偶须到场" → "配偶不需要到场"); requiring for a case what the
entries waive for it ("个体户简易注销无需公示" → "个体户简易注销也需要公示"); saying a service can no longer be
done when the entries set no such bar; a residence condition ("本地户口", "外地户口不能…") where the entries
set none or are open to every hukou, or "non-locals too" where they require local hukou; how often a
benefit is paid ("按月", "一次性"); "still valid" (旧证还可以继续使用) where the entries void it (不再有效). Text is read in numeric form (:func:`kiosk.llm.facts.numeric`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.llm import facts
from kiosk.llm.locality import NOWHERE, Locality

_AGE = re.compile(
    r"(\d{1,3})\s*(?:周岁|岁)|\baged?\s+(?:under\s+|over\s+)?(\d{1,3})\b|\b(\d{1,3})\s*(?:years?\s+old|\+)(?![\d])"
    r"|\b(?:under|over|above|below|be at least|aged at least|are at least|is at least)\s+(?:the\s+age\s+of\s+)?(\d{1,3})\b(?!\s*(?:yuan|days?|working|weeks?|months?|%))",
    re.IGNORECASE,
)
_GRADE = re.compile(r"((?:\d{1,2}\s*(?:级)?\s*(?:[、,，和或及与至到~～\-–—]|or|and|to)\s*)*\d{1,2})\s*级|\bgrades?\s+([\d\s,–\-to or and]+\d)", re.I)
_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DATE_EN = re.compile(
    r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\b",
    re.IGNORECASE,
)
_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_COLOUR = re.compile(r"([红白蓝])\s*(?:色)?\s*(?:底|背景)|\b(red|white|blue)[\s-]+background", re.IGNORECASE)
_COLOURS = {"red": "红", "white": "白", "blue": "蓝"}
_INCH = re.compile(r"(\d)\s*(?:寸|英寸)|\b(\d)-inch\b", re.IGNORECASE)
_ONE_PARTY = re.compile(
    r"(?:[1一]方|单方|[1一]个人|其中[1一]人|任意[1一]方|[1一]人)\s*(?:\S{0,2})(?:到场|前来|来办|来|去|办理|即可|就可以|就行|也可以)"
    r"|\bone (?:partner|of you|party|person)\b(?! each)",
    re.IGNORECASE,
)
_BOTH_PARTIES = re.compile(r"双方\S{0,3}(?:到场|亲自|共同)|共同到场|\bboth\b[^.;]{0,30}\b(?:come|attend|present|appear)", re.I)
_ONE_PARTY_SOURCE = re.compile(
    r"[1一]方\S{0,2}(?:到场|前来|办理)|单方\S{0,2}(?:到场|申请|办理)|\b(?:one|either) partner (?:may |can )?(?:come|attend)", re.I
)
_ONLINE_CLAIM = re.compile(r"(?:网上|在线|线上|手机上|app上)\S{0,2}(?:申请|办理|申领|提交|办)|\b(?:apply|applied|done|handled) online\b", re.I)
_NO_ONLINE = re.compile(r"无网上|不能网上|不支持网上|无线上|无在线|须本人到窗口|须到窗口|\bnot (?:available )?online\b|\bno online\b", re.I)
_POST = re.compile(r"邮寄|寄到|寄回|寄送|快递|\bby post\b|\bmailed\b|\bposted to\b|\bdelivered\b", re.IGNORECASE)
_POST_SOURCE = re.compile(r"邮寄|寄|快递|\bpost\b|\bmail", re.IGNORECASE)
_FORBIDS = re.compile(r"(?:不得|禁止|严禁|不允许)([\u4e00-\u9fff]{2})")
_NEGATION_BEFORE = re.compile(r"(?:不得|不能|不可|禁止|不允许|不予|不|无|未|别|勿|没)\S{0,2}$")
_WAIVED = re.compile(r"(?:不需要|不用|无需|无须|不必|免于|不要求)(?:再)?\s*(?:本人|亲自)?(到场|公证|签字|签名|同意|公示)")
_REQUIRED = r"(?:须|需|必须|应当|应|要)\S{{0,6}}{0}"
_WAIVER_SOURCE = re.compile(r"([\u4e00-\u9fff]{4,12})(?:无需|无须|不需要|不用|不必|免于|免予)(?:再)?([\u4e00-\u9fff]{2})")
_REQUIRES = r"(?<![不无免])(?:需要|须|必须|要|得)\S{{0,3}}{0}"


@lru_cache(maxsize=64)
def _residence(locality: Locality) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a residence condition in a sentence, residence in the entries), with the hall's own place names."""
    zh, en = locality.zh_pattern(), locality.en_pattern()
    claim = re.compile(
        r"(?:本地|本市|本省|本区|当地|外地|外省|外市|非本市|非本地|" + zh + r")(?:户口|户籍|常住户口)"
        r"|\b(?:local|non-local|" + en + r") hukou\b", re.I,
    )  # fmt: skip
    source = re.compile(r"户籍|户口(?!簿|本)|全国通办|异地|跨省|\bhukou (?:holders?|residents?)\b|\bnon-(?:" + en + r")\b", re.I)
    return claim, source


_OPEN_TO_ALL = re.compile(r"全国通办|不限户籍|非本市户籍(?:人员)?也可|外省户籍|异地办|\bany province\b|\banywhere in china\b", re.I)
_RESTRICTS = re.compile(r"必须|只有|只能|不能|不可以|不行|才能|才可以|仅限|限于|\bonly\b|\bmust\b|\bcannot\b|\bcan't\b", re.I)
_OPEN_CLAIM = re.compile(r"(?:非本市|非本地|外地|外省|外市)(?:户籍|户口)[^，。；,;不]{0,8}(?:也能|也可以|也可|都能|都可以)")
_LOCAL_ONLY = re.compile(r"(?<!非)(?:本市|本地|本区|本镇|本省)(?:户籍|常住户口|户口)")
_FREQUENCY_HEAD = (
    r"(按月|每月|按季度?|每季度?|按年|每年|[1一]次性)(?:[或、和](按月|每月|按季度?|每季度?|按年|每年))?\S{0,3}?"
    r"(?:发放|领取|支付|到账|发|领|缴费|缴纳|交费|代扣|扣缴|扣款|扣"
)
_FREQUENCY = re.compile(_FREQUENCY_HEAD + ")")
_FREQUENCY_SOURCE = re.compile(_FREQUENCY_HEAD + "|提取)")
"""The entries' side also reads a withdrawal's period (按月或按年提取住房公积金)."""
_PERIODS = {"按月": "month", "每月": "month", "按季": "quarter", "按季度": "quarter", "每季": "quarter",
            "每季度": "quarter", "按年": "year", "每年": "year", "一次性": "once", "1次性": "once"}  # fmt: skip
_STILL_VALID = re.compile(r"(?:还|仍|仍然|依然|照样|继续)[\u4e00-\u9fff]{0,4}?(?:有效|能用|可以用|可用|使用)|\bstill (?:valid|usable|be used)\b", re.I)
_VOID_SOURCE = re.compile(r"不再有效|作废|失效|无效|\bno longer valid\b|\binvalid\b|\bvoid\b", re.I)
_BARRED = re.compile(r"(?:不能|无法|不可以|不予|不得)(?:再)?(?:办理|申请|受理|申领|补办|登记)")
_BAR_SOURCE = re.compile(
    r"(?:不能|无法|不可以|不予|不得|不再)(?:再)?(?:办理|申请|受理|申领|补办|登记)|不受理|不办理|\bcannot be\b|\bno longer\b", re.I
)


def _numbers(run: str) -> set[int]:
    """The numbers of "1至4" (a range: 1, 2, 3, 4), "1、2" or "1 or 2"."""
    values = [int(v) for v in re.findall(r"\d+", run)]
    if len(values) == 2 and re.search(r"至|到|~|～|-|–|—|\bto\b", run):
        return set(range(min(values), max(values) + 1))
    return set(values)


def ages(text: str) -> set[int]:
    """Ages stated in ``text`` (年满22周岁, 3周岁以下, under 6, aged 60)."""
    return {int(next(g for g in m.groups() if g)) for m in _AGE.finditer(facts.numeric(text))}


def grades(text: str) -> set[int]:
    """Grades or levels stated in ``text`` (一、二级 → 1, 2; 一至四级 → 1–4; grade 1 or 2)."""
    out: set[int] = set()
    for m in _GRADE.finditer(facts.numeric(text)):
        out |= _numbers(m.group(1) or m.group(2))
    return out


def dates(text: str) -> set[tuple[int, int]]:
    """Calendar dates (month, day) stated in ``text`` (3月1日, 30 June)."""
    t = facts.numeric(text)
    found = {(int(m.group(1)), int(m.group(2))) for m in _DATE.finditer(t)}
    for m in _DATE_EN.finditer(t):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        found.add((_MONTHS[month.lower()[:3]], int(day)))
    return found


def _colours(text: str) -> set[str]:
    return {m.group(1) or _COLOURS[m.group(2).lower()] for m in _COLOUR.finditer(text)}


def _inches(text: str) -> set[str]:
    return {m.group(1) or m.group(2) for m in _INCH.finditer(text)}


def _periods(text: str, *, source: bool = False) -> set[str]:
    """How often a benefit is paid (按月发放 → month, 一次性领取 → once, paid monthly → month); ``source``: the
    entries' text, where a withdrawal's period counts too."""
    pattern = _FREQUENCY_SOURCE if source else _FREQUENCY
    found = {_PERIODS[g] for m in pattern.finditer(text) for g in m.groups() if g}  # 按月或按年: both
    for m in _PAID_EN.finditer(text):
        near = text[max(0, m.start() - 30) : m.end() + 30]
        found |= {period for pattern, period in _EN_PERIODS if re.search(pattern, near, re.IGNORECASE)}
    return found


_PAID_EN = re.compile(r"\b(?:paid|pays?|payments?|paid out)\b", re.IGNORECASE)
_EN_PERIODS = (
    (r"\bmonthly\b|\b(?:every|each|per|a) month\b", "month"), (r"\byearly\b|\bannually\b|\b(?:once|every|each|per) a? ?year\b", "year"),
    (r"\bone-off\b|\blump[- ]sum\b|\bin one go\b|\ball at once\b", "once"),
)  # fmt: skip


_EDUCATION = (
    (1, r"初中"), (2, r"高中|中专|中职|技校"), (3, r"大专|专科|\bjunior college\b|\bassociate degree\b"),
    (4, r"本科|学士|\bbachelor"), (5, r"硕士|研究生|\bmaster'?s? degree\b"), (6, r"博士|\bdoctorate\b|\bph\.?d\b"),
)  # fmt: skip
"""Education levels, lowest first."""


def education_levels(text: str) -> set[int]:
    """Education levels named in ``text`` (大专 → 3, 本科 → 4, bachelor's → 4)."""
    return {level for level, pattern in _EDUCATION if re.search(pattern, text, re.IGNORECASE)}


def _unnegated(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` without a negation just before it."""
    i = text.find(word)
    while i >= 0:
        if not _NEGATION_BEFORE.search(text[max(0, i - 4) : i]):
            return True
        i = text.find(word, i + 1)
    return False


@dataclass(frozen=True)
class Conditions:
    """The conditions the cited entries state, to check a sentence's conditions against."""

    source: str
    ages: frozenset[int]
    grades: frozenset[int]
    dates: frozenset[tuple[int, int]]
    colours: frozenset[str]
    inches: frozenset[str]
    forbidden: frozenset[str]
    waivers: tuple[tuple[str, str], ...] = ()
    locality: Locality = NOWHERE
    education: frozenset[int] = frozenset()

    @classmethod
    def build(cls, source: str, locality: Locality | None = None) -> Conditions:
        """Read ``source`` (the cited entries and the hall's info); ``locality``: the hall's place names
        (深圳户籍 is a residence condition in a Shenzhen hall)."""
        return _build(source, locality or NOWHERE)

    def check(self, sentence: str) -> list[str]:
        """Conditions of ``sentence`` the entries do not state."""
        text = facts.numeric(sentence)
        src = self.source
        problems = [f"age {a}" for a in sorted(ages(text) - self.ages)]
        problems += [f"grade {g}" for g in sorted(grades(text) - self.grades)]
        problems += [f"education level {e} below the entries' {min(self.education)}"
                     for e in sorted(education_levels(text)) if self.education and e < min(self.education)]
        problems += [f"date {m}/{d}" for m, d in sorted(dates(text) - self.dates)]
        problems += [f"photo background {c}" for c in sorted(_colours(text) - self.colours)]
        problems += [f"photo size {i}" for i in sorted(_inches(text) - self.inches)]
        if _ONE_PARTY.search(text) and _BOTH_PARTIES.search(src) and not _ONE_PARTY_SOURCE.search(src):
            problems.append("one party, entries require both")
        claims = [m for m in _ONLINE_CLAIM.finditer(text) if not _NEGATION_BEFORE.search(text[max(0, m.start() - 4) : m.start()])]
        if claims and _NO_ONLINE.search(src) and not _NO_ONLINE.search(text):
            problems.append("online, entries give no online channel")
        if _POST.search(text) and not _POST_SOURCE.search(src):
            problems.append("sent by post")
        problems += [f"forbidden {w}" for w in sorted(self.forbidden) if _unnegated(text, w)]
        for m in _WAIVED.finditer(text):
            word = m.group(1)
            required = re.search(_REQUIRED.format(word), src) or (word == "到场" and _BOTH_PARTIES.search(src))
            if required and not _WAIVED.search(src[max(0, src.find(word) - 8) :]):
                problems.append(f"waives {word}")
        for head, word in self.waivers:
            if head in text and re.search(_REQUIRES.format(word), text) and not _WAIVED.search(text):
                problems.append(f"requires {word}, entries waive it for {head}")  # 个体工商户简易注销无需公示
        residence, residence_source = _residence(self.locality)
        if residence.search(text) and (
            not residence_source.search(src) or (_OPEN_TO_ALL.search(src) and _RESTRICTS.search(text))
        ):
            problems.append("residence condition")  # none in the entries, or they are open to every hukou
        if _OPEN_CLAIM.search(text) and _LOCAL_ONLY.search(src) and not _OPEN_TO_ALL.search(src):
            problems.append("residence condition: entries require local hukou")
        problems += [f"paid {p}" for p in sorted(_periods(text) - _periods(src, source=True))]
        if _STILL_VALID.search(text) and _VOID_SOURCE.search(src) and not _VOID_SOURCE.search(text) and not _STILL_VALID.search(src):
            problems.append("still valid, entries void it")  # 原证找回的不再有效 → 旧证还可以继续使用
        if _VOID_SOURCE.search(text) and _STILL_VALID.search(src) and not _STILL_VALID.search(text) and not _VOID_SOURCE.search(src):
            problems.append("void, entries keep it valid")  # 换领期间原证可继续使用 → 提交申请后原证即作废
        if _BARRED.search(text) and not _BAR_SOURCE.search(src):
            problems.append("says it can no longer be done")
        lowered = src.lower()
        problems += [f"step {word} not in the entries" for pattern, word, spellings in _EN_STEPS
                     if pattern.search(text) and not any(w in lowered for w in spellings)]
        return problems


_EN_STEPS = (
    (re.compile(r"\bnotari[sz](?:ed|ation|e)\b|\bnotary\b", re.IGNORECASE), "notarised", ("公证", "notar")),
    (re.compile(r"\binterview(?:ed)?\b", re.IGNORECASE), "interview", ("面谈", "面试", "面签", "interview")),
    (re.compile(r"\b(?:SMS|text message)\b", re.IGNORECASE), "SMS", ("短信", "sms", "text message")),
    (re.compile(r"\b(?:on-site|site|home) (?:inspection|check)\b", re.IGNORECASE), "inspection",
     ("核查", "实地", "勘验", "inspection")),
)
"""Procedure steps said in English (a notarised power of attorney, an interview, an SMS): the entries must give
them, in either language."""


@lru_cache(maxsize=256)
def _build(source: str, locality: Locality) -> Conditions:
    text = facts.numeric(source)
    return Conditions(
        source=text, ages=frozenset(ages(text)), grades=frozenset(grades(text)), dates=frozenset(dates(text)),
        colours=frozenset(_colours(text)), inches=frozenset(_inches(text)),
        forbidden=frozenset(m.group(1) for m in _FORBIDS.finditer(text)),
        waivers=tuple(sorted({(m.group(1), m.group(2)) for m in _WAIVER_SOURCE.finditer(text)})), locality=locality,
        education=frozenset(education_levels(text)),
    )  # fmt: skip
