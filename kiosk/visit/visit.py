"""One visitor's time at the kiosk: language, text size, conversation, the answer on screen, the
assistant's state and the one generation counter that cancels superseded turns.

Everything here changes on one thread (the GUI thread in the kiosk; the test's thread in tests).
Turns run elsewhere and send their events back through ``post``; :meth:`Visit.receive` drops those
of a superseded turn, updates the state and hands the rest to the visit's one listener.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Literal

from kiosk.catalog import Catalog, Place
from kiosk.navigator import Answer, Conversation
from kiosk.visit.answers import answer_for_service, followed_language, outcome_of
from kiosk.visit.events import (
    AssistantState,
    AssistantStateChanged,
    LanguageChanged,
    Navigated,
    TextSizeChanged,
    TurnEnded,
    TurnEvent,
    VisitEnded,
    VisitEvent,
    VisitStarted,
)
from kiosk.visit.turn import ChoicePicker, Elaborator, NavigatorLike, Turn, Voice

if TYPE_CHECKING:
    from kiosk.llm.session import History

_LOGGER = logging.getLogger(__name__)

Language = Literal["zh", "en"]
Listener = Callable[[VisitEvent], None]


def _now(fn: Callable[[], None]) -> None:
    fn()


class Visit:
    """The visit model (Qt-free). One instance lives as long as the kiosk; :meth:`end` wipes it."""

    def __init__(
        self,
        navigator: Callable[[], NavigatorLike],
        *,
        language: Language = "zh",
        large_text: bool = False,
        history_turns: int = 4,
        post: Callable[[Callable[[], None]], None] = _now,
        picker_executor: Executor | None = None,
        picker_wait_s: float = 2.0,
    ) -> None:
        """``navigator`` returns the navigator in use (it may block while the index is built: turns
        call it on their own thread). ``post`` runs a function on the visit's thread (the GUI thread)."""
        self._navigator = navigator
        self.default_language: Language = language
        self.default_large_text = large_text
        self.language: Language = language
        self.large_text = large_text
        self.active = False
        self.conversation = Conversation()
        """The navigator's follow-up state."""
        self._history_turns = history_turns
        self._history: History | None = None
        self.current_answer: Answer | None = None
        self.assistant_state: AssistantState = "idle"
        self.generation = 0
        """Bumped by every turn and by the end of the visit; events of older turns are dropped."""
        self.picker: ChoicePicker | None = None
        self.elaborator: Elaborator | None = None
        self.voice: Voice | None = None
        self._post = post
        self._picker_executor = picker_executor
        self._picker_wait_s = picker_wait_s
        self._turn: Turn | None = None
        self._listener: Listener = lambda _event: None

    @property
    def history(self) -> History:
        """The LLM's bounded history of this visit (made on first use: keeps httpx off the start path)."""
        if self._history is None:
            from kiosk.llm.session import History

            self._history = History(self._history_turns)
        return self._history

    def listen(self, listener: Listener) -> None:
        """The one callback that receives every event of the visit (the view)."""
        self._listener = listener

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """A visitor arrived (idempotent)."""
        if not self.active:
            self.active = True
            self._listener(VisitStarted())

    def end(self) -> None:
        """Cancel what runs, forget everything of the visit, restore the hall's language and text size."""
        self.cancel()
        self.conversation = Conversation()  # a turn still running keeps (and fills) the old one
        if self._history is not None:
            self._history.clear()
        self.current_answer = None
        self.set_assistant_state("idle")
        self.set_large_text(self.default_large_text)
        self.set_language(self.default_language)
        was, self.active = self.active, False
        if was:
            self._listener(VisitEnded())

    def cancel(self) -> None:
        """Supersede the running turn (its later events are dropped; waiting stages wake up)."""
        self.generation += 1
        if self._turn is not None:
            self._turn.cancel.cancel()
            self._turn = None

    # -- settings of the visit -------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """"zh" or "en" (anything else is ignored)."""
        if language in ("zh", "en") and language != self.language:
            self.language = language  # type: ignore[assignment]
            self._listener(LanguageChanged(self.language))

    def set_large_text(self, large: bool) -> None:
        """Large text (elderly mode) on or off."""
        if large != self.large_text:
            self.large_text = large
            self._listener(TextSizeChanged(large))

    def set_assistant_state(self, state: AssistantState) -> None:
        """What the assistant is doing (the voice area and turns set it)."""
        if state != self.assistant_state:
            self.assistant_state = state
            self._listener(AssistantStateChanged(state))

    # -- turns -----------------------------------------------------------------------------------
    def ask(self, question: str) -> Turn | None:
        """A turn for a typed or spoken question (None for an empty one); run it with ``turn.run()``."""
        question = question.strip()
        if not question:
            return None
        self.start()
        if self.assistant_state in ("idle", "listening"):
            self.set_assistant_state("thinking")
        return self._new_turn(question, None)

    def present(self, catalog: Catalog, service_id: str, query: str = "") -> Turn | None:
        """A turn showing a tapped service's card (no navigator): run it at once, on the visit's thread
        (its events are delivered directly). None for an unknown id."""
        service = catalog.service(service_id)
        if service is None:
            return None
        self.start()
        return self._new_turn("", answer_for_service(catalog, service, self.language, query), self.receive)

    def resume(self, answer: Answer) -> None:
        """The citizen is back on a screen showing ``answer`` (Back): it is on screen again, and follow-ups
        refer to it — to nothing when it is a choice (the option left was not chosen)."""
        self.current_answer = answer
        self._refer(answer)

    def look_at(self, place: Place) -> None:
        """The citizen opened a hall facility (a home tile, a chooser's place card): follow-ups ask about it."""
        self.conversation.refer_to([], [place])

    def _refer(self, answer: Answer) -> None:
        """Follow-ups refer to what ``answer`` shows: its card, its place; nothing for a choice. A hand-off or
        refusal shows nothing new and leaves the subject as it was."""
        outcome = outcome_of(answer)
        if outcome == "answer" and (answer.services or answer.places):
            self.conversation.refer_to(answer.services, answer.places)
        elif outcome == "choose":
            self.conversation.refer_to([], [])

    def _new_turn(self, question: str, answer: Answer | None,
                  emit: Callable[[TurnEvent], None] | None = None) -> Turn:
        """A turn superseding the running one; what an older turn is still saying is silenced (a picked
        option's answer is spoken, not the choice's question before it — Xvfb walk, stop 23)."""
        self.cancel()
        if self.voice is not None:
            self.voice.stop()
        turn = Turn(
            self.generation, question, emit or self._deliver,
            navigator=self._navigator, conversation=self.conversation, answer=answer,
            picker=self.picker, picker_executor=self._picker_executor, picker_wait_s=self._picker_wait_s,
            elaborator=self.elaborator, voice=self.voice, language=self.language,
        )
        self._turn = turn
        return turn

    def _deliver(self, event: TurnEvent) -> None:
        """Called by a turn on its own thread: hop to the visit's thread."""
        self._post(lambda: self.receive(event))

    def receive(self, event: TurnEvent) -> None:
        """A turn's event on the visit's thread: drop it if superseded, else update and pass it on."""
        if event.generation != self.generation:
            return
        if isinstance(event, Navigated):
            answer = event.answer
            if self.assistant_state == "thinking":
                self.set_assistant_state("idle")
            if self._turn is not None and self._turn.question:  # an asked question, not a tapped tile
                self.set_language(followed_language(self.language, self._turn.question, answer))
            self.current_answer = answer
            self._refer(answer)  # a tapped tile or a picked option, too: what a follow-up now asks about
        elif isinstance(event, TurnEnded):
            if self.assistant_state == "thinking":
                self.set_assistant_state("idle")
            self._turn = None
        self._listener(event)
