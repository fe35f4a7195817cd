"""Opening hours of the cited services: which days and times they are open, read clause by clause.

The hall's hours are often written as clauses that do not all apply to every service, e.g.
"周一至周五 9:00–12:00、14:00–18:00；周六 9:00–12:00、14:00–17:00（户政、出入境、社保、公积金窗口）；
法定节假日休息". A service with hours of its own (``Service.hours``) uses those instead of the hall's.
A clause with a restriction in brackets that names windows or departments ("（户政、出入境窗口）",
"(… windows only)", or a bare list of departments "（婚姻登记、户政、社保）") applies only to services whose department the restriction names (a term matches a
department name when its characters occur in it in order: 社保 → 社会保险).

:class:`OpeningRules` then checks a sentence: a day the cited services are not open, a clock time not
given for the days the sentence names, "no lunch break", "open on public holidays", and calendar dates
(3月1日, 1 March) not in the entries are each a problem. So are the halves of a day: "only in the morning"
(仅上午受理, 下午不办理, weekday mornings only) when the hours open those days in the afternoon too and the
entries set no such limit; the afternoon or the whole day (周六全天, 下午也可以来) of a day whose hours end
by noon; a day said closed (周六不办理) that every cited service is open on; and "any time of the year"
(全年随时可以申请) when the entries give a period for it (每年集中受理一次, 每年9月至12月) and no "any time";
a month range (每年1月至3月) whose months the entries do not name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kiosk.llm import facts

_CLAUSE = re.compile(r"[；;。\n]")
_RESTRICTION = re.compile(r"[（(]([^（）()]*(?:窗口|windows?|only|仅)[^（）()]*)[）)]", re.IGNORECASE)
_LIST_RESTRICTION = re.compile(r"[（(]([^（）()\d:：，,；;]{2,10}(?:、[^（）()\d:：，,；;]{2,10})+)[）)]")
"""A bracket listing departments and nothing else: "（婚姻登记、户政、社保）"."""
_VAGUE_RESTRICTION = re.compile(
    r"\bfor (?:selected|certain|some|specified) (?:services|windows|counters|departments)\b|部分(?:窗口|业务|事项)",
    re.IGNORECASE,
)
"""A clause for some services without naming them ("Sat 9:00-12:00 for selected services"): it opens the day
to none of them (the clause in the other language names which)."""
_TERM_SPLIT = re.compile(r"[、，,/]|\band\b|和|及|与")
_TERM_STRIP = re.compile(r"窗口|windows?|\bonly\b|仅|限|等|(?:延时|延长|加班)?(?:服务|业务|办理)$|延时$", re.IGNORECASE)
_WORKDAYS = re.compile(
    r"(?<![\d个])工作日(?!内|以内|之内)|平时|平日|\bweekdays\b|\bon working days\b|\bother days\b", re.IGNORECASE
)
_SENTENCE_CLAUSE = re.compile(r"[，,；;。！？!?]")
_LUNCH_OPEN = re.compile(
    r"中午\S{0,10}?(?:不休息|不休|照常|也开|也办|也可以办|也能办|不关)|午间\S{0,2}不休|不午休|午休\S{0,2}(?:也|照常)|连续办公|全天不休"
    r"|no lunch break|open (?:through|over|at|during) (?:lunch|midday|noon)|without a (?:lunch|midday) break",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(r"节假日|法定假日|假期|春节|国庆|holidays?", re.IGNORECASE)
_OPEN_WORD = re.compile(r"开放|照常|营业|上班|办公|可以办|也能办|能办|也办|办理|\bopen\b|\bwork", re.IGNORECASE)
_CLOSED_WORD = re.compile(r"休息|不办|不开|关闭|闭馆|不上班|不营业|暂停|closed|not open|no service", re.IGNORECASE)
_HALF_ONLY = re.compile(
    r"(?:仅|只|限)[^，,。；;]{0,8}?(上午|早上|下午)|(上午|下午)[^，,。；;]{0,4}?(?:不办|不受理|不开|休息|关闭)"
    r"|\bonly\b[^,.;]{0,24}?\b(mornings?|afternoons?)\b|\b(mornings?|afternoons?) only\b"
    r"|\bnot (?:open|handled|available|accepted) in the (afternoon|morning)s?\b",
    re.IGNORECASE,
)
"""A service said to be open for one half of the day only (仅上午受理, 下午不办理, weekday mornings only)."""
_AFTERNOON = re.compile(r"下午|全天|整天|\bafternoons?\b|\ball day\b|\bfull day\b|\bwhole day\b", re.IGNORECASE)
_ROUND_THE_CLOCK = re.compile(r"自助|24\s*小时|\bself-service\b|\b24", re.IGNORECASE)
_NOON = 12 * 60
_ANYTIME = re.compile(
    r"(?:随时|全年|一年四季|任何时候)(?:都|均)?(?:可以|可|能)?[^，,。；;]{0,8}?(?:申请|办理|办|申报|受理|参保|缴费|提交|提取)"
    r"|\b(?:year-round|all year round|any time of (?:the )?year|at any time of year)\b",
    re.IGNORECASE,
)
_PERIODIC = re.compile(r"集中(?:受理|参保|缴费|申报|办理)|每年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:至|到|-|–|—)")
_MONTH_RANGE = re.compile(r"(?<![\d.])(\d{1,2})\s*月份?\s*(?:至|到|-|–|—|~)\s*(?:次年)?(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")
_MONTH_NUMBER = re.compile(r"(?<![\d.])(\d{1,2})\s*月")
_ANYTIME_SOURCE = re.compile(r"随时|全年|不限时间|\bany time\b|\byear-round\b", re.IGNORECASE)
_DATE_ZH = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DATE_ZH_RANGE = re.compile(r"(\d{1,2})\s*月\s*\d{1,2}\s*[日号]\s*(?:至|到|-|–|—|~)\s*(\d{1,2})\s*[日号]")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_EN = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)


def dates(text: str) -> set[tuple[int, int]]:
    """Calendar dates as (month, day): 3月1日, 三月一号, 1 March, March 1st."""
    out: set[tuple[int, int]] = set()
    t = facts.numeric(text)
    for m in _DATE_ZH.finditer(t):
        out.add((int(m.group(1)), int(m.group(2))))
    for m in _DATE_ZH_RANGE.finditer(t):  # 3月1日至20日: the 20th of March
        out.add((int(m.group(1)), int(m.group(2))))
    for m in _DATE_EN.finditer(facts.plain(text)):
        if m.group(1):
            day, month = int(m.group(1)), m.group(2)
        else:
            month, day = m.group(3), int(m.group(4))
        out.add((_MONTHS.index(month.lower()[:3]) + 1, day))
    return {d for d in out if 1 <= d[0] <= 12 and 1 <= d[1] <= 31}


def _subsequence(term: str, name: str) -> bool:
    it = iter(name)
    return all(ch in it for ch in term)


def _applies(restriction: str, departments: tuple[str, ...]) -> bool:
    """Whether a bracketed restriction names one of ``departments`` (names in Chinese and English)."""
    if not departments:
        return True  # nothing known about the service: do not narrow
    terms = [_TERM_STRIP.sub("", t).strip().lower() for t in _TERM_SPLIT.split(restriction)]
    names = [d.lower() for d in departments if d]
    for term in (t for t in terms if len(t) >= 2):
        if term.isascii():  # whole words: "id" (ID/hukou windows) is not in "provident fund"
            if any(re.search(rf"(?<![a-z]){re.escape(term)}(?![a-z])", n) for n in names):
                return True
        elif any(term in n or _subsequence(term, n) for n in names):
            return True
    return False


@lru_cache(maxsize=1024)
def _notes(part: str) -> tuple[bool, bool, frozenset[tuple[int, int]]]:
    """(says no lunch break, says open on holidays, dates) of one entry's text, cached."""
    holiday_open = any(_HOLIDAY.search(c) and not _CLOSED_WORD.search(c) for c in _CLAUSE.split(part))
    return bool(_LUNCH_OPEN.search(part)), holiday_open, frozenset(dates(part))


