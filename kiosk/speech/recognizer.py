"""One recognition turn: audio source → vosk → partial/final events, run on a worker thread.

A new ``KaldiRecognizer`` is made per turn on the thread that feeds it (vosk crashes have been
reported for recognizers shared across threads). The turn ends at the first of: vosk's endpoint
(rules patched into the model's ``conf/model.conf``), the energy endpointer's trailing silence, the
maximum utterance length, :meth:`RecognitionTurn.stop`, the end of the audio, or the no-speech
timeout (→ ``NoSpeech``).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.messages import N_, translator
from kiosk.speech.audio import AudioSource, MicrophoneUnavailable, rms_level
from kiosk.speech.endpoint import EnergyEndpointer
from kiosk.speech.events import EventCallback, Final, Level, Listening, NoSpeech, Partial, SpeechError

_LOGGER = logging.getLogger(__name__)

_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
_CJK_SPACE = re.compile(rf"(?<={_CJK})\s+(?={_CJK})")


def clean_transcript(text: str) -> str:
    """Strip vosk's word spaces between CJK characters (Latin words keep theirs)."""
    return _CJK_SPACE.sub("", text.strip())


def grammar_json(phrases: Iterable[str], words: set[str] | None = None) -> str:
    """A vosk grammar: the phrases plus ``[unk]`` (when the model's word list has it, or is unknown);
    non-ASCII kept as is (vosk does not decode ``\\u`` escapes)."""
    unique = list(dict.fromkeys(p.strip() for p in phrases if p and p.strip()))
    if not words or "[unk]" in words:
        unique.append("[unk]")
    return json.dumps(unique, ensure_ascii=False)


@dataclass(frozen=True)
class TurnOptions:
    """Limits of one turn (from ``settings.speech``)."""

    language: str = "zh"
    sample_rate: int = 16000
    trailing_silence_s: float = 0.5
    no_speech_timeout_s: float = 6.0
    max_utterance_s: float = 15.0
    grammar: str | None = None
    """A vosk grammar JSON list (see :func:`grammar_json`), or None for free-form."""
    energy_endpoint: bool = True


class RecognitionTurn:
    """Recognise one utterance from ``source`` with ``model``; report through ``on_event``."""

    def __init__(
        self,
        model: object,
        source: AudioSource,
        on_event: EventCallback,
        options: TurnOptions = TurnOptions(),  # noqa: B008 - a frozen dataclass, never mutated
        postprocess: Callable[[str], str] | None = None,
    ) -> None:
        self.model = model
        self.source = source
        self.on_event = on_event
        self.options = options
        self.postprocess = postprocess
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self.final_at: float | None = None
        """``time.perf_counter()`` when the Final event was sent."""
        self.result: Final | NoSpeech | SpeechError | None = None

    def stop(self) -> None:
        """Finish now with what was heard so far (tap the microphone again)."""
        self._stop.set()

    def cancel(self) -> None:
        """Abandon the turn without a result (visit ended, Home)."""
        self._cancel.set()
        self._stop.set()

    def run(self) -> None:
        """Run the turn to its end on the calling (worker) thread. Never raises."""
        try:
            self._run()
        except MicrophoneUnavailable as exc:
            self._emit(SpeechError("no-microphone", str(exc)))
        except Exception as exc:  # noqa: BLE001 - a failed turn must never take the kiosk down
            _LOGGER.exception("recognition turn failed")
            self._emit(SpeechError("recognition-failed", translator("zh")(N_("speech recognition failed: {error}"), error=exc)))
        finally:
            self.source.close()

    def _emit(self, event) -> None:  # noqa: ANN001
        if isinstance(event, (Final, NoSpeech, SpeechError)):
            if self.result is not None or self._cancel.is_set():
                return
            self.result = event
            self.final_at = time.perf_counter()
        elif self._cancel.is_set():
            return
        self.on_event(event)

    def _make_recognizer(self):  # noqa: ANN202
        import vosk

        rate = float(self.options.sample_rate)
        if self.options.grammar:
            return vosk.KaldiRecognizer(self.model, rate, self.options.grammar)
        return vosk.KaldiRecognizer(self.model, rate)

    def _finish(self, rec, reason: str, audio_s: float, text: str | None = None) -> None:  # noqa: ANN001
        if text is None:
            text = json.loads(rec.FinalResult()).get("text", "")
        raw = clean_transcript(text)
        if not raw:
            self._emit(NoSpeech())
            return
        final = self.postprocess(raw) if self.postprocess else raw
        self._emit(Final(final, raw=raw, reason=reason, audio_s=audio_s))

    def _run(self) -> None:
        opts = self.options
        rec = self._make_recognizer()
        self.source.start()
        self._emit(Listening(opts.language))
        endpointer = EnergyEndpointer(opts.trailing_silence_s)
        audio_s = 0.0
        speech_start: float | None = None
        last_partial = ""
        while not self._stop.is_set():
            block = self.source.read(0.1)
            if block is None:
                return self._finish(rec, "end_of_audio", audio_s)
            if not block:
                continue
            block_s = len(block) / 2 / opts.sample_rate
            audio_s += block_s
            rms = rms_level(block)
            self._emit(Level(min(1.0, rms * 4)))
            quiet_done = endpointer.update(block_s, rms)
            if rec.AcceptWaveform(block):
                text = json.loads(rec.Result()).get("text", "")
                if clean_transcript(text):
                    return self._finish(rec, "endpoint", audio_s, text)
                last_partial = ""
                continue
            partial = clean_transcript(json.loads(rec.PartialResult()).get("partial", ""))
            if partial and partial != last_partial:
                last_partial = partial
                self._emit(Partial(partial))
            if partial and speech_start is None:
                speech_start = audio_s
            if speech_start is None:
                if audio_s >= opts.no_speech_timeout_s:
                    self._emit(NoSpeech())
                    return None
                continue
            if opts.energy_endpoint and quiet_done:
                return self._finish(rec, "silence", audio_s)
            if audio_s - speech_start >= opts.max_utterance_s:
                return self._finish(rec, "max_length", audio_s)
        if self._cancel.is_set():
            return None
        return self._finish(rec, "stopped", audio_s)


