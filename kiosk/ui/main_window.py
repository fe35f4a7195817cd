"""The kiosk window, a view of the visit (:class:`kiosk.visit.Visit`): chrome and screens; taps become
visit actions, visit events are shown. Areas use its contract (signals and methods; docs/ui.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog import Catalog
from kiosk.messages import other_language
from kiosk.navigator import Answer
from kiosk.ui import input_method, theme
from kiosk.ui.chrome import BottomBar, TopBar
from kiosk.ui.context import AppContext
from kiosk.ui.idle import VisitTimeout
from kiosk.ui.keyboard_room import KeyboardRoom
from kiosk.ui.overlay import OverlayHost
from kiosk.ui.screens.answer import AnswerScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.chooser import ChooserScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.map_screen import MapScreen
from kiosk.ui.screens.stack import ScreenStack
from kiosk.ui.text import loc, tr
from kiosk.ui.translations import Translations, shared_translations
from kiosk.ui.voice_view import VoiceView
from kiosk.visit import events as ev
from kiosk.visit import offered, outcome_of
from kiosk.visit.visit import Language


class MainWindow(QWidget):
    """The kiosk window.

    Signals:
        question_submitted(str), answer_shown(object), likely_choice(str), ticket_requested(str),
        guide_print_requested(str), voice_requested(), speech_stop_requested(), staff_requested(),
        admin_requested(), visit_started(), visit_ended(), language_changed(str),
        elderly_mode_changed(bool), screen_changed(str), transcript_edited(str).
    The speech area shows through :attr:`voice_view`.
    """

    question_submitted = Signal(str)
    answer_shown = Signal(object)
    likely_choice = Signal(str)
    ticket_requested = Signal(str)
    guide_print_requested = Signal(str)
    voice_requested = Signal()
    speech_stop_requested = Signal()
    staff_requested = Signal()
    admin_requested = Signal()
    visit_started = Signal()
    visit_ended = Signal()
    language_changed = Signal(str)
    elderly_mode_changed = Signal(bool)
    screen_changed = Signal(str)
    transcript_edited = Signal(str)

    def __init__(self, context: AppContext, translations: Translations | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("HallGuide 智能导办")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#MainWindow { background: #f5f7fa; }")
        self.context, self.settings, self.visit = context, context.settings, context.visit
        self.translations = translations or shared_translations()
        self.portrait = False
        """True when the portrait layout is in use."""
        self._end_gate = lambda proceed: proceed()
        self._shown: dict[str, Answer] = {}
        """The answer each screen shows (Back puts it on screen again: the visit is told)."""
        store, visit = context.catalog_store, self.visit
        self.attract, self.chooser = AttractScreen(store, visit), ChooserScreen(store, visit)
        self.attract.idle_timeout_s = context.settings.ui.idle_timeout_s  # said in its privacy notice
        self.home = HomeScreen(store, visit, context.settings.ui.popular_services)
        self.answer_screen, self.map_screen = AnswerScreen(store, visit), MapScreen(store, visit)
        self.screens: dict[str, QWidget] = {"attract": self.attract, "home": self.home, "answer": self.answer_screen,
                                            "chooser": self.chooser, "map": self.map_screen}
        self.top, self.stack, self.bottom = TopBar(), ScreenStack(self.screens), BottomBar()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        for part, stretch in ((self.top, 0), (self.stack, 1), (self.bottom, 0)):
            root.addWidget(part, stretch)
        self.voice_view = VoiceView(self.attract, self.home, self.bottom, lambda: self.stack.current, self.touch)
        self._connect()
        self.overlay = OverlayHost(self, "overlay")  # panels of the areas (tickets, staff, rating)
        self.timeout = VisitTimeout(self, context.settings.ui.idle_timeout_s, int(context.settings.ui.idle_countdown_s),
                                    lambda: self.visit.active)
        self.timeout.expired.connect(self.end_visit)
        self.idle, self.idle_overlay = self.timeout.watcher, self.timeout.overlay
        visit.listen(self._on_visit_event)
        store.listen(lambda _loaded: self.use_new_catalog())
        self.translations.install(visit.language)
        self._apply_style()
        self._apply_layout(force=True)
        self.retranslate()
        self.stack.go("attract", push=False)
        input_method.guard(self)
        self.keyboard_room = KeyboardRoom(self, root)  # the keyboard never covers the bottom bar

    def _connect(self) -> None:
        home, answer, chooser, top, bottom = self.home, self.answer_screen, self.chooser, self.top, self.bottom
        for signal, slot in (
            (self.attract.clicked, self.start_visit), (home.question_asked, self.submit_question),
            (home.question_edited, self.transcript_edited), (home.voice_clicked, self.voice_requested),
            (home.service_tapped, self.show_service), (home.place_tapped, self.show_place),
            (answer.map_requested, self.show_service_map), (answer.ticket_requested, self.ticket_requested),
            (answer.guide_print_requested, self.guide_print_requested), (answer.service_chosen, self.show_service),
            (chooser.service_chosen, self.show_service), (chooser.place_chosen, self.show_place),
            (answer.staff_requested, self.staff_requested), (chooser.staff_requested, self.staff_requested),
            (answer.question_asked, self.submit_question),
            (top.staff_clicked, self.staff_requested), (top.admin_gesture, self.admin_requested),
            (bottom.back_clicked, self.back), (bottom.home_clicked, self.go_home),
            (bottom.stop_clicked, self.speech_stop_requested), (bottom.mic_clicked, self.voice_requested),
            (self.stack.changed, self._on_screen_changed),
        ):
            signal.connect(slot)
        top.language_clicked.connect(lambda: self.visit.set_language(other_language(self.language)))
        top.large_text_clicked.connect(lambda: self.visit.set_large_text(not self.elderly_mode))
        bottom.end_clicked.connect(lambda: self._end_gate(self.end_visit))

    @property
    def catalog(self) -> Catalog:
        """The catalog model in use."""
        return self.context.catalog_store.current.catalog

    @property
    def current_screen(self) -> str:
        """Name of the screen on top."""
        return self.stack.current

    @property
    def current_answer(self) -> Answer | None:
        """The Answer on screen, or None."""
        return self.visit.current_answer

    @property
    def language(self) -> Language:
        """"zh" or "en"."""
        return self.visit.language

    @property
    def elderly_mode(self) -> bool:
        """True in the large-text mode."""
        return self.visit.large_text

    # -- visitor actions ---------------------------------------------------------------------------
    def start_visit(self) -> None:
        """Attract → home: a visitor arrived."""
        self.visit.start()
        if self.current_screen == "attract":
            self.go_home()

    def end_visit(self) -> None:
        """Wipe everything of the visit and return to the attract screen."""
        self.idle.disarm()
        self.idle_overlay.close_panel()
        self.overlay.close_panel()
        for screen in (self.home, self.answer_screen, self.chooser, self.map_screen):
            screen.wipe()
        self.bottom.subtitle.clear()
        input_method.forget(self)
        self.stack.history.clear()
        self._shown.clear()
        self.stack.go("attract", push=False)
        self.visit.end()

    def set_end_visit_gate(self, gate: Callable[[Callable[[], None]], object]) -> None:
        """"Finish" calls ``gate(proceed)``; the gate calls ``proceed()`` to wipe (the staff area's rating)."""
        self._end_gate = gate

    def submit_question(self, text: str) -> None:
        """Answer ``text`` as if typed (voice too): a turn of the visit, run off the GUI thread."""
        turn = self.visit.ask(text)
        if turn is None:
            return
        self.touch()
        if self.current_screen == "attract":
            self.go_home()
        self.question_submitted.emit(text.strip())
        self.context.submit(turn.run)

    def show_service(self, service_id: str, query: str | None = None) -> None:
        """Show a service's card (tile, chooser or suggestion tap)."""
        self.touch()
        turn = self.visit.present(self.catalog, service_id, query or "")
        if turn is not None:
            turn.run()  # no navigator stage: nothing blocks

    def show_place(self, place_id: str) -> None:
        """Show a hall facility on the map (home tile, chooser)."""
        place = self.catalog.place(place_id)
        if place is not None:
            self.visit.look_at(place)  # "在几楼" now asks about this facility
            self._shown.pop("map", None)
            self._show_map(lambda: self.map_screen.show_places([place]))

    def show_service_map(self, service_id: str) -> None:
        """The route to the service's window."""
        service = self.catalog.service(service_id)
        if service is not None:
            self._show_map(lambda: self.map_screen.show_service(service))

    def _show_map(self, fill: Callable[[], None]) -> None:
        self.touch()
        self.stack.ensure_fresh("map")
        fill()
        self.stack.go("map")

    def back(self) -> None:
        """Previous screen (home when there is none)."""
        self.touch()
        self.stack.back()
        shown = self._shown.get(self.current_screen)
        if shown is not None and shown is not self.visit.current_answer:
            self.visit.resume(shown)  # back at the choice: the option just left is no longer the subject

    def go_home(self) -> None:
        """The home screen."""
        self.stack.home()

    # -- what the visit reports ---------------------------------------------------------------------
    def _on_visit_event(self, event: ev.VisitEvent) -> None:
        if isinstance(event, ev.Navigated):
            self.show_answer(event.answer)
        elif isinstance(event, ev.LikelyChoice):
            self.chooser.mark_likely(event.match_id)
            self.likely_choice.emit(event.match_id)
        elif isinstance(event, ev.AssistantStateChanged):
            self.voice_view.show_state(event.state)
        elif isinstance(event, ev.LanguageChanged):
            self.translations.install(event.language)
            self.retranslate()
            self.language_changed.emit(event.language)
        elif isinstance(event, ev.TextSizeChanged):
            self._apply_style()
            self.retranslate()
            self.elderly_mode_changed.emit(event.large)
        elif isinstance(event, ev.TurnFailed) and event.stage == "navigate":
            self.status_bar_message("navigator", tr("Answers limited: please ask staff"))
        elif isinstance(event, ev.VisitStarted):
            self.idle.arm()
            self.visit_started.emit()
        elif isinstance(event, ev.VisitEnded):
            self.visit_ended.emit()

    def show_answer(self, answer: Answer) -> None:
        """Show an answer on the screen its outcome calls for and emit ``answer_shown``."""
        for name in ("answer", "chooser", "map"):
            self.stack.ensure_fresh(name)
        outcome = outcome_of(answer)
        if outcome == "choose":
            self.chooser.show_choice(answer.query, offered(answer))
            screen = "chooser"
        elif outcome == "answer" and not answer.services and answer.places:
            self.map_screen.show_places(answer.places, answer.answer)
            screen = "map"
        else:
            card = answer.services[0] if outcome == "answer" and answer.services else None
            self.answer_screen.show_answer(answer, card)
            screen = "answer"
        self._shown[screen] = answer
        self.stack.go(screen)
        self.answer_shown.emit(answer)

    # -- language, style, layout ------------------------------------------------------------------
    def _apply_style(self) -> None:
        """Restyle the chrome now; screens are restyled when next shown (keeps the loop responsive)."""
        sheet = theme.stylesheet(self.elderly_mode)
        for part in (self.top, self.bottom, self.overlay, self.idle_overlay):
            part.setStyleSheet(sheet)
        for host in (self.overlay, self.idle_overlay):
            host.set_large(self.elderly_mode)

    def _apply_layout(self, force: bool = False) -> None:
        mode = self.settings.ui.orientation
        portrait = self.height() > self.width() if mode == "auto" else mode == "portrait"
        if force or portrait != self.portrait:
            self.portrait = portrait
            self.stack.invalidate(self.elderly_mode, portrait)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Adapt the layouts to the orientation; keep overlays full size."""
        super().resizeEvent(event)
        self._apply_layout()
        for host in (self.overlay, self.idle_overlay):
            host.setGeometry(self.rect())

    def retranslate(self) -> None:
        """Set every UI string in the current language (the visible screen now, the others lazily)."""
        self.top.retranslate(loc(self.catalog.hall, "name", self.language), self.language, self.elderly_mode)
        self.bottom.retranslate()
        self.stack.invalidate(self.elderly_mode, self.portrait)

    def use_new_catalog(self) -> None:
        """Staff applied (or rolled back to) another catalog: everything a citizen sees comes from it at once —
        the hall's name in the top bar and on the attract screen, the home tiles and their captions. Screens
        holding an answer of the old catalog forget it (Back cannot return to them). After Apply the top bar
        and attract screen kept the old hall's name, and the old tiles stayed and did nothing (Xvfb walk 12,
        defect 6)."""
        self.home.forget_tiles()
        for screen in (self.answer_screen, self.chooser, self.map_screen):
            screen.wipe()
        self.stack.history.clear()
        self._shown.clear()
        self.retranslate()

    def _on_screen_changed(self, name: str) -> None:
        self.bottom.show_for(name, bool(self.stack.history))
        self.screen_changed.emit(name)

    def set_idle_timeout(self, seconds: float) -> None:
        """Use a new idle time now (staff saved ``ui.idle_timeout_s``): the timer and the privacy notice."""
        self.idle.set_timeout(seconds)
        self.attract.idle_timeout_s = seconds
        self.stack.invalidate(self.elderly_mode, self.portrait)

    # -- contract: answer extensions, overlays, idle, status chips ------------------------------------
    def add_answer_extension(self, widget: QWidget) -> None:
        """Put a widget under the service card on the answer screen."""
        self.answer_screen.add_extension(widget)

    def show_overlay(self, widget: QWidget) -> None:
        """A modal panel over the current screen."""
        self.overlay.open(widget)

    def close_overlay(self) -> None:
        """Close the modal panel."""
        self.overlay.close_panel()

    def touch(self) -> None:
        """Reset the idle timer."""
        self.idle.touch()

    def status_bar_message(self, key: str, text: str | None) -> None:
        """A small status chip in the top bar; None removes it."""
        self.top.set_chip(key, text)
