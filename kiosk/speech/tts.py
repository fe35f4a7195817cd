"""Text → PCM with pyttsx3 (espeak-ng on Linux, SAPI5 on Windows), never played by pyttsx3 itself.

pyttsx3's own playback (``aplay`` on Linux) cannot be stopped, so :class:`Synthesizer` only renders
to a WAV file (``save_to_file``) and returns the samples; :mod:`kiosk.speech.player` plays them
through an interruptible sink. The voice is *verified*: on espeak-ng the Mandarin voice is ``cmn``,
and ``zh`` silently gives English, so the voice pyttsx3 reports after selection is checked and
known aliases are tried. ``save_to_file`` has been seen to write no file: it is retried, then a
clear :class:`TtsError` is raised.

pyttsx3 keeps one engine per process (espeak initialises once), so one Synthesizer per process,
used from one thread at a time (the speaker's worker, or the CLI's main thread).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path

from kiosk.messages import N_, translator

_LOGGER = logging.getLogger(__name__)

VOICE_CANDIDATES = {
    "zh": ["cmn", "sit/cmn", "Chinese (Mandarin, latin as English)", "zh"],
    "en": ["en", "gmw/en", "en-us", "English (Great Britain)"],
}
"""Voices tried per language after the configured one (espeak-ng names, then SAPI-ish names)."""

_EXPECT = {"zh": ("cmn", "chinese", "mandarin", "zh-cn", "zh_cn", "huihui", "yaoyao", "kangkang"), "en": ("en",)}


class TtsError(Exception):
    """Synthesis failed; ``code`` is stable (tts-unavailable, no-voice, no-audio), ``message`` plain words."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Synthesis:
    """Rendered speech."""

    pcm: bytes
    """16-bit mono little-endian samples."""
    sample_rate: int
    voice: str
    """The voice pyttsx3 reported while rendering (e.g. ``sit/cmn``)."""
    synth_s: float
    attempts: int = 1

    @property
    def duration_s(self) -> float:
        """Length of the audio in seconds."""
        return len(self.pcm) / 2 / self.sample_rate


_ENGINE_LOCK = threading.RLock()
"""pyttsx3 keeps one engine per process: every Synthesizer renders under this one lock."""

_PROBE = {"zh": "你好", "en": "hello"}


def voice_matches(language: str, voice_id: str | None) -> bool:
    """Whether the reported voice id really speaks ``language``."""
    vid = (voice_id or "").lower()
    if language == "zh":
        return any(key in vid for key in _EXPECT["zh"]) and "latn-pinyin" not in vid
    return vid.endswith("/en") or vid.startswith("en") or "/en-" in vid or "english" in vid


def _make_engine():  # noqa: ANN202 - patched in tests to simulate a missing espeak-ng
    import sys

    import pyttsx3

    engine = pyttsx3.init()
    # The espeak driver prints "Audio saved to ..." for every file. Shadow ``print`` in that module
    # only (contextlib.redirect_stdout would swap sys.stdout for every thread of the kiosk).
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        driver.print = lambda *args, **kwargs: None  # type: ignore[attr-defined]
    return engine


