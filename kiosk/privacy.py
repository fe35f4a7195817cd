"""Masking of personal numbers before text leaves the kiosk or reaches a log.

:func:`mask_pii` replaces, in any text, mainland resident ID numbers (18 characters with a valid
ISO 7064 MOD 11-2 check character, and old 15-digit numbers with a valid birth date), mobile numbers
(``1[3-9]`` + 9 digits, also after ``+86``) and bank card numbers (16–19 digits passing the Luhn
check). Numbers are found also when written with spaces or dashes between digit groups, with
full-width digits, or with Chinese numerals as speech recognition produces them (``一三八 零零一三
八零零零``, ``幺`` for 1, ``两`` for 2, ``洞`` for 0, ``拐`` for 7).

Each number becomes a label that keeps only its *kind* as the hint: ``[身份证号]``, ``[手机号]``,
``[银行卡号]``. No digit of the number is kept: even the last four digits of an ID number narrow a
person down, and neither the LLM nor a log reader needs them. As a safety net, any other run of 15
or more digits (for example an ID number misheard by speech recognition, whose check character is
then wrong) becomes ``[号码]``. Short numbers — window ids ``A023``, fees ``20元``, dates, queue
numbers, times — are left alone.

:class:`PiiFilter` masks every log record; :func:`install_log_masking` installs it for the whole
process (call it once at start-up, after logging is configured).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

_LOGGER = logging.getLogger(__name__)

ID_LABEL = "[身份证号]"
PHONE_LABEL = "[手机号]"
CARD_LABEL = "[银行卡号]"
NUMBER_LABEL = "[号码]"

_DIGIT_CHARS = {
    **{str(i): str(i) for i in range(10)},
    **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width ０-９
    "零": "0", "〇": "0", "○": "0", "洞": "0",
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
_X_CHARS = "Xx×"
_SEPARATORS = " \u00a0\u3000\t-\u2010\u2011\u2012\u2013\u2014\u2015\uff0d_.·"
_D = "[" + re.escape("".join(_DIGIT_CHARS)) + "]"
_RUN = re.compile(rf"{_D}(?:[{re.escape(_SEPARATORS)}]{{0,2}}(?:{_D}|[{_X_CHARS}](?![A-Za-z0-9])))*")
"""A run of digit characters, possibly split by up to two separators between digits."""

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PHONE = re.compile(r"1[3-9]\d{9}")
_SAFETY_NET_DIGITS = 15


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def _valid_date(yyyymmdd: str) -> bool:
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8])
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def is_id_number(value: str) -> bool:
    """True for an 18-character ID with a valid check character, or a 15-digit one with a valid date."""
    if len(value) == 18 and value[:17].isdigit():
        return value[17].upper() == id_check_char(value[:17])
    if len(value) == 15 and value.isdigit():
        return _valid_date("19" + value[6:12])
    return False


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def classify(value: str) -> str | None:
    """The label for a complete number (digits, maybe a final X), or None if it is not personal."""
    if is_id_number(value):
        return ID_LABEL
    if not value.isdigit():
        return None
    if 16 <= len(value) <= 19 and luhn_ok(value):
        return CARD_LABEL
    if len(value) == 11 and _PHONE.fullmatch(value):
        return PHONE_LABEL
    return None


def _groups(run: re.Match[str]) -> list[tuple[str, list[int]]]:
    """Split a run into digit groups: (normalised digits, index of each in the original text)."""
    groups: list[tuple[str, list[int]]] = []
    digits: list[str] = []
    where: list[int] = []
    for offset, ch in enumerate(run.group()):
        if ch in _DIGIT_CHARS or ch in _X_CHARS:
            digits.append("X" if ch in _X_CHARS else _DIGIT_CHARS[ch])
            where.append(run.start() + offset)
        elif digits:
            groups.append(("".join(digits), where))
            digits, where = [], []
    if digits:
        groups.append(("".join(digits), where))
    return groups


def _find_in_run(run: re.Match[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of personal numbers in one run of digits."""
    groups = _groups(run)
    spans: list[tuple[int, int, str]] = []
    covered = [False] * len(groups)
    i = 0
    while i < len(groups):
        best: tuple[int, str] | None = None
        value = ""
        for j in range(i, len(groups)):
            value += groups[j][0]
            if len(value) > 19:
                break
            label = classify(value)
            if label is not None:
                best = (j, label)
        if best is None:
            i += 1
            continue
        j, label = best
        spans.append((groups[i][1][0], groups[j][1][-1] + 1, label))
        for k in range(i, j + 1):
            covered[k] = True
        i = j + 1
    # Numbers glued to other digits inside one group (e.g. "手机138001380001号").
    for k, (digits, where) in enumerate(groups):
        if covered[k] or not 11 < len(digits) < _SAFETY_NET_DIGITS:
            continue
        for m in _PHONE.finditer(digits):
            spans.append((where[m.start()], where[m.end() - 1] + 1, PHONE_LABEL))
            covered[k] = True
    # Safety net: uncovered neighbouring groups with 15+ digits in all.
    k = 0
    while k < len(groups):
        if covered[k]:
            k += 1
            continue
        end = k
        count = 0
        while end < len(groups) and not covered[end]:
            count += len(groups[end][0])
            end += 1
        if count >= _SAFETY_NET_DIGITS:
            spans.append((groups[k][1][0], groups[end - 1][1][-1] + 1, NUMBER_LABEL))
        k = end
    return spans


def find_pii(text: str) -> list[tuple[int, int, str]]:
    """Every personal number in ``text`` as (start, end, label), in text order."""
    spans: list[tuple[int, int, str]] = []
    for run in _RUN.finditer(text):
        if len(run.group()) >= 11:
            spans.extend(_find_in_run(run))
    spans.sort()
    return spans


def mask_pii(text: str) -> str:
    """``text`` with every ID, mobile and bank card number replaced by its kind label."""
    if not text:
        return text
    spans = find_pii(text)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, label in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(label)
        pos = end
    out.append(text[pos:])
    return "".join(out)


class PiiFilter(logging.Filter):
    """A logging filter that masks personal numbers in the message, its arguments and tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record in place; never drops a record."""
        mask_record(record)
        return True


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Format the record's message, mask it and freeze it (``args`` emptied); also its traceback."""
    if getattr(record, "_pii_masked", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a broken %-format: keep the raw parts, masked
        message = f"{record.msg} {record.args}"
    record.msg = mask_pii(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask_pii(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_pii(record.stack_info)
    record._pii_masked = True  # type: ignore[attr-defined]
    return record


_installed_factory: Callable[..., logging.LogRecord] | None = None


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Mask every log record of the process: a record factory plus a filter on the root handlers.

    The record factory covers records of every logger (filters on a logger do not see records
    propagated from its children); the handler filters cover records made by foreign factories.
    Calling it again is harmless.
    """
    global _installed_factory
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, PiiFilter) for f in handler.filters):
            handler.addFilter(PiiFilter())
    if not any(isinstance(f, PiiFilter) for f in target.filters):
        target.addFilter(PiiFilter())
    current = logging.getLogRecordFactory()
    if current is _installed_factory:
        return
    previous = current

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        return mask_record(previous(*args, **kwargs))

    _installed_factory = factory
    logging.setLogRecordFactory(factory)
    _LOGGER.debug("log masking installed")
