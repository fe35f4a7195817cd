"""Helpers for tests that drive the qasync loop (import as ``from qt_helpers import run_until``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


def run_until(loop: asyncio.AbstractEventLoop, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Run the qasync loop (and Qt) until ``predicate()`` is true; fail after ``timeout`` seconds."""

    async def wait() -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout} s")
            await asyncio.sleep(0.01)

    loop.run_until_complete(wait())
