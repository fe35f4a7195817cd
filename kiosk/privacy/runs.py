"""Runs of digit groups in free text, as citizens type them and speech recognition writes them.

A *run* is a stretch of digits — Arabic, full-width, Chinese numerals (``一三八``, ``幺``, ``两``, ``洞``,
``拐``), freely mixed — with short separators between digit groups: spaces, dashes, dots, slashes,
parentheses, ``杠``/``横`` (strong), and commas including the full-width ``，`` (weak). A spoken digit that
starts a word after Arabic digits (``一直``, ``一下``) ends the run. Runs are then cut at dates
(:func:`split_dates`) and at commas that do not group one number (:func:`split_weak`); what the
pieces are is decided in :mod:`kiosk.privacy.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

DIGIT_CHARS: dict[str, str] = {
    **{str(i): str(i) for i in range(10)},
    **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width ０-９
    "零": "0", "〇": "0", "○": "0", "洞": "0", "O": "0",
    "一": "1", "幺": "1", "壹": "1",
    "二": "2", "两": "2", "贰": "2",
    "三": "3", "叁": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6",
    "七": "7", "拐": "7", "柒": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9",
}  # fmt: skip
DIGIT_CHARS.pop("O")  # a capital O is a letter far more often than a misread zero
_X_CHARS = set("Xx×ｘＸ叉")
_SPOKEN = {c for c in DIGIT_CHARS if not ("0" <= c <= "9" or "\uff10" <= c <= "\uff19")}
_STRONG_SEPARATORS = set(
    " \u00a0\u3000\t\r\n-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d_.·/／\\()（）[]【】杠横~呃嗯…"
)  # 呃/嗯: a speaker's filler between the groups of a dictated number ("一三八 呃 幺二三四"); …/……: a pause
# between the pieces of a number dictated slowly ("三二零……五八一……一九八五")
_WEAK_SEPARATORS = set(",，")
_MAX_GAP = 3
_MAX_DIGITS = 24
GENERIC_DIGITS = 7
"""Digits from which any number is masked (a local landline, a misheard ID, a social security number)."""



@dataclass
class Group:
    """Digits of one group of a run, with the index of each in the text; ``weak`` = a comma came before."""

    digits: str
    where: list[int]
    weak: bool = False
    sep: str = ""
    spoken: bool = False


def valid_date(yyyymmdd: str) -> bool:
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8])
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def runs(text: str) -> list[list[Group]]:
    """Runs of digit groups in ``text``."""
    runs: list[list[Group]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in DIGIT_CHARS:
            i += 1
            continue
        groups: list[Group] = []
        current = Group("", [])
        spoken = False
        while i < n:
            ch = text[i]
            if ch in DIGIT_CHARS:
                if ch in _SPOKEN and not spoken and _word_after(text, i):
                    break  # 一直, 一下, 一样 after Arabic digits: a word, not a spoken digit
                spoken = spoken or ch in _SPOKEN
                current.spoken = current.spoken or ch in _SPOKEN
                current.digits += DIGIT_CHARS[ch]
                current.where.append(i)
                i += 1
                continue
            if ch in _X_CHARS and len(current.digits) + sum(len(g.digits) for g in groups) >= 14 and not (
                i + 1 < n and text[i + 1].isascii() and text[i + 1].isalpha()
            ):
                current.digits += "X"
                current.where.append(i)
                i += 1
                break
            j = i
            while j < n and j - i < _MAX_GAP and (text[j] in _STRONG_SEPARATORS or text[j] in _WEAK_SEPARATORS):
                j += 1
            if j > i and j < n and text[j] in DIGIT_CHARS and not _FIELD_BREAK.fullmatch(text[i:j]):
                groups.append(current)
                gap = text[i:j]
                current = Group("", [], weak=any(c in _WEAK_SEPARATORS for c in gap), sep=gap.strip() or " ")
                i = j
                continue
            break
        if current.digits:
            groups.append(current)
        if groups:
            runs.append(groups)
        else:
            i += 1
    return runs


_FIELD_BREAK = re.compile(r"\s[/／|｜]\s")
"""A slash with a space either side parts two fields of a record ("M12345678 / 010-1234-5678"), not groups."""


def _word_after(text: str, i: int) -> bool:
    """A spoken digit at ``i`` that starts a word: a Chinese character other than a digit follows."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in DIGIT_CHARS and nxt not in _STRONG_SEPARATORS


_TIME_AFTER = ("点", "时", ":", "：")


