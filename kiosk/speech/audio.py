"""Audio input: the microphone (sounddevice/PortAudio) or a WAV file standing in for it.

Every source delivers 16-bit mono PCM blocks at its ``sample_rate`` through :meth:`read`.
"""

from __future__ import annotations

import logging
import math
import queue
import sys
import threading
import time
import wave
from array import array
from pathlib import Path
from typing import Any, Protocol

from kiosk.messages import N_, translator

_LOGGER = logging.getLogger(__name__)


class MicrophoneUnavailable(Exception):
    """No PortAudio library, no input device, or the device refused the format (plain-words message)."""


class AudioSource(Protocol):
    """Something that yields 16-bit mono PCM blocks."""

    sample_rate: int

    def start(self) -> None:
        """Open the device / file; raises MicrophoneUnavailable or OSError."""

    def read(self, timeout: float) -> bytes | None:
        """The next block; ``b""`` when nothing arrived within ``timeout``; ``None`` at end of stream."""

    def close(self) -> None:
        """Release the device (idempotent)."""


def rms_level(block: bytes) -> float:
    """Root-mean-square level of an int16 block, 0..1."""
    if len(block) < 2:
        return 0.0
    samples = _samples(block[: len(block) // 2 * 2])
    return math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768.0


def _samples(pcm: bytes) -> array:
    """int16 little-endian bytes → array('h')."""
    samples = array("h", pcm)
    if sys.byteorder == "big":  # pragma: no cover
        samples.byteswap()
    return samples


def _sounddevice():
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio shared library is missing
        raise MicrophoneUnavailable(translator("zh")(N_("no audio system available (PortAudio is not installed): {reason}"), reason=exc)) from None
    return sounddevice


def _device_arg(device: str | None) -> int | str | None:
    if device is None or device == "":
        return None
    return int(device) if str(device).isdigit() else device


def check_microphone(device: str | None = None, sample_rate: int = 16000) -> str:
    """Name of the input device that would be used; raises MicrophoneUnavailable with the reason."""
    sd = _sounddevice()
    try:
        info = sd.query_devices(_device_arg(device), "input")
        sd.check_input_settings(device=_device_arg(device), channels=1, dtype="int16", samplerate=sample_rate)
    except (ValueError, sd.PortAudioError) as exc:
        which = f"“{device}”" if device else translator("zh")(N_("the default microphone"))
        raise MicrophoneUnavailable(translator("zh")(N_("microphone not found ({which}): {error}"), which=which, error=exc)) from None
    return str(info["name"])


class MicrophoneSource:
    """The microphone through sounddevice: a RawInputStream callback puts blocks on a queue."""

    def __init__(self, device: str | None = None, sample_rate: int = 16000, block_s: float = 0.05) -> None:
        self.device = device
        self.sample_rate = sample_rate
        self.block_frames = int(sample_rate * block_s)
        self._queue: queue.Queue[bytes] = queue.Queue(maxsize=400)
        self._stream: Any = None  # sounddevice.RawInputStream (optional, untyped)
        self.overflows = 0

    def _callback(self, indata, frames, time_info, status) -> None:  # noqa: ANN001 (PortAudio thread)
        if status:
            self.overflows += 1
        try:
            self._queue.put_nowait(bytes(indata))
        except queue.Full:
            self.overflows += 1

    def start(self) -> None:
        """Open the input stream; raises MicrophoneUnavailable."""
        sd = _sounddevice()
        check_microphone(self.device, self.sample_rate)
        try:
            self._stream = sd.RawInputStream(
                samplerate=self.sample_rate,
                blocksize=self.block_frames,
                device=_device_arg(self.device),
                dtype="int16",
                channels=1,
                callback=self._callback,
            )
            self._stream.start()
        except (ValueError, sd.PortAudioError) as exc:
            self._stream = None
            raise MicrophoneUnavailable(translator("zh")(N_("the microphone cannot be opened: {error}"), error=exc)) from None

    def read(self, timeout: float) -> bytes | None:
        """The next captured block, or ``b""`` after ``timeout``."""
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return b""

    def close(self) -> None:
        """Stop and close the stream."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:  # noqa: BLE001 - closing a dead device must not crash the turn
                _LOGGER.warning("closing the microphone failed", exc_info=True)


def read_wav_pcm(path: Path | str, sample_rate: int = 16000) -> bytes:
    """A WAV file as 16-bit mono PCM at ``sample_rate`` (mixes down and resamples linearly if needed)."""
    try:
        wav = wave.open(str(path), "rb")  # noqa: SIM115 - closed by the ``with wav`` below
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"{path}: not a WAV file ({exc})") from None
    with wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM WAV files are supported")
        channels, rate = wav.getnchannels(), wav.getframerate()
        data = _samples(wav.readframes(wav.getnframes()))
    if channels > 1:
        data = array("h", (sum(data[i : i + channels]) // channels for i in range(0, len(data), channels)))
    if sys.byteorder == "big":  # pragma: no cover
        data.byteswap()
    return resample(data.tobytes(), rate, sample_rate)


def resample(pcm: bytes, rate: int, new_rate: int) -> bytes:
    """16-bit mono PCM converted from ``rate`` to ``new_rate`` (linear interpolation)."""
    data = _samples(pcm)
    if rate == new_rate or len(data) < 2:
        return pcm
    step = rate / new_rate
    n_out = int(len(data) / step)
    out = array("h", bytes(2 * n_out))
    last = len(data) - 1
    for i in range(n_out):
        pos = i * step
        j = int(pos)
        nxt = data[j + 1] if j < last else data[last]
        out[i] = int(data[j] + (nxt - data[j]) * (pos - j))
    if sys.byteorder == "big":  # pragma: no cover
        out.byteswap()
    return out.tobytes()


class WavFileSource:
    """A WAV file played into the recognizer as if it came from a microphone.

    ``speed=1`` paces blocks in real time (a live microphone); ``speed=0`` delivers as fast as the
    reader asks (benchmarks). ``trailing_silence_s`` appends silence like a citizen who stopped talking.
    """

    def __init__(
        self,
        path: Path | str,
        sample_rate: int = 16000,
        block_s: float = 0.05,
        speed: float = 1.0,
        trailing_silence_s: float = 0.0,
        leading_silence_s: float = 0.0,
    ) -> None:
        self.path = Path(path)
        self.sample_rate = sample_rate
        self.block_bytes = int(sample_rate * block_s) * 2
        self.speed = speed
        self._lead = int(sample_rate * leading_silence_s) * 2
        self._trail = int(sample_rate * trailing_silence_s) * 2
        self._pcm = b""
        self._pos = 0
        self._t0 = 0.0
        self._closed = threading.Event()
        self.speech_end_s = 0.0
        """Where the file's own audio ends (seconds from the start of the stream)."""
        self.end_of_audio_at: float | None = None
        """``time.perf_counter()`` when the last block was handed out."""

    def start(self) -> None:
        """Read and convert the file; raises OSError/ValueError for a missing or bad file."""
        pcm = read_wav_pcm(self.path, self.sample_rate)
        self._pcm = b"\0" * self._lead + pcm + b"\0" * self._trail
        self.speech_end_s = (self._lead + len(pcm)) / 2 / self.sample_rate
        self._pos = 0
        self._t0 = time.perf_counter()

    @property
    def duration_s(self) -> float:
        """Total stream length in seconds (including added silence)."""
        return len(self._pcm) / 2 / self.sample_rate

    def read(self, timeout: float) -> bytes | None:
        """The next block, paced by ``speed``; ``None`` at the end."""
        if self._closed.is_set() or self._pos >= len(self._pcm):
            return None
        if self.speed > 0:
            due = self._t0 + (self._pos + self.block_bytes) / 2 / self.sample_rate / self.speed
            wait = due - time.perf_counter()
            if wait > timeout:
                time.sleep(timeout)
                return b""
            if wait > 0:
                time.sleep(wait)
        block = self._pcm[self._pos : self._pos + self.block_bytes]
        self._pos += len(block)
        if self._pos >= len(self._pcm):
            self.end_of_audio_at = time.perf_counter()
        return block

    def close(self) -> None:
        """Stop delivering blocks."""
        self._closed.set()
