"""The hall's own places (its province, city and district), read from the catalog's hall entry.

A residence condition names the hall's place as well as 本市/本地 ("深圳户籍" in a Shenzhen hall, "长沙户口" in
a Changsha one). The rules of :mod:`kiosk.llm.conditions` and :mod:`kiosk.llm.eligibility` take the place
names from here instead of a list written for one hall: the Chinese names before 省/市/区/县/镇 that the
hall's address and name begin with, and the English ones of ``name_en`` / ``address_en`` (a comma-separated part of one or two
capitalised words, or the word before "District").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_ZH_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:省|自治区|自治州|市|区|县|镇)")
_ZH_GENERIC = frozenset({"行政", "政务", "服务", "中心", "大厅", "新区", "城区", "市区", "社区", "园区", "街道"})
_EN_PART = re.compile(r"^(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?$")
_EN_DISTRICT = re.compile(r"\b([A-Z][a-z]+) (?:District|County|City|Province)\b")
_EN_GENERIC = frozenset({"Hall", "Centre", "Center", "Service", "Government", "Administrative", "Road", "Avenue", "Street",
                         "Metro", "Exit", "Station", "Line", "China", "Floor"})  # fmt: skip
_NEVER = r"(?!x)x"


@dataclass(frozen=True)
class Locality:
    """Place names of one hall, Chinese and English (empty when the catalog gives none)."""

    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    @classmethod
    def of(cls, hall: Any | None) -> Locality:
        """The places of ``hall`` (a catalog :class:`~kiosk.catalog.model.Hall`, or None)."""
        if hall is None:
            return cls()
        texts = tuple(str(getattr(hall, k, "") or "") for k in ("name", "address", "name_en", "address_en"))
        return _of(texts)

    def zh_pattern(self) -> str:
        """A regex alternative of the Chinese names (one that never matches when there are none)."""
        return "|".join(map(re.escape, self.zh)) or _NEVER

    def en_pattern(self) -> str:
        """A regex alternative of the English names, lower-case (never matches when there are none)."""
        return "|".join(re.escape(n.lower()) for n in self.en) or _NEVER


@lru_cache(maxsize=64)
def _of(texts: tuple[str, ...]) -> Locality:
    name, address, name_en, address_en = texts
    zh: list[str] = []
    for text in (address, name):
        pos = 0  # the places the text begins with: 湖南省长沙市湘溪区…
        while (m := _ZH_PLACE.match(text, pos)) is not None:
            if not any(g in m.group(1) for g in _ZH_GENERIC):
                zh.append(m.group(1))
            pos = m.end()
    en: list[str] = []
    for text in (address_en, name_en):
        en += _EN_DISTRICT.findall(text)
        for part in re.split(r"[,(（)）]", text):
            part = part.strip()
            if _EN_PART.match(part) and not set(part.split()) & _EN_GENERIC:
                en.append(part)
    return Locality(tuple(dict.fromkeys(zh)), tuple(dict.fromkeys(en)))


NOWHERE = Locality()
"""No place names (a hall whose catalog gives no address): only 本市/本地 and their kind are read."""

__all__ = ["NOWHERE", "Locality"]
