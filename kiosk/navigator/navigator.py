"""The offline navigator: a citizen's question → ranked catalog services and places → an answer.

The catalog's own words are the index (names, aliases, summaries, materials, departments), so
any hall's catalog works without tuning. A question is matched on three parallel channels —
Chinese character bigrams, toneless pinyin bigrams (for speech-recognition homophones) and
English words — plus general colloquial vocabulary from :mod:`kiosk.navigator.lexicon`. Scores are the
share of the question's information found in an entry (IDF-weighted), blended with a fuzzy
comparison against the entry's name and aliases (rapidfuzz). With the semantic channel
(:mod:`kiosk.navigator.vectors`) the two rankings are fused (:mod:`kiosk.navigator.fusion`) and
:mod:`kiosk.navigator.confidence` decides: one answer, a short choice, staff, or a polite refusal.
The built index is cached on disk (:mod:`kiosk.navigator.index_cache`).
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import numpy as np
from rapidfuzz import fuzz, process

from kiosk.catalog import Catalog, Place, Service
from kiosk.navigator import (
    compose,
    confidence,
    families,
    fusion,
    homophones,
    index_cache,
    intent,
    lexicon,
    locality,
    needs,
    textnorm,
)
from kiosk.navigator.answer import Answer, Aspect, Conversation, Match
from kiosk.navigator.embedder import Embedder, EmbedderError
from kiosk.navigator.query import Query, parse, teach_words
from kiosk.navigator.vectors import EntryVectors

__all__ = ["Answer", "Aspect", "Conversation", "Match", "Navigator"]

_LOGGER = logging.getLogger(__name__)

CONFIDENT = 0.42
"""Scores at or above this are confident matches."""
CLOSE = 0.06
"""Other confident matches within this distance of the best are offered as choices."""
MAX_MATCHES = 5
CHOICES = 3
"""A ``choose`` outcome offers the first three matches (a family of services: all of it)."""

# Field weights: how much finding a query word in this field says about the entry.
_FIELDS_SERVICE = (("name", 1.0), ("name_en", 1.0), ("aliases", 1.0), ("department", 0.45),
                   ("summary", 0.45), ("summary_en", 0.45), ("materials", 0.2), ("conditions", 0.15))
_FIELDS_PLACE = (("name", 1.0), ("name_en", 1.0), ("aliases", 1.0), ("needs", 0.5), ("notes", 0.2))
_PINYIN_FIELDS = {"name", "aliases", "department"}
_EXPANSION_CAP = 0.2
"""Colloquial expansions can add at most this much coverage: they break ties, they do not decide."""
_EVENT_CAP = 0.4
"""A life event told as a story (kiosk.navigator.lexicon.LIFE_EVENTS) can add this much coverage."""
_EVENT_GLOSS = 5
"""At most this many of a life event's procedure words are added to the question the model reads."""
_STRONG_FIELD = 0.45
_NEED_BOOST = 0.4
"""Coverage added to a place of a kind whose need the question states ("孩子饿了" → a nursing room)."""
_PLACE_FACTOR = 0.95
"""Places yield to services unless the question asks where something is."""
_FOLLOW_UP_WORDS = 4
"""A question the rankers cannot place is a follow-up only with at most this many content characters (Chinese)
or words (English) of its own: more are a need of its own (a monotone guard, not fitted)."""


def _content_size(content: str) -> int:
    """Chinese characters plus English words of a question's content."""
    return len(re.findall(r"[\u3400-\u9fff]", content)) + len(re.findall(r"[a-z]+", content))


@dataclass
class _Entry:
    kind: str
    id: str
    name: str
    obj: Service | Place
    names: list[str]
    """Normalised name and aliases, for fuzzy comparison."""
    order: int
    index: int = 0
    """Position in the navigator's entry list (services first, then places: the vectors' order)."""


def _purpose_text(item: Service | Place) -> str:
    """What an entry is for, in its own words: a service's summary and notes, a place's notes (normalised)."""
    return textnorm.normalize(f"{item.summary} {item.notes}" if isinstance(item, Service) else item.notes)


