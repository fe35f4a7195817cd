"""What a sentence claims about a cited material: waived, whose it is, how many, for which case.

:mod:`kiosk.llm.mentions` finds documents the entries do not name; this module checks claims about the
documents they do name (matched by the material's name, its core without owner words, its last
characters, or its English name):

- **waived**: "不需要X" / "X可以不带" / "only X is needed" where a *required* material is waived and
  neither its note nor the entries' conditions allow an exemption (可不提供, 免交, 可用…代替…);
- **only**: "只需带A" where another required material is not named anywhere in the sentence (one
  filled in or collected at the window does not count);
- **owner**: a material said to be someone else's (配偶名下的银行卡, both parents' booklets) where the
  entry names its owner (本人, 随迁一方, 申请人);
- **count**: "4张照片" / "准备2份" where the material's name or note gives another number;
- **required for an exempt case**: "外省户籍…须携带户口簿" where the note exempts that case;
- **a step the note requires, waived**: "无需公证" where the material's note says 须经公证;
- **not a material**: a document the sentence asks to bring ("还需要提供孩子的社保卡") that the entries
  name elsewhere (a product, another step) but not among the materials, their notes or the conditions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kiosk.llm.facts import numeric, plain
from kiosk.llm.mentions import Mentions, fold_documents

_CLAUSE = re.compile(r"[；;。！？!?]")
_OWNER_WORDS = (
    "本人", "申请人", "借款人", "配偶", "家属", "家人", "亲属", "亲戚", "孩子", "子女", "小孩", "婴幼儿", "父母",
    "双方", "一方", "监护人", "代办人", "经办人", "他人", "别人", "朋友", "老人", "单位", "户主",
)  # fmt: skip
_SAME_OWNER = {"申请人": "本人", "借款人": "本人", "自己": "本人", "家人": "家属", "亲戚": "亲属", "小孩": "孩子",
               "子女": "孩子", "婴幼儿": "孩子"}  # fmt: skip
_EN_OWNER = {"spouse": "配偶", "husband": "配偶", "wife": "配偶", "partner": "配偶", "family": "家属", "relative": "亲属",
             "child": "孩子", "son": "孩子", "daughter": "孩子", "friend": "朋友", "parent": "父母", "someone": "他人"}  # fmt: skip
_WAIVE = re.compile(
    r"(?:不需要?|无需|无须|不用|不必|免交|免提供|免于提供|不要求|用不着)(?:再|额外)?(?:提供|提交|携带|出具|带|交|准备|出示)?"
    r"|(?:可以|可)?不(?:带|交|提供|提交|出示)(?!齐)"
    r"|\b(?:do(?:es)?n[o']?t|don't|doesn't)\s+(?:need|have)\s+to\s+(?:bring|provide|show|submit)|\bno need (?:to|for)\b"
    r"|\b(?:is|are)\s+not\s+(?:needed|required)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(r"只需要?|只要|只带|只用|仅需要?|仅凭|只凭|\bonly\s+(?:need|bring|needs)\b", re.IGNORECASE)
_EXEMPT = re.compile(r"可不|免交|免于|免提供|无需|无须|不需|不用|代替|替代|可后补|或在|也可")
_REQUIRE = re.compile(r"必须|须|需要|需|要带|得带|要提供|\bmust\b|\brequired\b|\bneed", re.IGNORECASE)
_STRONG = re.compile(r"必须|必交|必带|必备|必不可少|务必|一定要|一定得|必需|还要|还需要?|还得|也要|也需要?|也得|都要|都需要?|\bmust\b|\bmandatory\b"
                     r"|\bit is required\b|\balso (?:need|bring)", re.IGNORECASE)
NOT_MANDATORY = re.compile(
    r"(?:不是|并不是|并非|不|非|未必)(?:一定要|一定得|必须|必需|必要|非要|强制)"
    r"|\b(?:not|never|isn't|aren't)\s+(?:strictly\s+)?(?:required|mandatory|compulsory|necessary|needed)\b|\boptional\b",
    re.IGNORECASE,
)
"""Necessity denied (结婚证不是必须的, not required): the sentence says a material is optional, not needed."""
_IF = re.compile(r"如果|若|的话|假如|要是|如有|有的|的[，,]|已婚|\bif\b|\bwhen\b|\bwho\b|\bwhere\b", re.IGNORECASE)
_AT_WINDOW = re.compile(r"现场|窗口|当场|领取|填写|采集|打印|可后补")
_COUNT_WORD = r"(\d+)\s*(?:张|份|本|套)"
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_STEPS = (("公证", ("公证", "notari")), ("认证", ("认证", "authenticat", "legalis")), ("盖章", ("盖章", "stamp")),
          ("签名", ("签名", "签字", "sign")), ("备案", ("备案", "regist")))  # fmt: skip
_BRING = re.compile(r"携带|带上|带齐|带好|要带|需带|提供|提交|递交|出示|准备|备齐|凭|需要|须|需|还要|都要|\bbring\b|\bprovide\b"
                    r"|\bsubmit\b|\bshow\b|\bneed\b|\bneeds\b", re.IGNORECASE)
"""What asks for a material: the documents after it (in its clause) are what to bring."""
_ASK_NEGATED = re.compile(r"(?:不|无|免|没有?|不再|无需|不用)$")
_NOT_BROUGHT = re.compile(r"领|取|办|申|换|补|开|打印|发|激活|查询|出具|核发|作废|变更|注销|\b(?:get|collect|receive|issue|apply)", re.I)
"""A verb after the ask: the document is what the visit gives or changes (需要到窗口领取营业执照), not one to bring."""
_WHOEVER_NEEDS = re.compile(r"[^，,。的]{2,16}的(?:话)?(?:\s*$|[，,]|可以|可|请|就|也|都|到|在|去)")
"""A document after the ask closed by 的 ("需要无房证明的可以在B05开具"): whoever needs it, a case."""
_CORE_PREFIX = re.compile(r"^(?:" + "|".join(_OWNER_WORDS) + r"|居民|近期|有效|原|名下|的|及|或|本市)+")
_EN_WORDS = re.compile(r"[a-z]+")
_DOCUMENT_END = re.compile(r"(?:证|照|书|卡|簿|合同|证明|表|单|协议|凭证|发票|材料)$")
"""A bracket's item that is a document (租赁合同), not a case (企业退休)."""
_OWNED = re.compile(r"((?:" + "|".join(_OWNER_WORDS) + r"|自己)+)(?:名下)?的?(?:居民|本人|名下|一类|有效|身份)?$")

