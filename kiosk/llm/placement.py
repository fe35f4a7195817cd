"""Where the cited windows are: a floor or zone stated next to a window must be that window's.

"港澳通行证在3F的A05窗口办理": A05 is a cited window and the hall has a third floor, so each fact alone is
known — but A05 is on the first floor. :class:`Placement` knows each cited window's floor and zone
letter and, when a sentence names windows (or zones) and floors, requires every floor it states to be
the floor of one of the windows or zones it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.llm import facts


@dataclass(frozen=True)
class Placement:
    """Floors of the cited windows (by window id) and of their zones (by zone letter)."""

    window_floors: tuple[tuple[str, frozenset[int]], ...]
    zone_floors: tuple[tuple[str, frozenset[int]], ...]

    @classmethod
    def build(cls, grounding: Any) -> Placement:
        """From ``grounding.windows`` (id, floor id, floor name) as :meth:`Grounding.build` resolves them."""
        by_window: dict[str, set[int]] = {}
        by_zone: dict[str, set[int]] = {}
        for window in getattr(grounding, "windows", None) or []:
            ids = facts.window_ids(str(window.get("id", "")))
            found = facts.floors(f"{window.get('floor', '')} {window.get('floor_name', '')}")
            if not ids or not found:
                continue
            for wid in ids:
                by_window.setdefault(wid, set()).update(found)
                by_zone.setdefault(wid.rstrip("0123456789"), set()).update(found)
        return cls(
            tuple(sorted((k, frozenset(v)) for k, v in by_window.items())),
            tuple(sorted((k, frozenset(v)) for k, v in by_zone.items())),
        )

    def check(self, sentence: str) -> list[str]:
        """A floor in ``sentence`` that none of the windows or zones it names is on."""
        if not self.window_floors:
            return []
        stated = facts.floors(sentence)
        if not stated:
            return []
        windows, zones = dict(self.window_floors), dict(self.zone_floors)
        places: set[int] = set()
        named = False
        for wid in facts.window_ids(sentence):
            if wid in windows:
                places |= windows[wid]
                named = True
        for zone in facts.zones(sentence):
            if zone in zones:
                places |= zones[zone]
                named = True
        if not named:
            return []
        return [f"floor {f} is not where the named windows are" for f in sorted(stated - places)]
