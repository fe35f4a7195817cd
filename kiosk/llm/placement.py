"""Where the cited windows are: a floor or zone stated next to a window must be that window's.

"港澳通行证在3F的A05窗口办理": A05 is a cited window and the hall has a third floor, so each fact alone is
known — but A05 is on the first floor. :class:`Placement` knows each cited window's floor and zone
letter and, when a sentence names windows (or zones) and floors, requires every floor it states to be
the floor of one of the windows or zones it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kiosk.llm import facts


@dataclass(frozen=True)
class Placement:
    """Floors of the cited windows (by window id) and of their zones (by zone letter)."""

    window_floors: tuple[tuple[str, frozenset[int]], ...]
    zone_floors: tuple[tuple[str, frozenset[int]], ...]
    hall_ids: tuple[tuple[str, frozenset[int]], ...] = ()
    """Window ids as the hall spells them (3M01, ck1-03): found as written, not read as a letter and a number."""

    @classmethod
    def build(cls, grounding: Any) -> Placement:
        """From ``grounding.windows`` (id, floor id, floor name) as :meth:`Grounding.build` resolves them."""
        by_window: dict[str, set[int]] = {}
        by_zone: dict[str, set[int]] = {}
        by_id: dict[str, set[int]] = {}
        for window in getattr(grounding, "windows", None) or []:
            raw = str(window.get("id", ""))
            ids = facts.window_ids(raw)
            found = facts.floors(f"{window.get('floor', '')} {window.get('floor_name', '')}")
            if found and len(raw) >= 3 and re.fullmatch(r"[\w-]+", raw) and re.search(r"\d[A-Za-z]|[A-Za-z]{2,}\d", raw):
                by_id.setdefault(raw.upper(), set()).update(found)
            if not ids or not found:
                continue
            for wid in ids:
                by_window.setdefault(wid, set()).update(found)
                by_zone.setdefault(wid.rstrip("0123456789"), set()).update(found)
        return cls(
            tuple(sorted((k, frozenset(v)) for k, v in by_window.items())),
            tuple(sorted((k, frozenset(v)) for k, v in by_zone.items())),
            tuple(sorted((k, frozenset(v)) for k, v in by_id.items())),
        )

    def check(self, sentence: str) -> list[str]:
        """A floor in ``sentence`` stated next to a window or zone (same clause, a few characters apart) that
        is not that window's or zone's floor ("3F的A05窗口"; "请在一楼取号，再到三楼C04窗口" is fine)."""
        if not self.window_floors and not self.hall_ids:
            return []
        t = facts.numeric(sentence)
        floors = _floor_mentions(t)
        if not floors:
            return []
        windows, zones = dict(self.window_floors), dict(self.zone_floors)
        places: list[tuple[int, int, frozenset[int]]] = []
        for m in facts._WINDOW_ID.finditer(t):
            wid = f"{m.group(1).upper()}{int(m.group(2))}"
            if wid in windows:
                places.append((m.start(), m.end(), windows[wid]))
        for raw, floor_set in self.hall_ids:
            places += [(m.start(), m.end(), floor_set) for m in re.finditer(re.escape(raw), t, re.IGNORECASE)]
        for m in facts._ZONE.finditer(facts.plain(sentence)):
            zone = next(g for g in m.groups() if g).upper()
            if zone in zones:
                places.append((m.start(), m.end(), zones[zone]))
        problems: list[str] = []
        for start, end, floor in floors:
            near = [f for s, e, f in places if _close(t, (start, end), (s, e))]
            if near and not any(floor in f for f in near):
                problems.append(f"floor {floor} is not where the window next to it is")
        return problems


_NEAR = 8
_TERM = re.compile(r"^[的\s]*([\u4e00-\u9fff]{2,8}?)(?=有|设有|内|的|可|和|或|与|及|[^\u4e00-\u9fff]|$)")
_ITEM = re.compile(r"^(?:有|设有)([\u4e00-\u9fff]{3,8}?)(?=可|[^\u4e00-\u9fff]|$)")
_MIN_TERM = 3


def place_floors(source: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """(name, floors) of each place or device the entries locate on a floor ("1F自助服务区有不动产查询机":
    自助服务区 and 不动产查询机 on floor 1)."""
    t = facts.numeric(source)
    found: dict[str, set[int]] = {}
    for _start, end, floor in _floor_mentions(t):
        m = _TERM.match(t[end:])
        if not m or len(m.group(1)) < _MIN_TERM or facts.window_ids(m.group(1)):
            continue
        found.setdefault(m.group(1), set()).add(floor)
        item = _ITEM.match(t[end + m.end() :])
        if item:
            found.setdefault(item.group(1), set()).add(floor)
    return tuple(sorted((k, frozenset(v)) for k, v in found.items()))


_BEFORE_PLACE = frozenset("的在到去是有和与及往至")


def _names_place(clause: str, name: str) -> bool:
    """Whether ``clause`` names ``name`` as a whole (服务区 is not named by 自助服务区)."""
    i = clause.find(name)
    while i >= 0:
        before = clause[i - 1 : i]
        if not before or not "\u4e00" <= before <= "\u9fff" or before in _BEFORE_PLACE:
            return True
        i = clause.find(name, i + 1)
    return False


def place_problems(places: tuple[tuple[str, frozenset[int]], ...], sentence: str) -> list[str]:
    """A floor in ``sentence`` next to a place the entries locate on another floor."""
    if not places:
        return []
    t = facts.numeric(sentence)
    problems: list[str] = []
    for start, end, floor in _floor_mentions(t):
        clause_start = max(t.rfind(c, 0, start) for c in "，。；;,.!?！？")
        clause_end = min([i for i in (t.find(c, end) for c in "，。；;,.!?！？") if i >= 0] or [len(t)])
        clause = t[clause_start + 1 : clause_end]
        for name, floors in places:
            if _names_place(clause, name) and floor not in floors:
                problems.append(f"floor {floor}: entries put {name} on floor {'/'.join(map(str, sorted(floors)))}")
    return problems


def _close(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two mentions of one clause with at most a few characters between them."""
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    gap = text[lo:hi] if hi > lo else ""
    return len(gap) <= _NEAR and not any(c in gap for c in "，。；;,.!?！？")


_SPELLED_OUT = re.compile(r"\s*[(（]\s*(?:B?\d{1,2}\s*F|F\d{1,2}|floor\s*\d{1,2}|\d{1,2}\s*(?:楼|层))\s*[)）]", re.IGNORECASE)


def _floor_mentions(t: str) -> list[tuple[int, int, int]]:
    """(start, end, floor) of each floor stated in ``t`` (numeric form)."""
    out: list[tuple[int, int, int]] = []
    for m in facts._FLOOR_ZH.finditer(t):
        out.append((m.start(), m.end(), -int(m.group(2)) if m.group(1) else int(m.group(2))))
    for m in facts._FLOOR_F.finditer(t):
        if m.group(2):
            out.append((m.start(), m.end(), -int(m.group(2)) if m.group(1) else int(m.group(2))))
        else:
            out.append((m.start(), m.end(), int(m.group(3))))
    for m in facts._FLOOR_EN.finditer(t):
        out.append((m.start(), m.end(), int(m.group(1) or m.group(2))))
    for m in facts._FLOOR_WORD.finditer(t):
        if _SPELLED_OUT.match(t, m.end()):
            continue  # "the first floor (2F)": the bracket says which floor the word means
        out.append((m.start(), m.end(), -1 if m.group(2) else facts._EN_FLOOR[m.group(1).lower()]))
    return out
