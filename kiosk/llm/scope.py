"""Which of the cited services a sentence is about, so its facts are checked against that service's entry.

With three cited services, "身份证补领工本费20元" must not pass because *another* cited service costs 20
yuan. A sentence names a cited service when it contains the service's name, its name without a closing
verb (无犯罪记录证明开具 → 无犯罪记录证明), one of its aliases (three characters or more) or its English
name, clause by clause; a clause that names none continues the topic of the clause before it. A clause that names some but not all of the cited services has its windows,
floors and fees read against the named services' entries (and the hall's info) only; a
clause that names none, or all, is read against them all.

A clause saying the hall or a window handles one kind of case only ("本大厅只受理首次申领") while another
cited service is served there and shares no word of that case (普通护照遗失补发 beside 普通护照申领（首次）)
excludes a service the entries offer: :meth:`Scope.only_handles` reports it.
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.llm.facts import plain

_VERB_END = re.compile(r"(补领|换领|申领|补办|换发|补发|办理|开具|申请|登记|办证|迁入|迁出|注销|变更|查询|缴纳|核发)$")
_REPLACE_VERB = re.compile(r"^(补|换)(?![领办发])")
"""补结婚证 is also said 补领结婚证 / 补办结婚证."""
_PREFIX = re.compile(r"^(居民|普通|往来|机动车)")
_DOC_END = re.compile(r"(证明|证书|证|卡|照|簿|书)$")
_MIN_ALIAS = 3
_CLAUSE = re.compile(r"[，,；;。！？!?]|\.(?=\s)")
_ITEM = re.compile(r"[、]")
"""Items of a list ("养老保险转移45个工作日、医保转移15个工作日"): a clause of its own each when two name services."""
# a clause with a subject of its own (a document or a service: 护照在A06窗口) does not continue the topic
_SUBJECT = re.compile(r"证|照|书|卡|簿|登记|许可|补贴|津贴|注销|迁|\b(?:passport|card|permit|licen[cs]e|certificate)")


_OPENING = re.compile(r"^(?:而|至于|关于|另外|还有|其中|其次|然后|再)?")
_CONTRAST = re.compile(r"^[^，,；;]{2,12}?(?:则|而是|的话则)|^\s*(?:前|后)(?:两|二|三|几)?(?:项|个|者|面|一项)")
"""A clause that contrasts a subject of its own ("离职提公积金则要求…") or points back at several ("前两项免费"):
not the topic of the clause before."""
_THEN = re.compile(r"后(?:再|就|才|即可|可以|才能)(?:到|去|来|在)|后[，,]?再")
"""A step after what the clause names ("拿到清税证明后再到2E01…"): the next one's, at its window."""
FIRST = _FIRST = re.compile(r"先|\b(?:first|before)\b", re.IGNORECASE)
"""A step done first ("要先到C07窗口做查询"): said of the topic's service, whoever's window it is at."""
_SHORT_FORMS = (("个体工商户", "个体户"), ("居民身份证", "身份证"))


def _fold(text: str) -> str:
    text = re.sub(r"\s+", "", plain(text)).lower()
    for long, short in _SHORT_FORMS:
        text = text.replace(long, short)
    return text


def _window(text: str) -> str:
    """A window id or a clause folded for finding window ids in it (ck1-03 → CK103)."""
    return re.sub(r"[\s\-－—_]", "", plain(str(text))).upper()


def _english(text: str) -> str:
    return re.sub(r"\s+", " ", plain(text).lower()).strip()


def _materials(services: list[Any]) -> str:
    """The folded material names of ``services`` (one a line)."""
    return "\n".join(_fold(str(getattr(m, "name", "") or "")) for s in services for m in getattr(s, "materials", None) or [])


