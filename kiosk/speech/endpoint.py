"""End-of-speech detection by trailing silence on the input energy (pure logic, tested with numbers).

vosk 0.3.45 takes its own endpoint rules only from the model's ``conf/model.conf`` (see
:mod:`kiosk.speech.models`); this energy endpointer runs beside it so that the configured trailing
silence also holds for models whose silence phones do not fire, and in a steady hall noise: the
silence threshold follows the noise floor measured while nobody speaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EnergyEndpointer:
    """Says "utterance over" after ``trailing_silence_s`` of quiet following speech."""

    trailing_silence_s: float = 0.5
    min_speech_s: float = 0.15
    """Voiced audio needed before a silence can end the utterance."""
    margin: float = 3.0
    """A block is voiced when its RMS exceeds ``margin`` × the noise floor (and ``floor_min``)."""
    floor_min: float = 0.004
    noise_floor: float = field(default=0.004)
    speech_s: float = 0.0
    silence_s: float = 0.0

    def voiced(self, rms: float) -> bool:
        """Whether a block with this RMS counts as speech."""
        return rms > max(self.floor_min, self.noise_floor) * self.margin

    def update(self, block_s: float, rms: float) -> bool:
        """Feed one block; True once speech was heard and then ``trailing_silence_s`` of silence."""
        if self.voiced(rms):
            self.speech_s += block_s
            self.silence_s = 0.0
            return False
        # Quiet block: track the noise floor (slowly upwards, quickly downwards).
        rate = 0.05 if rms > self.noise_floor else 0.3
        self.noise_floor += (rms - self.noise_floor) * rate
        self.silence_s += block_s
        return self.speech_s >= self.min_speech_s and self.silence_s >= self.trailing_silence_s - 1e-9

    def reset(self) -> None:
        """Forget the current utterance (the noise floor is kept)."""
        self.speech_s = 0.0
        self.silence_s = 0.0
