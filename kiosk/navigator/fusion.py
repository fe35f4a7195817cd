"""Fusing the lexical and semantic rankings, and deciding how sure the navigator is.

The two rankers see different things: the lexical index finds the catalog's exact words, numbers,
pinyin homophones and two-character names; the embedding model finds meaning in wording the
catalog never uses. Their scores live on different scales, so the semantic similarity is first
made relative to the catalog at hand (how far the entry stands above the catalog's average for
this question, in standard deviations) and mapped to 0..1; the fused score is an even blend.

How sure the navigator is, from these rankings, is :mod:`kiosk.navigator.confidence`.

Measured and not taken (top-1 of the fused ranking on the seventeen development halls, 1,840 of 2,031
routing questions as it is): SEMANTIC_WEIGHT 0.4–0.6 with _Z_FLOOR 0.5–1.5 and _Z_SPAN 3–5 span 1,819–1,849,
and each hall's setting chosen on the other sixteen gives 1,843 (noise); a linear blend (lexical, relative
semantic, each view's z, their product, places) chosen for top-1 gains 12 questions fitted on all halls and
loses 5 leave-one-hall-out; a semantic weight that follows the question's length 1,828–1,844; reciprocal-rank
fusion 1,767–1,836.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEMANTIC_WEIGHT = 0.5
"""Share of the semantic channel in the fused score (calibrated on the demo hall: 0.3–0.6 equal)."""
_Z_FLOOR = 1.0
_Z_SPAN = 3.0
"""A relative similarity z maps to (z - floor) / span, clipped to 0..1."""

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
