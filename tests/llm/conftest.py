"""Fixtures of the LLM tests: a real local chat server, a small hall catalog, an event log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from llm_support import HALL, EventLog, make_answer, settings_for
from sse_server import ChatServer

from kiosk.catalog import Catalog
from kiosk.settings import LlmSettings


@pytest.fixture
def hall() -> Catalog:
    """A three-service hall (the demo catalog is written by another helper)."""
    return Catalog.model_validate(HALL)


@pytest.fixture
def answer_for(hall: Catalog):
    """``answer_for(question, service_id=..., **fields)`` → Answer."""
    return lambda question, service_id="sbk-bb", **kw: make_answer(hall, question, service_id, **kw)


@pytest.fixture
def server() -> Iterator[ChatServer]:
    """A running local chat server."""
    with ChatServer() as srv:
        yield srv


@pytest.fixture
def llm_settings(server: ChatServer) -> LlmSettings:
    """Settings for the local server."""
    return settings_for(server.url)


@pytest.fixture
def events() -> EventLog:
    """A fresh event log (use as the on_event callback)."""
    return EventLog()


@pytest.fixture(autouse=True)
def _own_framing_file(tmp_path, monkeypatch) -> None:
    """Each test learns reasoning framings afresh (the store lives in $KIOSK_DATA_DIR)."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
