"""Interruptible audio output: clips are queued into a small buffer that a real-time consumer drains.

The consumer is either the PortAudio callback (:class:`SoundDeviceBackend`, 10 ms blocks) or, on a
machine without a sound card, :class:`NullBackend`, a thread that "plays" in real time and records
what it played, so interruption and time-to-first-sample are measurable. :meth:`AudioOutput.stop`
drops everything queued: the next block the consumer takes is silence (≤ one block, 10 ms, plus the
device's own latency).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.speech.audio import _sounddevice, resample

_LOGGER = logging.getLogger(__name__)

OUTPUT_RATE = 22050
"""espeak-ng's own rate: speech clips need no resampling."""
BLOCK_S = 0.01


class Backend(Protocol):
    """A real-time consumer calling ``pull(frames)`` at the output rate."""

    name: str
    latency_s: float

    def start(self, pull: Callable[[int], bytes], sample_rate: int) -> None:
        """Begin pulling."""

    def close(self) -> None:
        """Stop pulling and release the device."""


@dataclass
class _Clip:
    pcm: bytes
    on_start: Callable[[], None] | None
    on_end: Callable[[], None] | None
    pos: int = 0


class AudioOutput:
    """Plays queued clips through a backend; ``stop()`` silences within one block."""

    def __init__(self, backend: Backend, sample_rate: int = OUTPUT_RATE) -> None:
        self.backend = backend
        self.sample_rate = sample_rate
        self._clips: deque[_Clip] = deque()
        self._lock = threading.Lock()
        self._notices: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._notifier = threading.Thread(target=self._notify_loop, name="audio-notify", daemon=True)
        self._notifier.start()
        self.last_sound_at = 0.0
        """``perf_counter`` of the last block that carried a clip's samples."""
        self.first_sample_at: float | None = None
        """``perf_counter`` when the current clip's first sample was taken (for benchmarks)."""
        backend.start(self._pull, sample_rate)

    @property
    def busy(self) -> bool:
        """Clips are queued or playing."""
        with self._lock:
            return bool(self._clips)

    def play(
        self,
        pcm: bytes,
        sample_rate: int,
        on_start: Callable[[], None] | None = None,
        on_end: Callable[[], None] | None = None,
    ) -> None:
        """Queue a clip (16-bit mono); callbacks run on the notifier thread."""
        if sample_rate != self.sample_rate:
            pcm = resample(pcm, sample_rate, self.sample_rate)
        with self._lock:
            self._clips.append(_Clip(pcm, on_start, on_end))

    def stop(self) -> int:
        """Drop every queued clip now; returns how many were dropped. Their ``on_end`` is not called."""
        with self._lock:
            dropped = len(self._clips)
            self._clips.clear()
        return dropped

    def _pull(self, frames: int) -> bytes:
        """Called by the backend's real-time thread: the next ``frames`` samples (silence-padded)."""
        want = frames * 2
        out = bytearray()
        with self._lock:
            while self._clips and len(out) < want:
                clip = self._clips[0]
                if clip.pos == 0:
                    self.first_sample_at = time.perf_counter()
                    if clip.on_start:
                        self._notices.put(clip.on_start)
                chunk = clip.pcm[clip.pos : clip.pos + want - len(out)]
                clip.pos += len(chunk)
                out += chunk
                if clip.pos >= len(clip.pcm):
                    self._clips.popleft()
                    if clip.on_end:
                        self._notices.put(clip.on_end)
            if out:
                self.last_sound_at = time.perf_counter()
        if len(out) < want:
            out += bytes(want - len(out))
        return bytes(out)

    def _notify_loop(self) -> None:
        while True:
            notice = self._notices.get()
            if notice is None:
                return
            try:
                notice()
            except Exception:  # noqa: BLE001 - a listener bug must not kill playback
                _LOGGER.exception("audio notice failed")

    def close(self) -> None:
        """Stop playing and release the backend."""
        self.stop()
        self.backend.close()
        self._notices.put(None)


@dataclass
class NullBackend:
    """No sound card: consumes audio in real time (10 ms ticks) and records what was "played"."""

    record: bool = True
    name: str = "null (no sound card)"
    latency_s: float = 0.0
    blocks: list[tuple[float, bytes]] = field(default_factory=list)
    """(perf_counter, block) of every non-silent block played, when ``record``."""
    ticks: int = 0
    """Blocks pulled so far (silent ones too)."""
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _ticked: threading.Condition = field(default_factory=threading.Condition)

    def start(self, pull: Callable[[int], bytes], sample_rate: int) -> None:
        """Start the real-time clock thread."""
        frames = int(sample_rate * BLOCK_S)

        def run() -> None:
            next_tick = time.perf_counter()
            while not self._stop.is_set():
                block = pull(frames)
                if self.record and any(block):
                    self.blocks.append((time.perf_counter(), block))
                with self._ticked:
                    self.ticks += 1
                    self._ticked.notify_all()
                next_tick += BLOCK_S
                delay = next_tick - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                else:
                    next_tick = time.perf_counter()

        self._thread = threading.Thread(target=run, name="null-audio", daemon=True)
        self._thread.start()

    def wait_ticks(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until ``count`` more blocks have been pulled (an event for tests, not a sleep)."""
        with self._ticked:
            target = self.ticks + count
            return self._ticked.wait_for(lambda: self.ticks >= target, timeout)

    def blocks_after(self, moment: float) -> int:
        """Non-silent blocks played after ``moment`` (a ``perf_counter`` value)."""
        return sum(1 for at, _ in self.blocks if at > moment)

    def played_s(self, sample_rate: int = OUTPUT_RATE) -> float:
        """Seconds of non-silent audio played so far."""
        return sum(len(b) for _, b in self.blocks) / 2 / sample_rate

    def last_sound_at(self) -> float:
        """``perf_counter`` of the last non-silent block, or 0."""
        return self.blocks[-1][0] if self.blocks else 0.0

    def close(self) -> None:
        """Stop the clock thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(1.0)


class SoundDeviceBackend:
    """A PortAudio output stream whose callback pulls 10 ms blocks."""

    def __init__(self, device: str | None = None) -> None:
        self.device = device
        self.name = f"sounddevice {device or 'default'}"
        self.latency_s = 0.0
        self._stream: Any = None  # sounddevice.RawOutputStream (optional, untyped)

    def start(self, pull: Callable[[int], bytes], sample_rate: int) -> None:
        """Open the output stream; raises OSError/PortAudioError when there is no output device."""
        sd = _sounddevice()

        def callback(outdata, frames, time_info, status) -> None:  # noqa: ANN001 (PortAudio thread)
            outdata[:] = pull(frames)

        device = int(self.device) if self.device and str(self.device).isdigit() else self.device
        self._stream = sd.RawOutputStream(
            samplerate=sample_rate,
            blocksize=int(sample_rate * BLOCK_S),
            device=device,
            channels=1,
            dtype="int16",
            latency="low",
            callback=callback,
        )
        self._stream.start()
        self.latency_s = float(self._stream.latency)

    def close(self) -> None:
        """Close the stream."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.abort()
            stream.close()


def open_output(device: str | None = None, record: bool = False) -> AudioOutput:
    """The sound card if there is one, else a NullBackend (logged)."""
    try:
        return AudioOutput(SoundDeviceBackend(device))
    except Exception as exc:  # noqa: BLE001 - no PortAudio / no device: speak into the void, keep working
        _LOGGER.warning("no audio output (%s); speech is rendered but not heard", exc)
        return AudioOutput(NullBackend(record=record))
