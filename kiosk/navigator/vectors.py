"""The semantic index: one vector per catalog entry, built off the caller's thread and cached on disk.

An entry is seen twice, in the catalog's own words: what it is called (name, aliases, English name)
and what it is for (name and summary; for places name and notes); its similarity to a question is the
mean of the two (measured: better than one long text, at about the same build cost).
Materials, conditions and departments are left to the lexical index.
Measured and not taken (fused top-1 on the seventeen development halls, 1,840 of 2,031 as it is): centring on
the catalog's mean entry vector (per view or both, half or whole: 1,821–1,838), removing its first 1–4
principal directions (1,760–1,810), re-centring on the question's nearest entries (1,820–1,836), penalising
entries close to many others (1,757–1,838); a third view of name and conditions (1,819–1,835), 80-character
summaries (1,836–1,839), the name minus the part shared with a sibling's (1,777–1,839); entries read with the
question prefix (1,826–1,839); the question without filler mixed in (1,836–1,845, and a second embedding),
each clause of a story embedded apart (1,807–1,839). The limit is the model: most first-wrong questions are
stories whose right entry is second, a sibling service (首次申领 against 挂失补换) or a near need.
Vectors are cached in ``cache_dir`` under a key made of the entry texts and the model name, so a
restart or a second process with the same catalog and model loads them in milliseconds. Until
they are ready (or when the model is missing or broken) :attr:`EntryVectors.ready` stays unset and
the navigator answers from its lexical index alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kiosk.catalog import Catalog, Place, Service
from kiosk.navigator.embedder import Embedder, EmbedderError
from kiosk.navigator.needs import purpose

_LOGGER = logging.getLogger(__name__)

MAX_ENTRY_CHARS = 40
"""Each view is cut here: a passage costs time by its tokens (about 1.2 ms a token on two busy cores), and
2,000 entries must build in minutes. Measured on the five development halls (demo, small, Chengdu,
blind2_hall5, blind2_hall6; 518 routing questions), against 55 characters: the right entry as the one
answer 417 against 413, in the answer or the choice 494 against 489, a wrong one answer 3 against 6, top-1
475 against 479, off-topic refused the same; 23% fewer tokens (one 110-character view on Chengdu, earlier:
top-1 88.5%, two of 55: 90.2%)."""
_CACHE_VERSION = "v3-needs"


def _join(parts: list[str]) -> str:
    text = "；".join(p.strip() for p in parts if p and p.strip())
    return text[:MAX_ENTRY_CHARS]


def service_text(service: Service, department: str = "") -> str:
    """What a service is called: its name, aliases and English name (the first view)."""
    return _join([service.name, "、".join(service.aliases), service.name_en])


def service_summary(service: Service) -> str:
    """What a service is for: its name and summary (the second view)."""
    return _join([service.name, service.summary])


def place_text(place: Place) -> str:
    """What a place is called."""
    return _join([place.name, "、".join(place.aliases), place.name_en])


def place_summary(place: Place) -> str:
    """What a place is for: its name, the needs its kind serves (:mod:`kiosk.navigator.needs`), its notes."""
    return _join([place.name, purpose(place), place.notes])


def entry_texts(catalog: Catalog) -> list[tuple[str, str, str]]:
    """``(kind, id, text)`` for every service, then every place, in catalog order (the names view)."""
    rows = [("service", s.id, service_text(s)) for s in catalog.services]
    rows += [("place", p.id, place_text(p)) for p in catalog.places]
    return rows


def summary_texts(catalog: Catalog) -> list[tuple[str, str, str]]:
    """Likewise, the summary view."""
    rows = [("service", s.id, service_summary(s)) for s in catalog.services]
    rows += [("place", p.id, place_summary(p)) for p in catalog.places]
    return rows


def cache_key(texts: list[str], model: str) -> str:
    """Content + model: any change to an entry's words or to the model gives a new key."""
    digest = hashlib.sha256()
    digest.update(f"{_CACHE_VERSION}\x00{model}\x00{MAX_ENTRY_CHARS}\x00".encode())
    for text in texts:
        digest.update(text.encode("utf-8") + b"\x00")
    return digest.hexdigest()[:32]


