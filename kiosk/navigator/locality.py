"""The hall's own place names — its province, city, district, town and street — read from its catalog.

Citizens say where they are registered or from ("我们都是深圳户口", "I live in Shenzhen"). Every service of the
hall is offered in that place, so its name says nothing about which service is meant; yet an entry that happens
to carry it in its own name ("深圳经济特区居住证申领", "浙江省居住证") would win on that word alone, in words and
in meaning. The navigator matches the question without them (:func:`without`), unless they are all it says.

The names come from :func:`kiosk.catalog.locality.place_names` (shared with the grounding check).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kiosk.catalog.locality import place_names
from kiosk.navigator import textnorm

_MIN_LEFT = 2
"""A question keeps its place names when fewer content characters (or English words) than this would remain."""


def phrases(names: Iterable[str], texts: Iterable[str]) -> tuple[str, ...]:
    """The catalog's own names and aliases that hold a place name (normalised: "户口迁到深圳"): a question that
    says one of them keeps its place name — there the catalog itself gives the word its sense."""
    names = tuple(names)
    found = {norm for text in dict.fromkeys(texts) if (norm := textnorm.normalize(text).replace(" ", ""))
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


__all__ = ["phrases", "place_names", "without"]
