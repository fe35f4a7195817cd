"""Process steps a sentence states that the cited entries must state too: appointment, visiting the hall,
coming in person, a step to take first.

Each rule compares a *kind* of claim with the entries' own fields, never a phrase of a bank:

- **appointment required** ("必须先预约才能取号", "appointment required") when the entries make booking
  optional or say nothing of it being required; **no appointment needed** when the entries require one;
- **no visit** ("全程网上办理", "不用跑窗口", "fully online without visiting") when the entries require coming
  to the window or state no such channel; **only online** when the entries also serve at a window;
- **in person only** ("必须本人办理", "不能代办") when the entries accept an agent (委托书, 代办), and **an agent
  may come** when they name none;
- **a step first** ("必须先到公证处办理公证，窗口才能受理", "must first …"): what must come first has to be in the
  entries' required part (conditions, required materials, summary, notes), not only in an optional material.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from kiosk.llm import facts
from kiosk.llm.materials import NOT_MANDATORY

_NOT_NEGATED = r"(?<![无不免毋])(?<!不需)(?<!不必)(?<!没有)"
_APPT_REQUIRED = re.compile(
    _NOT_NEGATED + r"(?:必须|务必|一定要|须|需要|需|得|要|应当|应)(?:先|提前|事先|事前)?[^，。；;,.!?！？可或也如]{0,14}?预约"
    r"|预约(?:后|之后|成功后)?[^，。；;,.]{0,3}?才(?:能|可以|可|会|给)|不预约\S{0,3}(?:不能|无法|不可以|办不了|不给|不予)"
    r"|(?:只|仅)(?:能|接受|限|办理)?\S{0,2}预约"
    r"|\b(?:must|need to|needs to|have to|has to|required to|should)\s+(?:first\s+)?(?:\w+\s+){0,2}?(?:book|reserve|make an appointment)"
    r"|\bappointments?\s+(?:is\s+|are\s+)?(?:required|mandatory|compulsory|needed|necessary)\b|\bonly (?:by|with) (?:an )?appointments?\b"
    r"|\bby appointment only\b|\bwithout an appointment\b[^.;]{0,30}\b(?:cannot|can't|not|won't)\b",
    re.IGNORECASE,
)
_APPT_BY_PHONE = re.compile(
    r"(?:电话|致电|拨打|打电话)[^，。；;,.]{0,16}?预约|预约[^，。；;,.]{0,6}?(?:电话|致电|拨打)|\b(?:call|phone|ring)\b[^.;]{0,30}\b(?:book|appointment)"
    r"|\b(?:book|appointments?)\b[^.;]{0,20}\bby (?:phone|calling|telephone)\b",
    re.IGNORECASE,
)
_PHONE_WORD = re.compile(r"电话|致电|拨打|热线|\d{3,4}[-－\s]?\d{7,8}|\d{5,}|\b(?:phone|call|hotline|telephone)\b", re.IGNORECASE)
_APPT_WAIVED = re.compile(
    r"(?:无需|无须|不需要|不用|不必|免)\S{0,2}预约|不预约也|(?<!不接受)(?<!不支持)(?<!不提供)(?<!不能)(?<!无法)(?<!不可)(?:直接(?:现场)?取号|现场取号)"
    r"|\bno (?:need for an |need to book|appointment)"
    r"|\bwithout (?:an )?appointment\b|\bwalk[- ]in\b",
    re.IGNORECASE,
)
_FULLY_ONLINE = re.compile(
    r"全(?:流)?程(?:网上|线上|在线|电子化|网办)|\b(?:fully|entirely|completely|wholly|all)\s+online\b", re.IGNORECASE
)
_NO_VISIT = re.compile(
    r"足不出户|一次都不用跑|零跑腿|不(?:用|需要?|必)(?:再)?(?:跑|来|到|去)(?:一趟)?(?:大厅|窗口|现场|政务中心)?"
    r"(?=\S{0,4}(?:大厅|窗口|现场|办理|就能|就可以|即可|也能|也可以))|无(?:需|须)(?:到|来|去|跑)(?:大厅|窗口|现场)"
    r"|\bwithout (?:visiting|coming|going|a visit)\b|\bno need to (?:visit|come|go)\b|\bnever (?:visit|come)\b",
    re.IGNORECASE,
)
_HOME_VISIT = re.compile(
    r"上门(?:办理|服务|办证|帮办|核查|核实|采集|查看|调查|受理)?|实地(?:核查|查看|调查|核实|勘察)|入户(?:核查|调查|走访)"
    r"|\b(?:visit|inspect|check|come to)\s+(?:your|the)\s+(?:home|flat|house|apartment|property|premises)\b"
    r"|\b(?:home|on-site|site) (?:visit|inspection|check|audit)s?\b",
    re.IGNORECASE,
)
"""Staff coming to the applicant's home or premises (上门办理, 实地核查, an officer will visit your flat)."""
_NEGATED_VISIT = re.compile(r"(?:不|无需|无须|不用|不必|没有)\S{0,3}(?:上门|实地|入户)|\bno (?:home|on-site|site) visit", re.IGNORECASE)
_HOME_VISIT_SOURCE = re.compile(r"上门|实地|入户|现场核查|现场勘|走访|\bvisit\b|\bon-site\b|\binspect", re.IGNORECASE)
_ONLINE_NAMED = re.compile(r"网上|线上|在线|App|APP|app|小程序|公众号|平台|网站|\bonline\b", re.IGNORECASE)
"""An online channel the sentence itself names (the entries' own channel: the other rules check its name)."""
_ONLY_ONLINE = re.compile(
    r"(?:只能|仅能|只可以|仅限|只支持|仅支持|只接受)\S{0,2}(?:在|通过|用)?\S{0,12}?(?:网上|线上|在线|App|APP|app|小程序|公众号|网站|平台)"
    r"|\bonly (?:be )?(?:done |handled |applied for |available )?(?:online|through the app|via the app)\b|\bonline only\b",
)
_PRESENCE_SOURCE = re.compile(
    r"须本人到|仍需到|仍须到|需到窗口|须现场|须到窗口|本人到窗口|本人到场|亲自到场|到场办理|到窗口采集|窗口现场采集|现场采集|须本人|本人申请|本人办理|\bin person\b", re.I
)
_VISIT_FREE_SOURCE = re.compile(_FULLY_ONLINE.pattern + "|" + _NO_VISIT.pattern, re.IGNORECASE)
_IN_PERSON_ONLY = re.compile(
    r"(?:必须|须|只能|一定要|需要?|仅限)(?:由)?[\u4e00-\u9fff]{0,3}?本人(?:亲自)?(?:到场|前来|来|办理|申请|到窗口|去)|本人亲自(?:到场|办理|来)"
    r"|(?:不能|不可以|不可|不得|不允许|不接受|不予|无法)\S{0,2}(?:代办|代理|委托|代为|替人|他人代)"
    r"|\bmust (?:come|apply|attend|appear|be present) in person\b|\b(?:in person|yourself) only\b"
    r"|\b(?:cannot|can't|may not|not allowed to)\s+(?:\w+\s+){0,2}(?:send|ask|authori[sz]e|use)\s+(?:\w+\s+){0,2}(?:agent|proxy|someone|somebody|another)"
    r"|\bno (?:agents?|proxies|proxy)\b",
    re.IGNORECASE,
)
_AGENT_OFFERED = re.compile(
    r"(?:或|或者|也可以?|也能|可以)[^。；;]{0,8}?(?:委托|代办|代理|代为)"
    r"|\bor (?:\w+\s+){0,2}(?:send|ask|authori[sz]e)\s+(?:someone|somebody|an agent|a proxy|another)"
    r"|\bor (?:\w+\s+){0,4}?(?:agent|proxy|power of attorney)\b",
    re.IGNORECASE,
)
"""An agent offered next to "in person" (须本人到场，或者持委托书委托他人办理): not in person only."""
_AGENT_SOURCE = re.compile(r"委托|代办|代理人|代为|代查|代领|\bagent\b|\bproxy\b|\bon (?:your|someone's) behalf\b", re.IGNORECASE)
_HOME_OR_ONLINE_SOURCE = re.compile(
    r"上门(?:服务|办理|办证|帮办)|(?:可|可以|也可)(?:在|通过)?[^。；;，]{0,16}?(?:网上|在线|线上)(?:申请|办理|申领|换证|补证|申报)"
    r"|(?:App|APP|小程序|公众号)[”\"]?\s*(?:可|可以)(?:网上)?(?:申请|办理|申领|换证|补证)",
)
_NO_ONLINE_CLAIM = re.compile(
    r"(?:不能|不可以|不可|无法|没法|没有|不支持|不提供|无)(?:在)?(?:网上|线上|在线|手机上)|只能(?:到|去|来)(?:窗口|大厅|现场)"
    r"|(?:cannot|can't|can not|not)\s+(?:be\s+)?(?:done\s+|applied for\s+|handled\s+)?online|no online",
    re.IGNORECASE,
)
_NO_ONLINE_SOURCE = re.compile(r"无网上|暂无网上|不能网上|不支持网上|无线上|无在线|须本人到窗口|须到窗口|申请须本人", re.I)
_STEP_WAIVED = re.compile(r"(?:不需要|不用|无需|无须|不必|免(?:去|除)?|省去|跳过)(?:再|经过|进行|做)?([\u4e00-\u9fff]{2,4})")
_STEP_INCLUDED = r"(?:含|包括|包含|须|需|必须|需要|经|并)[\u4e00-\u9fff]{{0,2}}{0}"
_WINDOW_ONLY = re.compile(
    r"(?:必须|只能|一定要|只可以|仅能)(?:亲自)?(?:到|去|来)(?:[\u4e00-\u9fff]{0,4})(?:窗口|大厅|现场|柜台)"
    r"|\b(?:must|have to|can only)\s+(?:\w+\s+){0,2}(?:come|go|visit)\s+(?:to\s+)?(?:the\s+)?(?:window|hall|counter)\b",
    re.IGNORECASE,
)
_AGENT_BARRED_SOURCE = re.compile(r"(?:不得|不能|不可|不予|不接受|不允许)\S{0,2}(?:代办|委托|代理)")
_AGENT_CLAIM = re.compile(
    r"(?<![不无])(?:可以?|能|也可|允许)(?:由|让|请|找)?\S{0,4}?(?:代办|委托|代为办理|代理)|(?:家人|亲属|他人|别人|朋友)\S{0,2}(?:代办|代为|代理)"
    r"|\b(?:someone else|somebody else|an agent|a proxy|a relative|a family member|a friend)\b[^.;]{0,20}\b(?:can|may)\b"
    r"|\b(?:can|may)\s+(?:\w+\s+){0,2}(?:ask|send|authori[sz]e|let)\s+(?:a |an |your )?(?:relative|family member|friend|someone|somebody|agent|proxy)"
    r"|\b(?:can|may)\s+(?:\w+\s+){0,2}(?:send|ask|authori[sz]e)\s+(?:\w+\s+){0,2}(?:agent|proxy|someone|somebody)",
    re.IGNORECASE,
)
_FIRST_ZH = re.compile(
    r"(?:必须|务必|一定要|须|需|需要|要|得|应当|应)\s*先\s*([^，。；;,.!?！？]{2,24}?)\s*(?:[，,][^，。；;,]{0,6}?)?\s*(?:才能|才可以|才可|才会|才予|再|然后|之后|后才|后再|方可|才|(?=[。；;!！?？]|$))"
)
_FIRST_EN = re.compile(r"\bmust (?:first|already)\s+([a-z' ]{4,60}?)\s+(?:before|then|and then)\b", re.IGNORECASE)
_STEP_VERBS = re.compile(r"到|去|在|向|先|把|将|的|一下|那里|这里|窗口|大厅"
                         r"|(?<![A-Za-z0-9])[A-Za-z]{0,3}\d*[A-Za-z]?[-－]?\d{1,3}(?![A-Za-z0-9])|[\d一二三四五六七八九十]+\s*[楼层]")
