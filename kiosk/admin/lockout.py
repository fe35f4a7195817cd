"""Wrong-PIN lockout: after N wrong PINs admin entry is refused for a while, across restarts.

State is a tiny JSON file in the data folder, replaced atomically. The clock is injectable
(wall-clock seconds, so a restart cannot reset the lock).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

_LOGGER = logging.getLogger(__name__)


class Lockout:
    """Counts wrong PINs; ``locked_for()`` > 0 means entry is refused."""

    def __init__(
        self,
        path: Path,
        max_attempts: int = 5,
        lockout_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.max_attempts = max_attempts
        self.lockout_s = lockout_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failures, self._locked_until = self._read()

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data.get("failures", 0)), float(data.get("locked_until", 0.0))
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, TypeError, AttributeError):
            _LOGGER.warning("lockout state %s unreadable; starting locked as a precaution", self.path)
            return 0, self._clock() + self.lockout_s

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"failures": self._failures, "locked_until": self._locked_until}), encoding="utf-8")
        os.replace(tmp, self.path)

    @property
    def failures(self) -> int:
        """Wrong PINs since the last success or lock."""
        return self._failures

    def attempts_left(self) -> int:
        """Wrong PINs still allowed before the lock."""
        return max(0, self.max_attempts - self._failures)

    def locked_for(self) -> float:
        """Seconds until entry is allowed again; 0 when not locked."""
        return max(0.0, self._locked_until - self._clock())

    def record_failure(self) -> bool:
        """Count a wrong PIN; True when this one locked entry."""
        with self._lock:
            if self.locked_for() > 0:
                return True
            self._failures += 1
            locked = self._failures >= self.max_attempts
            if locked:
                self._locked_until = self._clock() + self.lockout_s
                self._failures = 0
            self._write()
            return locked

    def record_success(self) -> None:
        """A right PIN: forget earlier failures."""
        with self._lock:
            self._failures, self._locked_until = 0, 0.0
            self._write()
