"""One question answered: ordered stages understand → navigate → elaborate → speak.

The shape of Home Assistant's ``PipelineRun``: each stage reports typed events to one callback; the
later stages are optional (no elaborator, no voice); a failing stage is reported and the turn still
ends — :class:`~kiosk.visit.events.TurnEnded` is emitted in ``finally``. :meth:`Turn.run` blocks:
the UI runs it on a worker thread, tests call it directly.

When the navigator offers a choice (``outcome == "choose"``) and a :class:`ChoicePicker` is present,
the picker runs beside the later stages; if it answers in time with one of the offered ids, a
:class:`~kiosk.visit.events.LikelyChoice` follows. The choice is already on screen by then.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from typing import Literal, Protocol

from kiosk.navigator import Answer, Conversation, Match
from kiosk.visit.answers import failed_answer, offered, outcome_of, spoken_line
from kiosk.visit.events import (
    Elaborated,
    LikelyChoice,
    Navigated,
    SpeechQueued,
    Stage,
    TurnEnded,
    TurnEvent,
    TurnFailed,
    TurnStarted,
    Understood,
)

_LOGGER = logging.getLogger(__name__)

MAX_QUESTION = 200
"""Characters of a question that are looked up (the question field allows as many)."""


class NavigatorLike(Protocol):
    """What the navigate stage needs of :class:`kiosk.navigator.Navigator`."""

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer ``question`` from the catalog."""
        ...


class ChoicePicker(Protocol):
    """Picks the likely entry among those offered (e.g. the hall's LLM). Blocking, called off the GUI
    thread, bounded by its own deadline; returns one of the offered ids or None."""

    def pick(self, question: str, matches: Sequence[Match]) -> str | None:
        """The id of the likely entry, or None."""
        ...


class Elaborator(Protocol):
    """An optional longer answer (blocking, off the GUI thread, stops when ``cancel`` is set)."""

    def elaborate(self, answer: Answer, cancel: Cancellation) -> str | None:
        """A longer answer text, or None."""
        ...


class Voice(Protocol):
    """Speaks a text after what is already queued (thread-safe)."""

    def say(self, text: str, language: str | None = None) -> None:
        """Queue ``text`` for speaking."""
        ...

    def stop(self) -> object:
        """Silence now and forget what is queued."""
        ...


class Cancellation:
    """A turn's cancel token: set once, by a newer turn or the end of the visit."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Cancel the turn; waiting stages wake up at once."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when cancelled (at once if already)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()


class Turn:
    """One run of the stages for one question (or for a tapped tile's prepared answer)."""

    def __init__(
        self,
        generation: int,
        question: str,
        emit: Callable[[TurnEvent], None],
        *,
        navigator: Callable[[], NavigatorLike] | None = None,
        conversation: Conversation | None = None,
        answer: Answer | None = None,
        picker: ChoicePicker | None = None,
        picker_executor: Executor | None = None,
        picker_wait_s: float = 2.0,
        elaborator: Elaborator | None = None,
        voice: Voice | None = None,
        language: Literal["zh", "en"] = "zh",
    ) -> None:
        """``navigator`` is called (on the running thread) for the navigator; ``answer`` skips the
        navigate stage (a tile tap). The picker runs on ``picker_executor`` (else on a new thread)."""
        self.generation = generation
        self.question = question
        self.cancel = Cancellation()
        self._emit = emit
        self._navigator = navigator
        self._conversation = conversation
        self._prepared = answer
        self._picker = picker
        self._picker_executor = picker_executor
        self._picker_wait_s = picker_wait_s
        self._elaborator = elaborator
        self._voice = voice
        self._language = language
        self.answer: Answer | None = None
        """The navigate stage's answer (after :meth:`run`)."""

    def run(self) -> Answer | None:
        """Run every stage; returns the answer shown (None if cancelled first). Never raises."""
        stage: Stage = "understand"
        try:
            self._emit(TurnStarted(self.generation, self.question))
            question = self.question.strip()[:MAX_QUESTION]
            self._emit(Understood(self.generation, question))
            if self.cancel.cancelled:
                return None
            stage = "navigate"
            answer = self._navigate(question)
            self.answer = answer
            if self.cancel.cancelled:
                return answer
            outcome = outcome_of(answer)
            self._emit(Navigated(self.generation, answer, outcome))
            stage = "choose"
            pick = self._start_pick(question, answer) if outcome == "choose" else None
            stage = "elaborate"
            self._elaborate(answer)
            stage = "speak"
            self._speak(answer)
            stage = "choose"
            if pick is not None:
                self._finish_pick(pick, answer)
            return answer
        except Exception as exc:  # noqa: BLE001 - a turn reports, it never crashes the kiosk
            _LOGGER.exception("turn %d failed in %s", self.generation, stage)
            self._emit(TurnFailed(self.generation, stage, str(exc) or type(exc).__name__))
            return self.answer
        finally:
            self._emit(TurnEnded(self.generation, self.cancel.cancelled))

    # -- stages ----------------------------------------------------------------------------------
    def _navigate(self, question: str) -> Answer:
        if self._prepared is not None:
            return self._prepared
        if self._navigator is None or not question:
            return failed_answer(question, self._language)
        try:
            return self._navigator().ask(question, self._conversation)
        except Exception as exc:  # noqa: BLE001 - the citizen gets the ask-staff card, staff a message
            _LOGGER.exception("navigator failed")
            self._emit(TurnFailed(self.generation, "navigate", str(exc) or type(exc).__name__))
            return failed_answer(question, self._language)

    def _start_pick(self, question: str, answer: Answer) -> Future[str | None] | None:
        picker = self._picker
        if picker is None:
            return None
        entries = offered(answer)
        if self._picker_executor is not None:
            return self._picker_executor.submit(picker.pick, question, entries)
        future: Future[str | None] = Future()

        def run() -> None:
            try:
                future.set_result(picker.pick(question, entries))
            except Exception as exc:  # noqa: BLE001 - reported through the future
                future.set_exception(exc)

        threading.Thread(target=run, name="choice-picker", daemon=True).start()
        return future

    def _finish_pick(self, pick: Future[str | None], answer: Answer) -> None:
        woken = threading.Event()
        pick.add_done_callback(lambda _f: woken.set())
        self.cancel.on_cancel(woken.set)
        woken.wait(self._picker_wait_s)
        if self.cancel.cancelled or not pick.done():
            return
        try:
            picked = pick.result()
        except Exception as exc:  # noqa: BLE001 - no pick: the choice stays as it is
            _LOGGER.info("choice picker failed: %s", type(exc).__name__)
            return
        if picked and picked in {m.id for m in offered(answer)}:
            self._emit(LikelyChoice(self.generation, picked))

    def _elaborate(self, answer: Answer) -> None:
        if self._elaborator is None or self.cancel.cancelled:
            return
        text = self._elaborator.elaborate(answer, self.cancel)
        if text and not self.cancel.cancelled:
            self._emit(Elaborated(self.generation, text))

    def _speak(self, answer: Answer) -> None:
        if self._voice is None or self.cancel.cancelled:
            return
        line = spoken_line(answer)
        if line:
            self._voice.say(line, answer.language)
            self._emit(SpeechQueued(self.generation, line, answer.language))
