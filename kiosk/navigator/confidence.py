"""How sure the navigator is: answer, choose, hand off or refuse, from signals that carry over between halls.

Every signal is relative to the question and the catalog at hand, never to one hall's names:

- ``top`` — the fused score of the first entry (0..1);
- ``margin`` — its lead over the second (entries of one group, one facility on several floors, do not count);
- ``agree`` — 1 when the lexical and the semantic ranker put the same entry first;
- ``lexical`` — the first entry's lexical score (how much of the question's own words it holds);
- ``z`` — how far the best semantic similarity stands above this catalog's mean, in standard deviations;
- ``raw`` — the best cosine similarity itself;
- ``words`` — the best lexical score of any entry (query coverage);
- ``chat`` — similarity to general everyday chit-chat (lexicon.OFF_TOPIC_PROTOTYPES) minus ``raw``;
- ``cover`` — how much of the question's content the first entry's own name and aliases hold (Chinese
  characters, or English words): a citizen who names the procedure is rarely routed wrong, one who tells a
  story ("孩子刚出生…") often is;
- ``told`` — likewise, against the first entry's names *and* what it is for (its summary and notes; a place's notes):
  a story told in the words of the entry's summary ("孩子上学要证明…有套房子") is as good a sign as a name;
- ``sem_margin`` — the semantic ranker's own lead: the best cosine similarity minus the second;
- ``lex_margin`` — the lexical ranker's own lead: the best lexical score minus the second (the fused
  ``margin`` mixes both; each ranker sure on its own says more);
- ``sem_lead_z`` — ``sem_margin`` in this catalog's own spread of similarities (standard deviations). Beside
  ``sem_margin`` its fitted weight is negative: the same cosine lead is worth more on a catalog whose
  similarities spread wide than on one where every entry scores alike (measured leave-one-hall-out, not
  argued: the wrong single answers it removes were leads of many deviations but a small cosine step);
- ``length`` — the question's content length (characters or words, capped at 20, as a 0..1 fraction): long
  questions carry more than one thing and their first entry is less often the one;
- ``told_all`` — ``told`` against everything the first entry says of itself (names, summary and notes, English
  fields, conditions, materials): how much of the question the entry explains at all;
- ``told_lead`` — ``told`` minus the second entry's ``told``: the first explains the story better than its
  runner-up (a sibling the model put first on a near wording explains no more of it);
- ``told_gap`` — the best ``told_all`` of the next five entries minus the first's (positive: a rival holds words
  of the question the first does not — "护照过期了要换个新的" ranked to the ID card's renewal, whose whole text
  has no 护照). Its weight is negative.

Two small logistic models turn them into probabilities: :func:`p_right` (the first entry is right) and
:func:`p_close` (something in the catalog is what the citizen asks about at all). Their constants
below were fitted by ``benchmarks/navigator_calibrate.py`` (which prints them again, and the
leave-one-hall-out figures): p_right on all twenty-one development halls (demo, small, Chengdu, Jinan, Rugang,
Nanjing, Changsha, Longshan, hall7..19), its threshold chosen by the second-worst hall (a wrong single answer
≤ 3% of routing questions on every hall but one: one hall deciding let hall16's few sure-but-wrong answers raise
it for all); p_close as noted at its weights.

The three ``told_*`` signals (branch nav12), leave-one-hall-out on the twenty-one halls: single right answers
pooled 66.5 → 69.0 % of 2,539 routing questions, wrong single answers 1.3 → 1.1 % (hall16 5.5 → 3.1 %, hall13
4.0 % either way, hall8 2.4 → 3.2 %), hall18 54.0 → 58.7 %, hall19 58.3 → 59.8 %. ``told_all`` and
``told_lead`` alone gave 69.6 % but 5.6 % wrong on hall13 and 4.7 % on hall16: ``told_gap`` buys the worst halls
back. Measured and not taken (the same leave-one-hall-out, scored on the signals alone): whether the question's
intent (a replacement, a first issue, opening or closing: :mod:`kiosk.navigator.intent`'s words) agrees with the
first entry's name or clashes with it while a rival agrees (±0.3 point, and a hall's wrong answers up); whether
the semantic or the lexical ranker alone puts the first entry first; the cosine of each view; the first two
entries' lexical and relative-semantic gaps; the share of question characters no name holds; English or not.

Measured and not taken (p_right leave-one-hall-out on the seventeen halls, its threshold by the worst other
hall): how alike the first two entries' names are, whether both views put the first entry first, its rank in
either ranker alone, its z in each view and its lead there, the second entry's scores — each moved the pooled
single right answers by at most ±0.3 point (68.6 % in that approximation) or broke the 3 % on a hall.

The decision: an injection marker → refuse; nothing close → refuse when it is chit-chat, else hand
off; the first entry probably right, clearly ahead of the second → answer; otherwise → choose among the first three.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

from kiosk.llm.injection import looks_like_injection
from kiosk.navigator import lexicon, textnorm
from kiosk.navigator.fusion import Scored

FEATURES_RIGHT = ("top", "margin", "agree", "z", "raw", "length", "told", "sem_margin", "lex_margin", "sem_lead_z",
                  "told_all", "told_lead", "told_gap")
WEIGHTS_RIGHT = (-0.45, 5.328, 7.346, 0.126, -0.785, 0.395, -0.207, -1.703, 154.694, -0.534, -1.188, 3.131, 2.712,
                 -3.237)
"""Intercept, then one weight per FEATURES_RIGHT (benchmarks/navigator_calibrate.py, all twenty-one halls)."""
ANSWER_AT = 0.90
"""p_right at or above this: answer with the first entry (the second-worst fitted hall decides)."""
FEATURES_CLOSE = ("raw", "words", "chat", "top")
WEIGHTS_CLOSE = (-5.217, 4.788, 3.89, -56.741, 2.852)
"""Intercept, then one weight per FEATURES_CLOSE (fitted on the first eight halls: the eleven-hall refit
routed and refused the same questions but handed off fewer of the needs no hall covers, so it was not taken;
the seventeen-hall refit, CLOSE_AT 0.32, refused one Nanjing off-topic question fewer and was not taken either)."""
CLOSE_AT = 0.48
"""p_close below this: nothing in the catalog is close."""
ANSWER_MARGIN = 0.03
"""A near tie is a choice, however strong both are (monotone guard, not fitted)."""
ANSWER_CLOSE = 0.5
"""A single answer also needs the question to be about the catalog more likely than not."""
CHAT_CLEAR = 0.02
CHAT_WORDS = 0.5
"""Chit-chat clearly closer in meaning than any entry (by CHAT_CLEAR), and the catalog's words cover less
than CHAT_WORDS of the question: off-topic, even with no off-topic word (monotone guard)."""
CHAT_KEYWORD = -0.02
"""An off-topic word ("天气", "joke") refuses when chit-chat is at least about this close in meaning and the
first entry is not probably right; or when chit-chat is closer than every entry and the catalog's words
cover less than CHAT_WORDS of the question (an arithmetic or travel question that happens to share a word)."""

LEXICAL_ONLY_ANSWER = 0.42
LEXICAL_ONLY_CLOSE = 0.06
LEXICAL_ONLY_CHOOSE = 0.28
LEXICAL_ONLY_OFF_TOPIC = 0.65
"""Lexical index alone (vectors not ready or model missing): the navigator's historical thresholds."""
STAFF_OVERRIDE = 0.8
"""Below this lexical score asking for a person ("转人工") wins over a catalog match."""