def service_names(service: Any, materials: str = "") -> tuple[str, ...]:
    """The names a sentence may call ``service`` by (Chinese folded; English lower case with spaces):
    its name; its name without brackets (纳税证明（完税证明）开具 → 纳税证明开具) and the bracketed part of 4+
    characters (灵活就业人员); its name without a closing verb unless what is left is a document one of the
    other cited services lists in ``materials`` (居民身份证补领 → 补领身份证, 身份证补领; not 身份证, a
    material elsewhere; but 普通护照办理 → 护照); a trailing 首次/再次 moved before the verb (居民身份证首次申领
    → 首次申领身份证); aliases of 3+ characters."""
    name = _fold(service.name)
    names = {name}
    short: set[str] = set()
    bare = re.sub(r"[（(][^）)]*[）)]", "", name)
    names.add(bare)
    names |= {b for b in (re.sub(r"^含", "", m) for m in re.findall(r"[（(]([^）)]*)[）)]", name)) if len(b) >= 4}
    verb = _VERB_END.search(bare)
    if verb:
        obj = bare[: verb.start()]
        for o in {obj, _PREFIX.sub("", obj)}:
            case = re.search(r"(首次|初次|再次)$", o)
            core = o[: case.start()] if case else o
            names |= {verb.group() + o, o + verb.group()}
            if case:
                names |= {case.group() + verb.group() + core, case.group() + verb.group() + _PREFIX.sub("", core)}
            if not _DOC_END.search(core):
                names.add(o)
            elif core not in materials and len(core) >= 2:
                short.add(core)  # a document no other cited service lists names its own service (护照)
    for alias in getattr(service, "aliases", None) or []:
        names.add(_english(alias) if plain(alias).isascii() else _fold(alias))
        if _REPLACE_VERB.search(_fold(alias)):
            names |= {_REPLACE_VERB.sub(r"\1" + v, _fold(alias)) for v in "领办"}
    if getattr(service, "name_en", ""):
        names.add(_english(service.name_en))
    return tuple(sorted({n for n in names if len(n) >= (_MIN_ALIAS if n != name else 2)} | short))


_ONLY_HANDLES = re.compile(r"(?:只|仅)(?:受理|办理|负责|办)([\u4e00-\u9fff]{2,8}?)(?:业务|事项)?(?=[，,。；;！!]|$)")


def _texts(service: Any) -> list[str]:
    """A service's name, aliases, summary, notes, conditions and material names."""
    out = [str(getattr(service, k, "") or "") for k in ("name", "summary", "notes")]
    out += [str(a) for a in getattr(service, "aliases", None) or []]
    out += [str(c) for c in getattr(service, "conditions", None) or []]
    return out + [str(getattr(m, "name", "") or "") for m in getattr(service, "materials", None) or []]


