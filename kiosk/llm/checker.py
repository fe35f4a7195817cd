"""The grounding check: every fact the model states must be in the cited entries (or the hall's info).

Run on each finished sentence and on the whole answer. The facts are read in all their spellings
(:mod:`kiosk.llm.facts`, :mod:`kiosk.llm.mentions`): window ids and window numbers, zones and floors
in Arabic, full-width and Chinese numerals; fees and "free"; durations (time limits) and "done on
the spot"; clock times and weekdays; phone numbers, web sites, app and platform names; documents;
conditions (:mod:`kiosk.llm.conditions`, :mod:`kiosk.llm.eligibility`: ages, residence, thresholds,
periods, both parties, cases the entries exclude) and process steps (:mod:`kiosk.llm.process`:
appointment, visiting the hall, in person or by an agent, a step first, optional made required). A
fact the cited entries, the catalog answer composed from them and the hall's information (name,
address, hours, phone) do not contain makes the answer unsupported: the answerer then shows the
catalog answer instead and counts it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kiosk.llm import facts, novelty, scope
from kiosk.llm.bindings import Bindings
from kiosk.llm.cases import CaseRules
from kiosk.llm.conditions import Conditions
from kiosk.llm.copies import CopyRules
from kiosk.llm.eligibility import Eligibility, local_only_unsupported
from kiosk.llm.exclusivity import WindowExclusivity
from kiosk.llm.facts import fees, floors, window_ids, window_numbers
from kiosk.llm.hall_facts import HallFacts
from kiosk.llm.hall_windows import HallWindows
from kiosk.llm.hours import OpeningRules
from kiosk.llm.limits import CountLimits
from kiosk.llm.locality import Locality
from kiosk.llm.materials import MaterialClaims
from kiosk.llm.mentions import Mentions
from kiosk.llm.novelty import NovelContent
from kiosk.llm.placement import Placement, place_floors, place_problems
from kiosk.llm.process import ProcessRules
from kiosk.llm.scope import Scope

__all__ = [
    "CheckResult", "GroundingChecker", "check_sentence", "fees", "floors", "warm", "window_ids", "window_numbers",
]  # fmt: skip

_FREE_CONTEXT = 8
_EACH = re.compile(r"都|均|皆|两项|两个都|一起|一并|\b(?:both|each|all|together)\b", re.IGNORECASE)
"""A fact said of each of the services named (都是十个工作日, both at A05)."""
_PAIRED = re.compile(r"[\u4e00-\u9fff]{2,}(?:和|与|跟|及|还是)[\u4e00-\u9fff]{2,}(?:一样)?[^，,。；;]{0,12}?[，,]?"
                     r"[^，,。；;]{0,8}?(?:都|均|一起|一并)"
                     r"|\bboth\b", re.IGNORECASE)
"""Two things joined and then something said of both ("X和Y一样，都是…"): with several services cited and
too few named, the pair is taken to be the cited services."""
_PAIR_SIDES = re.compile(r"([\u4e00-\u9fff]{2,})(?:和|与|跟|及|还是)([\u4e00-\u9fff]{2,})")
_BRING = re.compile(r"带|提供|提交|出示|准备|携带|\b(?:bring|provide|submit|show)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"分别|各自|\brespectively\b", re.IGNORECASE)
_EACH_CLAUSE = re.compile(r"[，,。；;！？!?]|\.(?=\s)")
"""Clauses, an English full stop included (a streamed sentence may hold two English ones)."""
_OWN_BRACKET = re.compile(r"[（(][^（）()]{1,24}[）)]")
_EACH_KINDS = ("window ", "floor ", "fee ", "duration ", "says done on the spot", "says free", "paid or done ",
               "appointment required", "an agent may come", "fully online", "no visit needed", "home visit",
               "residence condition", "local hukou only", "age ", "minimum age ", "threshold ", "grade ")
_SENTENCE_KINDS = ("home visit",)
"""Facts read on the whole sentence only: a clause about one service may lean on another cited one (帮办代办…
也可以预约上门)."""
_CARRIED_KINDS = ("duration ", "says done on the spot")
"""Time limits of a clause that carries the topic over from two clauses back, or from a clause about several
services, left to the whole-sentence check: the clause may have moved on to another cited service
("低保和残疾人证都在A08，低保30个工作日，残疾人证20个工作日"); not one said of each (两项都是当场办结)."""
_DEADLINE = re.compile(r"(?:后|起|之日起)\s*\d+(?:\.\d+)?\s*个?\s*(?:工作日|自然日|天|日|周|个月|年)\s*(?:内|之内)"
                       r"|\bwithin\s+\d+\s+\w+\s+(?:of|after)\b", re.IGNORECASE)

_BORNE = re.compile(r"(?:邮费|快递费|运费|寄递费|邮寄费)[^，。；;,]{0,6}?(?:由[^，。；;,]{1,8}?(?:承担|负担|支付|出)|免费|全免|免收|不用[付交出]|不收)"
                    r"|包邮|免邮|免费(?:邮寄|寄送|快递|寄递)|\b(?:free (?:postage|delivery|shipping)|postage[- ]free)\b",
                    re.IGNORECASE)
"""Postage said to be paid for (邮费由中心承担, 包邮, free delivery): a service of its own, the entries must give it."""
_SELF_PAID = re.compile(r"(?:邮费|快递费|运费|寄递费|邮寄费)[^，。；;,]{0,4}?(?:自理|自付|到付|由申请人|本人承担|自行承担)")

_CONSEQUENCE = re.compile(r"自动(?:参保|续保|续期|延期|生效|转移|划转|发放|到账|注销|办理|办好|开通|纳入|登记)|视同|不影响|同时享受|同时领取|代缴"
                          r"|免于|免予|直接纳入|一并(?:注销|转移|办结|发放)|\bautomatically\b",
                          re.IGNORECASE)
"""What follows from another thing without a step of its own (落户后医保自动参保, 视同缴费, 不影响居住年限, 由基金
代缴): a consequence the entries must state."""
_CONSEQUENCE_SAME = {"自动": ("自动", "同步", "联办", "一件事", "一并", "无需申请"), "automatically": ("自动", "automatic")}


def _consequence_given(claim: str, source: str) -> bool:
    """Whether the entries state the consequence ``claim`` (its words, or for 自动… an automatic step of theirs)."""
    if claim in source:
        return True
    head = "automatically" if claim.lower() == "automatically" else claim[:2]
    return head in _CONSEQUENCE_SAME and any(w in source for w in _CONSEQUENCE_SAME[head])

_BOTH_AGE = re.compile(r"(?:双方|两人|男女|夫妻)[^，。；;,]{0,6}?(?:均|都|各)?(?:须|需|要|必须)?(?:年满|满|不低于|至少)\s*(\d{2})\s*(?:周岁|岁)"
                       r"|\b(?:both|each)\b[^.;,]{0,30}?\b(?:at least|aged?|over)\s+(\d{2})\b", re.IGNORECASE)
_SEX_AGE = re.compile(r"(?:男|女|\b(?:male|female|men|women|man|woman)\b)[^，。；;,、]{0,8}?(\d{2})\s*(?:周岁|岁|\byears?\b)", re.IGNORECASE)


def _both_ages(text: str, source: str) -> list[str]:
    """An age said of both partners (双方年满22周岁) where the entries give the ages by sex (男22、女20) and
    they differ: one side's age said of both."""
    said = [int(a or b) for a, b in _BOTH_AGE.findall(facts.numeric(text))]
    if not said:
        return []
    by_sex = {int(a) for a in _SEX_AGE.findall(facts.numeric(source))}
    if len(by_sex) < 2:
        return []
    return [f"age {a} said of both, entries give it by sex" for a in said if a in by_sex]