def _fold(text: str) -> str:
    return fold_documents(text)


def _owner(word: str) -> str:
    return _SAME_OWNER.get(word, word)


@dataclass(frozen=True)
class _Material:
    name: str
    keys: tuple[str, ...]
    english: tuple[str, ...]
    required: bool
    note: str
    owners: frozenset[str]
    counts: frozenset[int]
    sheets: frozenset[int] = frozenset()
    """How many sheets of it one may hand in when it asks for copies: one, its copies, or those and the original."""


def _material(item: Any) -> _Material:
    name = _fold(str(getattr(item, "name", "") or ""))
    note = _fold(str(getattr(item, "note", "") or ""))
    keys: set[str] = set()
    for part in re.split(r"[或及和、/]", name):
        core = _CORE_PREFIX.sub("", part)
        keys |= {k for k in (part, core, core[-3:] if len(core) >= 4 else "") if len(k) >= 2}
    for listed in re.findall(r"\((.*?)\)", name):  # 经营场所使用证明（租赁合同等） is also named 租赁合同
        keys |= {k for k in (re.sub(r"等$", "", t) for t in re.split(r"[、，,或和及/]", listed))
                 if len(k) >= 3 and _DOCUMENT_END.search(k)}
    if name.startswith("原"):  # 原护照: the old one, named with 原/旧 (护照 alone is the new one applied for)
        core = _CORE_PREFIX.sub("", name)
        keys = {name, "旧" + core, "原来的" + core, "以前的" + core}
    words = _EN_WORDS.findall(re.sub(r"\(.*?\)|\s+(?:in|for|from|to)\s+.*$", "", plain(str(getattr(item, "name_en", "") or "")).lower()))
    english = (" ".join(words[-2:]),) if len(words) >= 2 else tuple(w for w in words if len(w) >= 5)
    owners = frozenset(_owner(w) for w in _OWNER_WORDS if w in name)
    counts = frozenset(int(n) for n in re.findall(_COUNT_WORD, numeric(name + "；" + note)))
    copies = int(getattr(item, "copies", 0) or 0)
    sheets = frozenset({1, copies, copies + bool(getattr(item, "original", True))}) if copies else frozenset()
    return _Material(name, tuple(sorted(keys, key=len, reverse=True)), english,
                     bool(getattr(item, "required", True)), note, owners, counts, sheets)  # fmt: skip


