"""PySide6 must not drain None's references (PySide6 6.12.0 on CPython 3.11 does: it is pinned out)."""

from __future__ import annotations

import asyncio
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")


def test_installed_pyside_has_no_refcount_bug() -> None:
    """The pinned PySide6 keeps None's count; an upgrade to a buggy build fails here, not in the hall."""
    from kiosk.qtcompat.refcount import PYSIDE_VERSION, refcount_bug_present

    assert not refcount_bug_present(), f"PySide6 {PYSIDE_VERSION} loses references to None: pin < 6.12"


def test_qasync_timers_do_not_drain_none(qloop) -> None:
    """2000 asyncio timers on the qasync loop leave None's reference count (about) where it was."""

    async def many_timers() -> int:
        before = sys.getrefcount(None)
        for _ in range(2000):
            await asyncio.sleep(0.0001)
        return sys.getrefcount(None) - before

    assert qloop.run_until_complete(many_timers()) > -200