_LACKS = re.compile(r"(?:没有|无人拥有|不拥有|未拥有|无)(?:未结清的?|其他的?|自有的?|任何|名下的?)?([\u4e00-\u9fff]{2,4})")
_CONDITION_CLAUSE = re.compile(r"要求|需要?|须|必须|并且|而且|且|条件|才能|才可|只有|家庭成员|名下|原籍|本人")


def _lacked(sentence: str) -> list[str]:
    """What a condition says the applicant must not have ("家庭成员中没有机动车", "无未结清的银行贷款"): the thing
    lacked, which the entries must name."""
    out: list[str] = []
    for clause in re.split(r"[，,。；;！？!?]", facts.plain(sentence)):
        if not _CONDITION_CLAUSE.search(clause):
            continue
        for m in _LACKS.finditer(clause):
            word = m.group(1).lstrip("被有在")  # "没有被查封": 查封
            if len(word) >= 2 and word[:2] not in novelty._GENERIC and not re.match(r"[需须要用必法可能]", word):
                out.append(word)
    return out


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a grounding check."""

    ok: bool
    problems: tuple[str, ...] = ()


def _strings(value: Any) -> list[str]:
    """Every string inside a JSON-like value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, bool) or value is None:
        return []
    return [str(value)]


def _service_texts(service: Any) -> list[str]:
    dump = service.model_dump(mode="json", exclude_none=True) if hasattr(service, "model_dump") else service
    if isinstance(dump, dict):
        dump = {k: v for k, v in dump.items() if k not in ("id", "department", "queue_prefix", "updated")}
    return _strings(dump)


