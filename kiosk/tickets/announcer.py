"""The calling screen's voice: a chime, then "请 A001 号到 A01 号窗口办理" (and optionally English).

Uses the kiosk's own speech stack (:class:`kiosk.speech.tts.Synthesizer` → :class:`kiosk.speech.player.AudioOutput`)
on one worker thread; a recall is announced again. ``on_spoken(number, text)`` is called after each
announcement has been rendered and queued for playing (tests and the benchmark listen to it).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from kiosk.messages import both
from kiosk.tickets.board import announcement

_LOGGER = logging.getLogger(__name__)


def chime() -> bytes:
    """A two-note 叮咚 (22,050 Hz mono PCM) from the speech package's tone generator."""
    from kiosk.speech.earcons import tone

    return tone([784.0, 659.0], each_s=0.35, volume=0.3)


class Announcer:
    """Speaks calls one after another on a worker thread."""

    def __init__(self, synthesizer: Any, output: Any, *, languages: tuple[str, ...] = ("zh",), rate: int = 150,
                 on_spoken: Callable[[str, str], None] | None = None) -> None:
        self.synthesizer = synthesizer
        self.output = output
        self.languages = languages
        self.rate = rate
        self.on_spoken = on_spoken
        self.problem = ""
        self._jobs: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="announcer", daemon=True)
        self._thread.start()

    def announce(self, number: str, window_id: str) -> None:
        """Queue one call (a recall is simply announced again)."""
        self._jobs.put((number, window_id))

    def _run(self) -> None:
        from kiosk.speech.earcons import RATE

        while (job := self._jobs.get()) is not None:
            number, window_id = job
            spoken_all = []
            try:
                self.output.play(chime(), RATE)
                for language in self.languages:
                    _shown, spoken = announcement(number, window_id, language)
                    speech = self.synthesizer.synthesize(spoken, language, self.rate)
                    self.output.play(speech.pcm, speech.sample_rate)
                    spoken_all.append(spoken)
                self.problem = ""
            except Exception as exc:  # noqa: BLE001 - no voice: the screen still shows the call
                self.problem = both("announcements are silent:") + f" {exc}"
                _LOGGER.warning("announcing %s failed: %s", number, exc)
            if self.on_spoken is not None:
                self.on_spoken(number, " / ".join(spoken_all))

    def close(self) -> None:
        """Stop the worker."""
        self._jobs.put(None)
        self._thread.join(2.0)
