"""Text normalisation for matching citizens' words against the catalog (Chinese and English).

Features are what the navigator's index is made of:
- ``c:`` Chinese character bigrams (and ``u:`` unigrams of one-character runs), so no word
  segmentation is needed and two-character queries such as "社保" work;
- ``p:`` toneless pinyin syllable bigrams with common accent merges (zh/z, ch/c, sh/s, -ng/-n,
  n/l), so speech-recognition homophones ("公鸡金" for 公积金) still match;
- ``w:`` lower-case English words (lightly stemmed).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from pypinyin import Style, lazy_pinyin

MAX_QUERY_CHARS = 200
"""Longer questions are cut: nobody says more than this to a kiosk, and it bounds the work."""

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_WORD = re.compile(r"[a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")

ENGLISH_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "to",
        "do",
        "does",
        "did",
        "how",
        "what",
        "where",
        "which",
        "who",
        "is",
        "are",
        "am",
        "be",
        "been",
        "can",
        "could",
        "should",
        "would",
        "will",
        "want",
        "wanted",
        "need",
        "needs",
        "get",
        "got",
        "for",
        "of",
        "in",
        "on",
        "at",
        "with",
        "and",
        "or",
        "it",
        "this",
        "that",
        "there",
        "here",
        "please",
        "hi",
        "hello",
        "help",
        "tell",
        "about",
        "from",
        "by",
        "have",
        "has",
        "had",
        "go",
        "going",
        "some",
        "any",
    ]
)


def normalize(text: str) -> str:
    """NFKC, lower case, no control characters, no spaces between Chinese characters, bounded length."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text[:MAX_QUERY_CHARS]


def strip_cjk_spaces(text: str) -> str:
    """Remove the spaces speech recognisers put between Chinese words ("我 想 补办" → "我想补办")."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def cjk_count(text: str) -> int:
    """How many Chinese characters ``text`` has."""
    return len(_CJK_CHAR.findall(text))


def is_english(text: str) -> bool:
    """True when the text is written in Latin letters (no Chinese characters)."""
    return cjk_count(text) == 0 and len(re.findall(r"[a-zA-Z]", text)) >= 2


def cjk_runs(text: str) -> list[str]:
    """The runs of Chinese characters in ``text``."""
    return CJK_RUN.findall(text)


def merge_accent(syllable: str) -> str:
    """Fold pinyin distinctions that speakers and recognisers often blur."""
    if syllable.startswith(("zh", "ch", "sh")):
        syllable = syllable[0] + syllable[2:]
    if syllable.startswith("n") and len(syllable) > 1:
        syllable = "l" + syllable[1:]
    if syllable.endswith("ng") and len(syllable) > 2:
        syllable = syllable[:-1]
    return syllable


@lru_cache(maxsize=65536)
def pinyin_of(run: str) -> tuple[str, ...]:
    """Toneless, accent-merged pinyin syllables of a run of Chinese characters."""
    return tuple(merge_accent(s) for s in lazy_pinyin(run, style=Style.NORMAL, errors="ignore"))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def english_words(text: str) -> list[str]:
    """Content words of English text, stemmed, without stop words."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOPWORDS]


def features(text: str, *, pinyin: bool = True) -> set[str]:
    """The index features of a (normalised) text."""
    out: set[str] = set()
    for run in cjk_runs(text):
        if len(run) == 1:
            out.add("u:" + run)
        else:
            out.update("c:" + run[i : i + 2] for i in range(len(run) - 1))
        if pinyin:
            syllables = pinyin_of(run)
            if len(syllables) == 1:
                out.add("q:" + syllables[0])
            else:
                out.update(f"p:{a}|{b}" for a, b in pairwise(syllables))
    out.update("w:" + w for w in english_words(text))
    return out


def unigrams(text: str) -> set[str]:
    """Single-character features (for one-character queries such as "税")."""
    return {"u:" + ch for run in cjk_runs(text) for ch in run}
