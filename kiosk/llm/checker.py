"""The grounding check: every window, floor and fee the model states must be in the cited entries.

Run on each finished sentence and on the whole answer. A window id, a floor or a fee amount that the
cited catalog entries (and the catalog answer composed from them) do not contain makes the answer
unsupported; the answerer then shows the catalog answer instead and counts it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.llm.prompt import Grounding

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_WINDOW_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})-?(\d{1,3})(?![0-9])(?!\s*(?:纸|paper|size|尺寸))")
_WINDOW_NUMBER = re.compile(r"(\d{1,3})\s*号?\s*(?:窗口|窗)|window\s*(?:no\.?\s*)?(\d{1,3})(?![0-9])", re.IGNORECASE)
_FLOOR = re.compile(
    r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:楼|层)(?!梯)|(?<![A-Za-z0-9])(\d{1,2})\s*F\b|\bF(\d{1,2})\b"
    r"|\bfloor\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+floor\b"
    r"|\b(first|second|third|fourth|fifth|ground)\s+floor\b",
    re.IGNORECASE,
)
_EN_FLOOR = {"ground": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_FEE = re.compile(r"(?:¥|￥|RMB\s*)(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:元|块钱|块|yuan\b|RMB\b)", re.IGNORECASE)
_FREE = re.compile(r"免费|不收费|无需缴费|free of charge|\bno fee\b|\bfree\b", re.IGNORECASE)


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _CN_NUM:
        return _CN_NUM[text]
    if len(text) == 2 and text[0] == "十" and text[1] in _CN_NUM:
        return 10 + _CN_NUM[text[1]]
    if len(text) == 2 and text[1] == "十" and text[0] in _CN_NUM:
        return _CN_NUM[text[0]] * 10
    return None


def window_ids(text: str) -> set[str]:
    """Window-like ids (``A023``, ``B-05``) normalised to letters + integer, e.g. ``A23``."""
    return {f"{m.group(1).upper()}{int(m.group(2))}" for m in _WINDOW_ID.finditer(text)}


def window_numbers(text: str) -> set[int]:
    """Numbers in "5号窗口" / "window 5" phrases."""
    return {int(m.group(1) or m.group(2)) for m in _WINDOW_NUMBER.finditer(text)}


def floors(text: str) -> set[int]:
    """Floor numbers stated in ``text`` (二楼, 3层, 2F, F2, floor 2, 2nd floor)."""
    found: set[int] = set()
    for m in _FLOOR.finditer(text):
        groups = [g for g in m.groups() if g]
        if not groups:
            continue
        value = _EN_FLOOR.get(groups[0].lower()) if groups[0].isalpha() and groups[0].isascii() else None
        value = value if value is not None else _number(groups[0])
        if value is not None:
            found.add(value)
    return found


def fees(text: str) -> set[float]:
    """Money amounts stated in ``text``."""
    return {float(m.group(1) or m.group(2)) for m in _FEE.finditer(text)}


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a grounding check."""

    ok: bool
    problems: tuple[str, ...] = ()


class GroundingChecker:
    """Knows what the cited entries say and checks model text against it."""

    def __init__(self, grounding: Grounding) -> None:
        source_parts = [grounding.catalog_answer, grounding.entries_text()]
        for window in grounding.windows:
            source_parts.append(f"{window['id']} {window['floor']} {window['floor_name']} {window['label']}")
        source = "\n".join(source_parts)
        self._window_ids = window_ids(source) | {
            f"{m.group(1).upper()}{int(m.group(2))}" for s in grounding.services for w in s.windows
            for m in _WINDOW_ID.finditer(w)
        }
        self._window_numbers = window_numbers(source) | {
            int(m.group(2)) for s in grounding.services for w in s.windows for m in _WINDOW_ID.finditer(w)
        } | {int(w) for s in grounding.services for w in s.windows if w.isdigit()}
        self._floors = floors(source)
        for window in grounding.windows:
            digits = re.findall(r"\d+", str(window["floor"]))
            if digits:
                self._floors.add(int(digits[0]))
        self._fees = fees(source)
        self._free_ok = bool(_FREE.search(source)) or not self._fees

    def check(self, text: str) -> CheckResult:
        """Problems in ``text``: windows, floors or fees not in the entries."""
        problems = []
        for wid in sorted(window_ids(text) - self._window_ids):
            problems.append(f"window {wid}")
        for number in sorted(window_numbers(text) - self._window_numbers):
            problems.append(f"window number {number}")
        for floor in sorted(floors(text) - self._floors):
            problems.append(f"floor {floor}")
        for fee in sorted(fees(text) - self._fees):
            problems.append(f"fee {fee:g}")
        if _FREE.search(text) and not self._free_ok:
            problems.append("says free, entries name a fee")
        return CheckResult(not problems, tuple(problems))
