"""The hall's own window ids in model text, whatever shape the hall gives them.

Halls name windows their own way — ``A01``, ``CK01``, ``ck1-01``, ``1A01``, ``B1-D01`` — and a model writes
them back with other case, spaces or dashes ("CK 01", "ck1 01", "b1-d1"). The generic window patterns of
:mod:`kiosk.llm.facts` read only letters + digits, so ``ck1-01窗口`` looked like "window 1". The catalog's own
ids are found first: a cited one is supported, another of the hall is an invented window; either way the
mention is blanked before the generic window checks run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CHUNK = re.compile(r"[A-Za-z]+|\d+")
_NOT_PAPER = r"(?!\s*(?:纸|paper|size|尺寸|寸|幅|版))"  # "A4纸" is a paper size, not window A04


def _pattern(window_id: str) -> str | None:
    """A pattern for ``window_id`` that lets case, leading zeros and a dash or space between parts vary."""
    chunks = _CHUNK.findall(window_id)
    if not chunks or not any(c.isdigit() for c in chunks):
        return None
    parts = [f"0*{int(c)}" if c.isdigit() else re.escape(c) for c in chunks]
    return r"(?<![A-Za-z0-9])" + r"[-\s_·]?".join(parts) + r"(?![A-Za-z0-9])" + _NOT_PAPER


@lru_cache(maxsize=32)
def _compiled(ids: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[tuple[str, ...], str]]:
    """One pattern for all of a hall's window ids (compiled once per hall), and each id by its key."""
    patterns = [p for p in (_pattern(i) for i in ids) if p]
    return (re.compile("|".join(patterns), re.IGNORECASE) if patterns else None), {_key(i): i for i in ids}


@lru_cache(maxsize=256)
def _named_in(ids: tuple[str, ...], cited: tuple[str, ...], source: str) -> tuple[str, ...]:
    return tuple(HallWindows(ids, cited).split(source)[1])


def _key(text: str) -> tuple[str, ...]:
    return tuple(str(int(c)) if c.isdigit() else c.upper() for c in _CHUNK.findall(text))


class HallWindows:
    """Finds the hall's window ids in a sentence and tells which were not cited."""

    def __init__(self, hall_ids: Iterable[str], cited: Iterable[str]) -> None:
        """``hall_ids``: every window id of the hall's catalog; ``cited``: those of the cited services."""
        self._regex, self._ids = _compiled(tuple(sorted({i for i in hall_ids if i}, key=lambda i: (-len(i), i))))
        self._cited = {_key(i) for i in cited if i}

    @classmethod
    def for_entries(cls, hall_ids: Iterable[str], cited: Iterable[str], source: str) -> HallWindows:
        """The hall's windows with ``cited`` and every window the entries' own text (``source``) names
        ("…再到一楼A03窗口落户") counted as cited (cached: the same entries give the same windows)."""
        ids, cited = tuple(hall_ids), tuple(cited)
        return cls(ids or cited, (*cited, *_named_in(ids, cited, source)))

    def split(self, text: str) -> tuple[str, list[str]]:
        """(``text`` with every hall window id blanked, the ids it names that were not cited)."""
        if self._regex is None:
            return text, []
        uncited: list[str] = []

        def blank(m: re.Match[str]) -> str:
            key = _key(m.group())
            if key not in self._cited:
                uncited.append(self._ids.get(key, m.group()))
            return "#" * len(m.group())

        return self._regex.sub(blank, text), uncited
