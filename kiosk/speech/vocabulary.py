"""Snap a recognised transcript to the hall's own words (service names, aliases, places).

Small vosk models often hear a homophone (同音字: "社保卡不办" for "社保卡补办"). Comparing at the
pinyin level (pypinyin, tones dropped) with rapidfuzz puts the catalog's spelling back, while an
open question ("社保卡丢了怎么办") keeps its own words: only a span whose sound matches a catalog term
is replaced, or the whole transcript when it is nothing but a near-miss of a term.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

_LOGGER = logging.getLogger(__name__)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_TOKENIZER: list[object] = []


def _jieba():  # noqa: ANN202
    """A private jieba tokenizer: words other areas add to jieba's global one do not leak in."""
    if not _TOKENIZER:
        import jieba

        _TOKENIZER.append(jieba.Tokenizer())
    return _TOKENIZER[0]


def _max_match(text: str, words: set[str], longest: int = 8) -> list[str]:
    """Forward maximum matching against the model's lexicon; unknown characters stand alone."""
    tokens, i = [], 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            piece = text[i : i + size]
            if size == 1 or piece in words:
                tokens.append(piece)
                i += size
                break
    return tokens


def _sound(text: str) -> str:
    """Tone-less pinyin syllables joined by spaces ("社保卡" → "she bao ka"); Latin text lower-cased."""
    from pypinyin import lazy_pinyin  # imported on first use: ~0.1 s, kept off the start-up path

    return " ".join(s.strip().lower() for s in lazy_pinyin(text) if s.strip())


@dataclass(frozen=True)
class Snap:
    """The result of :meth:`Vocabulary.snap`."""

    text: str
    term: str | None = None
    """The catalog term that was put in, or None when the text passed unchanged."""
    score: float = 0.0


class Vocabulary:
    """Catalog terms indexed by sound."""

    def __init__(self, terms: Iterable[str], whole_threshold: float = 85.0, span_threshold: float = 90.0) -> None:
        self.terms = sorted({t.strip() for t in terms if t and len(t.strip()) >= 2}, key=len, reverse=True)
        self.sounds = [_sound(t) for t in self.terms]
        self.whole_threshold = whole_threshold
        self.span_threshold = span_threshold

    @classmethod
    def from_catalog(cls, catalog) -> Vocabulary:  # noqa: ANN001 - kiosk.catalog.Catalog
        """Service names and aliases, place names and aliases, department names (zh and en)."""
        terms: list[str] = []
        for service in catalog.services:
            terms += [service.name, service.name_en, *service.aliases]
        for place in catalog.places:
            terms += [place.name, place.name_en, *place.aliases]
        for department in catalog.departments:
            terms += [department.name, department.name_en]
        return cls(terms)

    def phrases(self, language: str = "zh", words: set[str] | None = None) -> list[str]:
        """Terms for a recognition grammar, split into words the model knows.

        With the model's word list (:func:`kiosk.speech.models.read_words`) Chinese terms are split
        by forward maximum matching (single characters as the fallback); without it, by a private
        jieba tokenizer. Punctuation is dropped.
        """
        out = []
        for term in self.terms:
            han = bool(_HAN.search(term))
            if han != (language == "zh"):
                continue
            clean = _PUNCT.sub(" ", term).strip()
            if not clean:
                continue
            if not han:
                out.append(" ".join(clean.lower().split()))  # vosk lexicons are lower-case
                continue
            tokens: list[str] = []
            for chunk in clean.split():
                tokens += _max_match(chunk, words) if words else _jieba().lcut(chunk)
            out.append(" ".join(t for t in tokens if t.strip()))
        return list(dict.fromkeys(out))

    def snap(self, text: str) -> Snap:
        """``text`` with near-miss catalog terms replaced by their catalog spelling."""
        text = text.strip()
        if not text or not self.terms:
            return Snap(text)
        if text in self.terms:
            return Snap(text, text, 100.0)
        from rapidfuzz import fuzz, process

        sound = _sound(text)
        best = process.extractOne(sound, self.sounds, scorer=fuzz.ratio, score_cutoff=self.whole_threshold)
        if best is not None:
            term = self.terms[best[2]]
            _LOGGER.debug("snapped %r to %r (%.0f)", text, term, best[1])
            return Snap(term, term, float(best[1]))
        if _HAN.search(text):
            return self._snap_span(text)
        return Snap(text)

    def _snap_span(self, text: str) -> Snap:
        """Replace the best-sounding window of Chinese characters by a term of the same length."""
        from rapidfuzz import fuzz

        best: tuple[float, int, int, str] | None = None
        for term, term_sound in zip(self.terms, self.sounds, strict=False):
            n = len(term)
            if n < 3 or n > len(text) or not _HAN.search(term) or term in text:
                continue
            for start in range(len(text) - n + 1):
                window = text[start : start + n]
                if not all(_HAN.match(ch) for ch in window):
                    continue
                same = sum(a == b for a, b in zip(window, term, strict=False))
                if same * 2 < n:  # at most half the characters may differ
                    continue
                score = fuzz.ratio(_sound(window), term_sound)
                if score >= self.span_threshold and (best is None or score > best[0]):
                    best = (score, start, n, term)
        if best is None:
            return Snap(text)
        score, start, n, term = best
        return Snap(text[:start] + term + text[start + n :], term, float(score))
