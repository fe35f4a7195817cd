"""VoiceController: the window's microphone button, transcript, assistant states and spoken answers.

Adapts :class:`kiosk.speech.service.VoiceService` (Qt-free, worker threads) to the window contract:
events hop to the GUI thread through a :class:`kiosk.ui.bridge.Bridge`; what it shows goes through
the window's :class:`kiosk.ui.voice_view.VoiceView`, the assistant's state is the visit's.

Signals:
    transcript_final(str): a spoken question was recognised (before the auto-send pause).
    spoken_sentence(str): a sentence started playing (also shown as subtitle).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.speech.earcons import RATE as EARCON_RATE
from kiosk.speech.earcons import earcon
from kiosk.speech.events import (
    Availability,
    Final,
    Level,
    Listening,
    NoSpeech,
    Partial,
    Speaking,
    SpeechError,
    Spoken,
    Stopped,
)
from kiosk.speech.service import VoiceService
from kiosk.ui.bridge import Bridge
from kiosk.visit import AssistantState
from kiosk.visit.answers import in_language, key_line, spoken_line

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

__all__ = ["VoiceController", "key_line"]

_LOGGER = logging.getLogger(__name__)


class VoiceController(QObject):
    """Tap-to-talk, live transcript, auto-send, and interruptible spoken answers for one window."""

    transcript_final = Signal(str)
    spoken_sentence = Signal(str)

    def __init__(self, window: MainWindow, service: VoiceService, auto_send_s: float = 1.5,
                 earcons: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.visit = window.visit
        self.view = window.voice_view
        self.service = service
        self.earcons = earcons
        self.bridge = Bridge(self)
        self.bridge.event.connect(self._on_event)
        self.auto_send = QTimer(self)
        self.auto_send.setSingleShot(True)
        self.auto_send.setInterval(int(auto_send_s * 1000))
        self.auto_send.timeout.connect(self._send_pending)
        self._pending_text = ""
        self._edited = False
        self._speaking = False
        self._reset_error = QTimer(self)
        self._reset_error.setSingleShot(True)
        self._reset_error.setInterval(1500)
        self._reset_error.timeout.connect(lambda: self._state("idle"))
        self.last_level = 0.0
        """The last microphone level (for the staff status screen)."""

    @property
    def state(self) -> AssistantState:
        """The assistant's state (the visit's)."""
        return self.visit.assistant_state

    # -- window actions -----------------------------------------------------------------------------
    def on_voice_requested(self) -> None:
        """Mic tapped: stop listening if listening; else interrupt speech (barge-in) and listen."""
        self.window.touch()
        if self.service.listening:
            self.service.stop_listening()
            return
        self.stop_speaking()
        self.auto_send.stop()
        if self.service.listen() is not None and self.earcons:
            self.service.output.play(earcon("listen_start"), EARCON_RATE)

    def stop_speaking(self) -> None:
        """Silence the answer now (stop button, new question, Home, visit end)."""
        self.service.stop_speaking()

    def on_question_submitted(self, _text: str) -> None:
        """A question is being answered: stop talking and drop any pending auto-send."""
        self.auto_send.stop()
        self._pending_text = ""
        self.stop_speaking()
        if self.service.listening:
            self.service.cancel_listening()

    def on_visit_ended(self) -> None:
        """Wipe: stop listening and speaking, forget the transcript."""
        self.auto_send.stop()
        self._pending_text = ""
        self.service.cancel_listening()
        self.stop_speaking()
        self._state("idle")

    def on_screen_changed(self, name: str) -> None:
        """Home or attract: stop talking."""
        if name in ("home", "attract"):
            self.stop_speaking()

    def speak_text(self, text: str, language: str | None = None) -> None:
        """Hook: speak ``text`` after what is already queued (LLM sentences, prompts)."""
        self.service.speaker.say(text, language)

    def on_transcript_edited(self, _text: str) -> None:
        """The citizen corrects the transcript by touch: no auto-send."""
        if self.auto_send.isActive():
            self._edited = True
            self.auto_send.stop()
            if self.state == "thinking":
                self._state("idle")

    def on_language_changed(self, language: str) -> None:
        """Recognise and speak the new language. A line being spoken stops, and the answer on screen says
        its line again in the new language: the subtitle stayed Chinese on an English card (Xvfb walk 12,
        defect 10)."""
        self.service.set_language(language)
        if self.service.stop_speaking():
            self.view.set_subtitle("")
            answer = self.visit.current_answer
            if answer is not None:
                again = in_language(self.window.catalog, answer, language)  # type: ignore[arg-type]
                if again.language == language:
                    self.service.speaker.say(spoken_line(again), language)

    def on_elderly_mode_changed(self, on: bool) -> None:
        """Slower speech in elderly mode."""
        self.service.set_elderly(on)

    # -- service events (GUI thread) ------------------------------------------------------------------
    def _state(self, state: AssistantState) -> None:
        self.visit.set_assistant_state(state)

    def _on_event(self, event) -> None:  # noqa: ANN001, C901 - one dispatch point for a closed set of events
        w = self.view
        if isinstance(event, Level):
            self.last_level = event.rms
            w.set_input_level(event.rms)
        elif isinstance(event, Partial):
            w.set_transcript(event.text, False)
        elif isinstance(event, Listening):
            self._reset_error.stop()
            self._state("listening")
            w.set_transcript("", False)
        elif isinstance(event, Final):
            self._end_listening()
            w.set_transcript(event.text, True)
            self.transcript_final.emit(event.text)
            self._pending_text = event.text
            self._edited = False
            if self.auto_send.interval() <= 0:  # the citizen checks the text and taps 提问
                self._state("idle")
                return
            self.auto_send.start()
        elif isinstance(event, NoSpeech):
            self._end_listening()
            self._state("idle")
        elif isinstance(event, Speaking):
            self._speaking = True
            if self.state != "listening":
                self._state("speaking")
            w.set_subtitle(event.sentence)
            self.spoken_sentence.emit(event.sentence)
        elif isinstance(event, (Spoken, Stopped)):
            self._speaking = False
            if self.state == "speaking":
                self._state("idle")
            w.set_subtitle("")
        elif isinstance(event, Availability):
            w.set_voice_available(event.ok, event.reason)
        elif isinstance(event, SpeechError):
            _LOGGER.warning("voice: %s: %s", event.code, event.message)
            if event.code in ("voice-unavailable", "no-microphone"):
                self._end_listening(chime=False)
                w.set_voice_available(False, event.message)
                self._state("error")
                self._reset_error.start()
            elif event.code.startswith("recognition"):
                self._end_listening(chime=False)
                self._state("error")
                self._reset_error.start()

    def _end_listening(self, chime: bool = True) -> None:
        self.view.set_input_level(0.0)
        if self.state == "listening":
            self._state("thinking" if chime else "idle")
        if chime and self.earcons:
            self.service.output.play(earcon("listen_stop"), EARCON_RATE)

    def _send_pending(self) -> None:
        text, self._pending_text = self._pending_text, ""
        if text and not self._edited:
            self.window.submit_question(text)
        elif self.state == "thinking":
            self._state("idle")

    def close(self) -> None:
        """Release the microphone and the speaker."""
        self.service.close()
