"""Speech-recognition homophones written back in the catalog's own characters ("户照" → "护照").

A recogniser that mishears a procedure's name writes a word of the same sound that no catalog text holds
("户照", "注消", "护招"). The lexical index still finds it by its pinyin, but the embedding model reads the
characters, and "户照过期" means an ID card to it. So before a question is matched, each pair of characters
that appears nowhere in the catalog's texts and is no word of the dictionary, but sounds like exactly one pair of
the catalog's own names and aliases and shares a character with it ("户照"/"护照", "注消"/"注销"), is written as
that pair. Nothing is learnt from questions: the table is the catalog's names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from kiosk.navigator import textnorm
from kiosk.navigator.query import is_word, segment, word_frequency

COMMON_CHAR = 40_000
"""A character at least this frequent as a word of its own in jieba's dictionary (有, 不, 想, 也…) is the
question's own function word, not a misheard one: it is never rewritten (fitted by eye on the development
halls' questions: 正 of "身份正", 37,763, is still rewritten; 想, 61,904, is not)."""


@dataclass(frozen=True)
class Homophones:
    """Sound (two accent-merged syllables) → the one character pair within a word of the catalog's names and
    aliases that sounds so."""

    sounds: dict[tuple[str, str], str]
    known: frozenset[str]
    """Every character pair of the catalog's texts (any field): such a pair is never rewritten."""

    @classmethod
    def build(cls, names: Iterable[str], known: Iterable[str]) -> Homophones:
        """From the catalog's normalised ``names`` (names and aliases) and every character pair its texts hold."""
        candidates: dict[tuple[str, str], set[str]] = {}
        runs = dict.fromkeys(run for name in names for run in textnorm.cjk_runs(name))  # each distinct run once
        for run in runs:
            for token in segment(run):
                if len(token) < 2:
                    continue
                syllables = textnorm.pinyin_of(token)
                if len(syllables) != len(token):
                    continue  # pairs within a word of the name ("优待"), not across two ("人优")
                for i, sound in enumerate(pairwise(syllables)):
                    candidates.setdefault(sound, set()).add(token[i:i + 2])
        sounds = {sound: next(iter(pairs)) for sound, pairs in candidates.items() if len(pairs) == 1}
        return cls(sounds, frozenset(known))

    def correct(self, text: str) -> str:
        """``text`` (normalised) with each unknown pair that sounds like one name pair written as that pair.

        Only a pair that is one token of its own or two one-character tokens is a candidate (never a pair that
        straddles a word: "个税怎么" keeps its "怎么" though "税怎" sounds like a name's "税证")."""
        if not self.sounds:
            return text
        out = []
        last = 0
        for match in textnorm.CJK_RUN.finditer(text):
            run = match.group()
            if len(run) < 2 or len(textnorm.pinyin_of(run)) != len(run):
                continue
            tokens = segment(run)
            pieces: list[str] = []
            i = 0
            while i < len(tokens):
                token = tokens[i]
                pair = token if len(token) == 2 else token + tokens[i + 1] if (
                    len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1) else ""
                fixed = self._fix(pair) if pair else None
                if fixed is not None:
                    pieces.append(fixed)
                    i += 2 if len(token) == 1 else 1
                else:
                    pieces.append(token)
                    i += 1
            out.append(text[last:match.start()] + "".join(pieces))
            last = match.end()
        return "".join(out) + text[last:]

    def _fix(self, pair: str) -> str | None:
        """The name pair this unknown pair is misheard for, or None."""
        if pair in self.known or is_word(pair):
            return None
        syllables = textnorm.pinyin_of(pair)
        found = self.sounds.get((syllables[0], syllables[1])) if len(syllables) == 2 else None
        if found is None or found == pair or (found[0] != pair[0] and found[1] != pair[1]):
            return None
        changed = pair[0] if found[0] != pair[0] else pair[1]
        return None if word_frequency(changed) >= COMMON_CHAR else found
