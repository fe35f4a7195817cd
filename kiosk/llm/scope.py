"""Which of the cited services a sentence is about, so its facts are checked against that service's entry.

With three cited services, "身份证补领工本费20元" must not pass because *another* cited service costs 20
yuan. A sentence names a cited service when it contains the service's name, its name without a closing
verb (无犯罪记录证明开具 → 无犯罪记录证明), one of its aliases (three characters or more) or its English
name. When it names some but not all of the cited services, the grounding check reads its windows,
floors, fees and time limits against the named services' entries (and the hall's info) only; a
sentence that names none, or all, is read against them all.
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.llm.facts import plain

_VERB_END = re.compile(r"(?:办理|开具|申领|申请|登记|办证)$")
_MIN_ALIAS = 3


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", plain(text)).lower()


def service_names(service: Any) -> tuple[str, ...]:
    """The folded names a sentence may call ``service`` by."""
    names = {_fold(service.name), _fold(_VERB_END.sub("", service.name))}
    names |= {_fold(a) for a in getattr(service, "aliases", None) or [] if len(_fold(a)) >= _MIN_ALIAS}
    english = getattr(service, "name_en", "") or ""
    if english:
        names.add(re.sub(r"\s+", " ", plain(english).lower()).strip())
    return tuple(sorted(n for n in names if len(n) >= 2))


class Scope:
    """The names of each cited service; tells which ones a sentence names."""

    def __init__(self, services: list[Any]) -> None:
        """``services``: the cited services, in citation order."""
        self.names = [service_names(s) for s in services]

    def named(self, sentence: str) -> tuple[int, ...]:
        """Indices of the cited services ``sentence`` names (empty when one or none is cited)."""
        if len(self.names) < 2:
            return ()
        folded = _fold(sentence)
        english = " " + re.sub(r"\s+", " ", plain(sentence).lower()) + " "
        return tuple(
            i for i, names in enumerate(self.names)
            if any((n in english) if n.isascii() else (n in folded) for n in names)
        )  # fmt: skip
