"""Which case a fee or a time limit belongs to: "首次申领免费；补领、换领20元", "住宅80元/件，非住宅550元/件".

A number the entries contain is not enough: "首次申领需要20元" uses a fee of the entries for the wrong case.
Each clause of the entries that states a fee (or "free") or a duration binds the words before it (its
*qualifier*, split at 、/和/及/或: 补领, 换领) to that value. A clause of a sentence that states a value and
contains qualifiers of the entries, none of them bound to that value, uses the value for another case. A
clause with a value but no qualifier of its own is read with its sentence's qualifiers when the sentence
states only one value of that kind ("身份证损坏换领和到期换领一样，都是收20元").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.llm import facts
from kiosk.llm.conditions import _AGE

_CLAUSE = re.compile(r"[；;，,。（）()\n：:]")
_TERMS = re.compile(r"[、/]|和|及|或|与|\bor\b|\band\b", re.IGNORECASE)
_EN_STOP = re.compile(
    r"\b(?:the|a|an|is|are|costs?|fees?|charge[sd]?|yuan|rmb|for|each|per|of|it|you|your|takes?|within|about|"
    r"usually|after|then|only|pay|paid|free|at|to|in|on|be|will|can|if|with|set|piece|copy|copies)\b",
    re.IGNORECASE,
)
_MIN_EN_TERM = 4
_EN_DEADLINE = re.compile(r"\b(?:within|before|after|until|by|no later)\b", re.IGNORECASE)
_GENERIC = re.compile(
    r"工本费|登记费|手续费|证件费|费用|收费|缴纳|加收|另收|需要|需|约|一般|每件|每|元|为|是|的|收取|收|交|在|内|后|了|都|也|就"
    r"|窗口|大厅|现场"
)
_MIN_TERM = 2

def _fee_values(clause: str) -> list[tuple[int, object]]:
    out: list[tuple[int, object]] = []
    for pattern in (facts._FEE_BEFORE, facts._FEE_AFTER):
        out += [(m.start(), float(m.group(1))) for m in pattern.finditer(clause)]
    out += [(m.start(), 0.0) for m in facts._FREE.finditer(clause)]
    return out


def _duration_values(clause: str, deadline: bool = False) -> list[tuple[int, object]]:
    out: list[tuple[int, object]] = [] if deadline else [(m.start(), "now") for m in facts._IMMEDIATE.finditer(clause)]
    for m in facts._DURATION.finditer(clause):
        if bool(_WINDOW_OF_TIME.match(clause, m.end())) != deadline:
            continue
        found = facts.durations(clause[max(0, m.start() - 14) : m.end() + 6])
        out += [(m.start(), value) for value in found if value[0] == float(m.group(1))]
    return out


def _deadline_values(clause: str) -> list[tuple[int, object]]:
    return _duration_values(clause, deadline=True)


_WINDOW_OF_TIME = re.compile(
    r"\s*(?:以内|之内|内)(?!\s*(?:办结|办完|办好|完成|出证|发证|领证|审结|处理|核发|作出|办理完毕|答复|回复|送达))"
    r"|\s+(?:before|prior to|of (?:arrival|entry|graduation|leaving)|after (?:arrival|entry|graduation|leaving))",
    re.IGNORECASE,
)
"""After a duration: a window of time to act in (毕业两年内, 购房一年内申请, 30 days before expiry), not the time the
service takes (20个工作日内办结): the two are bound apart."""


def _age_values(clause: str) -> list[tuple[int, object]]:
    return [(m.start(), int(next(g for g in m.groups() if g))) for m in _AGE.finditer(clause)]


_KINDS = (("fee", _fee_values), ("duration", _duration_values), ("deadline", _deadline_values), ("age", _age_values))


_LIMIT = re.compile(r"最长|最多|最迟|最快|最短|加急|急用|急件|延长|至多|不超过|\b(?:at most|up to|maximum|urgent|extended)\b")
_MEASURE = re.compile(r"(?:每|/)[件副本张次人户套个]?$")
# the same case in other words (the text is in numeric form: 第一次 → 第1次)
_CASE_WORDS = (("第1次", "首次"), ("头1次", "首次"), ("初次", "首次"), ("第2次", "再次"), ("再1次", "再次"))


def _cases(text: str) -> str:
    for a, b in _CASE_WORDS:
        text = text.replace(a, b)
    return text


def _qualifier_terms(before: str) -> list[str]:
    terms = []
    for part in _TERMS.split(before):
        part = _MEASURE.sub("", re.sub(r"[\s\d.%％~～\-–—]+$", "", part).strip())
        if part.isascii():
            if _EN_DEADLINE.search(part):
                continue  # "renew within 90 days before expiry": a deadline, not the case of a time limit
            term = re.sub(r"\s+", " ", _EN_STOP.sub(" ", part.lower())).strip(" -")
            if len(term) >= _MIN_EN_TERM and re.search(r"[a-z]{3}", term) and len(term.split()) <= 3:
                terms.append(term)
            continue
        term = _GENERIC.sub("", part).strip()
        if len(term) >= _MIN_TERM:
            terms.append(term)
            case = _CASE_VERB.sub("", term)
            if case != term and len(case) >= _MIN_TERM:
                terms.append(case)  # 首次申领 → 首次 as well ("首次办居住证")
    return terms


_CASE_VERB = re.compile(r"(?:申领|办理|申请|补办|领取|办)$")


def _bare(clause: str) -> bool:
    """A clause that states a value with no case of its own before it ("都是收20元")."""
    head = re.split(r"\d", clause, maxsplit=1)[0]
    if head.isascii():
        return len(re.sub(r"[^a-z]", "", _EN_STOP.sub("", head.lower()))) < _MIN_EN_TERM
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _GENERIC.sub("", head))) < _MIN_TERM


def _same(value: object) -> set[object]:
    """``value`` and its equivalents (a duration of 12 months is one of 1 year)."""
    if isinstance(value, tuple):
        return set(facts.equivalent_durations({value}))
    return {value}


def _segments(clause: str, found: list[tuple[int, object]]) -> list[tuple[str, object]]:
    """Each value of ``clause`` with the words since the value before it ("初级1000元、中级1500元": 初级 → 1000,
    、中级 → 1500); the first value keeps the whole head of the clause."""
    out: list[tuple[str, object]] = []
    previous = 0
    for start, value in sorted(found, key=lambda f: f[0]):
        segment = clause[previous:start]
        if out and not _bare(segment):
            out.append((segment, value))
        else:
            out.append((clause[:start] if not out else segment, value))
        previous = max(previous, _value_end(clause, start))
    return out


def _value_end(clause: str, start: int) -> int:
    """Where the value that begins at ``start`` ends (its number and unit)."""
    for pattern in (_VALUE, facts._FREE, facts._IMMEDIATE):
        m = pattern.match(clause, start)
        if m:
            return m.end()
    return start + 1


_VALUE = re.compile(
    r"(?:¥|￥|rmb\s*|人民币\s*)?\d+(?:\.\d+)?\s*(?:个)?\s*(?:工作日|自然日|工作天|块钱|个月|周岁|小时|钟头|分钟|星期|"
    r"[元块圆天日周年岁]|yuan|rmb|working days?|days?|weeks?|months?|years?|hours?)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Bindings:
    """Qualifier → the values the entries give for it, per kind (fee, duration)."""

    terms: tuple[tuple[str, str, frozenset[object]], ...]
    _by_kind: dict[str, tuple[tuple[str, str, frozenset[object]], ...]] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_kind: dict[str, list[tuple[str, str, frozenset[object]]]] = {}
        for binding in sorted(self.terms, key=lambda b: -len(b[1])):
            by_kind.setdefault(binding[0], []).append(binding)
        object.__setattr__(self, "_by_kind", {k: tuple(v) for k, v in by_kind.items()})

    @classmethod
    def merge(cls, parts: list[Bindings]) -> Bindings:
        """The bindings of several entries together."""
        bound: dict[tuple[str, str], set[object]] = {}
        for part in parts:
            for kind, term, values in part.terms:
                bound.setdefault((kind, term), set()).update(values)
        return cls(tuple(sorted((k, t, frozenset(v)) for (k, t), v in bound.items())))

    @classmethod
    def build(cls, source: str) -> Bindings:
        """Read every clause of ``source`` (the cited entries)."""
        bound: dict[tuple[str, str], set[object]] = {}
        for clause in _CLAUSE.split(_cases(facts.numeric(source)).lower()):
            for kind, values in _KINDS:
                found = values(clause)
                if not found:
                    continue
                for segment, value in _segments(clause, found):
                    for term in _qualifier_terms(segment) or [""]:  # "": stated with no case of its own
                        bound.setdefault((kind, term), set()).update(_same(value))
        return cls(tuple(sorted((k, t, frozenset(v)) for (k, t), v in bound.items())))

    def _present(self, kind: str, text: str) -> dict[str, frozenset[object]]:
        """Qualifiers of ``kind`` in ``text``, longest first (住宅 inside 非住宅 is not counted twice)."""
        found: dict[str, frozenset[object]] = {}
        rest = text
        terms = self._by_kind.get(kind, ())
        for _, term, values in terms:
            if term and term in rest:
                at = rest.find(term)
                while at >= 0:
                    longer = rest[at : at + len(term) + 1]
                    at = rest.find(term, at + 1)
                    # "证件照" read as 证件 where the entries bind 出入境证件照: the longer term, partly named
                    owner = next(((t, v) for _, t, v in terms if len(t) > len(longer) and longer in t), None)
                    if len(longer) > len(term) and owner is not None:
                        found[owner[0]] = owner[1]
                    else:
                        found[term] = values
                rest = rest.replace(term, "\0")
        return found

    def check(self, sentence: str) -> list[str]:
        """Values of ``sentence`` stated for a case the entries give another value for."""
        if not self.terms:
            return []
        text = _cases(facts.numeric(sentence)).lower()
        problems: list[str] = []
        clauses = _CLAUSE.split(text)
        for kind, values in _KINDS:
            stated = [(c, v) for c in clauses for _, v in values(c)]
            if not stated:
                continue
            whole = self._present(kind, text) if len({v for _, v in stated}) == 1 else {}
            for clause in dict.fromkeys(c for c, _ in stated):
                for segment, value in _segments(clause, values(clause)):
                    present = self._present(kind, segment) or (whole if _bare(segment) else {})
                    if present and not any(value in bound for bound in present.values()) \
                            and not self._event_value(kind, segment, present, value):
                        problems.append(f"{kind} {value} for {'/'.join(sorted(present))}")
                    elif kind == "duration" and not present and self._limit_only(value) and not _LIMIT.search(clause):
                        problems.append(f"duration {value} is only a limit")  # 法定最长15个工作日 → 一般15个工作日
        return problems

    def _event_value(self, kind: str, segment: str, present: dict[str, frozenset[object]], value: object) -> bool:
        """Whether a term ``segment`` names as an event ("冷静期满后30日内") ends in a shorter term the entries bind
        ``value`` to ("期满30日内"): the same moment, counted from (非住宅 is not 住宅: no 后 after it)."""
        return any(
            short != term and term.endswith(short) and value in values and f"{term}后" in segment
            for term in present for _, short, values in self._by_kind.get(kind, ()) if short
        )

    def _limit_only(self, value: object) -> bool:
        """Whether the entries give ``value`` (a duration) only as a limit (最长, 加急, 可延长…)."""
        terms = [t for _, t, values in self._by_kind.get("duration", ()) if value in values]
        return bool(terms) and all(_LIMIT.search(t) for t in terms)
