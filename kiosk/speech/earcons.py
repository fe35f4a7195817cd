"""Short start/stop tones for listening (generated; ``assets/sounds/*.wav`` override them).

``python -m kiosk.speech.earcons assets/sounds`` writes the generated tones as WAV files.
"""

from __future__ import annotations

import math
import sys
from array import array
from pathlib import Path

from kiosk.speech.audio import read_wav_pcm

RATE = 22050
SOUNDS = Path(__file__).resolve().parent.parent.parent / "assets" / "sounds"


def tone(freqs: list[float], each_s: float = 0.07, volume: float = 0.25) -> bytes:
    """A soft chime: one short sine note per frequency, with 10 ms fades."""
    out = array("h")
    n = int(RATE * each_s)
    fade = int(RATE * 0.01)
    for freq in freqs:
        for i in range(n):
            env = min(1.0, i / fade, (n - i) / fade)
            out.append(int(32767 * volume * env * math.sin(2 * math.pi * freq * i / RATE)))
    if sys.byteorder == "big":  # pragma: no cover
        out.byteswap()
    return out.tobytes()


GENERATED = {
    "listen_start": lambda: tone([660.0, 880.0]),
    "listen_stop": lambda: tone([880.0, 660.0]),
}


def earcon(name: str) -> bytes:
    """PCM (22,050 Hz mono) of ``listen_start`` / ``listen_stop``; the WAV in assets/sounds if present."""
    path = SOUNDS / f"{name}.wav"
    if path.is_file():
        try:
            return read_wav_pcm(path, RATE)
        except (OSError, EOFError, ValueError):
            pass
    return GENERATED[name]()


def write_all(folder: Path) -> list[Path]:
    """Write every generated earcon into ``folder``."""
    from kiosk.speech.tts import write_wav

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in GENERATED.items():
        write_wav(folder / f"{name}.wav", make(), RATE)
        paths.append(folder / f"{name}.wav")
    return paths


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else SOUNDS):
        print(written)