class Listener:
    """Runs recognition turns on worker threads, one at a time."""

    def __init__(self, on_event: EventCallback) -> None:
        self.on_event = on_event
        self.turn: RecognitionTurn | None = None
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        """A turn is running."""
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        model: object,
        source: AudioSource,
        options: TurnOptions,
        postprocess: Callable[[str], str] | None = None,
    ) -> RecognitionTurn:
        """Begin a turn (cancelling any running one)."""
        self.cancel()
        turn = RecognitionTurn(model, source, self.on_event, options, postprocess)
        self.turn = turn
        self._thread = threading.Thread(target=turn.run, name="vosk-turn", daemon=True)
        self._thread.start()
        return turn

    def stop(self) -> None:
        """Finish the running turn with what was heard."""
        if self.turn is not None:
            self.turn.stop()

    def cancel(self) -> None:
        """Abandon the running turn (no result event)."""
        if self.turn is not None:
            self.turn.cancel()
        self.turn = None

    def join(self, timeout: float | None = None) -> None:
        """Wait for the worker thread (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)


@dataclass(frozen=True)
class Transcription:
    """A whole file transcribed (``kiosk transcribe``)."""

    text: str
    segments: list[str]
    audio_s: float
    decode_s: float
    final_latency_s: float
    """From the last audio block to the final text."""

    @property
    def rtf(self) -> float:
        """Real-time factor: decoding time / audio time."""
        return self.decode_s / self.audio_s if self.audio_s else 0.0


def transcribe_pcm(model: object, pcm: bytes, sample_rate: int = 16000, grammar: str | None = None,
                   block_s: float = 0.1) -> Transcription:
    """Decode all of ``pcm`` as fast as possible; every endpoint-separated segment is kept."""
    import vosk

    rec = vosk.KaldiRecognizer(model, float(sample_rate), grammar) if grammar else vosk.KaldiRecognizer(
        model, float(sample_rate)
    )
    step = int(sample_rate * block_s) * 2
    segments: list[str] = []
    start = time.perf_counter()
    for pos in range(0, len(pcm), step):
        if rec.AcceptWaveform(pcm[pos : pos + step]):
            segments.append(clean_transcript(json.loads(rec.Result()).get("text", "")))
        else:
            rec.PartialResult()  # as a live turn does
    last_block = time.perf_counter()
    segments.append(clean_transcript(json.loads(rec.FinalResult()).get("text", "")))
    end = time.perf_counter()
    segments = [s for s in segments if s]
    joiner = "" if any(re.search(_CJK, s) for s in segments) else " "
    return Transcription(joiner.join(segments), segments, len(pcm) / 2 / sample_rate, end - start, end - last_block)