def _terms_texts(service: Any) -> list[str]:
    """A service's own terms (summary, conditions, notes, time limit…) without its materials: where who may
    apply is said (a material's note "本市户籍出示" is not such a term)."""
    dump = service.model_dump(mode="json", exclude_none=True) if hasattr(service, "model_dump") else service
    if isinstance(dump, dict):
        dump = {k: v for k, v in dump.items() if k not in ("id", "department", "queue_prefix", "updated", "materials")}
    return _strings(dump)


def _window_texts(grounding: Any) -> list[str]:
    """The cited services' windows: id, floor, floor name, zone, label (from the grounding or its catalog)."""
    texts = [" ".join(_strings(w)) for w in getattr(grounding, "windows", None) or []]
    catalog = getattr(grounding, "catalog", None)
    if catalog is not None:
        for service in grounding.services:
            for window in catalog.service_windows(service):
                floor = catalog.floor(window.floor)
                texts.append(" ".join([window.id, window.floor, window.zone, window.label,
                                       str((window.model_extra or {}).get("zone_en", "")),
                                       floor.name if floor else "", floor.name_en if floor else ""]))
    return texts


def _hall_texts(grounding: Any, hall: Any | None) -> list[str]:
    texts = _strings(getattr(grounding, "hall", None) or {})
    catalog = getattr(grounding, "catalog", None)
    hall = hall if hall is not None else getattr(catalog, "hall", None)
    if hall is not None:
        for key in ("name", "name_en", "address", "address_en", "hours", "hours_en", "phone"):
            value = getattr(hall, key, None)
            if value is None and getattr(hall, "model_extra", None):
                value = hall.model_extra.get(key)
            if value:
                texts.append(str(value))
    return texts


def _free_contexts(source: str) -> frozenset[str]:
    """Character pairs near each "free" in the entries (what is free: 照片, 采集…)."""
    pairs: set[str] = set()
    text = facts.plain(source)
    for m in facts._FREE.finditer(text):
        window = text[max(0, m.start() - _FREE_CONTEXT) : m.end() + _FREE_CONTEXT]
        window = re.sub(r"免费|不收费|[\s，。；、,.;]", "", window)
        pairs |= {window[i : i + 2] for i in range(len(window) - 1)}
    return frozenset(pairs)


@dataclass(frozen=True)
class _Known:
    """The facts of one grounding source (cached: a turn on the same services reuses them)."""

    window_ids: frozenset[str]
    window_numbers: frozenset[int]
    zones: frozenset[str]
    floors: frozenset[int]
    fees: frozenset[float]
    free_fee: bool
    free_contexts: frozenset[str]
    durations: frozenset[tuple[float, str]]
    immediate: bool
    clock: frozenset[int]
    weekdays: frozenset[int]
    phones: frozenset[str]
    webs: frozenset[str]
    mentions: Mentions


@dataclass(frozen=True)
class _PartFacts:
    """The facts of one part of a source (one service's text, its windows, the hall's info), cached."""

    window_ids: frozenset[str]
    window_numbers: frozenset[int]
    zones: frozenset[str]
    floors: frozenset[int]
    fees: frozenset[float]
    free_contexts: frozenset[str]
    durations: frozenset[tuple[float, str]]
    immediate: bool
    clock: frozenset[int]
    weekdays: frozenset[int]
    phones: frozenset[str]
    webs: frozenset[str]