def _at(material: _Material, folded: str, at: int) -> bool:
    """Whether one of ``material``'s keys is what ``folded`` names at ``at`` (starting there or just before:
    代办人身份证 around the 身份证 of another material)."""
    return any(0 <= at - i <= 6 for k in material.keys for i in (folded.find(k, max(0, at - 6)),) if i >= 0)


def _owned_by(material: _Material, before: str) -> bool:
    """Whether the owner said just ``before`` a mention fits ``material`` (one without owners fits any)."""
    owner = _OWNED.search(re.split(r"[、，,和及与跟或]", before)[-1])
    if not owner or not material.owners:
        return True
    said = {_owner(w) for w in _OWNER_WORDS if w in owner.group(1)} or {"本人"}
    return bool(said & material.owners) or owner.group(1) in material.name


def _unnamed(material: _Material, names: list[str]) -> _Material:
    """``material`` without the keys that name the service itself (原护照's 护照 in 护照申请)."""
    keys = tuple(k for k in material.keys if k == material.name or not any(k in n for n in names))
    return _Material(material.name, keys, material.english, material.required, material.note, material.owners,
                     material.counts, material.sheets)  # fmt: skip


def _exempt_case_named(note: str, sentence: str) -> bool:
    """Whether ``note``'s exemption applies to ``sentence``: it is unconditional ("可用个人承诺代替"), or the
    sentence names its case ("外省户籍跨省换领的…可不提供" for a sentence about 外省户籍跨省换领)."""
    grams = {sentence[i : i + 2] for i in range(len(sentence) - 1)}
    for part in re.split(r"[；;]", note):
        ex = _EXEMPT.search(part)
        if not ex:
            continue
        case = re.sub(r"(?:的|者|时)?(?:凭.*)?[，,]?$", "", part[: ex.start()])
        pairs = {case[i : i + 2] for i in range(len(case) - 1)} - {"户籍", "本市", "提供", "办理", "一般"}
        if len(pairs) < 2 or len(pairs & grams) >= min(2, max(1, len(pairs) // 2)):
            return True
    return False


class MaterialClaims:
    """The cited materials' requirements; checks what a sentence claims about them."""

    def __init__(self, services: list[Any]) -> None:
        """``services``: the cited services."""
        names = [_fold(str(getattr(s, "name", "") or "")) for s in services]
        self.materials = [_unnamed(_material(m), names) for s in services for m in getattr(s, "materials", None) or []]
        self.conditions = _fold(" ".join(str(c) for s in services for c in getattr(s, "conditions", None) or []))
        listed = [" ".join(str(getattr(m, k, "") or "") for k in ("name", "name_en", "note", "note_en"))
                  for s in services for m in getattr(s, "materials", None) or []]
        listed += [str(c) for s in services for k in ("conditions", "conditions_en") for c in getattr(s, k, None) or []]
        listed += [str(getattr(s, k, "") or "") for s in services for k in ("notes", "notes_en")]
        self.listed = Mentions("\n".join(listed), " ".join(f"{getattr(s, 'name', '')} {getattr(s, 'name_en', '')}" for s in services))
        self.notes = _fold(" ".join(str(getattr(s, "notes", "") or "") for s in services))
        """The cited services' notes (亲属可代办，须带代办人身份证: an owner the materials list does not give)."""

    def _named(self, clause: str) -> list[tuple[_Material, int]]:
        """Materials ``clause`` names, with where the mention starts (in the folded clause, -1 for English)."""
        folded, english = _fold(clause), re.sub(r"s\b", "", " " + plain(clause).lower() + " ")
        out: list[tuple[_Material, int]] = []
        for m in self.materials:
            at = next((folded.find(k) for k in m.keys if k in folded), None)
            if at is not None:
                out.append((m, at))
            elif any(e and re.sub(r"s\b", "", e) in english for e in m.english):
                out.append((m, -1))
        return out

    def check(self, sentence: str) -> list[str]:
        """What ``sentence`` claims about the cited materials that their entries do not support."""
        if not self.materials:
            return []
        problems: list[str] = []
        named_all = [m for m, _ in self._named(sentence)]
        for clause in _CLAUSE.split(sentence):
            for sub in re.split(r"[，,]", clause):
                problems += self._waived(sub, sentence)
            problems += self._only(clause, named_all)
            problems += self._owners(clause)
            problems += self._counts(clause)
            problems += self._exempt_case(clause)
            problems += self._steps(clause)
            problems += self._optional_required(clause)
        return list(dict.fromkeys(problems))

    def unlisted(self, text: str, elsewhere: list[str]) -> list[str]:
        """Documents ``text`` asks to bring that the cited materials, their notes and the conditions do not
        name (``elsewhere``: the documents the whole entries do not name either, reported already)."""
        out: list[str] = []
        for clause in re.split(r"[，,；;。！？!?]", text):
            ask = _BRING.search(clause)
            if not ask or _ASK_NEGATED.search(clause[: ask.start()]):
                continue
            rest = clause[ask.end() :]
            if _WHOEVER_NEEDS.match(rest) and _BRING.search(clause[: ask.start()]) is None:
                continue  # "需要无房证明的，可以在B05开具": whoever needs it, a case, not a document to bring
            verb = _NOT_BROUGHT.search(rest)
            for document in self.listed.unknown_documents(rest[: verb.start()] if verb else rest):
                if document not in elsewhere and document not in out:
                    out.append(document)
        return [f"not a material of the entries: {d}" for d in out]

    def _waived(self, clause: str, sentence: str) -> list[str]:
        waive = _WAIVE.search(clause)
        if not waive:
            return []
        out = []
        for m, at in self._named(clause):
            if not m.required or _AT_WINDOW.search(m.note):
                continue
            if _EXEMPT.search(m.note) and _exempt_case_named(m.note, _fold(sentence)):
                continue  # the note exempts it (for the case the sentence names, when it names one)
            if at >= 0 and _ONLY.search(_fold(clause)[:at]) and not _WAIVE.search(_fold(clause)[at:]) \
                    and _fold(clause).find(_fold(waive.group())) < at:
                continue  # "只需带A，不需要B": A is the one kept
            out.append(f"material waived {m.name}")
        return out

    def _only(self, clause: str, named_all: list[_Material]) -> list[str]:
        only = _ONLY.search(clause)
        if not only:
            return []  # "带上A就行" stays: faithful answers are often partial; "只需A" claims the list
        named = self._named(clause[only.end():])
        if not named:
            return []
        if not all(m.required for m, _ in named):
            return []  # "带学生证就行": an optional material for the case named, not the whole list
        folded = _fold(clause)
        words = {folded[i : i + 3] for i in range(len(folded) - 2) if folded[i + 2] in "证书同卡照表明簿"}
        missing = [m for m in self.materials if m.required and m not in named_all and not _AT_WINDOW.search(m.note)
                   and not _EXEMPT.search(m.note) and re.search(r"证|簿|卡|书|合同|照片|表|凭证|证明", m.name)
                   and not any(w in m.note for w in words)]  # fmt: skip
        return [f"only some materials, entries also require {m.name}" for m in missing[:1]]

    def _owners(self, clause: str) -> list[str]:
        folded, low = _fold(clause), plain(clause).lower()
        out = []
        named = self._named(clause)
        for m, at in named:
            if not m.owners:
                continue
            if at >= 0 and any(o is not m and _at(o, folded, at) and _owned_by(o, folded[max(0, at - 8) : at])
                               for o, _ in named):
                continue  # "监护人的身份证": 监护人身份证 is cited beside 本人居民身份证 — the mention is that one
            said: set[str] = set()
            if at >= 0:
                before = re.split(r"[、，,和及与跟或]", folded[max(0, at - 8) : at])[-1]
                owner = _OWNED.search(before)
                if owner:
                    said = {_owner(w) for w in _OWNER_WORDS if w in owner.group(1)} or {"本人"}
            else:
                i = next((low.find(e) for e in m.english if e and e in low), -1)
                before = re.split(r"[,;]| and | or ", low[max(0, i - 30) : i])[-1] if i >= 0 else ""
                said = {z for e, z in _EN_OWNER.items() if re.search(rf"\b{e}(?:'s|s'|s)?\s+(?:[\w-]+\s+)?$", before)}
                if re.search(r"\b(?:own|my)\s+(?:[\w-]+\s+)?$", before):
                    said.add("本人")
            if said and not said & m.owners and not said & {_owner(w) for w in _OWNER_WORDS if w in m.note} \
                    and not said & {_owner(w) for w in _OWNER_WORDS for k in m.keys
                                    if re.search(re.escape(w) + ".{0,3}" + re.escape(k), self.notes)}:
                out.append(f"material owner {'/'.join(sorted(said))} ({m.name})")
        return out

    def _counts(self, clause: str) -> list[str]:
        if re.search(r"复印|cop(?:y|ies)", clause, re.IGNORECASE):
            return []  # copies: kiosk.llm.copies
        folded, low = _fold(clause), plain(clause).lower()
        for word, n in _EN_NUM.items():
            low = re.sub(rf"\b{word}\b", str(n), low)
        out = []
        for m, at in self._named(clause):
            if not m.counts and not m.sheets and "原件" not in folded:
                continue
            originals: set[int] = set()
            if at >= 0:
                key = next(k for k in m.keys if folded.startswith(k, at))
                before = re.split(r"[、，,和及与跟或]", folded[max(0, at - 10) : at])[-1]
                after = re.split(r"[、，,和及与跟或]", folded[at + len(key) : at + len(key) + 6])[0]
                said = {int(n) for n in re.findall(_COUNT_WORD + r"[^\d]{0,6}$", numeric(before))}
                said |= {int(n) for n in re.findall(r"^(?:[^\d]{0,3}?|[^\d]{0,3}?\d式)" + _COUNT_WORD, numeric(after))}
                originals = {int(n) for n in re.findall(r"^[^\d]{0,3}?原件" + _COUNT_WORD, numeric(after))}
            else:
                said = {int(n) for n in re.findall(r"\b(\d)\s+(?:[\w-]+\s+){0,4}?(?:photo|cop|form|certificate)", low)}
            if originals - {1} and not originals & m.counts:  # "原件两份": one original unless the entry says more
                out.append(f"originals {'/'.join(map(str, sorted(originals)))} ({m.name})")
            elif said and (m.counts or m.sheets) and not said & (m.counts or m.sheets):
                out.append(f"material count {'/'.join(map(str, sorted(said)))} ({m.name})")
        return out

    def _exempt_case(self, clause: str) -> list[str]:
        if not _REQUIRE.search(clause) or _WAIVE.search(clause):
            return []
        folded = _fold(clause)
        out = []
        for m, _ in self._named(clause):
            for part in re.split(r"[；;]", m.note):
                ex = re.search(r"可不|免交|免于|免提供|无需|无须|不需", part)
                if not ex:
                    continue
                case = re.sub(r"(?:的|者|时)?(?:凭.*)?$", "", part[: ex.start()])
                pairs = {case[i : i + 2] for i in range(len(case) - 1)} - {"户籍", "本市", "提供", "办理"}
                if len(pairs) >= 2 and len([p for p in pairs if p in folded]) >= 2:
                    out.append(f"material required where the entries exempt it ({m.name})")
                    break
        return out

    def _optional_required(self, clause: str) -> list[str]:
        """An optional material said to be needed in every case: "还必须带户口簿" where the entry marks it
        optional (its note names the case: 核对出生日期时提供)."""
        if not _STRONG.search(clause) or _IF.search(clause) or _WAIVE.search(clause) or NOT_MANDATORY.search(clause):
            return []
        folded = _fold(clause)
        named = self._named(clause)
        required_keys = {k for m, _ in named if m.required for k in m.keys}
        out = []
        for m, at in named:
            if m.required or (at >= 0 and any(k in folded for k in required_keys if k in m.keys)):
                continue
            head = re.split(r"时|的|提供|[，,；;]", m.note)[0]
            case = {head[i : i + 2] for i in range(len(head) - 1)} - {"提供", "办理", "需要", "可以", "申请"}
            if not case & {folded[i : i + 2] for i in range(len(folded) - 1)}:
                out.append(f"optional {m.name} said to be required")
        return out

    def _steps(self, clause: str) -> list[str]:
        if not _WAIVE.search(clause) and not re.search(r"\bnot?\b|不", clause, re.IGNORECASE):
            return []
        low = clause.lower()
        out = []
        for m, _ in self._named(clause) or [(m, -1) for m in self.materials if "document" in low]:
            for step, words in _STEPS:
                if step in m.note and not re.search(r"不|无需|免", m.note) and any(
                    re.search(rf"(?:不需要?|无需|无须|不用|不必|免|not?\s+(?:need\s+to\s+be\s+|be\s+)?(?:\w+\s+)?)\w*{w}", low)
                    for w in words
                ):
                    out.append(f"waives {step} ({m.name})")
        return out
