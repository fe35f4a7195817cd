"""The GUI-thread garbage collector: automatic collection off, cycles freed by the timer's check."""

from __future__ import annotations

import gc
import weakref


def test_cycles_are_collected_on_the_gui_thread(qapp) -> None:
    from kiosk.qtcompat.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        assert not gc.isenabled()

        class Node:
            pass

        first, second = Node(), Node()
        first.other, second.other = second, first
        alive = weakref.ref(first)
        del first, second
        old = gc.get_threshold()
        gc.set_threshold(1, 1, 1)
        for _ in range(5):
            [object() for _ in range(10)]  # noqa: B018 - allocations raise the generation counts
        try:
            collector.check()
            collector.check()
            collector.check()
        finally:
            gc.set_threshold(*old)
        assert alive() is None
    finally:
        collector.stop()
        gc.disable()  # the test session keeps automatic collection off (tests/conftest.py)


def test_startup_objects_are_frozen_out_of_full_collections(qapp) -> None:
    """After start-up everything alive is frozen: a full collection no longer walks it (no GUI stall)."""
    from kiosk.qtcompat.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        collector.freeze_startup()
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
        collector.stop()
        gc.disable()