class Synthesizer:
    """pyttsx3 rendering with per-language verified voices, rate and volume."""

    def __init__(self, voices: dict[str, str] | None = None, volume: float = 1.0, retries: int = 2) -> None:
        self.voices = voices or {"zh": "cmn", "en": "en"}
        self.volume = volume
        self.retries = retries
        self._engine = None
        self._chosen: dict[str, str] = {}
        self._lock = _ENGINE_LOCK
        self._tmpdir = Path(tempfile.mkdtemp(prefix="hallguide-tts-"))
        self._renders = 0
        atexit.register(shutil.rmtree, self._tmpdir, True)
        atexit.register(self._release_engine)
        self.status = "not started"
        """Plain-words state for ``kiosk doctor`` and the admin screen."""

    def _release_engine(self) -> None:
        """Drop the pyttsx3 engine while the interpreter is still whole (its ``__del__`` fails later)."""
        self._engine = None
        try:
            import gc

            import pyttsx3

            pyttsx3._activeEngines.clear()  # noqa: SLF001 - pyttsx3 caches engines here
            gc.collect()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass

    def engine(self):  # noqa: ANN201
        """The pyttsx3 engine; raises TtsError('tts-unavailable') when the driver cannot load."""
        if self._engine is None:
            try:
                self._engine = _make_engine()
            except Exception as exc:  # noqa: BLE001 - OSError (no libespeak-ng), RuntimeError, ImportError
                self.status = translator("zh")(N_("speech output not available (espeak-ng is not installed or cannot be loaded): "
                                                  "{reason}"), reason=exc)
                raise TtsError("tts-unavailable", self.status) from None
            self.status = "ready"
        return self._engine

    def select_voice(self, language: str) -> str:
        """Select and verify the voice for ``language``; returns the reported voice id.

        pyttsx3 applies ``setProperty`` only inside ``runAndWait``, so each candidate renders a short
        probe and the voice espeak then reports is checked (``zh`` silently stays English).
        """
        engine = self.engine()
        if language in self._chosen:
            engine.setProperty("voice", self._chosen[language])
            return self._chosen[language]
        wanted = [self.voices.get(language, language), *VOICE_CANDIDATES.get(language, [])]
        probe = _PROBE.get(language, "ok")
        for name in dict.fromkeys(wanted):
            before = str(engine.getProperty("voice"))
            engine.setProperty("voice", name)
            probe_path = self._path()
            self._render(engine, probe, probe_path)
            probe_path.unlink(missing_ok=True)
            reported = str(engine.getProperty("voice"))
            # espeak keeps the previous voice when a name is unknown ("zh"): only a changed voice,
            # or one whose id contains the name, counts as selected.
            took = reported != before or name.lower() in reported.lower()
            if took and voice_matches(language, reported):
                if name != wanted[0]:
                    _LOGGER.warning("voice %r for %s is wrong or missing; using %r (%s)", wanted[0], language, name, reported)
                self._chosen[language] = reported
                return reported
            _LOGGER.info("voice %r gave %r, not a %s voice", name, reported, language)
        self.status = translator("zh")(N_("no {language} voice (tried {voices})"), language=language,
                                          voices=", ".join(dict.fromkeys(wanted)))
        raise TtsError("no-voice", self.status)

    def _path(self) -> Path:
        """A fresh file name per render: pyttsx3's driver keeps the last text and file name, so a
        render that queued nothing would rewrite an old file and look successful."""
        self._renders += 1
        return self._tmpdir / f"r{self._renders}.wav"

    @staticmethod
    def _render(engine, text: str, path: Path) -> None:  # noqa: ANN001
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        engine.save_to_file(text, str(path))
        engine.runAndWait()

    def warm_up(self, languages: tuple[str, ...] = ("zh", "en")) -> dict[str, str]:
        """Load the engine and verify each language's voice (from a worker thread at start-up)."""
        with self._lock:
            return {language: self.select_voice(language) for language in languages}

    def synthesize(self, text: str, language: str = "zh", rate: int = 170) -> Synthesis:
        """Render ``text``; raises TtsError. Call from a worker thread (takes ~10–50 ms per sentence)."""
        with self._lock:
            engine = self.engine()
            voice = self.select_voice(language)
            engine.setProperty("rate", int(rate))
            engine.setProperty("volume", float(self.volume))
            _settle(engine)
            start = time.perf_counter()
            for attempt in range(1, self.retries + 2):
                path = self._path()
                self._render(engine, text, path)
                pcm, sample_rate = _read_wav(path)
                with contextlib.suppress(OSError):
                    os.unlink(path)
                if pcm:
                    self.status = "ready"
                    return Synthesis(pcm, sample_rate, voice, time.perf_counter() - start, attempt)
                _LOGGER.warning("save_to_file wrote no audio (attempt %d) for %r", attempt, text[:40])
            self.status = translator("zh")(N_("speech output produced no audio (tried again)"))
            raise TtsError("no-audio", self.status)


def _settle(engine) -> None:  # noqa: ANN001
    """Wait until espeak applied the queued parameters.

    pyttsx3 runs espeak in AUDIO_OUTPUT_RETRIEVAL (asynchronous) mode: ``SetParameter`` goes through
    espeak's command queue while ``SetVoiceByName`` acts at once and resets the rate, so without this
    the rate was lost on about one run in three (measured).
    """
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    module = getattr(getattr(engine, "proxy", None), "_module", None)
    if driver is None or module is None or not module.__name__.endswith(".espeak"):
        return
    from pyttsx3.drivers import _espeak

    _espeak.Synchronize()


def _read_wav(path: Path) -> tuple[bytes, int]:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.readframes(wav.getnframes()), wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return b"", 0


def write_wav(path: Path | str, pcm: bytes, sample_rate: int) -> None:
    """Save 16-bit mono PCM as a WAV file."""
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)
