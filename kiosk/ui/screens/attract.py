"""The attract screen: hall name, the assistant figure, "tap or speak to start", privacy notice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.catalog import CatalogStore
from kiosk.messages import other_language
from kiosk.ui.assistant_figure import AssistantFigure
from kiosk.ui.text import loc, tr, tr_in
from kiosk.ui.widgets import Clickable, PlainLabel
from kiosk.visit import Visit

_IDLE_WORDS = {
    "minute": QT_TRANSLATE_NOOP("AttractScreen", "a minute"),
    "minutes": QT_TRANSLATE_NOOP("AttractScreen", "{n} minutes"),
    "seconds": QT_TRANSLATE_NOOP("AttractScreen", "{n} seconds"),
}


def idle_words(seconds: float, language: str) -> str:
    """How long without use before the screen is cleared, in words: 一分钟 / a minute, 90 秒 / 90 seconds."""
    whole = round(seconds)
    if whole == 60:
        return tr_in(language, "AttractScreen", str(_IDLE_WORDS["minute"]))
    if whole % 60 == 0:
        return tr_in(language, "AttractScreen", str(_IDLE_WORDS["minutes"])).format(n=whole // 60)
    return tr_in(language, "AttractScreen", str(_IDLE_WORDS["seconds"])).format(n=whole)


class AttractScreen(Clickable):
    """Shown between visits; a tap anywhere starts a visit (``clicked``)."""

    def __init__(self, catalog_store: CatalogStore, visit: Visit) -> None:
        super().__init__()
        self._store, self._visit = catalog_store, visit
        self.setObjectName("attractScreen")
        self.setProperty("screen", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(18)
        layout.addStretch(2)
        self.hall = PlainLabel(role="headline")
        self.hall.setObjectName("attractHallName")
        self.hall_en = PlainLabel(role="muted")
        self.figure = AssistantFigure(340)
        self.prompt = PlainLabel(role="headline")
        self.prompt.setObjectName("attractPrompt")
        self.prompt_en = PlainLabel(role="title")
        self.privacy = PlainLabel(role="muted")
        self.privacy.setObjectName("privacyNotice")
        self.idle_timeout_s = 60.0
        """The settings' ``ui.idle_timeout_s``, said in the privacy notice (the window sets it)."""
        for w in (self.hall, self.hall_en, self.figure, self.prompt, self.prompt_en):
            if isinstance(w, PlainLabel):  # full width, text centred: a centred item got its height for the
                w.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # whole width, one line, and lost its second
                layout.addWidget(w)  # line ("…Service Hall, Shenzhen", Xvfb walk 10, defect 11)
            else:
                layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.privacy)

    def retranslate(self) -> None:
        """Set texts; the call to action is always bilingual (the language is not chosen yet)."""
        hall, language = self._store.current.catalog.hall, self._visit.language
        self.hall.setText(loc(hall, "name", language))
        other = other_language(language)
        second = loc(hall, "name", other)
        self.hall_en.setText(second if second != self.hall.text() else "")
        self.prompt.setText("点击屏幕或说话开始")
        self.prompt_en.setText("Tap the screen or speak to start")
        self.privacy.setText(tr(  # what kiosk.insights keeps: masked questions, no audio (issue 21 of walk 10)
            "Privacy: no recordings are kept. Your questions are kept with personal details (names, ID and phone "
            "numbers) removed, only for the hall staff's statistics and calls for help. Everything on screen is "
            "erased when you leave or after %1 without use.").replace(
                "%1", idle_words(self.idle_timeout_s, self._visit.language)))

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Bigger figure in portrait, where there is room."""
        self.figure.set_size(420 if portrait else (260 if large else 320))

    def set_state(self, state: str) -> None:
        """The assistant figure's state."""
        self.figure.set_state(state)
