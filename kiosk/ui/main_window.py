"""The kiosk window: chrome (top and bottom bars), the screens, visits, idle wipe and the
integration contract (signals and methods other areas use; see docs/ui.md)."""

from __future__ import annotations

import logging
import re
from concurrent.futures import Future

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.gesture import TapGesture
from kiosk.catalog import Catalog, LoadedCatalog
from kiosk.navigator import Answer, Aspect, Match
from kiosk.navigator.compose import service_key_line
from kiosk.navigator.textnorm import cjk_count
from kiosk.ui import theme
from kiosk.ui.bridge import Bridge
from kiosk.ui.context import AppContext
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.overlay import IdleCountdown, OverlayHost
from kiosk.ui.screens.answer import AnswerScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.chooser import ChooserScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.map_screen import MapScreen
from kiosk.ui.service_card import service_location, service_windows
from kiosk.ui.text import loc, tr
from kiosk.ui.translations import Translations, shared_translations
from kiosk.ui.widgets import ElidedLabel, PlainLabel, VoiceButton, button

_LOGGER = logging.getLogger(__name__)

SCREENS = ("attract", "home", "answer", "chooser", "map")


class MainWindow(QWidget):
    """The kiosk window.

    Signals:
        question_submitted(str), answer_shown(object), ticket_requested(str),
        guide_print_requested(str), voice_requested(), speech_stop_requested(), staff_requested(),
        admin_requested(), visit_started(), visit_ended(), language_changed(str),
        elderly_mode_changed(bool), screen_changed(str).
    """

    question_submitted = Signal(str)
    answer_shown = Signal(object)
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

    def __init__(self, context: AppContext, translations: Translations | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("HallGuide 智能导办")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#MainWindow { background: #f5f7fa; }")
        self.context = context
        self.settings = context.settings
        self.translations = translations or shared_translations()
        self.bridge = Bridge(self)
        self._language = self.settings.ui.language
        self._elderly = self.settings.ui.elderly_mode
        self._portrait: bool | None = None
        self._history: list[str] = []
        self._generation = 0
        self._current_answer: Answer | None = None
        self._assistant_state = "idle"
        self._admin_gesture = TapGesture()
        self._in_visit = False
        self._chips: dict[str, QLabel] = {}
        self.countdown_tick_ms = 1000
        """One countdown step (tests shorten it)."""

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_top_bar())
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        root.addWidget(self.stack, 1)
        root.addWidget(self._build_bottom_bar())

        self.screens: dict[str, QWidget] = {
            "attract": AttractScreen(self),
            "home": HomeScreen(self),
            "answer": AnswerScreen(self),
            "chooser": ChooserScreen(self),
            "map": MapScreen(self),
        }
        for widget in self.screens.values():
            # a page never makes the window taller than the screen: long content scrolls instead
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(widget)
        self.attract.clicked.connect(self.start_visit)

        self.overlay = OverlayHost(self, "overlay")
        self.idle_overlay = OverlayHost(self, "idleOverlay")
        self.idle = IdleWatcher(self.settings.ui.idle_timeout_s, self._on_idle, self)
        QApplication.instance().installEventFilter(self.idle)

        self.translations.install(self._language)
        self._dirty: set[str] = set(self.screens)
        self._apply_style()
        self._apply_layout(force=True)
        self.retranslate()
        self._go("attract", push=False)

    # -- convenience -------------------------------------------------------------------------------
    @property
    def loaded(self) -> LoadedCatalog:
        """The catalog in use (with its path, for floor plans)."""
        return self.context.catalog_store.current

    @property
    def catalog(self) -> Catalog:
        """The catalog model in use."""
        return self.loaded.catalog

    @property
    def attract(self) -> AttractScreen:
        """The attract screen."""
        return self.screens["attract"]  # type: ignore[return-value]

    @property
    def home(self) -> HomeScreen:
        """The home screen."""
        return self.screens["home"]  # type: ignore[return-value]

    @property
    def answer_screen(self) -> AnswerScreen:
        """The answer screen."""
        return self.screens["answer"]  # type: ignore[return-value]

    @property
    def chooser(self) -> ChooserScreen:
        """The chooser screen."""
        return self.screens["chooser"]  # type: ignore[return-value]

    @property
    def map_screen(self) -> MapScreen:
        """The map screen."""
        return self.screens["map"]  # type: ignore[return-value]

    @property
    def current_screen(self) -> str:
        """Name of the screen on top."""
        widget = self.stack.currentWidget()
        return next((k for k, v in self.screens.items() if v is widget), "")

    @property
    def current_answer(self) -> Answer | None:
        """The Answer on screen, or None."""
        return self._current_answer

    @property
    def language(self) -> str:
        """"zh" or "en"."""
        return self._language

    @property
    def elderly_mode(self) -> bool:
        """True in the large-text mode."""
        return self._elderly

    # -- chrome ------------------------------------------------------------------------------------
    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        self.top_bar = bar
        row = QHBoxLayout(bar)
        row.setContentsMargins(32, 10, 0, 10)
        row.setSpacing(14)
        self.hall_name = ElidedLabel()
        self.hall_name.setObjectName("hallName")
        row.addWidget(self.hall_name, 1)
        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(8)
        row.addLayout(self.chip_row)
        self.language_button = button("languageButton")
        self.language_button.clicked.connect(self._toggle_language)
        self.large_button = button("largeTextButton")
        self.large_button.setCheckable(True)
        self.large_button.clicked.connect(lambda: self.set_elderly_mode(not self._elderly))
        self.staff_button = button("staffButton", "staff")
        self.staff_button.clicked.connect(self.staff_requested)
        for b in (self.language_button, self.large_button, self.staff_button):
            row.addWidget(b)
        corner = QWidget()
        corner.setObjectName("adminCorner")
        corner.setFixedSize(90, 80)
        corner.installEventFilter(self)
        self.admin_corner = corner
        row.addWidget(corner)
        return bar

    def _build_bottom_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("bottomBar")
        self.bottom_bar = bar
        row = QHBoxLayout(bar)
        row.setContentsMargins(32, 10, 32, 10)
        row.setSpacing(14)
        self.back_button = button("backButton")
        self.back_button.clicked.connect(self.back)
        self.home_button = button("homeButton")
        self.home_button.clicked.connect(self.go_home)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        self.subtitle = PlainLabel(role="muted")
        self.subtitle.setObjectName("subtitleLabel")
        row.addWidget(self.subtitle, 1)
        self.stop_button = button("stopSpeakingButton")
        self.stop_button.clicked.connect(self.speech_stop_requested)
        self.stop_button.hide()
        row.addWidget(self.stop_button)
        self.mic_button = VoiceButton("micButton", 84)
        self.mic_button.clicked.connect(self.voice_requested)
        row.addWidget(self.mic_button)
        self.end_button = button("endVisitButton")
        self.end_button.clicked.connect(self.end_visit)
        row.addWidget(self.end_button)
        return bar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The hidden admin gesture: 5 taps on the top-right corner within 3 s.

        Quick taps reach the widget as press, double-click, press, double-click, press: both count.
        """
        kind = event.type()
        if watched is self.admin_corner and kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._admin_gesture.tap(event.timestamp() / 1000.0):
                self.admin_requested.emit()
            return True
        return super().eventFilter(watched, event)

    # -- navigation ------------------------------------------------------------------------------
    def _go(self, name: str, push: bool = True) -> None:
        current = self.current_screen
        if push and current and current != name and current != "attract":
            self._history.append(current)
        self.ensure_fresh(name)
        self.stack.setCurrentWidget(self.screens[name])
        chrome = name != "attract"
        self.bottom_bar.setVisible(chrome)
        self.back_button.setVisible(chrome)
        self.home_button.setVisible(chrome)
        self.end_button.setVisible(chrome)
        self.mic_button.setVisible(chrome and name != "home")
        self.back_button.setEnabled(bool(self._history) or name not in ("home",))
        self.screen_changed.emit(name)

    def back(self) -> None:
        """Previous screen (home when there is none)."""
        self.touch()
        target = self._history.pop() if self._history else "home"
        self._go(target, push=False)

    def go_home(self) -> None:
        """The home screen."""
        self._history.clear()
        self._go("home", push=False)

    def start_visit(self) -> None:
        """Attract → home: a visitor arrived."""
        if not self._in_visit:
            self._in_visit = True
            self.idle.arm()
            self.visit_started.emit()
        if self.current_screen == "attract":
            self.go_home()

    def end_visit(self) -> None:
        """Wipe everything of the visit and return to the attract screen."""
        self._generation += 1
        self.idle.disarm()
        self.idle_overlay.close_panel()
        self.overlay.close_panel()
        self._current_answer = None
        self._history.clear()
        self.home.wipe()
        self.answer_screen.wipe()
        self.chooser.wipe()
        self.map_screen.wipe()
        self.subtitle.clear()
        self.stop_button.hide()
        conversation = self.context.conversation
        conversation.clear()
        self.context.submit(conversation.clear)  # also after any question still running
        self.set_assistant_state("idle")
        if self._elderly != self.settings.ui.elderly_mode:
            self.set_elderly_mode(self.settings.ui.elderly_mode)
        if self._language != self.settings.ui.language:
            self.set_language(self.settings.ui.language)
        self._go("attract", push=False)
        was = self._in_visit
        self._in_visit = False
        if was:
            self.visit_ended.emit()

    # -- answering ---------------------------------------------------------------------------------
    def submit_question(self, text: str) -> None:
        """Answer ``text`` as if typed (used by voice too). Runs the navigator off the GUI thread."""
        text = text.strip()
        if not text:
            return
        self.start_visit()
        self.touch()
        self.question_submitted.emit(text)
        if self._assistant_state in ("idle", "listening"):
            self.set_assistant_state("thinking")
        generation = self._generation
        future = self.context.submit(lambda: self.context.navigator.ask(text, self.context.conversation))
        future.add_done_callback(lambda f: self.bridge.post(lambda: self._on_answer(generation, text, f)))

    def _on_answer(self, generation: int, text: str, future: Future) -> None:
        if generation != self._generation:
            return  # the visit ended meanwhile
        if self._assistant_state == "thinking":
            self.set_assistant_state("idle")
        try:
            answer = future.result()
        except Exception:  # noqa: BLE001 - nothing crashes the kiosk
            _LOGGER.exception("navigator failed")
            self.status_bar_message("navigator", tr("Answers limited: please ask staff"))
            answer = Answer(query=text, matches=[], answer=tr("Sorry, I could not look that up."), handoff=True,
                            language=self._language)  # type: ignore[arg-type]
        self._follow_question_language(text, answer)
        self.show_answer(answer)

    def _follow_question_language(self, text: str, answer: Answer) -> None:
        """A question in English turns the screen to English (and Chinese back to Chinese).

        Only a question that reads as English (understood, or several English words) does so: a stray
        "zzqxv" or a window id must not flip the screen of a Chinese-speaking visitor.
        """
        if answer.language == "en" and self._language == "zh":
            if not answer.handoff or len(re.findall(r"[A-Za-z]{2,}", text)) >= 2:
                self.set_language("en")
        elif self._language == "en" and cjk_count(text) > 0:
            self.set_language("zh")

    def show_answer(self, answer: Answer) -> None:
        """Show a navigator answer on the right screen and emit ``answer_shown``."""
        self._current_answer = answer
        for name in ("answer", "chooser", "map"):
            self.ensure_fresh(name)
        if answer.handoff or answer.off_topic:
            self.answer_screen.show_answer(answer, None)
            self._go("answer")
        elif len(answer.services) > 1:
            self.chooser.show_services(answer.query, answer.services)
            self._go("chooser")
        elif answer.services:
            self.answer_screen.show_answer(answer, answer.services[0])
            self._go("answer")
        elif answer.places:
            self.map_screen.show_places(answer.places, answer.answer)
            self._go("map")
        else:
            self.answer_screen.show_answer(answer, None)
            self._go("answer")
        self.answer_shown.emit(answer)

    def show_service(self, service_id: str, query: str | None = None) -> None:
        """Show a service's card (tile, chooser or suggestion tap)."""
        self.touch()
        service = self.catalog.service(service_id)
        if service is None:
            return
        lang = self._language
        name = loc(service, "name", lang)
        where = tr("Please go to window {0} ({1}).").format(service_windows(self.catalog, service),
                                                            service_location(self.catalog, service, lang))
        answer = Answer(query=query or name, matches=[Match(service.id, service.name, "service", 1.0)],
                        answer=where, handoff=False, language=lang,  # type: ignore[arg-type]
                        services=[service],
                        key_line=service_key_line(self.catalog, service, Aspect.GENERAL, lang))  # type: ignore[arg-type]
        self.show_answer(answer)

    def show_place(self, place_id: str) -> None:
        """Show a hall facility on the map (home tile)."""
        self.touch()
        place = self.catalog.place(place_id)
        if place is None:
            return
        self.ensure_fresh("map")
        self.map_screen.show_places([place])
        self._go("map")

    def show_service_map(self, service_id: str) -> None:
        """The route to the service's window."""
        self.touch()
        service = self.catalog.service(service_id)
        if service is not None:
            self.ensure_fresh("map")
            self.map_screen.show_service(service)
            self._go("map")

    # -- language and mode ------------------------------------------------------------------------
    def _toggle_language(self) -> None:
        self.set_language("en" if self._language == "zh" else "zh")

    def set_language(self, language: str) -> None:
        """Switch every text on screen (UI strings and catalog text) to ``language``."""
        if language not in ("zh", "en") or language == self._language:
            return
        self._language = language
        self.translations.install(language)
        self.retranslate()
        self.language_changed.emit(language)

    def set_elderly_mode(self, on: bool) -> None:
        """Large text, higher contrast, fewer tiles."""
        if on == self._elderly:
            return
        self._elderly = on
        self._apply_style()
        self.retranslate()
        self.elderly_mode_changed.emit(on)

    def _apply_style(self) -> None:
        """Restyle the chrome now; screens are restyled when next shown (keeps the loop responsive)."""
        sheet = theme.stylesheet(self._elderly)
        for part in (self.top_bar, self.bottom_bar, self.overlay, self.idle_overlay):
            part.setStyleSheet(sheet)
        self.large_button.setChecked(self._elderly)

    def _apply_layout(self, force: bool = False) -> None:
        mode = self.settings.ui.orientation
        portrait = self.height() > self.width() if mode == "auto" else mode == "portrait"
        if not force and portrait == self._portrait:
            return
        self._portrait = portrait
        self._invalidate()

    def _invalidate(self) -> None:
        """Every screen must be refreshed; the visible one is refreshed at once, the others lazily."""
        if not hasattr(self, "screens"):
            return
        self._dirty = set(self.screens)
        current = self.current_screen
        if current:
            self._refresh(current)

    def _refresh(self, name: str) -> None:
        """Bring one screen up to date with the style, orientation and language."""
        screen = self.screens[name]
        key = (self._elderly, bool(self._portrait), self._language)
        if screen.property("styled_large") != self._elderly:
            screen.setStyleSheet(theme.stylesheet(self._elderly))
            screen.setProperty("styled_large", self._elderly)
        screen.apply_mode(self._elderly, bool(self._portrait))
        screen.retranslate()
        screen.setProperty("refresh_key", str(key))
        self._dirty.discard(name)

    def prewarm(self) -> None:
        """Lay out and paint the hidden screens once off-screen, one per event-loop turn, so that the
        first tap on each does not pay for styling and layout (call when the attract screen is up)."""
        from PySide6.QtCore import QTimer

        pending = [n for n in ("home", "answer", "map", "chooser") if n != self.current_screen]

        def step() -> None:
            if not pending:
                return
            name = pending.pop(0)
            if self.current_screen != name:
                self.ensure_fresh(name)
                screen = self.screens[name]
                screen.resize(self.stack.size())
                screen.grab()
            QTimer.singleShot(15, step)

        QTimer.singleShot(0, step)

    def ensure_fresh(self, name: str) -> None:
        """Refresh ``name`` now if a language/mode change left it stale."""
        if name in self._dirty:
            self._refresh(name)

    @property
    def portrait(self) -> bool:
        """True when the portrait layout is in use."""
        return bool(self._portrait)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Adapt the layouts to the orientation; keep overlays full size."""
        super().resizeEvent(event)
        self._apply_layout()
        for host in (self.overlay, self.idle_overlay):
            host.setGeometry(self.rect())

    def retranslate(self) -> None:
        """Set every UI string in the current language (the visible screen now, the others lazily)."""
        self.hall_name.setText(loc(self.catalog.hall, "name", self._language))
        self.language_button.setText("English" if self._language == "zh" else "中文")
        self.large_button.setText(("✓ " if self._elderly else "") + tr("Large text"))
        self.staff_button.setText(tr("Call staff"))
        self.back_button.setText(tr("← Back"))
        self.home_button.setText(tr("Home"))
        self.end_button.setText(tr("Finish"))
        self.stop_button.setText(tr("■ Stop speaking"))
        self.mic_button.setToolTip(tr("Speak"))
        self._invalidate()

    # -- contract: voice, status, overlays ------------------------------------------------------------
    def set_assistant_state(self, state: str) -> None:
        """"idle" | "listening" | "thinking" | "speaking" | "error"."""
        self._assistant_state = state
        self.attract.figure.set_state(state)
        self.home.figure.set_state(state)
        self.home.set_state(state)
        listening = state == "listening"
        for mic in (self.home.voice, self.mic_button):
            mic.listening = listening
            mic.update()
        self.home.level.setVisible(listening)
        self.stop_button.setVisible(state == "speaking")

    def set_transcript(self, text: str, final: bool) -> None:
        """Live speech transcript: shown in the question field."""
        self.touch()
        self.home.question.setText(text)
        if self.current_screen != "home":
            self.subtitle.setText(text)

    def set_input_level(self, level: float) -> None:
        """Microphone level 0..1 while listening."""
        self.home.level.setValue(int(max(0.0, min(1.0, level)) * 100))
        self.home.voice.set_level(level)
        self.mic_button.set_level(level)

    def set_subtitle(self, text: str) -> None:
        """What is being spoken (plain text)."""
        self.subtitle.setText(text)

    def set_voice_available(self, ok: bool, reason: str) -> None:
        """Enable/disable the microphone buttons with a plain-words reason."""
        self.home.set_voice_available(ok, reason)
        self.mic_button.setEnabled(ok)
        self.mic_button.setToolTip(reason if not ok else tr("Speak"))

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
        chip = self._chips.get(key)
        if text is None:
            if chip is not None:
                self.chip_row.removeWidget(chip)
                chip.deleteLater()
                del self._chips[key]
            return
        if chip is None:
            chip = PlainLabel(role="chip")
            chip.setObjectName(f"chip_{key}")
            chip.setWordWrap(False)
            self._chips[key] = chip
            self.chip_row.addWidget(chip)
            chip.show()
        chip.setText("⚠ " + text)

    # -- idle -----------------------------------------------------------------------------------------
    def _on_idle(self) -> None:
        if not self._in_visit or self.idle_overlay.widget is not None:
            return
        panel = IdleCountdown(int(self.settings.ui.idle_countdown_s), self.countdown_tick_ms)
        panel.continued.connect(self._continue_visit)
        panel.expired.connect(self.end_visit)
        self.idle_overlay.open(panel)

    def _continue_visit(self) -> None:
        self.idle_overlay.close_panel()
        self.idle.touch()
