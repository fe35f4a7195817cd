"""Speaks answers sentence by sentence while their text is still streaming in; stops at once.

Text arrives through :meth:`Speaker.feed` (LLM stream) or :meth:`Speaker.say` (catalog answer).
Complete sentences go to a synthesis worker thread (pyttsx3 → PCM) and then to the
:class:`~kiosk.speech.player.AudioOutput`, so the first sentence plays while later ones are still
being written. ``<think>…</think>`` reasoning is never spoken. :meth:`Speaker.stop` clears both
queues and silences the output within one audio block.
"""

from __future__ import annotations

import functools
import logging
import queue
import re
import threading
from dataclasses import dataclass

from kiosk.speech.events import EventCallback, Speaking, SpeechError, Spoken, Stopped
from kiosk.speech.player import AudioOutput
from kiosk.speech.tts import Synthesizer, TtsError

_LOGGER = logging.getLogger(__name__)

_END = re.compile(r"[。！？；!?;…\n]+|\.(?=\s|$)")
_SOFT = re.compile(r"[，,、：:]")
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"


def split_sentences(text: str, final: bool = True, soft_limit: int = 40) -> tuple[list[str], str]:
    """Complete sentences in ``text`` and the unfinished rest (empty when ``final``)."""
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(text):
        piece = text[start : match.end()].strip()
        start = match.end()
        if piece.strip("。！？；!?;….\n "):
            sentences.append(piece)
    rest = text[start:]
    if not final and len(rest) > soft_limit:  # a long clause: speak up to its last comma now
        cut = max((m.end() for m in _SOFT.finditer(rest)), default=0)
        if cut:
            sentences.append(rest[:cut].strip())
            rest = rest[cut:]
    if final:
        if rest.strip():
            sentences.append(rest.strip())
        rest = ""
    return sentences, rest


@dataclass(frozen=True)
class _Job:
    generation: int
    sentence: str
    language: str
    rate: int


class Speaker:
    """Sentence-by-sentence, interruptible speech output."""

    def __init__(
        self,
        synthesizer: Synthesizer,
        output: AudioOutput,
        on_event: EventCallback,
        language: str = "zh",
        rate: int = 170,
        muted: bool = False,
    ) -> None:
        self.synthesizer = synthesizer
        self.output = output
        self.on_event = on_event
        self.language = language
        self.rate = rate
        self.muted = muted
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._generation = 0
        self._pending = 0
        self._stream_open = False
        self._buffer = ""
        self._in_think = False
        self._worker = threading.Thread(target=self._work, name="tts-speaker", daemon=True)
        self._worker.start()

    @property
    def speaking(self) -> bool:
        """Something is queued, being synthesised or playing."""
        with self._lock:
            return self._pending > 0 or self._stream_open

    def say(self, text: str, language: str | None = None) -> None:
        """Speak a whole text (after anything already queued)."""
        sentences, _ = split_sentences(_strip_think(text), final=True)
        for sentence in sentences:
            self._enqueue(sentence, language)

    def begin_stream(self, language: str | None = None) -> None:
        """A streamed answer starts: following :meth:`feed` calls belong to it."""
        with self._lock:
            self._stream_open = True
            self._buffer = ""
            self._in_think = False
            self._stream_language = language

    def feed(self, chunk: str) -> None:
        """More streamed answer text; complete sentences start speaking at once."""
        with self._lock:
            if not self._stream_open:
                self._stream_open, self._buffer, self._in_think, self._stream_language = True, "", False, None
            visible = self._visible(chunk)
            sentences, self._buffer = split_sentences(self._buffer + visible, final=False)
            language = self._stream_language
        for sentence in sentences:
            self._enqueue(sentence, language)

    def end_stream(self) -> None:
        """The streamed answer is complete: speak the remainder."""
        with self._lock:
            rest, self._buffer = self._buffer, ""
            self._stream_open = False
            language = getattr(self, "_stream_language", None)
            idle = self._pending == 0
        sentences, _ = split_sentences(rest, final=True)
        for sentence in sentences:
            self._enqueue(sentence, language)
        if not sentences and idle:
            self.on_event(Spoken())

    def stop(self) -> bool:
        """Silence now and forget everything queued; True if something was speaking."""
        with self._lock:
            was_active = self._pending > 0 or self._stream_open
            self._generation += 1
            self._pending = 0
            self._stream_open = False
            self._buffer = ""
        self.output.stop()
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        if was_active:
            self.on_event(Stopped())
        return was_active

    def close(self) -> None:
        """Stop and end the worker thread."""
        self.stop()
        self._jobs.put(None)

    def _visible(self, chunk: str) -> str:
        """Drop ``<think>`` reasoning from a chunk (state kept across chunks)."""
        out: list[str] = []
        text = chunk
        while text:
            if self._in_think:
                end = text.find(_THINK_CLOSE)
                if end < 0:
                    return "".join(out)
                text = text[end + len(_THINK_CLOSE) :]
                self._in_think = False
            else:
                start = text.find(_THINK_OPEN)
                if start < 0:
                    out.append(text)
                    break
                out.append(text[:start])
                text = text[start + len(_THINK_OPEN) :]
                self._in_think = True
        return "".join(out)

    def _enqueue(self, sentence: str, language: str | None) -> None:
        with self._lock:
            self._pending += 1
            job = _Job(self._generation, sentence, language or self.language, self.rate)
        self._jobs.put(job)

    def _done_one(self, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return
            self._pending = max(0, self._pending - 1)
            finished = self._pending == 0 and not self._stream_open
        if finished:
            self.on_event(Spoken())

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if not self._current(job.generation):
                continue
            if self.muted:
                self.on_event(Speaking(job.sentence))
                self._done_one(job.generation)
                continue
            try:
                synthesis = self.synthesizer.synthesize(job.sentence, job.language, job.rate)
            except TtsError as exc:
                _LOGGER.warning("speech synthesis failed: %s", exc.message)
                self.on_event(SpeechError(exc.code, exc.message))
                self.on_event(Speaking(job.sentence))  # the subtitle still shows what would be said
                self._done_one(job.generation)
                continue
            if not self._current(job.generation):
                continue
            # The clip plays later, while this loop already synthesises the next sentence: bind this
            # job's values now (closures over loop variables would see the last sentence).
            self.output.play(
                synthesis.pcm,
                synthesis.sample_rate,
                on_start=functools.partial(self._started, job.generation, job.sentence),
                on_end=functools.partial(self._done_one, job.generation),
            )

    def _started(self, generation: int, sentence: str) -> None:
        """A clip's first sample is playing: report its sentence (unless stopped meanwhile)."""
        if self._current(generation):
            self.on_event(Speaking(sentence))


def _strip_think(text: str) -> str:
    """A whole text without ``<think>…</think>`` blocks."""
    return re.sub(r"<think>.*?(</think>|$)", "", text, flags=re.S)
