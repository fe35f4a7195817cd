"""A service said to be served at one window only ("只在A05窗口办理", "其他窗口不受理", "at window A05 only").

Such a claim is wrong when the entry of the service it speaks of gives a window the sentence does not name:
the citizen would queue for the one window and pass the other by. The service is the one the clause names
(:class:`kiosk.llm.scope.Scope`), else those the sentence names, else every cited one; a clause about several
("A和B都只在2D02受理") needs each of them to have no other window.
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.llm.facts import numeric
from kiosk.llm.scope import Scope

_CLAUSE = re.compile(r"[，,；;。！？!?]")
_ONLY = re.compile(
    r"(?:只|仅)(?:能|可|可以|会)?(?:在|到|去|于|由|限)|仅限|只有[^，,。；;]{0,12}?(?:窗口|柜台)(?:才|可以|能)"
    r"|(?:其他|其余|别的)(?:的)?窗口(?:都|均|一律)?(?:不|无法|没法)"
    r"|\bonly\s+(?:at|in|from|by)\b|\b(?:window|counter)\s+[A-Za-z0-9-]+\s+only\b|\bno other (?:window|counter)\b",
    re.IGNORECASE,
)


_DENIED = re.compile(r"号?(?:窗口|柜台)?(?:也|都|均|则|一律)?(?:不|无法|不能|没法)(?:受理|办理|办|接受|处理)")
"""After a window id: that window does not serve it ("A01窗口不受理")."""


_OTHERS = re.compile(r"(?:其他|其余|别的)(?:的)?窗口|\bno other (?:window|counter)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    return re.sub(r"[\s\-－—_]", "", numeric(text)).upper()


class WindowExclusivity:
    """The cited services' windows; checks sentences that say one window alone serves a service."""

    def __init__(self, services: list[Any], scope: Scope) -> None:
        """``services``: the cited services, in citation order; ``scope``: their names."""
        self.windows = [tuple(_fold(str(w)) for w in getattr(s, "windows", None) or []) for s in services]
        self.ids = [str(getattr(s, "id", "")) for s in services]
        self.scope = scope

    def check(self, sentence: str) -> list[str]:
        """Windows of the service a "only at window X" clause speaks of that the sentence leaves out."""
        if not any(len(w) > 1 for w in self.windows) or not _ONLY.search(sentence):
            return []
        folded = _fold(sentence)
        denied = {w for ws in self.windows for w in ws if w and w in folded
                  and any(_DENIED.match(folded, m.end()) for m in re.finditer(re.escape(w), folded))}
        said = {w for ws in self.windows for w in ws if w and w in folded} - denied
        if not said:
            return []
        everyone = self.scope.named(sentence) or tuple(range(len(self.windows)))
        out: list[str] = []
        for clause in _CLAUSE.split(sentence):
            if not _ONLY.search(clause):
                continue
            named = self.scope.named(clause) or everyone
            in_clause = {w for w in said if w in _fold(clause)}
            if not in_clause and _OTHERS.search(clause):
                in_clause = said  # "社保卡在1C01窗口办理，其他窗口不受理": the window of the clause before
            for i in named:
                if not in_clause or not in_clause & set(self.windows[i]):
                    continue  # the window said is another service's: that is the scope check's
                left = [w for w in self.windows[i] if w not in said]  # a window said not to serve it is left out
                if left:
                    out.append(f"only window {'/'.join(sorted(in_clause))}, entries also give {left[0]} ({self.ids[i]})")
        return out
