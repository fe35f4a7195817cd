"""A case said to be allowed ("营运的车也可以", "在外地出生的也可以") that the cited entries never name.

A permission claim is a clause "X也可以 / X同样可以 / X照样能 / X也能申请". X is the case: its content
(two-character parts, without the service's own generic words) must be found in the entries, and in the
same sense: a case the entries name only negated (非营运, 非因本人意愿) is excluded, not allowed, and so is
one they send elsewhere (与外国人的涉外婚姻登记请到市婚姻登记处办理 → 涉外婚姻登记也可以在本区办理). When
most of X is absent from the entries, the sentence widens who may apply beyond what they say.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kiosk.llm import facts

_PERMIT = re.compile(r"也(?:可以|可|能|行)|同样(?:可以|能|可)|照样(?:可以|能|可)?|一样(?:可以|能)")
_CLAUSE = re.compile(r"[，,；;。！？!?：:]")
_GENERIC = frozenset(
    "的了在是也都和或与及就还再去来到这那您你我他她们人者时候办理申请申领提交直接这里本窗口现场大厅可以能够"
)
_NEGATOR = re.compile(r"非|未|无|不|没有?")
_SELF_SERVICE = re.compile(
    r"自助(?:办理|打印|申请|签注|领取|领|缴费|缴|查询|填报|机|终端|设备|办)|\bself-service (?:machine|kiosk|terminal)s?\b"
    r"|\b(?:at|on|with|from) (?:a|the) self-service\b",
    re.IGNORECASE,
)
_NOT_POSTED = re.compile(
    r"不(?:能|可以|可|支持|提供|接受|办理)(?:邮寄|寄送|快递)|(?:邮寄|快递)(?:不了|不行)|不能寄"
    r"|\b(?:cannot|can't|can not|won't|will not) be (?:posted|mailed|delivered|sent)\b|\bno (?:postal|mail) (?:delivery|option)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(r"必须由|只能由|仅限|只限|只有|只能|须由|\bonly\b")
_EITHER = re.compile(r"([\u4e00-\u9fff]{2,6})或([\u4e00-\u9fff]{2,8})")
_TIMES_PER = re.compile(r"(每[年月季周])[^。，,；;]{0,8}?(?:[1一两2-9]次|[1一]回)")
_NOT_A_CASE = re.compile(r"证|书|卡|照|表|合同|材料|回执|代办|委托|代理|家属|他人|别人|亲属|网上|线上|预约|邮寄|自助")
_DEICTIC = re.compile(r"(?:这个|这项|这种|此项|此|该|本)(?:业务|事项|服务|手续)?")
""""这个业务也可以网上申请": the service itself, not a case of it."""
_WHEN = re.compile(r"\d|周[一二三四五六日天末]|星期|礼拜|上午|下午|中午|晚上|早上|节假日|假期|工作日|[点时]|下班|闭馆|关门|夜间|全天")
_ELSEWHERE = re.compile(
    r"请到|须到|应到|需到|请向|须向|应向|另行(?:申请|办理)|不在本|不属于本|不予受理|不受理|不能在本|不在此|只受理|仅受理"
    r"|由[\u4e00-\u9fff]{2,8}?(?:直接|统一|负责)办理"
)
"""An entry clause sending a case to another office (请到市婚姻登记处办理) or turning it away."""
_SOURCE_CLAUSE = re.compile(r"[。；;\n]")
_NOT_CITY = frozenset({"本市", "城市", "全市", "超市", "外市", "该市", "各市", "门市", "上市", "同市", "跨市"})


def _fold(text: str, city: str) -> str:
    """One spelling per case: 不满 = 未满; 已经 = 已; 不是…户籍 = 非…户籍; the hall's own city = 本市;
    外地/外省/非本地 = 非本市; the people a reply addresses (…的朋友, 市民) are no part of the case."""
    text = text.replace("不满", "未满").replace("已经", "已")
    text = re.sub(r"不是(?=[\u4e00-\u9fff]{0,4}(?:户籍|户口))", "非", text)
    text = re.sub(r"的?(?:朋友|市民|群众|人士)", "", text)
    if city:
        text = re.sub(city + r"市?(?=户籍|户口|居民|常住|居住证)", "本市", text)
    return re.sub(r"(?:非本地|外地|外省|外市|非本省)(?=户籍|户口|居民|人员)", "非本市", text)


def _parts(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    words = [w for w in re.split(r"\s+", "".join(c if c not in _GENERIC else " " for c in han)) if w]
    return {w[i : i + 2] for w in words for i in range(len(w) - 1)}


@dataclass(frozen=True)
class CaseRules:
    """The entries' text, read for the cases it names."""

    source: str
    city: str = ""
    self_service: bool = True
    posted: bool = False

    @classmethod
    def build(cls, source: str, own: str | None = None) -> CaseRules:
        """``source``: the cited entries' text (conditions, notes, materials…) and the hall's info;
        ``own``: the cited services' own fields only (a hall's 24-hour self-service area is no channel
        of a service the entries do not send there)."""
        own_text = facts.plain(source if own is None else own)
        self_service = bool(re.search(r"自助|self-service", own_text, re.IGNORECASE))
        posted = bool(re.search(r"邮寄|寄送|快递|\bpost(?:al|ed)?\b|\bmail(?:ed)?\b", own_text, re.IGNORECASE))
        text = facts.numeric(facts.plain(source))
        cities = Counter(m for m in re.findall(r"([\u4e00-\u9fff]{2})市", text) if m not in _NOT_CITY)
        city = cities.most_common(1)[0][0] if cities else ""
        return cls(_fold(text, city), city, self_service, posted)

    def _narrowed(self, text: str) -> list[str]:
        """"必须由户主办理" where the entries say 户主或户内成年成员: one of their alternatives made the only one."""
        out: list[str] = []
        for clause in _CLAUSE.split(text):
            if not _ONLY.search(clause) or re.search(r"或|或者|还是|也可|\bor\b", clause):
                continue
            for m in _EITHER.finditer(self.source):
                a, b = m.group(1), m.group(2)
                a_in, b_in = a in clause, b in clause
                if a_in != b_in and len(a) >= 2 and len(b) >= 2:
                    out.append(f"only {a if a_in else b}, entries also allow {b if a_in else a}")
                    return out
        return out

    def _sent_elsewhere(self, parts: set[str]) -> bool:
        """Whether an entry clause naming most of a case's ``parts`` sends it elsewhere or turns it away."""
        need = max(2, (len(parts) + 1) // 2)
        return any(_ELSEWHERE.search(c) and sum(p in c for p in parts) >= need for c in _SOURCE_CLAUSE.split(self.source))

    def check(self, sentence: str) -> list[str]:
        """Cases ``sentence`` allows that the entries do not name (or name only as excluded)."""
        text = _fold(facts.numeric(facts.plain(sentence)), self.city)
        problems: list[str] = []
        if not self.self_service and _SELF_SERVICE.search(text):
            problems.append("self-service, the entries offer none")
        if self.posted and _NOT_POSTED.search(text):
            problems.append("no postal delivery, the entries offer it")
        problems += self._narrowed(text)
        for times in _TIMES_PER.finditer(text):
            period = times.group(1)[-1]
            if not re.search(rf"[每按]{period}|{period}度|[1一]{period}内|{period}审|{period}检", self.source):
                problems.append(f"{times.group()}: entries set no such frequency")
        for clause in _CLAUSE.split(text):
            m = _PERMIT.search(clause)
            if not m:
                continue
            case = clause[: m.start()]
            case = re.sub(r"^.*?(?:如果|要是|假如|若|即使|就算|哪怕)", "", case)
            if not _WHEN.search(case) and len(_parts(case)) >= 2 and self._sent_elsewhere(_parts(case)):
                problems.append(f"case allowed that the entries send elsewhere: {case}")
                continue
            if _WHEN.search(case) or _NOT_A_CASE.search(case) or _DEICTIC.fullmatch(case.strip()):
                continue  # a time or day ("周六下午也能办"), a document or an agent: not who may apply
            neg = re.search(r"非([\u4e00-\u9fff]{4})", case)
            if neg and neg.group(1) in self.source and neg.group() not in self.source:
                problems.append(f"case allowed that the entries do not open: {neg.group()}")  # 本市户籍居民可… → 非本市户籍也可以
                continue
            parts = _parts(case)
            if len(parts) < 2:
                continue
            absent = [p for p in parts if p not in self.source]
            if len(absent) * 2 >= len(parts) and len(absent) >= 2:
                problems.append(f"case allowed that the entries do not name: {case}")
                continue
            for p in sorted(parts - set(absent)):
                hits = [h.start() for h in re.finditer(re.escape(p), self.source)]
                if hits and all(_NEGATOR.match(self.source[max(0, i - 1) : i]) for i in hits) and not _NEGATOR.search(
                    case[max(0, case.find(p) - 2) : case.find(p)]
                ):
                    problems.append(f"case allowed that the entries exclude: 非{p}")
                    break
        return problems
