"""Opposite intents: a question about starting something is not offered the service that ends it.

A catalog often holds both ends of one thing — setting up a business and closing it, opening an account
and cancelling it — and the closing one's aliases share the question's words ("关店" holds the "店" of
"开奶茶店"). Whether an entry ends something is read from its own names (:data:`lexicon.CLOSING`); whether a
question starts something, from general words (:data:`lexicon.OPENING`). An opening question that says
nothing of closing ranks the closing entries after the others (their order among themselves kept).

Likewise a first issue and its replacement ("居民身份证首次申领" / "居民身份证有效期满换领"): a question about a
card lost, broken or expired (:data:`lexicon.REPLACE_TOLD`) that does not ask for a first one ranks the entries
whose name says first issue and nothing of replacing after the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from kiosk.navigator import fusion, lexicon

DEMOTE = 0.5
"""A closing entry's fused score for an opening question is scaled by this (monotone guard, not fitted)."""
_OPENING = re.compile("|".join(lexicon.OPENING))


@lru_cache(maxsize=64)
def _split(words: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """A word list's Chinese words, and one pattern for its English words (each after no letter)."""
    english = [re.escape(word) for word in words if word.isascii()]
    return (tuple(word for word in words if not word.isascii()),
            re.compile(rf"(?<![a-z])(?:{'|'.join(english)})") if english else None)


def _has(text: str, words: Iterable[str]) -> bool:
    """Any of ``words`` in ``text``: Chinese anywhere (spaces ignored), English as whole words (each word list's
    pattern is compiled once: every entry's names are read against :data:`lexicon.CLOSING` at each start)."""
    chinese, english = _split(tuple(words))
    packed = text.replace(" ", "")
    return any(word in packed for word in chinese) or (english is not None and english.search(text) is not None)


def closes(names: Iterable[str]) -> bool:
    """True when an entry's own (normalised) names say it ends something ("注销", "deregistration")."""
    return any(_has(name, lexicon.CLOSING) for name in names)


def opens(text: str) -> bool:
    """True when a normalised question starts something and says nothing of ending it."""
    found = _OPENING.search(text) or _OPENING.search(text.replace(" ", ""))
    return bool(found) and not _has(text, lexicon.CLOSING + lexicon.CLOSING_TOLD)


def first_issues(names: dict[int, str]) -> frozenset[int]:
    """The entries (index → normalised name) whose name says they issue something for the first time and nothing
    of replacing it, and whose thing another entry replaces: "居民身份证首次申领" beside "居民身份证遗失补领",
    "社会保障卡申领" beside "社会保障卡挂失补换" — not "失业保险金申领", which nothing replaces."""
    found = set()
    replacing = [other.replace(" ", "") for other in names.values() if _has(other, lexicon.REPLACING)]
    for index, name in names.items():
        if not _has(name, lexicon.FIRST_ISSUE) or _has(name, lexicon.REPLACING):
            continue  # (so the entries that replace something are never this one)
        stem = re.split("|".join(lexicon.FIRST_ISSUE), name.replace(" ", ""))[0]
        if len(stem) >= 2 and any(other.startswith(stem) for other in replacing):
            found.add(index)
    return frozenset(found)


def replaces(text: str) -> bool:
    """True when a normalised question is about something lost, broken or expired, not a first issue."""
    return _has(text, lexicon.REPLACE_TOLD) and not _has(text, lexicon.FIRST_TOLD)


def demote(ranked: list[fusion.Scored], closing: frozenset[int], first: frozenset[int],
           text: str) -> list[fusion.Scored]:
    """``ranked`` with the opposite intent's entries scaled by :data:`DEMOTE`: the closing ones for an opening
    question, the first-issue ones for a question about a replacement (re-sorted, ties in the order given)."""
    other = (closing if opens(text) else frozenset()) | (first if replaces(text) else frozenset())
    if not other or not ranked or not any(item.index in other for item in ranked):
        return ranked
    adjusted = [replace(item, score=item.score * DEMOTE) if item.index in other else item for item in ranked]
    order = {item.index: rank for rank, item in enumerate(ranked)}
    adjusted.sort(key=lambda item: (-round(item.score, 6), order[item.index]))
    return adjusted