@dataclass(frozen=True)
class Signals:
    """The confidence signals of one question (see the module docstring)."""

    top: float = 0.0
    margin: float = 0.0
    agree: float = 0.0
    lexical: float = 0.0
    z: float = 0.0
    raw: float = 0.0
    words: float = 0.0
    chat: float = -1.0
    cover: float = 0.0
    length: float = 0.0
    told: float = 0.0
    sem_margin: float = 0.0
    lex_margin: float = 0.0
    sem_lead_z: float = 0.0
    told_all: float = 0.0
    told_lead: float = 0.0
    told_gap: float = 0.0
    semantic: bool = False
    """False: words alone (no vectors), the logistic models do not apply."""

    def vector(self, names: tuple[str, ...]) -> list[float]:
        """The named signals, in order."""
        return [float(getattr(self, name)) for name in names]


@dataclass(frozen=True)
class Verdict:
    """The decision and the probabilities behind it."""

    outcome: str
    """answer / choose / handoff / refuse."""
    p_right: float
    p_close: float
    signals: Signals


GAP_RIVALS = 5
"""``told_gap`` looks at this many entries after the first."""
LENGTH_CAP = 20
"""Content characters (or English words) at which ``length`` reaches 1."""


def own_cover(content: str, names: Iterable[str]) -> tuple[float, float]:
    """(cover, length) of a question's ``content`` (filler removed) against one entry's normalised
    ``names``: the share of its Chinese characters (English: its words) the names hold, and its size."""
    held = "".join(n.replace(" ", "") for n in names)
    chars = [c for c in content if textnorm.cjk_count(c)]
    if not chars:
        words = textnorm.english_words(content)
        if not words:
            return 0.0, 0.0
        known = set(textnorm.english_words(" ".join(names)))
        return sum(w in known for w in words) / len(words), min(len(words), LENGTH_CAP) / LENGTH_CAP
    return sum(c in held for c in chars) / len(chars), min(len(chars), LENGTH_CAP) / LENGTH_CAP


def _lead(values: Iterable[float]) -> float:
    """The best value minus the second (the best alone when there is one; 0 when none)."""
    first = second = 0.0
    for value in values:
        if value > first:
            first, second = value, first
        elif value > second:
            second = value
    return first - second