"""Words of any step, and where it is done (window ids, floors: the window and floor rules judge them)."""
_EN_STOP = frozenset(["the", "a", "an", "to", "of", "at", "your", "you", "get", "obtain", "have", "has", "go", "visit", "apply", "for", "from", "in", "on", "with", "and", "done", "completed"])
_MIN_COVER = 0.5
_HALL_STEPS = frozenset({"取号", "排队", "叫号", "等候", "号码", "填表", "领号"})  # every hall's own steps
_MANDATORY = re.compile(r"必须|务必|一定要|一定得|必需|不可缺|不能少|\b(?:must|mandatory|compulsory|required|have to|has to)\b", re.I)
_NOTE_HEAD = re.compile(r"^(.*?)(?:时|的|提供|，|,|；|$)")
_GENERIC = frozenset({"办理", "提供", "需要", "可以", "申请"})


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    return {w[i : i + 2] for w in han.split() for i in range(len(w) - 1)}


def _optional_texts(service: Any) -> list[str]:
    """Names and notes of the materials ``service`` marks as not required."""
    out: list[str] = []
    for material in getattr(service, "materials", None) or []:
        if getattr(material, "required", True) is False:
            out += [str(getattr(material, k, "") or "") for k in ("name", "name_en", "note", "note_en")]
    return [t for t in out if t]


