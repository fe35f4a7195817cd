"""Wiring of the LLM area into the kiosk window (docs/ui.md).

``install(window, context)`` creates a :class:`LlmController` that:

* on ``window.answer_shown(answer)`` (a single-service card, or a follow-up) cancels any running turn,
  puts an :class:`~kiosk.ui.llm_answer.LlmAnswerView` under the card (``add_answer_extension``) and
  starts a turn as an asyncio task on ``context.loop``;
* cancels the turn (closing the HTTP stream) on ``question_submitted``, on ``visit_ended`` and when
  the screen changes to home/attract (the Home button); ``visit_ended`` also wipes the history;
* shows the "离线模式" chip (``status_bar_message("llm", …)``) while the service is failing.

It publishes ``context.llm`` (:class:`kiosk.ui.context.LlmPort`): ``sentences`` — each complete,
grounding-checked sentence of the model's answer (never reasoning, never unchecked text), which the
speech area speaks — and ``turn_finished`` with the :class:`kiosk.llm.answerer.LlmResult` (the staff
area counts them). The conversation history and the generation are the visit's.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from kiosk.llm.answerer import Answerer, LlmResult
from kiosk.llm.events import Delta, Done, Error, Fallback, LlmEvent, Sentence, Thinking
from kiosk.llm.session import History
from kiosk.navigator import Answer
from kiosk.privacy import install_log_masking
from kiosk.qtcompat.refcount import fix_killtimer_refcount
from kiosk.ui.context import AppContext, LlmPort
from kiosk.ui.llm_answer import LlmAnswerView
from kiosk.ui.main_window import MainWindow
from kiosk.ui.slots import Listeners
from kiosk.ui.text import tr
from kiosk.visit import outcome_of

_LOGGER = logging.getLogger(__name__)


class LlmController(QObject):
    """Runs one LLM turn per shown answer and drives its view.

    Signals:
        sentence_ready(str): a checked sentence of the model's answer, ready to be spoken.
        turn_finished(object): the turn's LlmResult (also after a fallback).
        offline_changed(bool): the service became unavailable / available again.
    """

    sentence_ready = Signal(str)
    turn_finished = Signal(object)
    offline_changed = Signal(bool)

    def __init__(self, window: MainWindow, context: AppContext, answerer: Answerer | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.visit = context.visit
        self.answerer = answerer or Answerer(context.settings.llm)
        self.view: LlmAnswerView | None = None
        self.task: asyncio.Task[LlmResult] | None = None
        self.offline = False
        self.port = LlmPort(sentences=Listeners(), turn_finished=Listeners())
        self._generation = -1
        """The visit generation of the running turn (-1: none)."""

    @property
    def history(self) -> History:
        """The visit's conversation with the model."""
        return self.visit.history

    @property
    def enabled(self) -> bool:
        """Whether an LLM service is configured."""
        return self.answerer.configured

    def _loop(self) -> asyncio.AbstractEventLoop:
        return self.context.loop or asyncio.get_event_loop()

    # -- window signals -----------------------------------------------------------------------------
    def on_answer_shown(self, answer: Answer) -> None:
        """Start a turn for a card that is now on screen."""
        self.cancel()
        if not self.enabled or answer.off_topic or (answer.handoff and not answer.follow_up):
            return
        if outcome_of(answer) == "choose":
            return  # the chooser is on screen; the citizen picks a service first
        if not answer.services and not (answer.follow_up and self.history.last_cited):
            return
        generation = self._generation = self.visit.generation
        self.view = LlmAnswerView(answer.language)
        self.window.add_answer_extension(self.view)
        catalog = self.context.catalog_store.current.catalog
        coro = self.answerer.elaborate(answer, self.history, lambda e: self._on_event(generation, e), catalog=catalog)
        self.task = self._loop().create_task(coro)
        self.task.add_done_callback(lambda t: self._on_done(generation, t))

    def cancel(self) -> None:
        """Stop the running turn at once (closes the HTTP stream)."""
        self._generation = -1
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.task = None
        self.view = None

    def wipe(self) -> None:
        """The visit ended: cancel and forget the conversation."""
        self.cancel()
        self.history.clear()

    def on_screen_changed(self, name: str) -> None:
        """Home/attract: the citizen left the answer."""
        if name in ("home", "attract"):
            self.cancel()

    # -- turn events --------------------------------------------------------------------------------
    def _on_event(self, generation: int, event: LlmEvent) -> None:
        if generation != self._generation or generation != self.visit.generation or self.view is None:
            return
        view = self.view
        try:
            if isinstance(event, Thinking):
                view.set_thinking(event.stage)
            elif isinstance(event, Delta):
                view.append(event.text)
            elif isinstance(event, Sentence):
                self.sentence_ready.emit(event.text)
                self.port.sentences.emit(event.text)
            elif isinstance(event, Done):
                view.finish(event.text, truncated=event.truncated)
                self._set_offline(False if event.answered_by == "llm" else self.offline)
            elif isinstance(event, Fallback):
                view.show_fallback(event.text, offline=event.offline)
                if event.offline:
                    self._set_offline(True)
            elif isinstance(event, Error):
                _LOGGER.info("LLM turn failed: %s", event.code)
        except RuntimeError:  # the view was deleted (new answer, visit ended)
            self.view = None

    def _on_done(self, generation: int, task: asyncio.Task[LlmResult]) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            _LOGGER.error("LLM turn crashed: %s", type(exc).__name__, exc_info=exc)
            if generation == self._generation and self.view is not None and self.window.current_answer is not None:
                try:
                    self.view.show_fallback(self.window.current_answer.answer, offline=True)
                except RuntimeError:
                    pass
            return
        self.turn_finished.emit(task.result())
        self.port.turn_finished.emit(task.result())

    def _set_offline(self, offline: bool) -> None:
        if offline == self.offline:
            return
        self.offline = offline
        self.show_offline_chip()
        self.offline_changed.emit(offline)

    def show_offline_chip(self) -> None:
        """The "Assistant offline" chip in the current language while offline (again after a switch)."""
        self.window.status_bar_message("llm", tr("Assistant offline") if self.offline else None)


def install(window: MainWindow, context: AppContext) -> LlmController:
    """Create the LLM controller, connect it to the window's signals and publish ``context.llm``."""
    install_log_masking()
    fix_killtimer_refcount()  # qasync + PySide6 6.12 on 3.11 would otherwise abort (see that module)
    controller = LlmController(window, context)
    window.answer_shown.connect(controller.on_answer_shown)
    window.question_submitted.connect(lambda _text: controller.cancel())
    window.visit_ended.connect(controller.wipe)
    window.screen_changed.connect(controller.on_screen_changed)
    window.language_changed.connect(lambda _language: controller.show_offline_chip())
    context.llm.publish(controller.port)
    if not controller.enabled:
        _LOGGER.info("no LLM service configured (llm.base_url): catalog answers only")
    return controller
