"""The PySide6 killTimer refcount work-around keeps a qasync loop from exhausting None's references."""

from __future__ import annotations

import asyncio
import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")
def test_qasync_timers_do_not_drain_none(qloop) -> None:
    """2000 asyncio timers on the qasync loop leave None's reference count (about) where it was."""
    from kiosk.ui.pyside_refcount import fix_killtimer_refcount

    assert fix_killtimer_refcount()

    async def many_timers() -> int:
        before = sys.getrefcount(None)
        for _ in range(2000):
            await asyncio.sleep(0.0001)
        return sys.getrefcount(None) - before

    assert qloop.run_until_complete(many_timers()) > -200
