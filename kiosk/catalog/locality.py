"""The hall's own place names — its province, city, district, town and street — read from its catalog entry.

Every service of a hall is offered in its own place, so the name of that place says nothing about which service
a visitor means (the navigator takes it out of a question), and a residence condition may name it as well as
本市/本地 ("深圳户籍" in a Shenzhen hall, "长沙户口" in a Changsha one: the grounding check reads it so). One
reading serves both: a run of two to four Chinese characters before an administrative unit (省, 市, 区, 县, 镇,
街道 …) in ``hall.name`` / ``hall.address``, and in English the words before District / County / Town / City /
Sub-district / Province, or a comma-separated part that is one capitalised name. Nothing here is written for
one hall.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_UNITS = "特别行政区|自治区|自治州|自治县|街道|省|市|区|县|镇|乡"
_HAN = "\u4e00-\u9fff"  # the CJK unified ideographs (escapes: the value is Chinese only)
_AFTER = "省市区县镇乡州道路街号"
_NOT_FIRST = "号路街"
_CHINESE = re.compile(f"(?:^|(?<=[^{_HAN}])|(?<=[{_AFTER}]))((?![{_NOT_FIRST}])[{_HAN}]{{2,4}}?)(?:{_UNITS})")
"""A name starts a run of Chinese characters, or follows a unit or a street number ("168号明华区" → 明华)."""
_GENERIC = ("\u884c\u653f", "\u653f\u52a1", "\u670d\u52a1", "\u4e2d\u5fc3", "\u5927\u5385", "\u65b0\u533a",
            "\u57ce\u533a", "\u5e02\u533a", "\u793e\u533a", "\u56ed\u533a")  # fmt: skip
"""Words of an office's name, not a place's (行政, 政务, 服务, 中心, 大厅, 新区, 城区, 市区, 社区, 园区)."""
_ENGLISH_UNIT = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Sub-district|District|County|Town|City|Province)\b")
_ENGLISH_PART = re.compile(r"^[A-Z][a-z]{2,}$")


def place_names(hall: Any | None) -> tuple[str, ...]:
    """The hall's own place names, longest first: Chinese names, and lower-case English ones (empty for a
    hall without a name or an address)."""
    if hall is None:
        return ()
    texts = tuple(str(getattr(hall, key, "") or "") for key in ("name", "address", "name_en", "address_en"))
    return _place_names(texts)


@lru_cache(maxsize=64)
def _place_names(texts: tuple[str, ...]) -> tuple[str, ...]:
    name, address, name_en, address_en = texts
    names: set[str] = set()
    for text in (name, address):
        names.update(m.group(1) for m in _CHINESE.finditer(text) if not any(g in m.group(1) for g in _GENERIC))
    for text in (name_en, address_en):
        names.update(m.group(1).lower() for m in _ENGLISH_UNIT.finditer(text))
        names.update(part.strip().lower() for part in re.split(r"[,(（]", text) if _ENGLISH_PART.match(part.strip()))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))
