"""Original or copy: "带身份证复印件就行" when the entries ask for the original is an invented requirement.

Each cited material says whether the original is needed (``original``) and how many copies (``copies``).
A clause of a sentence that names a cited material and speaks of copies (复印件, 复印, photocopy, copy)
needs a matching material with copies; one that says the original is not needed (不用原件, no original)
needs a matching material whose original is not required; a number of copies (两份复印件, 2 copies)
must be one a matching material asks for (两份复印件, 复印两份). A clause naming no cited material is left alone.
A material is named by its name, its core (居民身份证 → 身份证), the documents its name lists in brackets
(变更事项相关证明（股东会决议、新住所证明等） → 股东会决议).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kiosk.llm.facts import numeric, plain

_CLAUSE = re.compile(r"[，,；;。！？!?]")
_COPY = re.compile(r"复印件|复印|影印件|photocop(?:y|ies)|\bcop(?:y|ies)\b", re.IGNORECASE)
_NO_ORIGINAL = re.compile(
    r"(?:不用|不需要?|无需|无须|不必|不要)(?:带|提供|出示|交)?原件|原件(?:不用|不需要?|无需|不必)"
    r"|\bno (?:need for the )?original\b|\boriginal (?:is )?not (?:needed|required)\b|\bcopy is enough\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(\d+)\s*(?:份|张)?\s*(?:复印件|复印)|(\d+)\s*(?:photo)?cop(?:y|ies)|复印件?\s*(\d+)\s*(?:份|张)", re.IGNORECASE
)
_NO_COPY = re.compile(
    r"(?:不用|不需要?|无需|无须|不必|不要)(?:带|提供|交|准备)?复印件|复印件(?:不用|不需要?|无需|不必)|(?:只|仅)(?:需|要|交|带)?原件"
    r"|原件(?:即可|就行|就可以|就够)|\bno (?:need for (?:a )?)?(?:photo)?cop(?:y|ies)\b|\boriginal is enough\b",
    re.IGNORECASE,
)
"""The copy said not to be needed (交原件即可，不需要复印件): wrong where the material asks for copies."""
_OTHER_DOCUMENT = re.compile(r"证|照|书|卡|簿|合同|证明|\b(?:card|certificate|licen[cs]e|passport|contract)\b", re.I)
"""A clause naming a document of its own (not a cited material) is not about the material before it."""
_COPIES_OF = re.compile(r"\bcop(?:y|ies) of\b", re.IGNORECASE)
_EN_NUMBER = re.compile(r"\b(one|two|three|four|five|six)\b", re.IGNORECASE)


def _en_number(m: re.Match[str]) -> str:
    return str(("one", "two", "three", "four", "five", "six").index(m.group(1).lower()) + 1)


_PREFIX = re.compile(r"^(?:居民|双方|本人|申请人|原|近期|有效)+")
_EN_WORDS = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    return re.sub(r"\s+|的", "", plain(text)).lower().replace("户口本", "户口簿")


@dataclass(frozen=True)
class _Material:
    keys: tuple[str, ...]
    english: tuple[str, ...]
    original: bool
    copies: int
    counts: frozenset[int] = frozenset()


def _material(item: Any) -> _Material:
    name = _fold(str(getattr(item, "name", "") or ""))
    core = _PREFIX.sub("", name)
    bare = re.sub(r"\(.*?\)", "", core)  # 经营场所证明（租赁合同或房产证） is named 经营场所证明
    listed = [re.sub(r"等$", "", t) for b in re.findall(r"\((.*?)\)", core) for t in re.split(r"[、，,或和及/]", b)]
    head = core.split("(")[0] if "(" in core else ""  # 死亡医学证明（推断）书 is called 死亡医学证明
    keys = {k for k in (name, core, bare, core[-3:] if len(core) >= 3 else "", *listed) if len(k) >= 2}
    keys |= {head} if len(head) >= 4 else set()
    keys -= {k for k in listed if len(k) < 3}
    words = _EN_WORDS.findall(plain(str(getattr(item, "name_en", "") or "")).lower())
    english = (" ".join(words[-2:]),) if len(words) >= 2 else tuple(words)
    counts = frozenset(int(n) for n in re.findall(r"(\d+)\s*份", numeric(str(getattr(item, "note", "") or ""))))
    copies = int(getattr(item, "copies", 0) or 0)
    if not copies and _COPY.search(str(getattr(item, "note", "") or "")):
        copies = 1  # "房东不到场的提供复印件": the note allows a copy
    return _Material(tuple(sorted(keys)), english, bool(getattr(item, "original", True)), copies, counts)


class CopyRules:
    """The cited materials' original/copy requirements; checks what a sentence says about them."""

    def __init__(self, services: list[Any]) -> None:
        """``services``: the cited services."""
        self.materials = [_material(m) for s in services for m in getattr(s, "materials", None) or []]

    def _named(self, clause: str) -> list[_Material]:
        folded, english = _fold(clause), " " + plain(clause).lower() + " "
        return [m for m in self.materials if any(k in folded for k in m.keys)
                or any(e and re.sub(r"s\b", "", e) in re.sub(r"s\b", "", english) for e in m.english)]  # fmt: skip

    def _bound(self, sentence: str, clause: str, start: int) -> list[_Material]:
        """The materials a copy or original mention in ``clause`` (at ``start`` in ``sentence``) speaks of:
        in a list (请带身份证、劳动合同证明（原件和一份复印件）), the one named last before the mention, also
        across a bracket's comma; else every material the clause names."""
        before = _fold(sentence[:start])
        at, last = max(((max(before.rfind(k) for k in m.keys), m) for m in self.materials if m.keys),
                       key=lambda pair: pair[0], default=(-1, None))
        head = plain(sentence[:start])
        in_bracket = head.rfind("(") > head.rfind(")")
        if last is not None and at >= 0 and (in_bracket or any(k in _fold(clause) for k in last.keys)):
            return [m for m in self.materials if m.keys == last.keys]  # the same document cited twice: both
        return self._named(clause)

    def check(self, sentence: str) -> list[str]:
        """Copies or originals ``sentence`` asks for that the cited materials do not."""
        if not self.materials:
            return []
        problems: list[str] = []
        offset = 0
        previous = ""
        for clause in _CLAUSE.split(sentence):
            start, offset = offset, offset + len(clause) + 1
            copy, no_original = _COPY.search(clause), _NO_ORIGINAL.search(clause)
            if not copy and not no_original:
                previous = clause
                continue
            mention = min(m.start() for m in (copy, no_original) if m)
            named = self._bound(sentence, clause, start + mention)
            if not named and (no_original or _NO_COPY.search(clause)) and not _OTHER_DOCUMENT.search(clause):
                named = self._named(previous)  # "A交复印件就可以，不用原件": the clause goes on about A
            else:
                previous = clause
            if not named:
                continue
            if _NO_COPY.search(clause) and all(m.copies for m in named):
                problems.append("says no copy is needed, the entries ask for one")
                continue
            counts = {int(g) for m in _COUNT.finditer(numeric(_EN_NUMBER.sub(_en_number, clause))) for g in m.groups() if g}
            if copy and _COPIES_OF.search(clause) and counts & {c for m in named for c in m.counts}:
                continue  # "three copies of the agreement": 3份 of the document itself, as its note says
            if no_original and all(m.original for m in named):
                problems.append("says the original is not needed")
            elif copy and all(m.copies == 0 for m in named):
                problems.append("asks for a copy the entries do not")
            counts = {int(g) for m in _COUNT.finditer(numeric(clause)) for g in m.groups() if g}
            if counts and not counts & {m.copies for m in named}:
                problems.append(f"copies {'/'.join(map(str, sorted(counts)))}")
        return problems