@lru_cache(maxsize=1024)
def _part_facts(part: str) -> _PartFacts:
    """Facts of one source part: computed once per process for each service of the catalog."""
    floor_set = set(facts.floors(part))
    m = re.search(r"(?<![A-Za-z])(\d{1,2})F\b", part)
    if m:
        floor_set.add(int(m.group(1)))
    return _PartFacts(
        window_ids=frozenset(window_ids(part)),
        window_numbers=frozenset(window_numbers(part)),
        zones=frozenset(facts.zones(part)),
        floors=frozenset(floor_set),
        fees=frozenset(fees(part)),
        free_contexts=_free_contexts(part),
        durations=frozenset(facts.equivalent_durations(facts.durations(part))),
        immediate=facts.immediate(part),
        clock=frozenset(facts.clock_times(part)),
        weekdays=frozenset(facts.weekdays(part)),
        phones=frozenset(facts.phone_numbers(part)),
        webs=frozenset(facts.web_sites(part)),
    )


@lru_cache(maxsize=256)
def _source_facts(parts: tuple[str, ...], window_list: tuple[str, ...], fee_fields: str, names: str = "") -> _Known:
    found = [_part_facts(p) for p in parts] + [_part_facts(w) for w in window_list]
    ids = frozenset().union(*(f.window_ids for f in found))

    def union(attr: str) -> frozenset[Any]:
        return frozenset().union(*(getattr(f, attr) for f in found))

    numbers = union("window_numbers") | {int(i.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or 0) for i in ids}
    return _Known(
        window_ids=ids,
        window_numbers=frozenset(numbers),
        zones=union("zones") | {i[0] for i in ids},
        floors=union("floors"),
        fees=union("fees"),
        free_fee=facts.says_free(fee_fields) or not fee_fields.strip(),
        free_contexts=union("free_contexts"),
        durations=union("durations"),
        immediate=any(f.immediate for f in found),
        clock=union("clock"),
        weekdays=union("weekdays"),
        phones=union("phones"),
        webs=union("webs"),
        mentions=Mentions("\n".join(parts), names),
    )


@lru_cache(maxsize=1024)
def _part_discounts(part: str) -> frozenset[str]:
    return frozenset(facts.discounts(part))


@lru_cache(maxsize=1024)
def _part_charges(part: str) -> frozenset[str]:
    return frozenset(facts.charge_names(part))


@lru_cache(maxsize=1024)
def _part_pay_methods(part: str) -> frozenset[str]:
    return frozenset(facts.payment_methods(part))


@lru_cache(maxsize=1024)
def _part_percents(part: str) -> frozenset[float]:
    return frozenset(facts.percents(part))


@lru_cache(maxsize=1024)
def _part_months(part: str) -> frozenset[int]:
    return frozenset(facts.months(part))


@lru_cache(maxsize=1024)
def _part_bindings(part: str) -> Bindings:
    return Bindings.build(part)


@lru_cache(maxsize=256)
def _bindings(service_parts: tuple[str, ...]) -> Bindings:
    return Bindings.merge([_part_bindings(p) for p in service_parts])


@lru_cache(maxsize=256)
def _places(parts: tuple[str, ...]) -> tuple[tuple[str, frozenset[int]], ...]:
    return place_floors("\n".join(parts))


@lru_cache(maxsize=256)
def _cases(source: str, service_parts: tuple[str, ...]) -> CaseRules:
    return CaseRules.build(source, "\n".join(service_parts))


@lru_cache(maxsize=256)
def _eligibility(source: str, locality: Locality) -> Eligibility:
    return Eligibility.build(source, locality)


@lru_cache(maxsize=256)
def _limits(source: str) -> CountLimits:
    return CountLimits(source)


@lru_cache(maxsize=256)
def _opening(hours: tuple[tuple[str, tuple[str, ...], bool], ...], parts: tuple[str, ...]) -> OpeningRules:
    return OpeningRules.build(hours, parts)


@lru_cache(maxsize=256)
def _hall_facts(prefixes: tuple[str, ...], source: str, floors: tuple[tuple[str, str], ...]) -> HallFacts:
    return HallFacts.build(prefixes, source, floors)


