"""Count limits: how many times, copies or places one may have ("每年只能办理一次", "每天限号五十对",
"at most twice a year") are a fact of their own.

Catalog entries rarely state a count limit; where they do, they give its number with its unit ("每人限20页",
"每年签注一次"). A limit a sentence states — a limiting word (只能, 最多, 限, 不超过, at most, no more than…)
followed by a number and a counting unit (次, 份, 对, 张, 页…) — is supported only when the cited entries
give that number with that unit; anything else is a limit the entries do not set.
"""

from __future__ import annotations

import re

from kiosk.llm.facts import numeric, plain

_LIMITER_ZH = r"(?:只能|只可|仅能|仅可|仅限|最多|至多|最高|限|不超过|不得超过|不能超过|不可超过|不超)"
_LIMIT_ZH = re.compile(
    _LIMITER_ZH + r"\s*(?!跑)([^\d，。；,;！？!?\s]{0,4}?)\s*(\d+)\s*个?\s*(次|份|对|张|号|回|趟|本|套|页|人|户)"
)
_PER_PERIOD_ZH = re.compile(
    r"每(?:人|户)?(?:每)?(?:年|月|季度|天|日|周|自然年|年度)\s*(?:内)?\s*(?:都)?(?:可以?|能|可办理|限|只能|最多|仅能)\s*"
    r"(?:办理|提取|申请|办|领取|申领|使用|预约)?\s*(\d+)\s*(次)"
)
"""A number of times per period ("每年可以办理两次"): a count limit as much as one with 只能 or 最多."""
_VISIT = re.compile(r"跑|来|去|到")
"""最多跑一次 is the service-reform slogan about visits (the process rules judge visits), not a count."""
_EN_COUNT = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)"
_LIMIT_EN = re.compile(
    r"\b(?:at most|up to|no more than|not more than|(?:a )?maximum of|limited to|capped at)\s+" + _EN_COUNT
    + r"\s+(times|copies|couples|pages|applications|withdrawals|requests|appointments|numbers|tickets)\b"
    r"|\b(?:at most|no more than|not more than|only)\s+(?:[a-z]+\s+){0,2}?(once|twice)\s+(?:a|per|each|every|in a)\s+"
    r"(?:year|month|day|week|quarter)\b",
    re.IGNORECASE,
)
_EN_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50, "once": 1, "twice": 2}  # fmt: skip
_EN_UNITS = {"times": "次", "copies": "份", "couples": "对", "pages": "页", "applications": "次",
             "withdrawals": "次", "requests": "次", "appointments": "号", "numbers": "号", "tickets": "号"}  # fmt: skip
_STATED = re.compile(r"(\d+)\s*(?:[^\d，。；,;\s]{0,2}?)\s*(次|份|对|张|号|回|趟|本|套|页|人|户)")


def limits(text: str) -> set[tuple[int, str]]:
    """The count limits ``text`` states, as (number, unit): 每年只能办理一次 → (1, 次)."""
    out: set[tuple[int, str]] = set()
    for m in _LIMIT_ZH.finditer(numeric(text)):
        if not _VISIT.search(m.group(1)):
            out.add((int(m.group(2)), m.group(3)))
    for m in _PER_PERIOD_ZH.finditer(numeric(text)):
        out.add((int(m.group(1)), m.group(2)))
    for m in _LIMIT_EN.finditer(plain(text)):
        if m.group(3):
            out.add((_EN_VALUES[m.group(3).lower()], "次"))
        else:
            value = m.group(1).lower()
            out.add((int(value) if value.isdigit() else _EN_VALUES[value], _EN_UNITS[m.group(2).lower()]))
    return out


def stated_counts(source: str) -> frozenset[tuple[int, str]]:
    """Every (number, counting unit) the entries give, limits or not ("每年签注一次" → (1, 次))."""
    return frozenset((int(m.group(1)), m.group(2)) for m in _STATED.finditer(numeric(source)))


class CountLimits:
    """The counts the cited entries give; checks the count limits a sentence states."""

    def __init__(self, source: str) -> None:
        """``source``: the cited entries' text, the catalog answer and the hall's information."""
        self.counts = stated_counts(source)

    def check(self, sentence: str) -> list[str]:
        """Count limits in ``sentence`` the entries do not give."""
        return [f"limit {n}{u}, entries set none" for n, u in sorted(limits(sentence)) if (n, u) not in self.counts]
