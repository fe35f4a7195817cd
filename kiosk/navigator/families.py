"""Ranking adjustments that need the catalog's structure: families of services, two needs in one
question, and one facility on several floors.

- A *family* is every service whose name holds all the words of a short question ("公积金怎么取"
  → each kind of housing-fund withdrawal; "社保卡" → every social-security-card service): the
  question names the family, not one member, so the citizen is offered all of it.
- *Two needs* ("补身份证，还要办护照"): the parts between connecting words are asked one by one;
  if each part is clearly a different entry, and each is near the top for the whole question too,
  both are the answer, in the order the citizen said them.
- The same facility on several floors (toilets, lifts): the one on the kiosk's floor comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kiosk.navigator import confidence, fusion, lexicon, textnorm

if TYPE_CHECKING:
    from kiosk.navigator.navigator import Navigator

MAX_FAMILY = 8
"""A larger "family" is no family: the question is just vague (handled as a plain choice)."""
MAX_FAMILY_QUERY = 8
"""Characters of content at most: a family is named in a few words."""
NEAR = 10
"""Each part's entry must be among the whole question's first NEAR too."""
_PARENTHESES = re.compile(r"[（(][^）)]*[）)]")


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    """A place's name without its parenthesised part (worked out once a name)."""
    return _PARENTHESES.sub("", textnorm.normalize(name)).strip()


def _place_key(entry: Any) -> str:
    return _name_key(entry.obj.name)


def prefer_kiosk_floor(ranked: list[fusion.Scored], entries: list[Any], kiosk_floor: str) -> list[fusion.Scored]:
    """Places of one name share their best score; ties go to the kiosk's floor, then catalog order."""
    best: dict[str, float] = {}
    for item in ranked:
        entry = entries[item.index]
        if entry.kind == "place":
            key = _place_key(entry)
            best[key] = max(best.get(key, 0.0), item.score)
    if not best:
        return ranked
    adjusted = [replace(item, score=best[key], group=key) if (key := _place_key(entries[item.index])) in best
                and entries[item.index].kind == "place" else item for item in ranked]

    def order(item: fusion.Scored) -> tuple[float, bool, int]:
        entry = entries[item.index]
        elsewhere = entry.kind == "place" and getattr(entry.obj, "floor", kiosk_floor) != kiosk_floor
        return (-round(item.score, 6), elsewhere, item.index)

    adjusted.sort(key=order)
    return adjusted


@dataclass(frozen=True)
class FamilyIndex:
    """Per entry: the characters of its name with its department's, and the English words of both
    (computed once per catalog, so a question costs set look-ups only)."""

    chars: dict[str, frozenset[int]]
    """character → the services whose name (with its department's) holds it."""
    words: dict[str, frozenset[int]]
    """English word → likewise."""

    @classmethod
    def build(cls, entries: list[Any], departments: dict[str, str]) -> FamilyIndex:
        """Index the services (places never form a family)."""
        chars: dict[str, set[int]] = {}
        words: dict[str, set[int]] = {}
        for index, entry in enumerate(entries):
            if entry.kind != "service":
                continue
            service = entry.obj
            for char in textnorm.normalize(service.name + departments.get(service.department, "")):
                chars.setdefault(char, set()).add(index)
            english = f"{service.name_en or ''} {departments.get(service.department + ':en', '')}"
            for word in textnorm.english_words(english):
                words.setdefault(word, set()).add(index)
        return cls({k: frozenset(v) for k, v in chars.items()}, {k: frozenset(v) for k, v in words.items()})

    @staticmethod
    def holding(table: dict[str, frozenset[int]], keys: set[str]) -> list[int]:
        """The entries that hold every key, in index order."""
        found: frozenset[int] | None = None
        for key in keys:
            found = table.get(key, frozenset()) if found is None else found & table.get(key, frozenset())
            if not found:
                return []
        return sorted(found or ())


