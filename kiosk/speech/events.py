"""Events the speech layer reports to its listener (frozen dataclasses, one callback per component).

Recognition turn: ``Listening`` → ``Level``/``Partial``… → ``Final`` | ``NoSpeech`` | ``SpeechError``;
speech output: ``Speaking(sentence)``… → ``Spoken`` | ``Stopped``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Listening:
    """The microphone is open and the recognizer is ready."""

    language: str


@dataclass(frozen=True)
class Level:
    """Input level of the last audio block."""

    rms: float
    """0..1 (full-scale int16 = 1)."""


@dataclass(frozen=True)
class Partial:
    """The live, still-changing transcript."""

    text: str


@dataclass(frozen=True)
class Final:
    """The utterance ended (endpoint, stop, max length or end of audio)."""

    text: str
    """The transcript after word-space removal and vocabulary snapping."""
    raw: str = ""
    """What the recognizer said before snapping."""
    reason: str = "endpoint"
    """endpoint | silence | max_length | stopped | end_of_audio"""
    audio_s: float = 0.0
    """Seconds of audio consumed in this turn."""


@dataclass(frozen=True)
class NoSpeech:
    """Nothing was said before the no-speech timeout (or the turn was stopped empty)."""


@dataclass(frozen=True)
class SpeechError:
    """Recognition or speech failed; ``message`` is plain words for the citizen/staff."""

    code: str
    message: str


@dataclass(frozen=True)
class Speaking:
    """This sentence started playing (its first audio sample reached the sink)."""

    sentence: str


@dataclass(frozen=True)
class Spoken:
    """Everything queued was spoken to the end."""


@dataclass(frozen=True)
class Stopped:
    """Speech output was interrupted and the queue cleared."""


@dataclass(frozen=True)
class Availability:
    """Whether voice input can be used now (model loaded and microphone present)."""

    ok: bool
    reason: str = ""
    """Plain words for the disabled microphone button."""


SpeechEvent = Availability | Listening | Level | Partial | Final | NoSpeech | SpeechError | Speaking | Spoken | Stopped
EventCallback = Callable[[SpeechEvent], None]
"""Called from worker threads; the UI must hop to its own thread (kiosk.ui.bridge)."""
