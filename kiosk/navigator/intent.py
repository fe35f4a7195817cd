"""Opposite intents: a question about starting something is not offered the service that ends it.

A catalog often holds both ends of one thing — setting up a business and closing it, opening an account
and cancelling it — and the closing one's aliases share the question's words ("关店" holds the "店" of
"开奶茶店"). Whether an entry ends something is read from its own names (:data:`lexicon.CLOSING`); whether a
question starts something, from general words (:data:`lexicon.OPENING`). An opening question that says
nothing of closing ranks the closing entries after the others (their order among themselves kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kiosk.navigator import fusion, lexicon

DEMOTE = 0.5
"""A closing entry's fused score for an opening question is scaled by this (monotone guard, not fitted)."""
_OPENING = re.compile("|".join(lexicon.OPENING))


def _has(text: str, words: Iterable[str]) -> bool:
    """Any of ``words`` in ``text``: Chinese anywhere (spaces ignored), English as whole words."""
    packed = text.replace(" ", "")
    for word in words:
        if word.isascii():
            if re.search(rf"(?<![a-z]){re.escape(word)}", text):
                return True
        elif word in packed:
            return True
    return False


def closes(names: Iterable[str]) -> bool:
    """True when an entry's own (normalised) names say it ends something ("注销", "deregistration")."""
    return any(_has(name, lexicon.CLOSING) for name in names)


def opens(text: str) -> bool:
    """True when a normalised question starts something and says nothing of ending it."""
    found = _OPENING.search(text) or _OPENING.search(text.replace(" ", ""))
    return bool(found) and not _has(text, lexicon.CLOSING + lexicon.CLOSING_TOLD)


def demote_closing(ranked: list[fusion.Scored], closing: frozenset[int], text: str) -> list[fusion.Scored]:
    """``ranked`` with the closing entries' scores scaled by :data:`DEMOTE` when the question opens
    something (re-sorted, ties in the order given); unchanged otherwise."""
    if not closing or not ranked or not opens(text) or not any(item.index in closing for item in ranked):
        return ranked
    adjusted = [replace(item, score=item.score * DEMOTE) if item.index in closing else item for item in ranked]
    order = {item.index: rank for rank, item in enumerate(ranked)}
    adjusted.sort(key=lambda item: (-round(item.score, 6), order[item.index]))
    return adjusted