def required_source(source: str, services: list[Any]) -> str:
    """``source`` without the names and notes of optional materials (what is needed in every case)."""
    text = source
    for service in services:
        for part in sorted(_optional_texts(service), key=len, reverse=True):
            text = text.replace(part, " ")
    return text


_SOURCE_FLAGS = (
    ("appt_required", _APPT_REQUIRED), ("appt_waived", _APPT_WAIVED), ("visit_free", _VISIT_FREE_SOURCE),
    ("presence", _PRESENCE_SOURCE), ("only_online", _ONLY_ONLINE), ("agent", _AGENT_SOURCE),
    ("agent_barred", _AGENT_BARRED_SOURCE), ("home_or_online", _HOME_OR_ONLINE_SOURCE), ("no_online", _NO_ONLINE_SOURCE),
)  # fmt: skip


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names the material ``name`` (four characters of it in a row; its English name)."""
    core = re.sub(r"[^\u4e00-\u9fff]", "", name)
    return any(core[i : i + 4] in text for i in range(max(0, len(core) - 3)))


@dataclass(frozen=True)
class ProcessRules:
    """The process the cited entries state, to check a sentence's process steps against."""

    source: str
    required: str
    optional: tuple[tuple[str, frozenset[str]], ...] = ()
    online: bool = False
    flags: frozenset[str] = frozenset()
    required_bigrams: frozenset[str] = frozenset()
    required_words: frozenset[str] = frozenset()
    appointment: str = ""
    """The cited entries' appointment fields (how one books)."""

    @classmethod
    def build(cls, source: str, services: list[Any]) -> ProcessRules:
        """``source``: the cited entries, their windows and the hall's info; ``services``: the cited entries
        (cached by source and service ids: a turn on the same services reuses them)."""
        key = (source, tuple(str(getattr(x, "id", "")) for x in services))
        with _LOCK:  # turns run in worker threads
            found = _CACHE.get(key)
        if found is None:
            found = cls._build(source, services)
            with _LOCK:
                while len(_CACHE) >= _CACHE_SIZE:
                    _CACHE.pop(next(iter(_CACHE)))
                _CACHE[key] = found
        return found

    @classmethod
    def _build(cls, source: str, services: list[Any]) -> ProcessRules:
        optional: list[tuple[str, frozenset[str]]] = []
        for service in services:
            for material in getattr(service, "materials", None) or []:
                if getattr(material, "required", True) is False and len(getattr(material, "name", "") or "") >= 4:
                    head = _NOTE_HEAD.match(facts.plain(getattr(material, "note", "") or "")).group(1)  # type: ignore[union-attr]
                    optional.append((facts.plain(material.name), frozenset(_bigrams(head) - _GENERIC)))
        online = any(
            str(getattr(x, "online", "") or "").strip() and not _NO_ONLINE_SOURCE.search(str(getattr(x, "online", "")))
            for x in services
        )  # fmt: skip
        src, required = facts.plain(source), facts.plain(required_source(source, services))
        flags = frozenset(name for name, pattern in _SOURCE_FLAGS if pattern.search(src))
        return cls(
            src, required, tuple(optional), online, flags,
            frozenset(_bigrams(_STEP_VERBS.sub(" ", required)) | _HALL_STEPS),
            frozenset(re.findall(r"[a-z]{3,}", required.lower())),
            " ".join(str(getattr(x, k, "") or "") for x in services for k in ("appointment", "appointment_en")).strip(),
        )  # fmt: skip

    def check(self, sentence: str) -> list[str]:
        """Process steps of ``sentence`` the entries do not state."""
        text = facts.plain(sentence)
        src, f = self.source, self.flags
        problems: list[str] = []
        if _APPT_REQUIRED.search(text) and not _APPT_WAIVED.search(text) and "appt_required" not in f:
            problems.append("appointment required, entries make it optional")
        elif _APPT_WAIVED.search(text) and "appt_required" in f and "appt_waived" not in f:
            problems.append("no appointment, entries require one")
        if (_APPT_BY_PHONE.search(text) and self.appointment and not _PHONE_WORD.search(self.appointment)
                and not _APPT_BY_PHONE.search(src)):
            problems.append("appointment by phone, entries give another channel")  # 需通过公众号预约 → 拨打电话预约
        online_here = self.online and "presence" not in f and _ONLINE_NAMED.search(text)  # 在X小程序上申报，不用跑窗口
        if _NO_VISIT.search(text) and ("visit_free" not in f or "presence" in f) and not online_here:
            problems.append("no visit needed, entries require one")
        elif _FULLY_ONLINE.search(text) and "visit_free" not in f:
            problems.append("fully online, entries give no such channel")
        if _ONLY_ONLINE.search(text) and "only_online" not in f and "visit_free" not in f:
            problems.append("only online, entries serve at a window")
        in_person = _IN_PERSON_ONLY.search(text) and not _AGENT_OFFERED.search(text)
        if in_person and "agent" in f and "agent_barred" not in f:
            problems.append("in person only, entries accept an agent")
        elif in_person and (self.online or "home_or_online" in f) and "presence" not in f:
            problems.append("in person only, entries offer a home visit or an online application")
        elif _WINDOW_ONLY.search(text) and self.online and "presence" not in f:
            problems.append("only at the window, entries give an online channel")
        elif _AGENT_CLAIM.search(text) and "agent" not in f:
            problems.append("an agent may come, entries name none")
        if _HOME_VISIT.search(text) and not _HOME_VISIT_SOURCE.search(src) and not _NEGATED_VISIT.search(text):
            problems.append("home visit, entries name none")
        if _NO_ONLINE_CLAIM.search(text) and (self.online or "home_or_online" in f) and "no_online" not in f:
            problems.append("no online channel, entries give one")
        for m in _STEP_WAIVED.finditer(text):
            step = m.group(1)
            waived = re.search(r"(?:不需要|不用|无需|无须|不必|免)\S{0,3}" + re.escape(step), src)
            included = re.search(_STEP_INCLUDED.format(re.escape(step)), src) or re.search(re.escape(step) + "期", src)
            if included and not waived:  # 含入户调查; 公示期: the entries' process has that step
                problems.append(f"waives {step}, entries include it")
        problems += [f"step first: {p}" for p in self._first_steps(text)]
        if _MANDATORY.search(text) and not NOT_MANDATORY.search(text):
            problems += [f"optional {name} said to be required" for name, case in self.optional
                         if _names(text, name) and not case & _bigrams(text)]
        return problems

    def _first_steps(self, text: str) -> list[str]:
        """What ``text`` says must be done first, when the entries' required part does not give it."""
        unknown: list[str] = []
        required = self.required_bigrams
        for m in _FIRST_ZH.finditer(text):
            wanted = _bigrams(_STEP_VERBS.sub(" ", m.group(1)))
            if wanted and len(wanted & required) / len(wanted) < _MIN_COVER:
                unknown.append(m.group(1))
        required_en = self.required_words
        for m in _FIRST_EN.finditer(text):
            words = {w for w in re.findall(r"[a-z]{3,}", m.group(1).lower()) if w not in _EN_STOP}
            if words and len(words & required_en) / len(words) < _MIN_COVER:
                unknown.append(m.group(1))
        return unknown


_CACHE: dict[tuple[str, tuple[str, ...]], ProcessRules] = {}
_CACHE_SIZE = 256
_LOCK = threading.Lock()