_GENERIC_WORDS = frozenset({"办理", "申请", "申领", "登记", "证明", "服务", "窗口", "业务", "手续", "提取", "需要", "可以"})
"""Words of many services' names: they do not tell a clause has moved to another service."""


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class Scope:
    """The names of each cited service; tells which ones a sentence names."""

    def __init__(self, services: list[Any]) -> None:
        """``services``: the cited services, in citation order."""
        self.names = [service_names(s, _materials([o for o in services if o is not s])) for s in services]
        self.leading: list[tuple[str, ...]] = [() for _ in services]
        """Two-character aliases (契税) no other cited service uses: they name their service opening a clause."""
        if len(services) > 1:
            for i, s in enumerate(services):
                others = "\n".join(_fold(" ".join(_texts(o))) for o in services if o is not s)
                short = {_fold(a) for a in getattr(s, "aliases", None) or [] if len(_fold(a)) == 2 and not plain(a).isascii()}
                self.leading[i] = tuple(sorted(a for a in short if a not in others))
        self.full_names = [
            _fold(" ".join([str(getattr(s, "name", "") or ""), *(getattr(s, "aliases", None) or [])])) for s in services
        ]
        self.plain_names = [_fold(str(getattr(s, "name", "") or "")) for s in services]
        """The services' own names (not aliases: 离婚冷静期 of 离婚登记 is a term of the marriage rules too)."""
        self.served = [bool(getattr(s, "windows", None)) for s in services]
        self.windows = [tuple(_window(w) for w in getattr(s, "windows", None) or [] if len(_window(w)) >= 3)
                        for s in services]  # fmt: skip

    def only_handles(self, sentence: str, source: str = "") -> list[str]:
        """"只受理首次申领" where another cited service served at a window shares no word of 首次申领 (unless
        the entries, ``source``, say so themselves)."""
        if len(self.full_names) < 2:
            return []
        out: list[str] = []
        for m in _ONLY_HANDLES.finditer(_fold(sentence)):
            wanted = _bigrams(m.group(1))
            folded_source = _fold(source)  # only on a claim (rare): the entries are long
            if m.group(1) in folded_source and re.search(r"(?:只|仅)(?:受理|办理|负责|办)" + re.escape(m.group(1)), folded_source):
                continue
            overlap = [len(wanted & _bigrams(n)) for n in self.full_names]
            if not any(overlap):
                continue
            out += [f"only {m.group(1)}, entries also serve {self.full_names[i].split()[0]}"
                    for i, o in enumerate(overlap) if not o and self.served[i]]  # fmt: skip
        return out

    def named(self, sentence: str) -> tuple[int, ...]:
        """Indices of the cited services ``sentence`` names (empty when one or none is cited)."""
        if len(self.names) < 2:
            return ()
        folded = _fold(sentence)
        english = " " + _english(sentence) + " "
        spans: list[tuple[int, int, int]] = []  # (start, end, service) of each Chinese name found
        found: set[int] = set()
        for i, names in enumerate(self.names):
            for n in names:
                if n.isascii():
                    if n in english:
                        found.add(i)
                    continue
                at = folded.find(n)
                while at >= 0:
                    spans.append((at, at + len(n), i))
                    at = folded.find(n, at + 1)
        opening = _OPENING.sub("", folded)
        found |= {i for i, aliases in enumerate(self.leading) if any(opening.startswith(a) for a in aliases)}
        # a name inside a longer name of another cited service is that one's ("补领结婚证" is not 领结婚证)
        found |= {i for a, b, i in spans if not any(j != i and c <= a and b <= d and d - c > b - a for c, d, j in spans)}
        return tuple(sorted(found))

    def _others_word(self, clause: str, topic: tuple[int, ...]) -> tuple[int, ...]:
        """The cited services outside ``topic`` whose own names hold a two-character word of ``clause`` that
        no name of the topic has (遗失 of 身份证遗失补领 after 身份证首次申领; 公积 after 失业登记): the clause
        has moved on to them."""
        words = {b for b in _bigrams(_fold(clause)) if re.fullmatch(r"[\u4e00-\u9fff]{2}", b)} - _GENERIC_WORDS
        if not words:
            return ()
        own = set().union(*(_bigrams(self.full_names[i]) for i in topic))
        return tuple(i for i, n in enumerate(self.plain_names) if i not in topic and words & (_bigrams(n) - own))

    def _window_owners(self, clause: str) -> tuple[int, ...]:
        """The cited services whose window ids ``clause`` gives."""
        folded = _window(clause)
        return tuple(i for i, ids in enumerate(self.windows) if any(w in folded for w in ids))

    def _clauses(self, sentence: str) -> list[str]:
        """The clauses of ``sentence``; a list whose items name different cited services ("护照120元、港澳通行证
        60元") is split into its items, each fact of an item being its own service's, when two items name
        different ones or two give numbers and one names a service."""
        out: list[str] = []
        for clause in _CLAUSE.split(sentence):
            items = _ITEM.split(clause)
            owners = [self.named(i) for i in items] if len(items) > 1 else []
            facts = sum(bool(re.search(r"\d|[一二两三四五六七八九十百]", i)) for i in items)
            if any(owners) and (len({o for o in owners if o}) >= 2 or facts >= 2):
                out += items
            else:
                out.append(clause)
        return out

    def topics(self, sentence: str) -> list[tuple[str, tuple[int, ...], int]]:
        """Each clause of ``sentence`` that names some (not all) of the cited services, with their indices and
        how many clauses back the topic was named (0: the clause names them itself; more: carried over, the
        clause names none itself: "…办好退休手续的，可以再到2E01窗口提取" may have changed the topic)."""
        out = []
        topic: tuple[int, ...] = ()
        depth = 0
        for clause in self._clauses(sentence):
            # a clause that names no service continues the topic of the one before ("护照在A06窗口，收费60元")
            own = self.named(clause)
            carry = not _SUBJECT.search(clause.replace("证件", "")) and not _CONTRAST.search(clause)
            moved = self._others_word(clause, topic) if carry and not own and topic and not _FIRST.search(clause) else ()
            if moved:  # "…，遗失补领是40元": a word of another cited service's name, not the topic's: that one's
                own = moved
            named = own or (topic if carry else ())
            owners = () if len(named) in (0, len(self.names)) or (own and not _THEN.search(clause)) \
                else self._window_owners(clause)
            if owners and not set(owners) & set(named) and not _FIRST.search(clause):
                # "…，给孩子上户口则在一楼A03窗口": another cited service's window is the new topic; "拿到清税证明
                # 后再到2E01办注销": what the clause names comes before, the window's service next — both are read
                named = tuple(sorted({*own, *owners})) if own else owners
            depth = 0 if own else depth + 1
            topic = named
            if named and len(named) < len(self.names):
                out.append((clause, named, depth))
        return out