def _whole_text(item: Service | Place) -> str:
    """Everything an entry says of itself (normalised): names, aliases, summary and notes, English fields, a
    service's conditions and materials."""
    parts = [item.name, item.name_en, *item.aliases, item.summary if isinstance(item, Service) else "", item.notes]
    if isinstance(item, Service):
        parts += [getattr(item, "summary_en", "") or "", *item.conditions]
        parts += [f"{m.name} {m.name_en}" for m in item.materials]
    return textnorm.normalize(" ".join(p for p in parts if p))


def vector_cache_dir(settings: Any) -> Path:
    """Where entry vectors are cached for these (whole-kiosk) settings."""
    return Path(settings.navigator.cache_dir or Path(settings.data_dir) / "navigator-vectors")


def navigator_for(catalog: Catalog, settings: Any, *, background: bool = True) -> Navigator:
    """The navigator the settings ask for (semantic channel on by default; vectors cached under data_dir)."""
    from kiosk.navigator.embedder import embedder_from_settings

    embedder = embedder_from_settings(settings.navigator)
    return Navigator(catalog, embedder, vector_cache_dir(settings), background=background)


class Navigator:
    """Ranks a catalog's services and places for a question. Build once per catalog (about 1 s for 2,000).

    With an ``embedder`` the entries' vectors are built (or loaded from ``cache_dir``) in a
    background thread; meanwhile, and whenever the model fails, the navigator answers from words.
    """

    def __init__(self, catalog: Catalog, embedder: Embedder | None = None, cache_dir: Path | None = None, *,
                 background: bool = True) -> None:
        self.catalog = catalog
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._idf: dict[str, float] = {}
        self._departments = {d.id: d.name for d in catalog.departments}
        self._departments |= {f"{d.id}:en": d.name_en for d in catalog.departments}
        self._place_names = locality.place_names(catalog.hall)
        """The hall's own place names: taken out of a question before it is matched (kiosk.navigator.locality)."""
        own = [t for s in catalog.services for t in (s.name, s.name_en, *s.aliases)]
        own += [t for p in catalog.places for t in (p.name, p.name_en, *p.aliases)]
        self._place_phrases = locality.phrases(self._place_names, own)
        """The catalog's own names and aliases that hold one of them (a question saying one keeps its names)."""
        self._texts: dict[tuple[int, str], str] = {}
        """(entry, kind of text) → an entry's normalised purpose or whole text (:meth:`_told`)."""
        self._homophones = homophones.Homophones({}, frozenset())
        """Misheard names written back in the catalog's characters (kiosk.navigator.homophones; its table is
        kept in the lexical index's disk cache)."""
        self._build(cache_dir)
        self._families = families.FamilyIndex.build(self._entries, self._departments)
        self.vectors: EntryVectors | None = None
        """The semantic index (None: words only); ``vectors.ready`` is set when it is usable."""
        if embedder is not None:
            self.vectors = EntryVectors(catalog, embedder, cache_dir, background=background,
                                        extra_texts=lexicon.OFF_TOPIC_PROTOTYPES)

    @property
    def semantic_ready(self) -> bool:
        """True when questions are matched by meaning as well as by words."""
        return self.vectors is not None and self.vectors.ready.is_set()

    def semantic_status(self) -> tuple[bool | None, str]:
        """(ok, text) for the staff status screen."""
        if self.vectors is None:
            return None, "semantic search not configured — answering from words alone"
        return self.vectors.status_text()

    # -- index -------------------------------------------------------------------------------
    def _build(self, cache_dir: Path | None = None) -> None:
        catalog = self.catalog
        path = index_cache.path_for(cache_dir, catalog)
        objs: list[Service | Place] = [*catalog.services, *catalog.places]
        cached = index_cache.load(path, len(objs))
        if cached is not None and any(row[1] != item.id for row, item in zip(cached["rows"], objs, strict=True)):
            cached = None
        if cached is None:
            self._index_entries()
            count = len(self._entries)
            for feature, postings in self._postings.items():
                # Document frequency counts only the fields that say what an entry is: "身份证" in half the
                # materials lists must not make it a weak word for the ID-card services.
                strong = sum(1 for _, weight in postings if weight >= _STRONG_FIELD)
                self._idf[feature] = math.log(1 + count / max(strong, 1))
        else:
            for index, ((kind, ident, names), item) in enumerate(zip(cached["rows"], objs, strict=True)):
                position = index if kind == "service" else index - len(catalog.services)
                self._entries.append(_Entry(kind, ident, item.name, item, names, position, index))
            self._postings = defaultdict(list, cached["postings"])
            self._idf = cached["idf"]
        # Teach jieba the catalog's names and aliases, so filler removal never splits them (and the misheard-name
        # table reads them as words).
        words = {textnorm.normalize(t) for s in catalog.services for t in (s.name, *s.aliases)}
        teach_words(words)
        pairs = {f[2:] for f in self._idf if f.startswith("c:")}
        if cached is None:
            self._homophones = homophones.Homophones.build([n for e in self._entries for n in e.names], pairs)
            index_cache.save(path, {"rows": [(e.kind, e.id, e.names) for e in self._entries],
                                    "postings": dict(self._postings), "idf": self._idf,
                                    "sounds": self._homophones.table()})
        else:
            self._homophones = homophones.Homophones.from_table(cached["sounds"], pairs)
        self._unseen_idf = math.log(1 + len(self._entries))
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        """Feature → its postings as arrays (kept as the questions need them)."""
        self._orders = np.array([e.order for e in self._entries], dtype=np.intp)
        self._is_place = np.array([e.kind == "place" for e in self._entries], dtype=bool)
        self._place_indices = [e.index for e in self._entries if e.kind == "place"]
        self._fuzzy_names = [[n.replace(" ", "") for n in e.names] for e in self._entries]
        """Each entry's names without spaces, for the fuzzy comparison."""
        self._closing = frozenset(e.index for e in self._entries if e.kind == "service" and intent.closes(e.names))
        """The services whose own names say they end something (kiosk.navigator.intent)."""
        self._first_issue = intent.first_issues({e.index: textnorm.normalize(e.name) for e in self._entries
                                                 if e.kind == "service"})
        """The services whose names say they issue something for the first time (kiosk.navigator.intent)."""
        self._place_kinds = [(e.index, kinds) for e in self._entries
                             if isinstance(e.obj, Place) and (kinds := needs.kinds_of(e.obj))]
        """Each place of a known kind (kiosk.navigator.needs) with its kinds, for needs stated in a question."""

    def _index_entries(self) -> None:
        """Every entry's features (the slow part: pinyin of every name and alias)."""
        catalog = self.catalog
        departments = {d.id: f"{d.name} {d.name_en}" for d in catalog.departments}
        for order, service in enumerate(catalog.services):
            texts = {
                "name": [service.name],
                "name_en": [service.name_en],
                "aliases": list(service.aliases),
                "department": [departments.get(service.department, "")],
                "summary": [service.summary],
                "summary_en": [getattr(service, "summary_en", "") or ""],
                "materials": [f"{m.name} {m.name_en}" for m in service.materials],
                "conditions": list(service.conditions),
            }
            self._add("service", service.id, service.name, service, texts, _FIELDS_SERVICE, order)
        for order, place in enumerate(catalog.places):
            texts = {"name": [place.name], "name_en": [place.name_en], "aliases": list(place.aliases),
                     "notes": [place.notes], "needs": needs.need_words(place)}
            self._add("place", place.id, place.name, place, texts, _FIELDS_PLACE, order)

    def _add(self, kind: str, ident: str, name: str, obj: Service | Place, texts: dict[str, list[str]],
             fields: tuple[tuple[str, float], ...], order: int) -> None:
        weights: dict[str, float] = {}  # feature → the weight of the best field it holds it (kept in the postings)
        for field, weight in fields:
            for raw in texts.get(field, []):
                if not raw:
                    continue
                norm = textnorm.normalize(raw)
                feats = textnorm.features(norm, pinyin=field in _PINYIN_FIELDS)
                if field in ("name", "aliases"):
                    feats |= textnorm.unigrams(norm)
                for feature in feats:
                    if weights.get(feature, 0.0) < weight:
                        weights[feature] = weight
        names = [textnorm.normalize(n) for n in [name, *texts.get("name_en", []), *texts.get("aliases", [])] if n]
        index = len(self._entries)
        self._entries.append(_Entry(kind, ident, name, obj, names, order, index))
        for feature, weight in weights.items():
            self._postings[feature].append((index, weight))

    # -- query -------------------------------------------------------------------------------
    def _parse(self, question: str) -> Query:
        return parse(question, self._idf, self._unseen_idf)

    def _posting_arrays(self, feature: str) -> tuple[np.ndarray, np.ndarray]:
        """A feature's postings as (entry indices, field weights) arrays, made on first use (each entry once)."""
        arrays = self._arrays.get(feature)
        if arrays is None:
            postings = self._postings.get(feature, ())
            arrays = (np.fromiter((i for i, _ in postings), np.intp, len(postings)),
                      np.fromiter((w for _, w in postings), np.float64, len(postings)))
            self._arrays[feature] = arrays
        return arrays

    def _score(self, query: Query) -> list[tuple[float, _Entry]]:
        if query.mass <= 0:
            return []
        # Per-entry sums as arrays: each entry adds its features' terms in the question's feature order, as a
        # loop over the postings would (the same floats), without a Python step per posting.
        count = len(self._entries)
        char_hits, pinyin_hits = np.zeros(count), np.zeros(count)
        expansion_hits, event_hits = np.zeros(count), np.zeros(count)
        found = np.zeros(count, dtype=bool)
        pinyin_mass = 0.0
        for feature, qweight in query.feats.items():
            idf = self._idf.get(feature)
            is_pinyin = feature.startswith(("p:", "q:"))
            if is_pinyin:
                pinyin_mass += (idf if idf is not None else self._unseen_idf) * qweight
            if idf is None:
                continue
            indices, weights = self._posting_arrays(feature)
            (pinyin_hits if is_pinyin else char_hits)[indices] += idf * weights * qweight
            found[indices] = True
        for hits, features in ((expansion_hits, query.expansions), (event_hits, query.events)):
            for feature, qweight in features.items():
                idf = self._idf.get(feature)
                if idf is None:
                    continue
                indices, weights = self._posting_arrays(feature)
                hits[indices] += idf * weights * qweight
                found[indices] = True
        kiosk_floor = self.catalog.hall.kiosk.floor
        kinds = needs.needed_kinds(query.text)
        needed = [index for index, own in self._place_kinds if any(kind in kinds for kind in own)] if kinds else []
        found[needed] = True
        candidates = np.flatnonzero(found)
        covered = np.minimum(1.0, char_hits[candidates] / query.mass)
        if pinyin_mass > 0:
            covered = np.maximum(covered, 0.9 * np.minimum(1.0, pinyin_hits[candidates] / pinyin_mass))
        covered += np.minimum(_EXPANSION_CAP, expansion_hits[candidates] / query.mass)
        covered += np.minimum(_EVENT_CAP, event_hits[candidates] / query.mass)
        covered[np.isin(candidates, needed)] += _NEED_BOOST
        # best coverage first, then catalog order (a service before the place of the same order)
        first = np.lexsort((self._is_place[candidates], self._orders[candidates], -covered))[:40]
        scored = [(float(covered[i]), self._entries[int(candidates[i])]) for i in first]
        best: list[tuple[float, _Entry]] = []
        content = query.content.replace(" ", "")
        stated_need = needs.states_need(query.text)
        for coverage, entry in scored:
            best_name = process.extractOne(content, self._fuzzy_names[entry.index], scorer=fuzz.ratio)
            similarity = (best_name[1] if best_name else 0.0) / 100
            score = 0.82 * coverage + 0.18 * similarity
            if entry.kind == "place" and query.aspect is not Aspect.LOCATION and not stated_need:
                score *= _PLACE_FACTOR
            best.append((score, entry))

        def rank(item: tuple[float, _Entry]) -> tuple[float, bool, bool, int]:
            score, entry = item
            elsewhere = entry.kind == "place" and getattr(entry.obj, "floor", kiosk_floor) != kiosk_floor
            return (-round(score, 6), entry.kind != "service", elsewhere, entry.order)

        best.sort(key=rank)
        return best

    def lexical(self, query: Query) -> dict[int, float]:
        """Entry index → lexical score (0..1) for the entries the words found."""
        return {entry.index: min(1.0, score) for score, entry in self._score(query)}

    def _semantic(self, query: Query) -> tuple[np.ndarray | None, float]:
        """Entry similarities and the best off-topic prototype similarity (None: words alone)."""
        vectors = self.vectors
        if vectors is None or not vectors.ready.is_set() or not query.has_content or query.pinyin:
            return None, -1.0
        text = query.text
        if query.event_words:  # a life event told as a story: its procedure words, for the model too
            text += "（" + "、".join(list(dict.fromkeys(query.event_words))[:_EVENT_GLOSS]) + "）"
        try:
            vector = vectors.embedder.queries([text])[0]
        except EmbedderError as exc:
            _LOGGER.warning("question not embedded (%s): answering from words alone", exc)
            return None, -1.0
        found = vectors.similarities(vector)
        return (None, -1.0) if found is None else found

    def rank(self, question: str, context: str = "") -> tuple[Query, dict[int, float], list[fusion.Scored],
                                                               confidence.Signals]:
        """The parsed question, its lexical scores, the fused ranking and the confidence signals (``context``:
        the whole question a part was cut from, whose intent counts for the part too)."""
        text = locality.without(question, self._place_names, self._place_phrases)
        query = self._parse(self._homophones.correct(textnorm.normalize(text)))
        lexical = self.lexical(query)
        similarities, chat = self._semantic(query)
        ranked = fusion.fuse(lexical, similarities, len(self._entries))
        ranked = families.prefer_kiosk_floor(ranked, self._entries, self.catalog.hall.kiosk.floor)
        ranked = intent.demote(ranked, self._closing, self._first_issue,
                               textnorm.normalize(context) if context else query.text)
        cover, told, told_all, told_lead, told_gap = (0.0, 0.0), 0.0, 0.0, 1.0, -1.0
        if ranked:
            first = self._entries[ranked[0].index]
            cover = confidence.own_cover(query.content, first.names)
            told = self._told(query.content, first, _purpose_text)
            told_all = self._told(query.content, first, _whole_text)
            if len(ranked) > 1:
                told_lead = told - self._told(query.content, self._entries[ranked[1].index], _purpose_text)
                told_gap = max(self._told(query.content, self._entries[item.index], _whole_text)
                               for item in ranked[1:confidence.GAP_RIVALS + 1]) - told_all
        return query, lexical, ranked, confidence.signals(ranked, lexical, similarities, chat, cover, told,
                                                          (told_all, told_lead, told_gap))

    def _told(self, content: str, entry: _Entry, text: Callable[[Service | Place], str]) -> float:
        """How much of a question's ``content`` an entry's names and ``text`` (its purpose, or all it says) hold
        (each entry's normalised text is kept once computed)."""
        key = (entry.index, text.__name__)
        own = self._texts.get(key)
        if own is None:
            own = self._texts[key] = text(entry.obj)
        return confidence.own_cover(content, [*entry.names, own])[0]

    def assess(self, question: str) -> tuple[list[fusion.Scored], confidence.Verdict]:
        """The fused ranking and the decision with its signals (for the calibration script)."""
        query, _, ranked, signals = self.rank(question)
        return ranked, confidence.decide(ranked, signals, query.text, question)

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer ``question`` from the catalog; updates ``conversation`` when given."""
        query, _, ranked, signals = self.rank(question)
        lang: Literal["zh", "en"] = "en" if query.language == "en" else "zh"
        matches = [self._match(item) for item in ranked[:MAX_MATCHES]]
        answer = Answer(query=question, matches=matches, answer="", handoff=False, aspect=query.aspect, language=lang)
        if conversation is not None:
            conversation.turns += 1
        verdict = confidence.decide(ranked, signals, query.text, question)
        if verdict.outcome == "refuse":
            return self._refuse(answer)
        if signals.words < confidence.STAFF_OVERRIDE and any(w in query.text for w in lexicon.STAFF_REQUEST):
            ranked = []
            verdict = confidence.Verdict("handoff", 0.0, 0.0, signals)
        follow_up = conversation is not None and self._is_follow_up(query, conversation, verdict, ranked)
        if follow_up and conversation is not None and (verdict.outcome != "answer" or not query.has_content):
            answer.follow_up = True
            answer.services = list(conversation.last_services[:1])
            answer.places = [] if answer.services else list(conversation.last_places[:1])
            self._compose(answer)
            return answer
        chosen: list[_Entry] = []
        outcome = verdict.outcome
        pair, tops = families.two_needs(self, question, ranked) if ranked else ([], [])
        if not pair and outcome in ("answer", "choose"):
            # a question that says it wants both of two things: a rival holding words the first lacks (told_gap)
            # is the second thing, no doubt about the first
            pair = families.both(question, ranked, self._entries)
        family = families.family(query, ranked, self._entries, self._families) if ranked else []
        if pair:
            outcome, chosen = "answer", [self._entries[i] for i in pair]
        elif len(family) >= 2:
            outcome, chosen = "choose", [self._entries[i] for i in family]
        elif outcome == "answer" and tops and ranked[0].index in tops:
            # two needs, not both clear: offer each part's first entry rather than answer one of them
            outcome = "choose"
            others = [item.index for item in ranked if item.index not in tops]
            chosen = [self._entries[i] for i in (tops + others)[:max(CHOICES, len(tops))]]
        elif outcome == "answer":
            chosen = self._with_place(self._entries[ranked[0].index], query, ranked)
        elif outcome == "choose":
            chosen = [self._entries[item.index] for item in ranked[:CHOICES]]
        if not chosen:
            self._compose_unmatched(answer, query)
            return answer
        if outcome == "choose":
            shown = {e.index for e in chosen}
            rest = list(islice((self._match(item) for item in ranked if item.index not in shown),
                               max(MAX_MATCHES, len(chosen))))
            answer.matches = ([self._match(next(i for i in ranked if i.index == e.index)) for e in chosen if
                               any(i.index == e.index for i in ranked)] + rest)[:max(MAX_MATCHES, len(chosen))]
        elif pair:
            answer.matches = ([self._match(next(i for i in ranked if i.index == e.index)) for e in chosen
                               if any(i.index == e.index for i in ranked)]
                              + [m for m in matches if m.id not in {e.id for e in chosen}])[:MAX_MATCHES]
        answer.outcome = outcome  # type: ignore[assignment]
        answer.services = [e.obj for e in chosen if e.kind == "service"]  # type: ignore[misc]
        answer.places = [e.obj for e in chosen if e.kind == "place"]  # type: ignore[misc]
        if outcome == "choose":
            names = [compose.service_name(e.obj, lang) if isinstance(e.obj, Service)
                     else compose.place_name(e.obj, lang) for e in chosen]
            answer.answer = answer.key_line = compose.choice_text(names, lang, places=bool(answer.places))
        else:
            self._compose(answer)
        if conversation is not None and outcome == "answer":
            conversation.refer_to(answer.services, answer.places)
        elif conversation is not None and outcome == "choose":
            conversation.refer_to([], [])  # a new subject, not yet chosen: "要带什么材料" must not mean the old one
        return answer

    def _with_place(self, first: _Entry, query: Query, ranked: list[fusion.Scored]) -> list[_Entry]:
        """A service answer, and the facility the question also asks for (a stated need), if exactly one kind."""
        if first.kind != "service" or len(query.text) < 6:
            return [first]
        service = first.obj
        own = " ".join([service.name, *service.aliases, service.name_en])
        ranked_places = [item.index for item in ranked if self._entries[item.index].kind == "place"]
        places = list(dict.fromkeys([*ranked_places, *self._place_indices]))
        place = needs.second_need(query.text, own, [self._entries[i].obj for i in places])  # type: ignore[misc]
        if place is None:
            return [first]
        return [first, next(self._entries[i] for i in self._place_indices if self._entries[i].obj is place)]

    def _match(self, item: fusion.Scored) -> Match:
        entry = self._entries[item.index]
        return Match(entry.id, entry.name, "service" if entry.kind == "service" else "place",
                     round(min(1.0, max(0.0, item.score)), 4))

    def _refuse(self, answer: Answer) -> Answer:
        lang = answer.language
        answer.outcome = "refuse"
        answer.handoff = answer.off_topic = True
        answer.answer = answer.key_line = compose.OFF_TOPIC[lang]
        return answer

    def _is_follow_up(self, query: Query, conversation: Conversation, verdict: confidence.Verdict,
                      ranked: list[fusion.Scored]) -> bool:
        """True when the question is about the conversation's subject ("要带什么材料", "在几楼", "多少钱").

        A question that names its own need is never one: words the rankers find, confidently or as a
        choice ("厕所在哪", "I lost my ID card … what should I bring"), are a new subject — unless that
        subject is among the entries they offer (a shorthand for the same service).
        """
        if not (conversation.last_services or conversation.last_places):
            return False
        if not query.has_content:
            return True
        if query.aspect is Aspect.GENERAL:
            return False
        if verdict.outcome not in ("answer", "choose"):
            # the words name nothing the catalog holds: a few ("那个", "下来") still ask about the subject;
            # a sentence of its own ("口好渴，哪里能喝口水") is a new need — staff, not the old card
            return _content_size(query.content) <= _FOLLOW_UP_WORDS
        return any(conversation.refers_to(self._entries[item.index].id) for item in ranked[:CHOICES])

    def _compose(self, answer: Answer) -> None:
        """The answer text and key line: one entry, or each of two needs in the order asked."""
        lang = answer.language
        texts: list[str] = []
        lines: list[str] = []
        for service in answer.services:
            texts.append(compose.service_answer(self.catalog, service, answer.aspect, lang))
            lines.append(compose.service_key_line(self.catalog, service, answer.aspect, lang))
        for place in answer.places:
            texts.append(compose.place_answer(self.catalog, place, lang))
            lines.append(compose.place_key_line(self.catalog, place, lang))
        if texts:
            answer.answer = "\n\n".join(texts)
            answer.key_line = " ".join(lines)

    def _compose_unmatched(self, answer: Answer, query: Query) -> None:
        text = query.text
        if answer.language == "en" and len(re.findall(r"[a-z]{2,}", text)) < 2 and text not in lexicon.GREETINGS:
            answer.language = "zh"  # a stray "zzqxv" or "A023" is no sign of an English speaker
        lang = answer.language
        answer.handoff = True
        answer.outcome = "handoff"
        if any(word in text for word in lexicon.STAFF_REQUEST):
            answer.answer = compose.STAFF[lang]
        elif text.strip(" !！?？。.,，~～") in lexicon.GREETINGS:
            answer.handoff = False
            answer.outcome = "answer"
            answer.answer = compose.GREETING[lang]
        elif confidence.is_chit_chat_word(text) or confidence.is_injection(text, answer.query):
            answer.off_topic = True
            answer.outcome = "refuse"
            answer.answer = compose.OFF_TOPIC[lang]
        elif query.aspect is not Aspect.GENERAL and not query.has_content:
            answer.answer = compose.FOLLOW_UP_NONE[lang]
        else:
            answer.answer = compose.HANDOFF[lang]
        answer.key_line = answer.answer