def _embed_unique(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Passage vectors of ``texts``, each distinct text embedded once (one facility on several floors, a
    service whose two views read the same: a vector costs tens of milliseconds)."""
    unique = list(dict.fromkeys(texts))
    if len(unique) == len(texts):
        return embedder.passages(texts)
    vectors = embedder.passages(unique)
    if vectors.shape[0] != len(unique):
        raise EmbedderError("the embedder returned the wrong number of vectors")
    position = {text: row for row, text in enumerate(unique)}
    return vectors[[position[text] for text in texts]]


@dataclass
class BuildReport:
    """How the vectors came to be (for status lines and the benchmark)."""

    source: str = ""
    """``cache`` / ``built`` / ``failed`` (empty while building)."""
    seconds: float = 0.0
    error: str = ""


class EntryVectors:
    """Vectors of a catalog's entries, built in a background thread (or loaded from the cache)."""

    def __init__(self, catalog: Catalog, embedder: Embedder, cache_dir: Path | None = None, *,
                 background: bool = True, extra_texts: tuple[str, ...] = ()) -> None:
        self.embedder = embedder
        self.rows = entry_texts(catalog)
        self.size = len(self.rows)
        """Catalog entries: rows 0..size-1 are their names view, the next ``size`` their summary view; rows
        after them are ``extra_texts`` (e.g. off-topic prototypes)."""
        self.rows += summary_texts(catalog)
        self.rows += [("extra", "", text) for text in extra_texts]
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.matrix: np.ndarray | None = None
        self.ready = threading.Event()
        """Set when the vectors can be used."""
        self.done = threading.Event()
        """Set when building ended, well or not."""
        self.report = BuildReport()
        if background:
            threading.Thread(target=self._build, name="navigator-vectors", daemon=True).start()
        else:
            self._build()

    @property
    def texts(self) -> list[str]:
        """The entry texts, in index order."""
        return [text for _, _, text in self.rows]

    def _cache_file(self, model: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"entries-{cache_key(self.texts, model)}.npy"

    def _load_cached(self, path: Path | None) -> np.ndarray | None:
        if path is None or not path.is_file():
            return None
        try:
            matrix = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as exc:
            _LOGGER.warning("vector cache %s unreadable (%s): rebuilding", path.name, exc)
            return None
        if matrix.ndim != 2 or len(matrix) != len(self.rows) or not np.isfinite(matrix).all():
            return None
        return matrix.astype(np.float32, copy=False)

    def _save(self, path: Path | None, matrix: np.ndarray) -> None:
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                np.save(handle, matrix, allow_pickle=False)
            os.replace(tmp, path)  # atomic: a second process never reads half a file
        except OSError as exc:
            _LOGGER.warning("vector cache not written (%s)", exc)

    def _build(self) -> None:
        start = time.perf_counter()
        try:
            path = self._cache_file(self.embedder.name)
            matrix = self._load_cached(path)
            source = "cache"
            if matrix is None:
                source = "built"
                matrix = _embed_unique(self.embedder, self.texts)
                # a fallback embedder may have switched models while building: key by the one used
                path = self._cache_file(self.embedder.name)
                if matrix.shape[0] != len(self.rows):
                    raise EmbedderError("the embedder returned the wrong number of vectors")
                self._save(path, matrix)
            self.matrix = matrix
            self.report = BuildReport(source, time.perf_counter() - start)
            self.ready.set()
            _LOGGER.info("navigator vectors: %d entries %s in %.1f s (%s)", len(self.rows), source,
                         self.report.seconds, self.embedder.name)
        except Exception as exc:  # noqa: BLE001 - a broken model must never take the navigator down
            self.report = BuildReport("failed", time.perf_counter() - start, str(exc))
            _LOGGER.warning("navigator vectors unavailable (%s): answering from words alone", exc)
        finally:
            self.done.set()

    def similarities(self, query: np.ndarray) -> tuple[np.ndarray, float] | None:
        """Cosine similarity of every entry to a query vector, and the best of the extra rows
        (None until ready)."""
        if not self.ready.is_set() or self.matrix is None:
            return None
        # numpy's own loop, not BLAS: on a few thousand rows OpenBLAS wakes its thread pool, whose spinning
        # threads then fight the embedding model's OpenMP threads for the same cores (measured on two
        # cores, 2,000 services: 7.5 ms for this product and 31 ms for the question's embedding, against
        # 0.3 ms and 17 ms single-threaded).
        sims = np.einsum("ij,j->i", self.matrix, query.astype(np.float32).reshape(-1))
        size = self.size
        extra = float(sims[2 * size:].max()) if len(sims) > 2 * size else -1.0
        return (sims[:size] + sims[size:2 * size]) / 2, extra

    def status_text(self) -> tuple[bool | None, str]:
        """(ok, text) for the status screen: ready, building, or failed and why."""
        if self.ready.is_set():
            report = self.report
            return True, f"{self.size} entries ({report.source}, {report.seconds:.1f} s) · {self.embedder.name}"
        if self.done.is_set():
            return False, f"semantic search off: {self.report.error} — answering from words alone"
        return None, f"building vectors for {self.size} entries — answering from words meanwhile"