def signals(ranked: list[Scored], lexical: dict[int, float], similarities: np.ndarray | None,
            chat: float, cover: tuple[float, float] = (0.0, 0.0), told: float | None = None,
            explained: tuple[float, float, float] | None = None) -> Signals:
    """The signals of a fused ranking (``similarities``: raw cosines per entry, None without vectors;
    ``cover``: :func:`own_cover` of the question against the first entry's names, ``told``: against its
    names and summary, the names' cover when not given; ``explained``: ``told_all``, ``told_lead`` and
    ``told_gap`` — ``told`` and its lead of 1, none of the rivals ahead, when not given)."""
    words = max(lexical.values(), default=0.0)
    if not ranked:
        return Signals(words=words)
    first = ranked[0]
    rivals = [item.score for item in ranked[1:] if not (first.group and item.group == first.group)]
    margin = first.score - (rivals[0] if rivals else 0.0)
    if similarities is None or first.semantic is None or not len(similarities):
        return Signals(first.score, margin, 0.0, first.lexical, words=words)
    lex_first = max(lexical, key=lambda i: (lexical[i], -i)) if lexical else None
    sem_first = int(np.argmax(similarities))
    agree = float(lex_first == first.index == sem_first)
    raw = float(similarities.max())
    z = (raw - float(similarities.mean())) / (float(similarities.std()) or 1.0)
    sem_margin = raw - float(np.partition(similarities, -2)[-2]) if len(similarities) > 1 else raw
    told = cover[0] if told is None else told
    return Signals(first.score, margin, agree, first.lexical, z, raw, words, chat - raw, *cover,
                   told, sem_margin, _lead(lexical.values()),
                   sem_margin / (float(similarities.std()) or 1.0), *(explained or (told, 1.0, -1.0)), True)


def _logistic(weights: tuple[float, ...], values: list[float]) -> float:
    x = weights[0] + sum(w * v for w, v in zip(weights[1:], values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, x))))


def p_right(s: Signals) -> float:
    """Probability that the first entry is the right one."""
    return _logistic(WEIGHTS_RIGHT, s.vector(FEATURES_RIGHT))


def p_close(s: Signals) -> float:
    """Probability that the question is about something in this catalog at all."""
    return _logistic(WEIGHTS_CLOSE, s.vector(FEATURES_CLOSE))


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    """An English word as a whole word (compiled once)."""
    return re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    """A Chinese word anywhere; an English word only as a whole word ("rain" is not in "training")."""
    for word in words:
        if word.isascii():
            if _whole_word(word).search(text):
                return True
        elif word in text:
            return True
    return False


def is_injection(text: str, question: str = "") -> bool:
    """An attempt to steer the assistant (always refused): the navigator's own markers in the normalised
    ``text``, or the project's injection detector (:mod:`kiosk.llm.injection`) on the visitor's own
    ``question`` (falls back to ``text``)."""
    return _has_word(text, lexicon.INJECTION) or looks_like_injection(question or text)


def is_chit_chat_word(text: str) -> bool:
    """An everyday off-topic word ("天气", "joke")."""
    return _has_word(text, lexicon.OFF_TOPIC)


def decide(ranked: list[Scored], s: Signals, text: str, question: str = "") -> Verdict:
    """answer / choose / handoff / refuse for the normalised question ``text`` (``question``: as asked)."""
    if is_injection(text, question):
        return Verdict("refuse", 0.0, 0.0, s)
    if not ranked:
        return Verdict("refuse" if is_chit_chat_word(text) else "handoff", 0.0, 0.0, s)
    if not s.semantic:  # words alone
        if s.words < LEXICAL_ONLY_OFF_TOPIC and is_chit_chat_word(text):
            return Verdict("refuse", 0.0, 0.0, s)
        if s.top >= LEXICAL_ONLY_ANSWER and s.margin > LEXICAL_ONLY_CLOSE:
            return Verdict("answer", 1.0, 1.0, s)
        return Verdict("choose" if s.top >= LEXICAL_ONLY_CHOOSE else "handoff", 0.0, 1.0, s)
    right, close = p_right(s), p_close(s)
    procedure = _has_word(text, lexicon.PROCEDURE_WORDS) or _has_word(text, lexicon.HALL_BUSINESS)
    if is_chit_chat_word(text) and ((s.chat > CHAT_KEYWORD and right < ANSWER_AT and not procedure)
                                    or (s.chat > 0 and s.words < CHAT_WORDS)):
        return Verdict("refuse", right, close, s)
    business = _has_word(text, lexicon.HALL_BUSINESS) and not is_chit_chat_word(text)
    if s.chat > CHAT_CLEAR and s.words < CHAT_WORDS and not business:
        return Verdict("refuse", right, close, s)
    if close < CLOSE_AT:
        return Verdict("refuse" if s.chat > 0 and not business else "handoff", right, close, s)
    if right >= ANSWER_AT and close >= ANSWER_CLOSE and s.margin >= ANSWER_MARGIN:
        return Verdict("answer", right, close, s)
    return Verdict("choose", right, close, s)