def _hours_of(grounding: Any, hall: Any | None) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(hours text, department and zone names) of each cited service: its own hours, else the hall's."""
    catalog = getattr(grounding, "catalog", None)
    hall = hall if hall is not None else getattr(catalog, "hall", None)
    hall_zh = str(getattr(hall, "hours", "") or (getattr(grounding, "hall", None) or {}).get("hours", "") or "")
    hall_en = str(getattr(hall, "hours_en", "") or "")
    out: list[tuple[str, tuple[str, ...], bool]] = []
    for service in grounding.services:
        names: list[str] = []
        department = catalog.department(service.department) if catalog is not None else None
        if department is not None:
            names += [department.name, str(getattr(department, "name_en", "") or "")]
        if catalog is not None:
            for window in catalog.service_windows(service):
                names += [window.zone, window.label, str((window.model_extra or {}).get("zone_en", ""))]
        names_t = tuple(n for n in names if n)
        for own, fallback in ((getattr(service, "hours", None), hall_zh), (getattr(service, "hours_en", None), hall_en)):
            # own hours without weekdays ("每年3月1日至6月30日，大厅办公时间内") add to the hall's
            own_days = bool(own) and bool(facts.weekdays(str(own)))
            text = str(own) if own_days else f"{own or ''}；{fallback}"
            out.append((text, names_t, own_days))
    return tuple(out)


def warm(catalog: Any) -> None:
    """Compute the facts of every service of ``catalog`` ahead (e.g. in a worker thread at start-up), so
    the first turn on a service does not pay for it (~15 ms a service on a 2-core machine)."""
    for service in getattr(catalog, "services", []) or []:
        for part in _service_parts(service):
            _part_facts(part)
            _part_bindings(part)
    novelty.idf("")  # jieba and its idf table


def _service_parts(service: Any) -> list[str]:
    return ["\n".join(_service_texts(service))]


