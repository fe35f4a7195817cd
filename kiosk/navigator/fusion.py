"""Fusing the lexical and semantic rankings, and deciding how sure the navigator is.

The two rankers see different things: the lexical index finds the catalog's exact words, numbers,
pinyin homophones and two-character names; the embedding model finds meaning in wording the
catalog never uses. Their scores live on different scales, so the semantic similarity is first
made relative to the catalog at hand (how far the entry stands above the catalog's average for
this question, in standard deviations) and mapped to 0..1; the fused score is an even blend.

Confidence uses only signals that carry over from one hall to another: the fused score of the
first entry, its margin over the second, whether the two rankers agree on the first entry, and
how far the semantic first stands out. No threshold depends on one hall's names.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEMANTIC_WEIGHT = 0.5
"""Share of the semantic channel in the fused score (calibrated on the demo hall: 0.3–0.6 equal)."""
_Z_FLOOR = 1.0
_Z_SPAN = 3.0
"""A relative similarity z maps to (z - floor) / span, clipped to 0..1."""

ANSWER_AGREE = 0.42
"""Both rankers put the same entry first and its fused score reaches this: answer."""
ANSWER_STRONG = 0.55
ANSWER_MARGIN = 0.16
"""Without agreement: answer only with this fused score *and* this lead over the second."""
LEXICAL_SURE = 0.9
LEXICAL_SURE_MARGIN = 0.12
"""The question is (nearly) an entry's own name, clearly ahead of the rest: answer."""
CHOOSE_FLOOR = 0.16
"""Below this fused score nothing is close: hand off to staff."""
LEXICAL_ONLY_ANSWER = 0.42
LEXICAL_ONLY_CLOSE = 0.06
LEXICAL_ONLY_CHOOSE = 0.28
"""Lexical index alone (vectors not ready or model missing): the navigator's historical thresholds."""


@dataclass(frozen=True)
class Scored:
    """One entry's scores for one question."""

    index: int
    score: float
    """Fused, 0..1."""
    lexical: float
    semantic: float | None
    """Relative semantic score 0..1 (None without vectors)."""
    group: str = ""
    """Entries of one group (one facility on several floors) do not compete with each other."""


@dataclass(frozen=True)
class Verdict:
    """The decision: outcome and the confidence signals behind it."""

    outcome: str
    """answer / choose / handoff."""
    agree: bool
    margin: float
    top: float


def relative_semantic(similarities: np.ndarray) -> np.ndarray:
    """Cosine similarities → 0..1, relative to this catalog's spread for this question."""
    mean = float(similarities.mean())
    spread = float(similarities.std()) or 1.0
    z = (similarities - mean) / spread
    return np.clip((z - _Z_FLOOR) / _Z_SPAN, 0.0, 1.0)


def fuse(lexical: dict[int, float], similarities: np.ndarray | None, size: int) -> list[Scored]:
    """Every entry either ranker found, best first (ties keep catalog order)."""
    if similarities is None or len(similarities) != size:
        ranked = [Scored(i, s, s, None) for i, s in lexical.items()]
        ranked.sort(key=lambda item: (-round(item.score, 6), item.index))
        return ranked
    semantic = relative_semantic(similarities)
    candidates = set(lexical) | {int(i) for i in np.argsort(-semantic)[:20]}
    ranked = []
    for index in candidates:
        lex = lexical.get(index, 0.0)
        sem = float(semantic[index])
        ranked.append(Scored(index, (1 - SEMANTIC_WEIGHT) * lex + SEMANTIC_WEIGHT * sem, lex, sem))
    ranked.sort(key=lambda item: (-round(item.score, 6), item.index))
    return ranked


def decide(ranked: list[Scored], lexical: dict[int, float]) -> Verdict:
    """answer / choose / handoff from the fused ranking (off-topic is decided elsewhere)."""
    if not ranked:
        return Verdict("handoff", False, 0.0, 0.0)
    first = ranked[0]
    rivals = [item.score for item in ranked[1:] if not (first.group and item.group == first.group)]
    second = rivals[0] if rivals else 0.0
    margin = first.score - second
    if first.semantic is None:  # words alone
        if first.score >= LEXICAL_ONLY_ANSWER and margin > LEXICAL_ONLY_CLOSE:
            return Verdict("answer", False, margin, first.score)
        outcome = "choose" if first.score >= LEXICAL_ONLY_CHOOSE else "handoff"
        return Verdict(outcome, False, margin, first.score)
    lex_first = max(lexical, key=lambda i: (lexical[i], -i)) if lexical else None
    sem_first = max(ranked, key=lambda item: (item.semantic or 0.0, -item.index)).index
    agree = lex_first == first.index == sem_first
    if first.score < CHOOSE_FLOOR:
        return Verdict("handoff", agree, margin, first.score)
    if agree and first.score >= ANSWER_AGREE:
        return Verdict("answer", agree, margin, first.score)
    if first.score >= ANSWER_STRONG and margin >= ANSWER_MARGIN:
        return Verdict("answer", agree, margin, first.score)
    if first.lexical >= LEXICAL_SURE and lex_first == first.index and margin >= LEXICAL_SURE_MARGIN:
        return Verdict("answer", agree, margin, first.score)
    return Verdict("choose", agree, margin, first.score)
