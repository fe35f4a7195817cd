"""The hidden staff gesture: five taps on the top-right corner within three seconds.

Qt-free: the window feeds it one call per tap with the event's own timestamp, so quick taps
(which Qt delivers as a press followed by a *double-click* event instead of a second press) and
slow taps count the same, and tests drive the clock through the event timestamps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TAPS = 5
WITHIN_S = 3.0


@dataclass
class TapGesture:
    """Counts taps; :meth:`tap` returns True on the tap that completes the gesture."""

    taps: int = TAPS
    within_s: float = WITHIN_S
    _times: list[float] = field(default_factory=list)

    def tap(self, at_s: float) -> bool:
        """One tap at ``at_s`` seconds (any steady clock); True when ``taps`` fell within ``within_s``."""
        if self._times and at_s < self._times[-1]:
            self._times.clear()  # a clock that went back: start over rather than guess
        self._times = [t for t in self._times if at_s - t <= self.within_s] + [at_s]
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        """Forget the taps so far."""
        self._times.clear()
