"""Who may apply and when, as a sentence narrows it beyond what the cited entries say.

Each rule compares a *kind* of claim with the entries, never a phrase of a bank:

- **a minimum age** ("须年满16周岁", "must be 16 or older") when the entries let younger applicants apply too
  ("未满16周岁的可自愿申领");
- **both parties** must meet a condition ("双方均为本市户籍") when the entries ask it of one of them ("至少一方");
- **local hukou only** ("仅限本市户籍") when the entries open the service to non-locals (a residence permit,
  "非本市户籍人员…可");
- **a threshold** ("不少于20平方米", "注册资本不低于10万元", "at least 3 years"): a number bound by 不低于 / 至少 /
  以上 / at least… that the entries do not contain;
- **all year / any time** when the entries set a period (dates in their hours or conditions);
- **everyone / every case** done on the spot when the entries do it on the spot for some cases only and
  give a time limit for the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.llm import facts
from kiosk.llm.locality import NOWHERE, Locality

_AGE_MIN = re.compile(
    r"(?:须|需|必须|要|应|得|只有|仅限)\S{0,3}?(?:年满|满|年龄(?:在|达到)?)\s*(\d{1,3})\s*(?:周岁|岁)"
    r"|(\d{1,3})\s*(?:周岁|岁)\s*(?:以上|及以上|或以上)\S{0,3}?(?:才|方|的人?才|才能|才可以)"
    r"|(?:未满|不满|低于)\s*(\d{1,3})\s*(?:周岁|岁)\S{0,4}?(?:不能|不可以|不可|不予|不得|无法|办不了)"
    r"|\b(?:must|need to|has to|have to|should)\s+be\s+(?:at least\s+|over\s+|aged\s+)?(\d{1,3})\b"
    r"|\bonly (?:people|applicants|those|persons)?\s*(?:aged\s+)?(?:over|above|at least)\s+(\d{1,3})\b"
    r"|\bunder\s+(\d{1,3})s?\s+(?:cannot|can't|may not|are not allowed)\b",
    re.IGNORECASE,
)
_YOUNGER_ALLOWED = r"(?:未满|不满|低于){0}\s*(?:周岁|岁)[^。；;]{{0,12}}?(?:可|也可|自愿|须由监护人|由监护人|监护人陪同)|\bunder\s+{0}\b[^.;]{{0,40}}\b(?:may|can|must come with|with a guardian)\b"
_BOTH = re.compile(
    r"(?:双方|两人|二人|夫妻俩|俩人)[\u4e00-\u9fff]{0,4}?(?:都|均|必须|须|皆|全都|同时)|\bboth\s+(?:of you|spouses|partners|parties|parents)?\s*(?:must|need|have to|are|should)\b",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"至少[1一]方|任[1一]方|其中[1一]方|[1一]方(?:为|是|持|具有)|\b(?:at least one|either|one of)\b", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"户籍|户口|居住证|年满|周岁|\b(?:hukou|residence|resident|aged?)\b", re.IGNORECASE)
_ONE_ATTRIBUTE = re.compile(
    r"(?:至少[1一]方|任[1一]方|其中[1一]方|[1一]方)[^。；;，]{0,4}(?:户籍|户口|居住证|年满)|\b(?:at least one|either)\b[^.;]{0,30}\b(?:hukou|residence)\b", re.I
)
_RESTRICT = re.compile(r"仅限|只限|仅|只有|只能|只(?![需要用])|必须|须|需|要求|限于|才能|才可以|\bonly\b|\bmust\b|\brequired?\b", re.IGNORECASE)
_AT_LEAST = re.compile(r"(?:满|不少于|不低于|至少|超过|达到)\s*\d+(?:\.\d+)?\s*(?:个月|月|年|天|日)"
                       r"|\d+(?:\.\d+)?\s*(?:个月|月|年|天|日)\s*(?:以上|及以上|或以上)")
"""A period set as a minimum (参保满1年, 缴存6个月以上): a 满 the sentence states must be one of these."""
_THRESHOLD = re.compile(
    r"(?:不低于|不少于|不小于|不超过|不高于|不多于|至少|最少|最多|最低|最高|满|超过|高于|低于|少于|多于|达到|大于|小于)\s*"
    r"(\d+(?:\.\d+)?)\s*(平方米|平米|㎡|米|公里|元|人|名|家|年|个月|月|天|日|次|张|份|套|万|%|分(?![钟之]))"
    r"|(\d+(?:\.\d+)?)\s*(平方米|平米|㎡|m²|m2|公里|人|名)\s*(?:以上|以下|及以上|或以上)"
    r"|(\d+(?:\.\d+)?)\s*(?:平方米|平米|㎡|m²)"
    r"|\b(?:at least|no less than|no fewer than|a minimum of|minimum of|more than|over|up to|no more than|maximum of)\s+"
    r"(\d+(?:\.\d+)?)\s*(square met(?:re|er)s?|sq\.? ?m|m2|metres?|meters?|people|persons|employees|staff|years?|months?|yuan|rmb|times)\b",
    re.IGNORECASE,
)
_NEGATED_CONDITION = re.compile(r"(?:无|未|没有|不存在)(?![需须])([\u4e00-\u9fff\d]{2,8}?)(?=[^\u4e00-\u9fff\d]|的|$)")
_NEGATION = re.compile(r"(?:无|未|没有|没|不|非|别)\S{0,1}$")
_PERMITTED = re.compile(r"也(?:可以|可|能|行)|照样|同样可以|一样可以|\b(?:can|may) still\b|\beven (?:if|with)\b", re.IGNORECASE)
_QUANTITY = re.compile(
    r"(\d+(?:\.\d+)?)\s*(平方米|平米|㎡|m²|m2|米|公里|万元|万|元|人|名|家|个?工作日|天|日|年|个月|月|次|张|份|套|%|分(?![钟之])"
    r"|square met(?:re|er)s?|sq\.? ?m|metres?|meters?|people|persons|employees|staff|years?|months?|days?|yuan|rmb|times)",
    re.IGNORECASE,
)
_UNITS = {"平米": "㎡", "平方米": "㎡", "m²": "㎡", "m2": "㎡", "square metre": "㎡", "square meter": "㎡", "sq m": "㎡",
          "sqm": "㎡", "sq.m": "㎡", "sq. m": "㎡", "metre": "米", "meter": "米", "名": "人", "people": "人",
          "person": "人", "employee": "人", "staff": "人", "year": "年", "month": "月", "个月": "月", "日": "天",
          "day": "天", "个工作日": "天", "工作日": "天", "yuan": "元", "rmb": "元", "万元": "万", "time": "次"}  # fmt: skip


def _unit(raw: str) -> str:
    key = raw.lower().rstrip("s") if raw.isascii() else raw
    return _UNITS.get(key, key)


def quantities(text: str) -> set[tuple[float, str]]:
    """(value, unit) of each quantity in ``text`` (numeric form): 20平方米 → (20, ㎡), 3 years → (3, 年)."""
    found = {(float(m.group(1)), _unit(m.group(2))) for m in _QUANTITY.finditer(text)}
    found |= {(v * 12, "月") for v, u in found if u == "年"} | {(v / 12, "年") for v, u in found if u == "月"}
    found |= {(v * 10000, "元") for v, u in found if u == "万"} | {(v / 10000, "万") for v, u in found if u == "元"}
    return found  # 1年 = 12个月, 10万 = 100000元


_ALL_YEAR = re.compile(
    r"(?<!非)(?:全年|常年|一年四季|一年到头|整年|任何月份)(?=\S{0,2}(?:都|均|可|办|受理|开放|随时|能))|(?:随时|任何时候)都?可以?办|\ball (?:year|year round|year-round)\b"
    r"|\byear-round\b|\bany time of (?:the )?year\b|\bany month\b",
    re.IGNORECASE,
)
_PERIOD_SOURCE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:至|到|-|–|—|~)\s*\d{1,2}\s*月")
_EVERYONE = re.compile(
    r"所有|全部|一律|任何|凡是|无论|不论|不管|一概|统统|\b(?:all|every|everyone|everybody|any|always|regardless)\b", re.IGNORECASE
)
_CASE_DURATION = re.compile(r"[（(][^（）()]{1,16}的\s*\d+\s*个?(?:工作日|天|日)[）)]")
"""当场办结（档案需调取的5个工作日）: the time of some cases, in brackets after the usual one."""
_SOME_ONLY = re.compile(r"符合[^。；;]{0,12}?的|部分|多数|一般|[^。；;，]{2,10}的可|\b(?:if|where|when|most|some)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _local(locality: Locality) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(local hukou in a sentence, the entries opening the service to non-locals), with the hall's places."""
    zh, en = locality.zh_pattern(), locality.en_pattern()
    local = re.compile(r"(?<!非)(?:本市|本地|本区|本省|当地|(?:" + zh + r")[市区省县]?)(?:户籍|常住户口|户口)|\b(?:local|" + en + r") hukou\b", re.I)
    open_source = re.compile(
        r"非本(?:市|地|省)(?:户籍|户口)[^。；;]{0,16}?(?:可|也|均|同样)|(?:含|包括|包含)非本(?:市|地|省)(?:户籍|户口)|或(?:者|是)?持[^。；;，]{0,6}居住证|(?:户籍|户口)[，,]?或[^。；;，]{0,6}居住证"
        r"|全国通办|不限户籍|\bnon-(?:local|" + en + r")\b[^.;]{0,30}\b(?:can|may|also)\b"
        r"|\bor (?:hold|holds|with) a (?:(?:" + en + r") )?residence permit\b",
        re.IGNORECASE,
    )  # fmt: skip
    return local, open_source


