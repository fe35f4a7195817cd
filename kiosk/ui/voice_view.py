"""The voice's part of the window: the microphone buttons, the input level, the live transcript,
the subtitle of what is spoken and the assistant's state on every screen that shows it."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.chrome import BottomBar
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.home import HomeScreen


class VoiceView:
    """What the speech area shows, in one place (it never reaches into the screens)."""

    def __init__(self, attract: AttractScreen, home: HomeScreen, bottom: BottomBar,
                 current_screen: Callable[[], str], touch: Callable[[], None]) -> None:
        self._attract, self._home, self._bottom = attract, home, bottom
        self._current, self._touch = current_screen, touch

    def show_state(self, state: str) -> None:
        """"idle" | "listening" | "thinking" | "speaking" | "error", in words and on the figure."""
        self._attract.set_state(state)
        self._home.set_state(state)
        self._bottom.set_state(state)

    def set_transcript(self, text: str, final: bool = False) -> None:  # noqa: ARG002 - same shape for both
        """Live speech transcript: in the question field (and as subtitle off the home screen)."""
        self._touch()
        self._home.set_transcript(text)
        if self._current() != "home":
            self._bottom.subtitle.setText(text)

    def set_input_level(self, level: float) -> None:
        """Microphone level 0..1 while listening."""
        self._home.set_input_level(level)
        self._bottom.mic_button.set_level(level)

    def set_subtitle(self, text: str) -> None:
        """What is being spoken (plain text)."""
        self._bottom.subtitle.setText(text)

    def set_voice_available(self, ok: bool, reason: str) -> None:
        """Enable/disable the microphone buttons with a plain-words reason."""
        self._home.set_voice_available(ok, reason)
        self._bottom.set_voice_available(ok, reason)
