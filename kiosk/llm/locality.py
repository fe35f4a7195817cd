"""The hall's own places (its province, city and district), read from the catalog's hall entry.

A residence condition names the hall's place as well as 本市/本地 ("深圳户籍" in a Shenzhen hall, "长沙户口" in
a Changsha one). The rules of :mod:`kiosk.llm.conditions` and :mod:`kiosk.llm.eligibility` take the place
names from here instead of a list written for one hall: :func:`kiosk.catalog.locality.place_names` (the same
reading the navigator uses), Chinese and English apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kiosk.catalog.locality import place_names

_NEVER = r"(?!x)x"


@dataclass(frozen=True)
class Locality:
    """Place names of one hall, Chinese and English (empty when the catalog gives none)."""

    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    @classmethod
    def of(cls, hall: Any | None) -> Locality:
        """The places of ``hall`` (a catalog :class:`~kiosk.catalog.model.Hall`, or None)."""
        names = place_names(hall)
        return cls(tuple(n for n in names if not n.isascii()), tuple(n for n in names if n.isascii()))

    def zh_pattern(self) -> str:
        """A regex alternative of the Chinese names (one that never matches when there are none)."""
        return "|".join(map(re.escape, self.zh)) or _NEVER

    def en_pattern(self) -> str:
        """A regex alternative of the English names, lower-case (never matches when there are none)."""
        return "|".join(re.escape(n.lower()) for n in self.en) or _NEVER


NOWHERE = Locality()
"""No place names (a hall whose catalog gives no address): only 本市/本地 and their kind are read."""

__all__ = ["NOWHERE", "Locality"]
