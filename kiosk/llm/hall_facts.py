"""The hall's own facts a sentence may restate: queue prefixes, the address's house numbers, entrance floors.

The hall block and the catalog give them (``Service.queue_prefix``, ``Hall.address``, ``Floor.name`` such as
"一楼（临江路入口层）" / "Level 1 (Linjiang Road entrance)"); a model restating them wrongly ("取J字头的号",
"临江路168号", "三楼是临江路入口层") states a fact the hall does not have.

- A queue prefix (J字头, 取J号, tickets starting with J, J-prefixed) must be one of the cited services'.
- A house number on a street the source names (临江路168号, 168 Linjiang Rd) must be one the source gives
  for that street.
- A floor said to be a street's entrance level (凤鸣街入口层, the Fengming Street entrance level) must be
  the floor whose name says so, when the sentence names floors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.llm import facts

_PREFIX = re.compile(
    r"(?<![A-Za-z0-9])([A-Z])\s*(?:字头|字母开头|开头的(?:号|票|排队号))|取\s*([A-Z])\s*(?:号|字)(?![0-9])"
    r"|号码?以\s*([A-Z])\s*开头|\b([A-Z])-prefixed\b|\bprefix(?:ed)?\s+(?:with\s+)?[\"'“]?([A-Z])\b"
    r"|\b(?:tickets?|numbers?)\s+(?:starting|beginning)\s+with\s+[\"'“]?([A-Z])\b"
)
_STREET_ZH = re.compile(r"([\u4e00-\u9fff]{2}(?:路|街|道|巷|弄))\s*(\d{1,5})\s*号")
_STREET_EN = re.compile(r"\b(\d{1,5})\s+([A-Z][a-z]+)\s+(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Lu|Jie|Dadao)\b\.?")
_BRACKET = re.compile(r"[（(]([^（）()]+)[）)]")
_ENTRANCE_KEY = re.compile(r"\s*(?:的)?\s*(?:入口层|入口|entrance(?:\s+(?:level|floor))?)\s*$", re.IGNORECASE)


def _house_numbers(text: str) -> set[tuple[str, str]]:
    t = facts.numeric(text)
    out = {(m.group(1), m.group(2).lstrip("0")) for m in _STREET_ZH.finditer(t)}
    out |= {(m.group(2).lower(), m.group(1).lstrip("0")) for m in _STREET_EN.finditer(t)}
    return out


def _entrance_pattern(key: str) -> re.Pattern[str]:
    if key.isascii():
        words = r"\s+".join(re.escape(w) for w in key.split())
        return re.compile(rf"\b{words}\s+entrance\s+(?:level|floor)\b|\b(?:level|floor)\s+(?:of|at)\s+the\s+{words}\s+entrance\b",
                          re.IGNORECASE)
    return re.compile(rf"{re.escape(key)}\s*的?\s*入口\s*(?:层|那层|那一层|所在的?楼层)")


@dataclass(frozen=True)
class HallFacts:
    """Queue prefixes of the cited services, the source's house numbers and the hall's entrance floors."""

    prefixes: frozenset[str]
    house_numbers: frozenset[tuple[str, str]]
    entrances: tuple[tuple[re.Pattern[str], int], ...]

    @classmethod
    def build(cls, prefixes: Iterable[str], source: str, floors: Iterable[tuple[str, str]]) -> HallFacts:
        """``prefixes``: the cited services' queue prefixes; ``source``: the cited entries and the hall's
        info; ``floors``: the hall's floors as (name, English name)."""
        entrances: list[tuple[re.Pattern[str], int]] = []
        for floor in floors:
            names = [n for n in floor if n]
            numbers = set().union(*(facts.floors(n) for n in names))
            if len(numbers) != 1:
                continue
            number = next(iter(numbers))
            for name in names:
                for m in _BRACKET.finditer(name):
                    inner = m.group(1).strip()
                    key = _ENTRANCE_KEY.sub("", inner).strip()
                    if key != inner and len(key) >= 2:
                        entrances.append((_entrance_pattern(key), number))
        return cls(frozenset(p[:1] for p in prefixes if p), frozenset(_house_numbers(source)), tuple(entrances))

    def check(self, sentence: str) -> list[str]:
        """Problems in ``sentence`` about queue prefixes, house numbers and entrance floors."""
        problems: list[str] = []
        if self.prefixes:
            for m in _PREFIX.finditer(facts.plain(sentence)):
                letter = next(g for g in m.groups() if g)
                if letter not in self.prefixes:
                    problems.append(f"queue prefix {letter}")
        streets = {s for s, _ in self.house_numbers}
        for street, number in _house_numbers(sentence):
            if street in streets and (street, number) not in self.house_numbers:
                problems.append(f"house number {street}{number}")
        if self.entrances:
            stated = facts.floors(sentence)
            for pattern, level in self.entrances:
                if stated and level not in stated and pattern.search(facts.plain(sentence)):
                    problems.append(f"entrance level is floor {level}")
        return problems
