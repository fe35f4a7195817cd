"""Shared test set-up: offscreen Qt at 1920x1080, a qasync loop, screenshots, sample catalogs."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SCREENSHOTS = ROOT / "screenshots"
"""Screenshots of every screen land here (and are looked at by people)."""

_SCREENS = DATA / "screen-1920x1080.json"
if "QT_QPA_PLATFORM" not in os.environ:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("KIOSK_DATA_DIR", str(ROOT / ".pytest-data"))
# Tests never read the developer's own settings file (nor write into the real home).
os.environ.pop("KIOSK_CONFIG", None)
os.environ["XDG_CONFIG_HOME"] = str(ROOT / ".pytest-data" / "config")


WAIT_SCALE = float(os.environ.get("HALLGUIDE_TEST_WAIT_SCALE", "4"))
"""qtbot's waits end when their event arrives; their timeouts only bound a failure. On a busy 2-core
machine an event can take several times longer than on a quiet one, so every qtbot wait's timeout
(given or default) is multiplied by this factor. It never makes a passing test slower."""


def _scaled_waits() -> None:
    """Multiply the ``timeout`` of qtbot's waiting methods by :data:`WAIT_SCALE`."""
    import functools
    import inspect

    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"):
        method = getattr(QtBot, name)
        default = inspect.signature(method).parameters["timeout"].default

        @functools.wraps(method)
        def wait(self, *args, __method=method, __default=default, **kwargs):
            timeout = kwargs.get("timeout", __default)
            if isinstance(timeout, int | float) and timeout > 0:
                kwargs["timeout"] = int(timeout * WAIT_SCALE)
            return __method(self, *args, **kwargs)

        setattr(QtBot, name, wait)


def pytest_configure(config: pytest.Config) -> None:
    """Collect garbage only between tests, on the main thread (see kiosk/qtcompat/gc_guard.py);
    scale qtbot's wait timeouts for busy machines."""
    gc.disable()
    _scaled_waits()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A collection triggered on a worker thread could free Qt objects there and crash Qt later."""
    yield
    gc.collect(2 if request.node.get_closest_marker("gui") else 0)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as ``gui`` (so ``-m "not gui"`` needs no Qt)."""
    for item in items:
        if {"qapp", "qtbot", "qloop"} & set(getattr(item, "fixturenames", ())):
            item.add_marker("gui")


@pytest.fixture
def demo_catalog_path() -> Path:
    """The bundled demo hall."""
    from kiosk.settings import DEMO_CATALOG

    return DEMO_CATALOG


@pytest.fixture
def small_catalog_path() -> Path:
    """A second, small hall with other wording, so tests do not lean on the demo's words."""
    return DATA / "small_hall" / "catalog.json"


@pytest.fixture
def demo_catalog(demo_catalog_path: Path):
    """The demo hall, loaded."""
    from kiosk.catalog import load_catalog

    return load_catalog(demo_catalog_path)


@pytest.fixture
def catalog_data(demo_catalog_path: Path) -> dict:
    """A fresh, mutable copy of the demo catalog's JSON (for breaking it on purpose)."""
    return json.loads(demo_catalog_path.read_text(encoding="utf-8"))


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop on the test's QApplication, with async-generator hooks installed.

    Drive it with ``qloop.run_until_complete(coro)`` or ``qt_helpers.run_until``: that runs Qt's event loop too, so widgets
    repaint and signals are delivered while coroutines (httpx streams) make progress.
    """
    import qasync

    import kiosk.ui  # noqa: F401  (applies the PySide6 reference-count guard)

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        asyncio.set_event_loop(None)
        loop.close()


@pytest.fixture
def screenshot_dir() -> Path:
    """The folder for screenshots of screens and slips; kept after the run for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


sys.path.insert(0, str(Path(__file__).resolve().parent))
