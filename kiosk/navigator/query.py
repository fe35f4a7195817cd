"""A citizen's question, parsed: language, the aspect asked about, content words, weighted features.

Chinese is segmented by jieba (loaded once, thread-safely, and taught the catalog's names so filler
removal never splits them); filler and aspect phrases are removed; colloquial vocabulary adds official
words with less weight (kiosk.navigator.lexicon).
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import cache

from kiosk.navigator import lexicon, pinyin_input, textnorm
from kiosk.navigator.answer import Aspect

_EXPANSION_WEIGHT = 0.5
_UNSEEN_WEIGHT = 0.35
"""Weight of question words found nowhere in the catalog (speech errors, filler) in the denominator."""

_WORD = re.compile(r"[0-9a-z\u3400-\u9fff]")
_JIEBA_LOCK = threading.Lock()
_JIEBA_FREQ = 2000
"""Frequency given to catalog words added to jieba (explicit, so jieba need not compute one)."""
_jieba = None
_LIFE_EVENTS = tuple((re.compile(pattern), words) for pattern, words in lexicon.LIFE_EVENTS)


def segment(text: str) -> list[str]:
    """jieba tokens of ``text`` (jieba is imported and initialised once, thread-safely)."""
    global _jieba
    with _JIEBA_LOCK:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return _jieba.lcut(text)


def word_frequency(text: str) -> int:
    """``text``'s frequency in jieba's dictionary (with the catalog's names taught; 0: no word)."""
    segment("")  # loads jieba once
    assert _jieba is not None
    return int(_jieba.get_FREQ(text) or 0)


def is_word(text: str) -> bool:
    """True when jieba's dictionary (with the catalog's names taught) holds ``text`` as a word."""
    return word_frequency(text) > 0


def teach_words(words: set[str]) -> None:
    """Add the catalog's names and aliases to jieba's dictionary."""
    segment("")  # loads jieba once
    assert _jieba is not None
    with _JIEBA_LOCK:
        for word in words:
            if textnorm.cjk_count(word) >= 2 and len(word) <= 12:
                _jieba.add_word(word, freq=_JIEBA_FREQ)


@dataclass
class Query:
    text: str
    language: str
    aspect: Aspect
    content: str
    feats: dict[str, float]
    """feature → query weight (the question's own words; the pinyin channel of them)."""
    expansions: dict[str, float]
    """feature → weight, from colloquial vocabulary (kiosk.navigator.lexicon.COLLOQUIAL)."""
    mass: float
    """The information in the question's own words (denominator of coverage)."""
    pinyin: bool = False
    """Typed in toneless pinyin (kiosk.navigator.pinyin_input): matched by words alone, the embedding
    model reads no meaning in it."""
    events: dict[str, float] = field(default_factory=dict)
    """feature → weight, from life events told as a story (kiosk.navigator.lexicon.LIFE_EVENTS)."""
    event_words: tuple[str, ...] = ()
    """The procedure words of those life events."""

    @property
    def has_content(self) -> bool:
        """Whether any word is left after filler and aspect phrases ("那要带什么材料？": none)."""
        return bool(_WORD.search(self.content))


@cache
def _longest_first(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """A vocabulary's phrases, longest first (sorted once)."""
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _is_chinese(word: str) -> bool:
    """Whether a vocabulary word holds a Chinese character (worked out once a word)."""
    return textnorm.cjk_count(word) > 0


@cache
def _word_features(word: str) -> tuple[str, ...]:
    """The features of a vocabulary word (worked out once a word, in the order the index gives them)."""
    return tuple(textnorm.features(textnorm.normalize(word), pinyin=False))


def parse(question: str, idf: dict[str, float], unseen_idf: float) -> Query:
    """The question's language, aspect, content words and weighted features."""
    text = textnorm.normalize(question)
    language = "en" if textnorm.is_english(text) else "zh"
    aspect = Aspect.GENERAL
    stripped = text
    best_len = 0
    for candidate, phrases in lexicon.ASPECT_WORDS.items():
        for phrase in phrases:
            if phrase in stripped and len(phrase) > best_len:
                aspect, best_len = candidate, len(phrase)
    for phrases in lexicon.ASPECT_WORDS.values():
        for phrase in _longest_first(phrases):
            if len(phrase) >= 2 and phrase in stripped:
                stripped = stripped.replace(phrase, " ")
    if language == "zh":
        tokens = [t for t in segment(stripped) if t.strip()]
        kept = [t for t in tokens if t not in lexicon.FILLER_TOKENS
                and not (len(t) <= 2 and all(ch in lexicon.FILLER_CHARS for ch in t))]
        content = " ".join(kept)
    else:
        content = " ".join(textnorm.english_words(stripped))
    content_joined = textnorm.strip_cjk_spaces(content)
    feats: dict[str, float] = dict.fromkeys(textnorm.features(content_joined), 1.0)
    if len(textnorm.cjk_runs(content_joined)) and all(len(r) <= 2 for r in textnorm.cjk_runs(content_joined)):
        for unigram in textnorm.unigrams(content_joined):
            feats.setdefault(unigram, 0.3)
    mass = sum(idf.get(f, unseen_idf) * (1.0 if f in idf else _UNSEEN_WEIGHT) * w
               for f, w in feats.items() if not f.startswith(("p:", "q:")))
    pinyin = language == "en" and (syllables := pinyin_input.typed_pinyin(text)) is not None
    if pinyin and syllables:
        language = "zh"  # typed in pinyin: a Chinese speaker, matched on the pinyin channel
        for feature in pinyin_input.features(syllables):
            feats.setdefault(feature, 1.0)
    padded = f" {text} ".replace("'", " ")
    expansions: dict[str, float] = {}
    for trigger, words in lexicon.COLLOQUIAL.items():
        hit = trigger in text if _is_chinese(trigger) else f" {trigger} " in padded
        if hit:
            for word in words:
                for feature in _word_features(word):
                    if feature not in feats:
                        expansions[feature] = _EXPANSION_WEIGHT
    events: dict[str, float] = {}
    event_words: list[str] = []
    for pattern, words in _LIFE_EVENTS:
        if pattern.search(text):
            event_words += words
            for word in words:
                for feature in _word_features(word):
                    if feature not in feats:
                        events[feature] = 1.0
    return Query(text, language, aspect, content_joined, feats, expansions, mass, pinyin, events,
                 tuple(event_words))