def family(query: Any, ranked: list[fusion.Scored], entries: list[Any], index: FamilyIndex) -> list[int]:
    """Entry indices of the service family the question names (best ranked first), or [].

    A member's name, with its department's name, holds every character (or English word) of the question's
    content: "公积金怎么取" → every 提取 service of the housing-fund department."""
    content = query.content.replace(" ", "")
    if not content or not ranked:
        return []
    if query.language == "en":
        words = set(textnorm.english_words(query.content))
        if not words or len(words) > 3:
            return []
        members = index.holding(index.words, words)
    else:
        count = textnorm.cjk_count(content)
        if count < 2 or len(content) > MAX_FAMILY_QUERY or count != len(content):
            return []
        members = index.holding(index.chars, set(content))
    if not 2 <= len(members) <= MAX_FAMILY:
        return []
    if any(content in (textnorm.normalize(n).replace(" ", "") for n in (entries[i].obj.name, *entries[i].obj.aliases))
           for i in members):
        return []  # the question is one member's own name or alias
    if not {item.index for item in ranked[:3]} & set(members):
        return []  # the rankers see something else first
    position = {item.index: rank for rank, item in enumerate(ranked)}
    members.sort(key=lambda i: position.get(i, len(position) + i))
    return members


# the word follows a subject of its own ("，公积金也…", not "，也能在这办吗")
_CLAUSE_ALSO = re.compile(rf"[，,；;](?=[^，,；;。！？!?]{{2,{lexicon.ALSO_REACH}}}?(?:{'|'.join(lexicon.ALSO_WORDS)}))")


def _parts(question: str) -> list[str]:
    text = f" {textnorm.normalize(question)} "
    for connector in sorted(lexicon.CONNECTORS, key=len, reverse=True):
        text = text.replace(connector, "\x00")
    # only the last such comma splits: the clauses before it are the story and the first need together
    alsos = list(_CLAUSE_ALSO.finditer(text))
    if alsos and "\x00" not in text:
        at = alsos[-1].start()
        text = text[:at] + "\x00" + text[at + 1:]
    return [p.strip() for p in text.split("\x00") if textnorm.cjk_count(p) >= 2 or len(textnorm.english_words(p)) >= 1]


def two_needs(navigator: Navigator, question: str, whole: list[fusion.Scored]) -> tuple[list[int], list[int]]:
    """Two (or three) entries, in the order asked, when the question holds that many clear needs (else []);
    and each part's first entry that is near the whole question's top, in order (else []: fewer than two),
    for a choice when not every part is clear.

    ``whole`` is the ranking for the whole question: each part's entry must be near its top too."""
    parts = _parts(question)
    if not 2 <= len(parts) <= 3:
        return [], []
    near = {item.index for item in whole[:NEAR]}
    found: list[int] = []
    tops: list[int] = []
    clear = True
    for part in parts:
        query, _, ranked, signals = navigator.rank(part, question)
        if not ranked:
            return [], []
        verdict = confidence.decide(ranked, signals, query.text)
        index = ranked[0].index
        clear = clear and verdict.outcome == "answer" and index not in found and index in near
        if index not in tops and index in near:
            tops.append(index)
        found.append(index)
    return (found if clear else []), (tops if len(tops) >= 2 else [])


BOTH_SHARE = 0.5
"""The second entry of a question that says "both" must score at least this share of the first's."""
_BOTH = re.compile("|".join(lexicon.BOTH))


def both(question: str, ranked: list[fusion.Scored], entries: list[Any]) -> list[int]:
    """The first two services, in the order the question names them, when it says it wants both of two things
    ("身份证和社保卡都要补", "两个都要办") and the second is close behind the first (else [])."""
    text = textnorm.normalize(question).replace(" ", "")
    if len(ranked) < 2 or not _BOTH.search(text):
        return []
    first, second = ranked[0], ranked[1]
    if (entries[first.index].kind != "service" or entries[second.index].kind != "service"
            or second.score < BOTH_SHARE * first.score):
        return []
    return sorted([first.index, second.index], key=lambda i: _said_at(text, entries[i].names))


def _said_at(text: str, names: list[str]) -> int:
    """Where in ``text`` a pair of characters of one of ``names`` first appears (len(text): nowhere)."""
    places = [text.find(name[i:i + 2]) for name in names for i in range(len(name) - 1)]
    return min((p for p in places if p >= 0), default=len(text))