@dataclass(frozen=True)
class OpeningRules:
    """When the cited services are open, from their hours (or the hall's), clause by clause."""

    days: frozenset[int]
    day_clock: tuple[tuple[int, frozenset[int]], ...]
    lunch_open: bool
    holiday_open: bool
    dates: frozenset[tuple[int, int]]
    own_clock: frozenset[int] | None = None
    """Clock times of the cited services' own hours, when every one has hours of its own (the hall's do not
    apply then)."""
    common_days: frozenset[int] = frozenset()
    """The days every cited service is open (a day said closed must not be one)."""
    half_days: bool = False
    """Whether the entries themselves limit a service to one half of the day."""
    months: frozenset[int] = frozenset()
    """The months of the year the entries name (9月, 3月1日)."""
    periodic: bool = False
    """Whether the entries give a period of the year for the service and say nothing of "any time"."""

    @classmethod
    def build(cls, hours: Iterable[tuple[str, tuple[str, ...], bool]], parts: Iterable[str]) -> OpeningRules:
        """``hours``: (hours text, the service's department names, whether the hours are the service's own)
        for each cited service (the hall's hours when it has none); ``parts``: the entries' texts (for dates
        and holiday/lunch notes)."""
        days: set[int] = set()
        clock: dict[int, set[int]] = {}
        hours = list(hours)
        own_clock = (
            frozenset().union(*(facts.clock_times(text) for text, _, _ in hours))
            if hours and all(own for _, _, own in hours) else None
        )
        every: list[set[int]] = []
        for text, departments, _ in hours:
            own: set[int] = set()
            for clause in _CLAUSE.split(text or ""):
                restriction = _RESTRICTION.search(clause) or _LIST_RESTRICTION.search(clause)
                if (restriction and not _applies(restriction.group(1), departments)) or _VAGUE_RESTRICTION.search(clause):
                    continue
                open_days = facts.weekdays(clause, skip_closed=True)
                own |= open_days
                for day in open_days:
                    clock.setdefault(day, set()).update(facts.clock_times(clause))
            days |= own
            if own:
                every.append(own)
        parts = list(parts)
        notes = [_notes(p) for p in parts]
        return cls(
            days=frozenset(days),
            day_clock=tuple(sorted((d, frozenset(t)) for d, t in clock.items())),
            lunch_open=any(n[0] for n in notes),
            holiday_open=any(n[1] for n in notes),
            dates=frozenset().union(*(n[2] for n in notes)),
            own_clock=own_clock,
            common_days=frozenset(set.intersection(*every)) if every else frozenset(),
            half_days=any(_HALF_ONLY.search(p) for p in parts),
            months=frozenset(int(m) for p in parts for m in _MONTH_NUMBER.findall(facts.numeric(p))),
            periodic=any(_PERIODIC.search(facts.numeric(p)) for p in parts) and not any(_ANYTIME_SOURCE.search(p) for p in parts),
        )

    def _halves(self, clause: str, current: set[int], per_day: dict[int, frozenset[int]]) -> list[str]:
        """A half of the day ``clause`` says for the ``current`` days (weekdays when it names none) that the
        hours do not give: one half only when they open both, the afternoon when they end by noon."""
        days = current or {1, 2, 3, 4, 5}
        times: set[int] = set().union(*(per_day.get(d, frozenset()) for d in days)) if per_day else set()
        if not times:
            return []
        both = min(times) < _NOON and max(times) > _NOON + 30
        if both and not self.half_days and _HALF_ONLY.search(clause):
            return ["one half of the day only, the hours open both"]
        if current and max(times) <= _NOON and _AFTERNOON.search(clause) and not _ROUND_THE_CLOCK.search(clause):
            return ["afternoon or whole day, the hours end by noon"]
        return []

    def check(self, sentence: str) -> list[str]:
        """Problems in ``sentence`` about days, times, lunch breaks, holidays and dates."""
        problems: list[str] = []
        per_day = dict(self.day_clock)
        current: set[int] = set()  # the days a clause speaks of (carried to the clauses after it)
        for clause in _SENTENCE_CLAUSE.split(sentence):
            named = facts.weekdays(clause, skip_closed=True)
            if _WORKDAYS.search(facts.plain(clause)):
                named |= {1, 2, 3, 4, 5}
            if named:
                current = named
                if self.days:
                    problems += [f"not open on day {d}" for d in sorted(named - self.days)]
            allowed: set[int] | frozenset[int] = set()
            if current and per_day and len([d for d in current if per_day.get(d)]) > 1:
                # a time said of several days named together (周一至周六 9:00–17:30) must hold on each of them
                allowed = set.intersection(*(set(per_day[d]) for d in current if per_day.get(d)))
            elif current and per_day:
                allowed = set().union(*(per_day.get(d, frozenset()) for d in current))
            elif not current and self.own_clock:
                allowed = self.own_clock
            problems += self._halves(clause, current, per_day)
            if allowed:
                problems += [
                    f"time {t // 60}:{t % 60:02d} not in those hours"
                    for t, ambiguous in facts.clock_mentions(clause)
                    if t not in allowed and not (ambiguous and t + 720 in allowed)
                ]
        for m in _MONTH_RANGE.finditer(facts.numeric(sentence)):
            problems += [f"month {n}" for n in map(int, m.groups()) if n not in self.months]
        if self.periodic and _ANYTIME.search(sentence) and not _ROUND_THE_CLOCK.search(sentence):
            problems.append("any time of the year, the entries give a period")
        closed = facts.weekdays(sentence) - facts.weekdays(sentence, skip_closed=True)
        problems += [f"says closed on day {d}, the hours open it" for d in sorted(closed & self.common_days)]
        if _LUNCH_OPEN.search(sentence) and not self.lunch_open:
            problems.append("says no lunch break")
        for clause in re.split(r"[，,；;。]", sentence):
            holiday = _HOLIDAY.search(clause)
            if holiday and _OPEN_WORD.search(clause) and not _CLOSED_WORD.search(clause) and not self.holiday_open:
                problems.append("says open on holidays")
                break
        problems += [f"date {m}-{d}" for m, d in sorted(dates(sentence) - self.dates)]
        return problems
