"""GUI-stall watchdog: a thread that watches a heartbeat the GUI thread ticks.

The Qt side ticks :meth:`Watchdog.tick` from a ``QTimer`` (every 100 ms). When the heartbeat is
older than ``stall_s`` the watchdog logs the stacks of all threads once per stall (so the log shows
what the GUI thread was stuck in) and appends them to ``<data_dir>/stalls.log``. With ``exit_s``
set, a stall that long ends the process with exit code 70 so systemd restarts the kiosk.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

_LOGGER = logging.getLogger(__name__)

EXIT_CODE_STALLED = 70


def format_all_stacks() -> str:
    """Every Python thread's current stack, the way ``faulthandler`` would show them."""
    names = {t.ident: t.name for t in threading.enumerate()}
    parts = []
    for ident, frame in sys._current_frames().items():
        parts.append(f'Thread {ident} "{names.get(ident, "?")}" (most recent call last):')
        parts.append("".join(traceback.format_stack(frame)).rstrip())
    return "\n".join(parts)


class Watchdog:
    """Watches a heartbeat; reports stalls of ``stall_s`` or more through ``on_stall`` and the log."""

    def __init__(
        self,
        stall_s: float = 1.0,
        *,
        dump_path: Path | None = None,
        exit_s: float = 0.0,
        on_stall: Callable[[float, str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        poll_s: float = 0.1,
        exit_func: Callable[[int], None] = os._exit,
    ) -> None:
        self.stall_s = stall_s
        self.dump_path = dump_path
        self.exit_s = exit_s
        self._on_stall = on_stall
        self._clock = clock
        self._poll_s = poll_s
        self._exit = exit_func
        self._last = clock()
        self._reported = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.stalls = 0
        """Number of stalls reported since start."""

    def tick(self) -> None:
        """Called by the GUI thread: it is alive."""
        self._last = self._clock()
        self._reported = False

    def check(self) -> float:
        """One watchdog check (the thread calls it every ``poll_s``); returns the heartbeat age."""
        age = self._clock() - self._last
        if age >= self.stall_s and not self._reported:
            self._reported = True
            self.stalls += 1
            stacks = format_all_stacks()
            _LOGGER.error("GUI thread stalled for %.1f s; stacks of all threads:\n%s", age, stacks)
            self._append_dump(age, stacks)
            if self._on_stall is not None:
                self._on_stall(age, stacks)
        if self.exit_s > 0 and age >= self.exit_s:
            _LOGGER.critical("GUI thread stalled for %.1f s; exiting so the service manager restarts", age)
            logging.shutdown()
            self._exit(EXIT_CODE_STALLED)
        return age

    def _append_dump(self, age: float, stacks: str) -> None:
        if self.dump_path is None:
            return
        try:
            self.dump_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.dump_path, "a", encoding="utf-8") as handle:
                stamp = datetime.now().astimezone().isoformat(timespec="seconds")
                handle.write(f"=== {stamp} GUI stalled {age:.1f} s\n{stacks}\n")
        except OSError:
            _LOGGER.exception("cannot write %s", self.dump_path)

    def _run(self) -> None:
        while not self._stop.wait(self._poll_s):
            self.check()

    def start(self) -> None:
        """Start the watchdog thread (a daemon: it never keeps the process alive)."""
        if self._thread is None:
            self.tick()
            self._thread = threading.Thread(target=self._run, name="gui-watchdog", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the watchdog thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
