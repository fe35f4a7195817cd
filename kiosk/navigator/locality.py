"""The hall's own place names — its province, city, district, town and street — read from its catalog.

Citizens say where they are registered or from ("我们都是深圳户口", "I live in Shenzhen"). Every service of the
hall is offered in that place, so its name says nothing about which service is meant; yet an entry that happens
to carry it in its own name ("深圳经济特区居住证申领", "浙江省居住证") would win on that word alone, in words and
in meaning. The navigator matches the question without them (:func:`without`), unless they are all it says.

The names come from the catalog's ``hall.name`` / ``hall.address`` (and their English fields): a run of two to
four Chinese characters before an administrative unit (省, 市, 区, 县, 镇, 街道 …), and in English the words
before District / County / Town / City / Sub-district / Province, or a comma-separated part that is one
capitalised name. Nothing here is written for one hall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kiosk.catalog import Hall
from kiosk.navigator import textnorm

_UNITS = "特别行政区|自治区|自治州|自治县|街道|省|市|区|县|镇|乡"
_HAN = "\u4e00-\u9fff"  # the CJK unified ideographs (escapes: the value is Chinese only)
_AFTER = "省市区县镇乡州道路街号"
_NOT_FIRST = "号路街"
_CHINESE = re.compile(f"(?:^|(?<=[^{_HAN}])|(?<=[{_AFTER}]))((?![{_NOT_FIRST}])[{_HAN}]{{2,4}}?)(?:{_UNITS})")
"""A name starts a run of Chinese characters, or follows a unit or a street number ("168号明华区" → 明华)."""
_ENGLISH_UNIT = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Sub-district|District|County|Town|City|Province)\b")
_ENGLISH_PART = re.compile(r"^[A-Z][a-z]{2,}$")
_MIN_LEFT = 2
"""A question keeps its place names when fewer content characters (or English words) than this would remain."""


def place_names(hall: Hall) -> tuple[str, ...]:
    """The hall's own place names, longest first (Chinese names, then lower-case English ones)."""
    names: set[str] = set()
    for text in (hall.name, hall.address):
        names.update(match.group(1) for match in _CHINESE.finditer(text or ""))
    for text in (hall.name_en, hall.address_en):
        text = text or ""
        names.update(match.group(1).lower() for match in _ENGLISH_UNIT.finditer(text))
        names.update(part.strip().lower() for part in re.split(r"[,(（]", text) if _ENGLISH_PART.match(part.strip()))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def phrases(names: Iterable[str], texts: Iterable[str]) -> tuple[str, ...]:
    """The catalog's own names and aliases that hold a place name (normalised: "户口迁到深圳"): a question that
    says one of them keeps its place name — there the catalog itself gives the word its sense."""
    names = tuple(names)
    found = {norm for text in texts if (norm := textnorm.normalize(text).replace(" ", ""))
             and any(name in norm for name in names)}
    return tuple(sorted(found))


def without(question: str, names: Iterable[str], keep: Iterable[str] = ()) -> str:
    """``question`` with the hall's place names taken out (the question itself when that would leave next to
    nothing — "深圳" alone, "Shenzhen?" — or when it says one of the catalog's own ``keep`` phrases).

    Measured on the eleven development halls, leave-one-hall-out: taking the names out of the question only
    beat writing "这里" (here) in their place, and beat taking them out of the entries' texts as well (an
    entry's own "户口迁到深圳" then loses what its alias says)."""
    said = textnorm.normalize(question).replace(" ", "")
    if any(phrase in said for phrase in keep):
        return question
    text = question
    for name in names:
        if name.isascii():
            text = re.sub(rf"(?i)(?<![a-z]){re.escape(name)}(?![a-z])", " ", text)
        else:
            text = text.replace(name, "")
    if text == question:
        return question
    left = textnorm.cjk_count(text) or len(textnorm.english_words(text))
    return text if left >= _MIN_LEFT else question