_REQUIRED_BEFORE = re.compile(r"(?<![不无免非])(?:必须|须|需|要求)(?:为|是|具有|具备|持有|拥有)\S{0,2}$")
"""A hukou said to be required ("且须为本市户籍", "要求是本地户籍"), not merely mentioned."""


def local_only_unsupported(sentence: str, own: str, locality: Locality) -> bool:
    """Whether ``sentence`` limits the service to local hukou holders ("只有本市户籍才能申请") while the
    cited services' own terms (``own``: summary, conditions, notes — not a material's note such as 本市户籍出示)
    name no local hukou at all."""
    local, _ = _local(locality)
    text = facts.numeric(sentence)
    for m in local.finditer(text):
        before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 12]
        claimed = (re.search(r"(?<![不非])(?:仅限|只限|只有|仅|只|限于?)\S{0,4}$", before) or re.match(r"[^，,。；;]{0,10}?(?:才能|才可以|才可)", after)
                   or _REQUIRED_BEFORE.search(before)
                   or re.search(r"\b(?:only|must (?:be|have|hold))\b[^.;]{0,30}$", text[max(0, m.start() - 36) : m.start()], re.IGNORECASE))
        if claimed:
            return not local.search(facts.numeric(own))
    return False


@dataclass(frozen=True)
class Eligibility:
    """What the cited entries say about who may apply and when."""

    source: str
    quantities: frozenset[tuple[float, str]]
    barred: tuple[str, ...] = ()
    locality: Locality = NOWHERE
    thresholds: frozenset[tuple[float, str]] = frozenset()
    """Periods the entries set as a minimum (满3个月, 3个月以上, 不少于6个月)."""

    @classmethod
    def build(cls, source: str, locality: Locality | None = None) -> Eligibility:
        """Read ``source`` (the cited entries and the hall's info); ``locality``: the hall's place names."""
        text = facts.numeric(source)
        barred = tuple(sorted({m.group(1) for m in _NEGATED_CONDITION.finditer(text)}))
        thresholds = frozenset().union(*(quantities(m.group()) for m in _AT_LEAST.finditer(text)))
        return cls(text, frozenset(quantities(text)), barred, locality or NOWHERE, thresholds)

    def check(self, sentence: str) -> list[str]:
        """Conditions of ``sentence`` narrower than the entries'."""
        text = facts.numeric(sentence)
        src = self.source
        problems: list[str] = []
        for m in _AGE_MIN.finditer(text):
            age = next(g for g in m.groups() if g)
            if re.search(_YOUNGER_ALLOWED.format(age), src, re.IGNORECASE):
                problems.append(f"minimum age {age}, entries let younger applicants apply")
        if _BOTH.search(text) and _ATTRIBUTE.search(text) and _ONE_ATTRIBUTE.search(src) and not _ONE_OF.search(text):
            problems.append("both parties, entries ask it of one")
        local, open_source = _local(self.locality)
        if local.search(text) and _RESTRICT.search(text) and open_source.search(src) and not open_source.search(text):
            problems.append("local hukou only, entries open it to non-locals")
        for m in _THRESHOLD.finditer(text):
            value = next(g for g in (m.group(1), m.group(3), m.group(5), m.group(6)) if g)
            unit = next((g for g in (m.group(2), m.group(4), m.group(7)) if g), "㎡")
            wanted = quantities(f"{value}{unit}")
            if not wanted & self.quantities:
                problems.append(f"threshold {value}{unit}")
            elif m.group(1) and re.match(r"满", m.group()) and not wanted & self.thresholds and self.thresholds:
                problems.append(f"threshold {value}{unit}, entries set another")  # 缴存满12个月 where they say 满3个月
        clauses = re.split(r"[，,；;。！？!?]", text)
        for n, clause in enumerate(clauses):
            if not _PERMITTED.search(clause):
                continue  # only the clause that allows a case ("年满16周岁的应当申领，未满的也可以…")
            if n and clauses[n - 1].endswith("的"):
                clause = clauses[n - 1] + "，" + clause  # "已参加职工医保的，也可以…"
            for word in self.barred:
                head = word[:3]  # 无未结清债权债务 → "有未结清债务的也可以"
                i = clause.find(head)
                if i >= 0 and not _NEGATION.search(clause[max(0, i - 2) : i]):
                    problems.append(f"{word} allowed, entries require none")  # 贷款无逾期 → 有逾期也可以
        if _ALL_YEAR.search(text) and _PERIOD_SOURCE.search(src) and not _PERIOD_SOURCE.search(text):
            problems.append("all year, entries set a period")
        if (facts.immediate(text) and _EVERYONE.search(text) and not _SOME_ONLY.search(text)
                and facts.immediate(src) and facts.durations(src)):
            problems.append("everyone on the spot, entries do it for some cases only")
        elif (facts.durations(text) and _EVERYONE.search(sentence) and not _SOME_ONLY.search(text)
                and facts.immediate(src) and _CASE_DURATION.search(src)):
            problems.append("everyone takes the time of some cases, entries do the rest on the spot")  # 一律5个工作日
        return problems
