"""End-of-speech detection by trailing silence on the input energy (pure logic, tested with numbers).

vosk 0.3.45 takes its own endpoint rules only from the model's ``conf/model.conf`` (see
:mod:`kiosk.speech.models`); this energy endpointer runs beside it so that the configured trailing
silence also holds for models whose silence phones do not fire, and in a steady hall noise: the noise
floor is the quietest block of the last few seconds (minimum statistics), so a steady murmur is not
"speech", while speech, which always dips between words, stays above it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass
class EnergyEndpointer:
    """Says "utterance over" after ``trailing_silence_s`` of quiet following speech."""

    trailing_silence_s: float = 0.5
    min_speech_s: float = 0.15
    """Voiced audio needed before a silence can end the utterance."""
    margin: float = 3.0
    """A block is voiced when its RMS exceeds ``margin`` × the noise floor."""
    floor_min: float = 0.004
    """The floor never goes below this (digital silence would make every click "speech")."""
    window_s: float = 5.0
    """How far back the noise floor looks for the quietest block."""
    speech_s: float = 0.0
    silence_s: float = 0.0
    _recent: deque[tuple[float, float]] = field(default_factory=deque)

    @property
    def noise_floor(self) -> float:
        """The quietest recent block's RMS (at least ``floor_min``)."""
        return max(self.floor_min, min((rms for _, rms in self._recent), default=self.floor_min))

    def voiced(self, rms: float) -> bool:
        """Whether a block with this RMS counts as speech."""
        return rms > self.noise_floor * self.margin

    def update(self, block_s: float, rms: float) -> bool:
        """Feed one block; True once speech was heard and then ``trailing_silence_s`` of quiet."""
        self._recent.append((block_s, rms))
        total = sum(s for s, _ in self._recent)
        while self._recent and total - self._recent[0][0] >= self.window_s:
            total -= self._recent.popleft()[0]
        if self.voiced(rms):
            self.speech_s += block_s
            self.silence_s = 0.0
            return False
        self.silence_s += block_s
        return self.speech_s >= self.min_speech_s and self.silence_s >= self.trailing_silence_s - 1e-9

    def reset(self) -> None:
        """Forget the current utterance (the noise history is kept)."""
        self.speech_s = 0.0
        self.silence_s = 0.0
