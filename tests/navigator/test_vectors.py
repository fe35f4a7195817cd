"""Entry vectors: built off the caller's thread, cached by content and model, reused by another process;
a missing or broken model leaves the navigator answering from words."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

from kiosk.catalog import load_catalog, parse_catalog
from kiosk.navigator import Navigator
from kiosk.navigator.embedder import EmbedderError, LocalE5Embedder
from kiosk.navigator.vectors import EntryVectors, cache_key, entry_texts
from tests.navigator.conftest import SMALL_HALL


class Counting:
    """The bundled model, counting passage calls; ``gate`` holds a build until the test releases it."""

    def __init__(self, inner: LocalE5Embedder, gate: threading.Event | None = None) -> None:
        self.inner = inner
        self.calls = 0
        self.gate = gate

    @property
    def name(self) -> str:
        return self.inner.name

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.inner.queries(texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.gate is not None:
            assert self.gate.wait(60)
        return self.inner.passages(texts)


class Broken:
    name = "broken-model"

    def queries(self, texts: list[str]) -> np.ndarray:
        raise EmbedderError("no model here")

    def passages(self, texts: list[str]) -> np.ndarray:
        raise EmbedderError("no model here")


def test_entry_texts_are_the_catalogs_own_words() -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    rows = entry_texts(catalog)
    assert len(rows) == len(catalog.services) + len(catalog.places)
    service = catalog.services[0]
    kind, ident, text = rows[0]
    assert (kind, ident) == ("service", service.id)
    assert text.startswith(service.name) and service.aliases[0] in text
    place = catalog.places[0]
    assert rows[len(catalog.services)][2].startswith(place.name)


def test_built_in_the_background_then_cached(tmp_path: Path, local_embedder: LocalE5Embedder) -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    gate = threading.Event()
    counting = Counting(local_embedder, gate)
    navigator = Navigator(catalog, counting, tmp_path)
    # while the vectors are being built the navigator answers at once, from words
    early = navigator.ask("身份证丢了怎么办")
    assert not navigator.semantic_ready and early.outcome == "answer" and early.services
    assert navigator.semantic_status()[0] is None
    gate.set()
    assert navigator.vectors is not None and navigator.vectors.ready.wait(120)
    assert navigator.vectors.report.source == "built" and counting.calls == 1
    assert list(tmp_path.glob("entries-*.npy"))
    # a restart with the same catalog and model: loaded, not built
    again = Counting(local_embedder)
    second = Navigator(catalog, again, tmp_path, background=False)
    assert second.semantic_ready and again.calls == 0 and second.vectors.report.source == "cache"  # type: ignore[union-attr]
    assert np.array_equal(second.vectors.matrix, navigator.vectors.matrix)  # type: ignore[union-attr]


def test_a_second_process_reuses_the_cache(tmp_path: Path, local_embedder: LocalE5Embedder) -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    EntryVectors(catalog, local_embedder, tmp_path, background=False)
    code = (
        "import sys; from pathlib import Path; from kiosk.catalog import load_catalog;"
        "from kiosk.navigator.embedder import LocalE5Embedder; from kiosk.navigator.vectors import EntryVectors;"
        f"v = EntryVectors(load_catalog(Path({str(SMALL_HALL)!r})).catalog, LocalE5Embedder(), Path({str(tmp_path)!r}),"
        " background=False); print(v.report.source)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "cache"


def test_cache_key_changes_with_content_and_model(catalog_data: dict) -> None:
    catalog = parse_catalog(catalog_data, "demo")
    texts = [t for _, _, t in entry_texts(catalog)]
    assert cache_key(texts, "a") == cache_key(list(texts), "a")
    assert cache_key(texts, "a") != cache_key(texts, "b")
    catalog_data["services"][0]["aliases"].insert(0, "新的说法")
    changed = [t for _, _, t in entry_texts(parse_catalog(catalog_data, "demo"))]
    assert cache_key(changed, "a") != cache_key(texts, "a")


def test_corrupt_cache_is_rebuilt(tmp_path: Path, local_embedder: LocalE5Embedder) -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    first = EntryVectors(catalog, local_embedder, tmp_path, background=False)
    (cached,) = tmp_path.glob("entries-*.npy")
    cached.write_bytes(b"\x93NUMPY garbage")
    counting = Counting(local_embedder)
    second = EntryVectors(catalog, counting, tmp_path, background=False)
    assert second.ready.is_set() and second.report.source == "built" and counting.calls == 1
    assert np.allclose(second.matrix, first.matrix, atol=1e-5)  # type: ignore[arg-type]


def test_broken_model_never_blocks_or_crashes(tmp_path: Path) -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    navigator = Navigator(catalog, Broken(), tmp_path)
    assert navigator.vectors is not None and navigator.vectors.done.wait(30)
    assert not navigator.semantic_ready
    ok, text = navigator.semantic_status()
    assert ok is False and "no model here" in text and "words" in text
    answer = navigator.ask("身份证丢了怎么办")
    assert answer.outcome == "answer" and answer.services
    assert navigator.ask("今天天气怎么样").outcome == "refuse"


def test_unwritable_cache_dir_still_gives_vectors(tmp_path: Path, local_embedder: LocalE5Embedder) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    vectors = EntryVectors(load_catalog(SMALL_HALL).catalog, local_embedder, blocker / "sub", background=False)
    assert vectors.ready.is_set() and vectors.report.source == "built"


class Recording:
    """A stand-in model: one vector per text, derived from the text; records what it was given."""

    name = "recording"

    def __init__(self) -> None:
        self.given: list[str] = []

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.passages(texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        self.given += texts
        rows = [np.random.default_rng(sum(text.encode())).standard_normal(8) for text in texts]
        return np.array([row / np.linalg.norm(row) for row in rows], dtype=np.float32)


def test_each_distinct_text_is_embedded_once(tmp_path: Path) -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    recording = Recording()
    vectors = EntryVectors(catalog, recording, tmp_path, background=False, extra_texts=("你好", "你好"))
    texts = vectors.texts
    assert len(recording.given) == len(set(texts)) < len(texts)
    assert vectors.matrix is not None and len(vectors.matrix) == len(texts)
    for row, text in enumerate(texts):  # every row holds its own text's vector
        assert np.allclose(vectors.matrix[row], recording.passages([text])[0])