class GroundingChecker:
    """Knows what the cited entries say and checks model text against it."""

    def __init__(self, grounding: Any, *, hall: Any | None = None) -> None:
        """``grounding``: a :class:`kiosk.llm.prompt.Grounding`; ``hall``: the catalog's hall (phone,
        address, hours) when the grounding does not carry it."""
        parts = [getattr(grounding, "catalog_answer", "") or ""]
        for service in grounding.services:
            parts.extend(_service_parts(service))
        windows = _window_texts(grounding)
        parts.extend(windows)
        parts.append("\n".join(_hall_texts(grounding, hall)))
        self.source = "\n".join(parts)
        window_list = tuple(w for s in grounding.services for w in s.windows)
        fee_fields = " ".join(str(getattr(s, "fee", "") or "") for s in grounding.services)
        names = " ".join(f"{s.name} {getattr(s, 'name_en', '')}" for s in grounding.services)
        known = _source_facts(tuple(parts), window_list, fee_fields, names)
        self._window_ids = known.window_ids
        self._window_numbers = known.window_numbers
        self._zones = known.zones
        self._floors = known.floors
        self._fees = known.fees
        self._free_fee = known.free_fee
        self._free_contexts = known.free_contexts
        self._durations = known.durations
        self._immediate = known.immediate
        self._moments = facts.payout_moments(self.source)
        self._clock = known.clock
        self._weekdays = known.weekdays
        self._phones = known.phones
        self._webs = known.webs
        self._mentions = known.mentions
        catalog = getattr(grounding, "catalog", None)
        cited_windows = [*window_list, *(w.get("id", "") for w in getattr(grounding, "windows", None) or [])]
        hall_ids = [w.id for w in getattr(catalog, "windows", None) or []] if catalog is not None else []
        self._hall_windows = HallWindows.for_entries(hall_ids, cited_windows, self.source)
        locality = Locality.of(hall if hall is not None else getattr(catalog, "hall", None))
        self._conditions = Conditions.build(self.source, locality)
        self._eligibility = _eligibility(self.source, locality)
        self._locality = locality
        self._own_terms = "\n".join(t for s in grounding.services for t in _terms_texts(s))
        self._process = ProcessRules.build(self.source, list(grounding.services))
        self._opening = _opening(_hours_of(grounding, hall), tuple(parts))
        hall_info = hall if hall is not None else getattr(catalog, "hall", None)
        self._hall_facts = _hall_facts(
            tuple(str(getattr(s, "queue_prefix", "") or "") for s in grounding.services), self.source,
            tuple((str(f.name), str(getattr(f, "name_en", "") or "")) for f in getattr(hall_info, "floors", None) or ()),
        )
        self._limits = _limits(self.source)
        self._placement = Placement.build(grounding)
        self._places = _places(tuple(parts))
        self._percents = frozenset().union(*(_part_percents(p) for p in parts))
        self._months = frozenset().union(*(_part_months(p) for p in parts))
        self._discounts = frozenset().union(*(_part_discounts(p) for p in parts))
        self._charges = frozenset().union(*(_part_charges(p) for p in parts))
        self._pay_methods = frozenset().union(*(_part_pay_methods(p) for p in parts))
        self._bindings = _bindings(tuple(parts[1 : 1 + len(grounding.services)]))
        self._grounding, self._hall = grounding, hall
        self._scope = Scope(list(grounding.services))
        self._exclusivity = WindowExclusivity(list(grounding.services), self._scope)
        self._copies = CopyRules(list(grounding.services))
        self._materials = MaterialClaims(list(grounding.services))
        self._cases = _cases(self.source, tuple(parts[1 : 1 + len(grounding.services)]))
        self._novelty = NovelContent.build(self.source, names=" ".join(
            f"{getattr(s, 'name', '')} {' '.join(getattr(s, 'aliases', None) or [])}" for s in grounding.services))
        self._scoped: dict[tuple[int, ...], GroundingChecker] = {}

    def _free_supported(self, text: str) -> bool:
        if self._free_fee:
            return True
        plain = facts.plain(text)
        for m in facts._FREE.finditer(plain):
            window = plain[max(0, m.start() - _FREE_CONTEXT) : m.end() + _FREE_CONTEXT]
            window = re.sub(r"免费|不收费|[\s，。；、,.;]", "", window)
            if not any(window[i : i + 2] in self._free_contexts for i in range(len(window) - 1)):
                return False
        return True

    def _entry_problems(self, text: str) -> list[str]:
        """Windows, zones, floors, fees and time limits of ``text`` the entries do not give."""
        problems: list[str] = []
        blanked, uncited = self._hall_windows.split(text)  # the hall's own window ids, in its own spelling
        problems += [f"window {w}" for w in uncited]
        problems += [f"window {w}" for w in sorted(window_ids(blanked) - self._window_ids)]
        problems += [f"window number {n}" for n in sorted(window_numbers(blanked) - self._window_numbers)]
        problems += [f"zone {z}" for z in sorted(facts.zones(text) - self._zones)]
        problems += [f"floor {f}" for f in sorted(floors(text) - self._floors)]
        problems += [f"fee {f:g}" for f in sorted(fees(text) - self._fees - {0.0})]
        if facts.says_free(text) and not self._free_supported(text):
            problems.append("says free, entries name a fee")
        if self._free_fee and not self._fees and facts.says_charged(text):
            problems.append("says a fee is charged, entries say free")
        problems += [f"duration {v:g}{u}" for v, u in sorted(facts.durations(text) - self._durations)]
        if facts.immediate(text) and not self._immediate:
            problems.append("says done on the spot")
        problems += [f"paid or done {w}, entries do not say so" for w in sorted(facts.payout_timing(text) - self._moments)]
        return problems + self._conditions.check(text) + self._eligibility.check(text) + self._process.check(text)

    def _scoped_problems(self, text: str, already: list[str]) -> list[str]:
        """Windows, floors and fees of each clause of ``text`` that names some of the cited services only,
        checked against those services' entries (time limits are not: "领照后30日内…" is another's deadline)."""
        problems: list[str] = []
        origin = ""
        for clause, named, carried in self._scope.topics(text):
            origin = origin if carried else clause
            scoped = self._scoped_checker(named)
            documents = [f"material {d}" for d in scoped._mentions.unknown_documents(clause) if not self._names_service(d)]
            clause = _DEADLINE.sub("", facts.numeric(clause))  # "领照后30日内…": a deadline may be another's
            found = [p for p in scoped._entry_problems(clause) + documents
                     if p not in already and not p.startswith(_SENTENCE_KINDS)]
            if carried:  # a topic carried over is a guess: a window of another cited service may mean a new one
                found = [p for p in found if not p.startswith("window ")]
            elif scope.FIRST.search(clause):  # "注销前先去1F02清税": a step first at another cited service's window
                cited = {re.sub(r"[\s\-－_]", "", w).upper() for s in self._grounding.services for w in s.windows}
                found = [p for p in found if not (p.startswith("window ") and re.sub(r"[\s\-－_]", "", p.split()[1]).upper() in cited)]
            if (carried > 1 or (carried and _EACH.search(origin))) and not _EACH.search(clause):
                found = [p for p in found if not p.startswith(_CARRIED_KINDS)]  # so may a time limit
            problems += found
            names = "/".join(self._grounding.services[i].id for i in named)
            problems = [p if p.endswith(")") else f"{p} (for {names})" for p in problems]
        return problems + [p for p in self._each_problems(text) if p not in problems and p not in already]

    def _each_problems(self, text: str) -> list[str]:
        """A window, floor, fee or time limit said of each of several cited services ("两项都是十个工作日",
        "both at A05"): every one of them must have it (a fact of one said of all is invented)."""
        named = self._scope.named(text)
        paired = len(named) < 2 and len(self._grounding.services) >= 2 and bool(_PAIRED.search(text))
        if paired:
            named = self._pair(text)  # "新房和二手房…都是三个工作日": the cited pair
        if len(named) < 2:
            return []
        problems: list[str] = []
        for clause in _EACH_CLAUSE.split(text):
            if not _EACH.search(clause) or _RESPECTIVELY.search(clause):
                continue
            own = self._scope.named(clause)  # the services this clause names; else those of the sentence
            if paired and _PAIRED.search(clause):
                own = named
            if len(own) == 1:
                continue
            clause = _DEADLINE.sub("", facts.numeric(clause))
            # a bracket right after one of the names is that service's own ("食品经营许可（C03窗口）和公共场所
            # 卫生许可（C06窗口）都要…"): not said of each (the sentence's own check still reads it)
            for bracket in _OWN_BRACKET.finditer(clause):
                owner = self._scope.named(clause[max(0, bracket.start() - 16) : bracket.start()])
                if len(owner) == 1:
                    problems += [f"{p} (for {self._grounding.services[owner[0]].id})"
                                 for p in self._scoped_checker(owner)._entry_problems(bracket.group())
                                 if p.startswith(_EACH_KINDS)]  # fmt: skip
            clause = _OWN_BRACKET.sub("", clause)
            for i in own or named:
                service = self._grounding.services[i]
                scoped = self._scoped_checker((i,))
                problems += [f"{p} (for {service.id})" for p in scoped._entry_problems(clause) if p.startswith(_EACH_KINDS)]
                problems += [f"{p} (for {service.id})" for p in scoped._opening.check(clause)]  # 两个窗口周六都开
                if _BRING.search(clause):  # "低保和残疾人证都需要提供照片": a material of one said of each
                    problems += [f"material {d} (for {service.id})" for d in scoped._mentions.unknown_documents(clause)
                                 if not self._names_service(d)]
        return list(dict.fromkeys(problems))

    def _pair(self, text: str) -> tuple[int, ...]:
        """The cited services two joined things stand for ("首次申领和到期换领都是20元"): with more than two
        cited, each side's best match by the words of the services' names when both are clear; else all."""
        services = self._grounding.services
        every = tuple(range(len(services)))
        m = _PAIR_SIDES.search(facts.plain(text))
        if len(services) <= 2 or m is None:
            return every
        names = [facts.plain(s.name) for s in services]
        picked: list[int] = []
        for side in m.groups():
            words = {side[i : i + 2] for i in range(len(side) - 1)}
            score = [len({w for w in words if w in n}) for n in names]
            best = max(score)
            if best == 0 or score.count(best) > 1:
                return every
            picked.append(score.index(best))
        return tuple(sorted(set(picked))) if len(set(picked)) == 2 else every

    def _names_service(self, document: str) -> bool:
        """Whether ``document`` is (the end of) a cited service's own name: "公积金缴存证明" in a clause about
        another service names that service's product, not a material of the other."""
        cores = {document[-5:], document[-4:]}
        return any(len(c) >= 3 and c in facts.plain(s.name) for c in cores for s in self._grounding.services)

    def _scoped_checker(self, named: tuple[int, ...]) -> GroundingChecker:
        """A checker of the named cited services only (cached for the turn)."""
        if named not in self._scoped:
            services = [self._grounding.services[i] for i in named]
            ids = {w for s in services for w in s.windows}
            sub = type(self._grounding)(
                services=services, catalog_answer="", language=getattr(self._grounding, "language", "zh"),
                windows=[w for w in getattr(self._grounding, "windows", []) or [] if w.get("id") in ids],
                hall=getattr(self._grounding, "hall", {}) or {}, catalog=getattr(self._grounding, "catalog", None),
            )  # fmt: skip
            self._scoped[named] = GroundingChecker(sub, hall=self._hall)
        return self._scoped[named]

    def check(self, text: str) -> CheckResult:
        """Problems in ``text``: facts not in the cited entries or the hall's info."""
        problems = self._entry_problems(text)
        problems += self._scoped_problems(text, problems)
        problems += [f"time {t // 60}:{t % 60:02d}" for t, ambiguous in facts.clock_mentions(text)
                     if t not in self._clock and not (ambiguous and t + 720 in self._clock)]
        days = facts.weekdays(text, skip_closed=True) - self._weekdays
        problems += [f"weekday {d}" for d in sorted(days)]
        problems += [f"phone {p}" for p in sorted(facts.phone_numbers(text)) if not self._phone_known(p)]
        problems += [f"web {w}" for w in sorted(facts.web_sites(text)) if not self._web_known(w)]
        problems += [f"name {n}" for n in self._mentions.unknown_names(text)]
        documents = self._mentions.unknown_documents(text)
        problems += [f"material {d}" for d in documents]
        problems += [p for p in self._materials.unlisted(text, documents) if not self._names_service(p.rsplit(" ", 1)[-1])]
        problems += [f"percent {v:g}" for v in sorted(facts.percents(text) - self._percents)]
        problems += [f"month {n}" for n in sorted(facts.months(text) - self._months)]
        problems += [f"reduction {d}" for d in sorted(facts.discounts(text)) if d not in self._discounts]
        problems += [f"charge {c}" for c in sorted(facts.charge_names(text)) if c not in self._charges]
        problems += [f"paid by {p}" for p in sorted(facts.payment_methods(text)) if p not in self._pay_methods]
        problems += self._opening.check(text)
        problems += self._hall_facts.check(text)
        problems += self._limits.check(text)
        problems += self._placement.check(text)
        problems += self._scope.only_handles(text, self.source)
        problems += self._exclusivity.check(text)
        if local_only_unsupported(text, self._own_terms, self._locality):
            problems.append("local hukou only, the entries set no hukou condition")
        problems += place_problems(self._places, text)
        problems += self._bindings.check(text)
        problems += self._copies.check(text)
        problems += self._materials.check(text)
        problems += self._cases.check(text)
        problems += self._novelty.check(text)
        problems += [f"consequence {m.group()}, entries do not say so" for m in _CONSEQUENCE.finditer(facts.plain(text))
                     if not _consequence_given(m.group(), self.source)]
        problems += [f"condition without {w}, entries set none" for w in _lacked(text) if w[:2] not in self._novelty.source]
        problems += _both_ages(text, self._own_terms)
        if _BORNE.search(text) and (_SELF_PAID.search(self.source) or not _BORNE.search(self.source)):
            problems.append("postage said to be paid for, entries do not say so")  # 邮费自理 → 邮费由中心承担
        return CheckResult(not problems, tuple(problems))

    def _phone_known(self, digits: str) -> bool:
        if digits in self._phones:
            return True
        return any(known.endswith(digits) or digits.endswith(known) for known in self._phones if len(known) >= 7
                   and len(digits) >= 7)

    def _web_known(self, domain: str) -> bool:
        return any(domain == w or domain.endswith("." + w) or w.endswith("." + domain) for w in self._webs)


def check_sentence(grounding: Any, sentence: str) -> CheckResult:
    """One-off check of ``sentence`` against ``grounding`` (builds a checker; reuse one per turn instead)."""
    return GroundingChecker(grounding).check(sentence)