def _is_dated_time(a: Group, b: Group, c: Group, text: str) -> bool:
    """A date glued to the hour after it: 2024-01-14 + 8点, 2026/1/25 + 14:00 (a year, a month, then a
    day and an hour written together, 点/时/: right after)."""
    if not text or b.sep != c.sep or b.sep not in ("-", "/", ".", "／", "－") or len(a.digits) != 4:
        return False
    if not (3 <= len(c.digits) <= 4 and (a.digits + b.digits + c.digits).isdigit() and 1 <= len(b.digits) <= 2):
        return False
    after = c.where[-1] + 1
    if not text.startswith(_TIME_AFTER, after):
        return False
    for day_len in (2, 1):
        day, hour = c.digits[:day_len], c.digits[day_len:]
        if 1 <= len(hour) <= 2 and int(hour) <= 23 and valid_date(a.digits + b.digits.zfill(2) + day.zfill(2)):
            return True
    return False


def _is_date(a: Group, b: Group, c: Group) -> bool:
    """Three groups that spell a date: 2024-05-01, 2024/5/1, 2024.05.01, 01/05/2024, 5/1/2024."""
    if b.sep != c.sep or b.sep not in ("-", "/", ".", "／", "－"):
        return False
    if not (a.digits + b.digits + c.digits).isdigit():
        return False
    if len(a.digits) == 4 and 1 <= len(b.digits) <= 2 and 1 <= len(c.digits) <= 2:
        return valid_date(a.digits + b.digits.zfill(2) + c.digits.zfill(2))
    if len(c.digits) == 4 and 1 <= len(a.digits) <= 2 and 1 <= len(b.digits) <= 2:
        day_first = valid_date(c.digits + b.digits.zfill(2) + a.digits.zfill(2))
        return day_first or valid_date(c.digits + a.digits.zfill(2) + b.digits.zfill(2))
    return False


def split_dates(groups: list[Group], text: str = "") -> list[list[Group]]:
    """Cut a run at groups that form a date (2024-05-01, 2024/5/1, 2024.05.01, 20240501 alone), also one
    typed without a space before the time ("2024-01-148点半", "2026/1/2514:00": ``text`` tells what follows)."""
    parts: list[list[Group]] = []
    current: list[Group] = []
    k = 0
    while k < len(groups):
        g = groups[k]
        if k + 2 < len(groups):
            a, b, c = groups[k], groups[k + 1], groups[k + 2]
            if _is_date(a, b, c) or _is_dated_time(a, b, c, text):
                if current:
                    parts.append(current)
                current = []
                k += 3
                continue
        current.append(g)
        k += 1
    if current:
        parts.append(current)
    out: list[list[Group]] = []
    for part in parts:
        one = part[0]
        if len(part) == 1 and len(one.digits) == 8 and one.digits.isdigit() and valid_date(one.digits) and not (
            _document_before(text, one.where[0])
        ):
            continue  # a date alone; after a letter or a document's label it is its number (港澳证C19980125)
        out.append(part)
    return out


_SPACED_LETTERS = re.compile(r"(?:^|[^A-Za-z])[A-Z]{1,2}[ -]$")
_DOCUMENT_LABEL = re.compile(r"(?:证|证件|证号|号码|卡号|No\.?|number|#)\s*[:：是为]?\s*$", re.IGNORECASE)


def _document_before(text: str, first: int) -> bool:
    """Eight digits that read as a date are a document's number after a letter ("C19980125", "T 19330109")
    or a document's label ("台胞证19870512", "证件号码：20010315")."""
    if first > 0 and text[first - 1].isascii() and text[first - 1].isalpha():
        return True
    if _SPACED_LETTERS.search(text[max(0, first - 4) : first]):
        return True
    return bool(_DOCUMENT_LABEL.search(text[max(0, first - 10) : first]))


def split_weak(groups: list[Group]) -> list[list[Group]]:
    """Commas join groups into one number (7+ digits in groups of 3+, the last one aside), except in a
    thousands grouping (``1,200,000``; never of digits spoken one by one: "六零八，幺二三，四五六" is a
    dictated number) or after a group of 7+ digits (a number of its own): else they separate."""
    if not any(g.weak for g in groups[1:]):
        return [groups]
    total = sum(len(g.digits) for g in groups)
    thousands = (
        len(groups[0].digits) <= 3 and all(len(g.digits) == 3 for g in groups[1:]) and not any(g.spoken for g in groups)
    )
    whole_before = any(g.weak and len(p.digits) >= GENERIC_DIGITS for p, g in pairwise(groups))
    if total >= GENERIC_DIGITS and all(len(g.digits) >= 3 for g in groups[:-1]) and not thousands and not whole_before:
        return [groups]  # not after a group that is a number on its own ("1087654321，12333说…")
    parts: list[list[Group]] = [[]]
    for g in groups:
        if g.weak and parts[-1]:
            parts.append([])
        parts[-1].append(g)
    return parts
