"""The home screen: ask (type or speak) or tap a popular service or a hall facility."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import CatalogStore, Service
from kiosk.ui import input_method
from kiosk.ui.assistant_figure import AssistantFigure
from kiosk.ui.route import is_connector
from kiosk.ui.service_card import service_location
from kiosk.ui.text import loc, tr, tr_both
from kiosk.ui.widgets import PlainLabel, TileButton, VoiceButton, button, scroller
from kiosk.visit import Visit
from kiosk.visit.turn import MAX_QUESTION

_W = TypeVar("_W", bound=QWidget)


class HomeScreen(QWidget):
    """Question field, the large voice button and the service/facility tiles.

    Signals:
        question_asked(str): 提问 tapped (or Enter) with text; question_edited(str): the visitor
        typed in the field; voice_clicked(): the microphone; service_tapped(str), place_tapped(str):
        a tile (its id).
    """

    question_asked = Signal(str)
    question_edited = Signal(str)
    voice_clicked = Signal()
    service_tapped = Signal(str)
    place_tapped = Signal(str)

    def __init__(self, catalog_store: CatalogStore, visit: Visit, popular: Sequence[str] = ()) -> None:
        super().__init__()
        self._store, self._visit, self._popular_ids = catalog_store, visit, tuple(popular)
        self._state = "idle"
        self.setObjectName("homeScreen")
        self.setProperty("screen", True)
        self._large = False
        self._portrait = False
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(40, 24, 40, 16)
        self.box.setSpacing(36)

        ask = QWidget()
        ask.setObjectName("askPanel")
        self.ask_panel = ask
        col = QVBoxLayout(ask)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(16)
        top = QHBoxLayout()
        self.figure = AssistantFigure(150)
        top.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        self.greeting = PlainLabel(role="title")
        self.greeting.setObjectName("homeGreeting")
        top.addWidget(self.greeting, 1)
        col.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.question = QLineEdit()
        self.question.setObjectName("questionField")
        self.question.setMaxLength(MAX_QUESTION)  # what a turn reads; at the limit the field says so
        self.question.returnPressed.connect(self._send)
        self.question.textEdited.connect(self.question_edited)
        row.addWidget(self.question, 1)
        self.clear_button = button("clearQuestion")
        self.clear_button.setText("×")
        self.clear_button.setAccessibleName(tr_both("BilingualScreensHome", "Clear"))
        self.clear_button.setFixedWidth(84)
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.hide()
        self.question.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        row.addWidget(self.clear_button)
        self.send = button("sendButton", "primary")
        self.send.clicked.connect(self._send)
        row.addWidget(self.send)
        col.addLayout(row)
        self.limit_hint = PlainLabel(role="muted")
        self.limit_hint.setObjectName("questionLimit")
        self.limit_hint.hide()
        self.question.textChanged.connect(self._show_limit)
        col.addWidget(self.limit_hint)
        self.voice = VoiceButton("voiceButton", 210)
        self.voice.clicked.connect(self.voice_clicked)
        col.addWidget(self.voice, 0, Qt.AlignmentFlag.AlignHCenter)
        self.level = QProgressBar()
        self.level.setObjectName("inputLevel")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumWidth(260)
        self.level.hide()
        col.addWidget(self.level, 0, Qt.AlignmentFlag.AlignHCenter)
        self.voice_hint = PlainLabel(role="muted")
        self.voice_hint.setObjectName("voiceHint")
        self.voice_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.voice_hint)
        col.addStretch(1)
        self.privacy = PlainLabel(role="muted")
        self.privacy.setObjectName("homePrivacyNotice")
        col.addWidget(self.privacy)
        self.box.addWidget(ask, 0)

        self.tiles_inner = QWidget()
        self.tiles = QVBoxLayout(self.tiles_inner)
        self.tiles.setContentsMargins(0, 0, 12, 0)
        self.tiles.setSpacing(12)
        self.tiles_area = scroller(self.tiles_inner, "tilesArea")
        self.box.addWidget(self.tiles_area, 1)
        self._voice_reason = ""
        self._cache: dict[str, QWidget] = {}

    # -- behaviour -------------------------------------------------------------------------------
    def _send(self) -> None:
        text = input_method.committed_text(self.question).strip()  # with the pinyin still being typed
        if text:
            self.question.clear()  # the question is shown with its answer; the next one starts empty
            self.question_asked.emit(text)

    def _clear(self) -> None:
        self.question.clear()
        self.question_edited.emit("")
        self.question.setFocus()

    def set_voice_available(self, ok: bool, reason: str) -> None:
        """Enable/disable the microphone with a plain-words reason."""
        self.voice.setEnabled(ok)
        self._voice_reason = "" if ok else reason
        self.retranslate_voice()

    def set_state(self, state: str) -> None:
        """Say in words what the assistant is doing (never by colour or motion alone)."""
        self._state = state
        self.figure.set_state(state)
        self.voice.listening = state == "listening"
        self.voice.update()
        self.level.setVisible(state == "listening")
        self.retranslate_voice()

    def set_transcript(self, text: str) -> None:
        """The live speech transcript, in the question field (the visitor may correct it)."""
        self.question.setText(text)

    def set_input_level(self, level: float) -> None:
        """Microphone level 0..1 while listening."""
        self.level.setValue(int(max(0.0, min(1.0, level)) * 100))
        self.voice.set_level(level)

    def retranslate_voice(self) -> None:
        """The hint under the microphone."""
        state = self._state
        if self._voice_reason:
            self.voice_hint.setText(self._voice_reason)
        elif state == "listening":
            self.voice_hint.setText(tr("Listening… please speak now"))
        elif state == "thinking":
            self.voice_hint.setText(tr("Looking it up…"))
        elif state == "speaking":
            self.voice_hint.setText(tr("Speaking… tap the microphone to interrupt"))
        elif state == "error":
            self.voice_hint.setText(tr("Sorry, that did not work. Please try again or type your question."))
        else:
            self.voice_hint.setText(tr("Tap the microphone and say what you need, e.g. \"I lost my ID card\""))

    # -- texts and layout -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set texts and rebuild the tiles in the current language."""
        self.greeting.setText(tr("Hello! What would you like to do today?"))
        self.question.setPlaceholderText(tr("Type your question, e.g. \"replace my ID card\""))
        self.send.setText(tr("Ask"))
        self.voice.setText(tr("Speak"))
        self.privacy.setText(tr("Privacy: no recordings are kept; questions are kept without personal details, for "
                                "hall staff only; the screen is cleared after you leave."))
        self.retranslate_voice()
        self._show_limit(self.question.text())
        self._build_tiles()

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Stack vertically in portrait; fewer, bigger tiles in large-text mode."""
        self._large, self._portrait = large, portrait
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.ask_panel.setFixedWidth(16777215 if portrait else (720 if large else 620))
        self.voice.set_diameter(240 if large else 210)
        self.figure.set_size(170 if large else 150)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Above the on-screen keyboard (kiosk.ui.keyboard_room) the field stays whole: mic and notes step
        aside, and where even the figure and greeting leave the field too little room, they do too."""
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Fit the height it is shown at."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        shown = self.isVisible()
        roomy = self.height() >= 560 or not shown
        self.voice.setVisible(roomy)
        self.voice_hint.setVisible(roomy)
        margins, spacing = self.box.contentsMargins(), cast(QBoxLayout, self.ask_panel.layout()).spacing()
        field = max(self.question.sizeHint().height(), self.send.sizeHint().height())
        spare = self.height() - margins.top() - margins.bottom() - field - spacing
        if self._portrait:  # the tiles share the column: keep them a row
            spare -= self.box.spacing() + self.tiles_area.minimumSizeHint().height()
        greeting = self.greeting.heightForWidth(max(1, self.greeting.width()))
        self.figure.setVisible(not shown or spare >= max(self.figure.sizeHint().height(), greeting))
        self.greeting.setVisible(not shown or spare >= greeting)
        self.privacy.setVisible(roomy and not self._portrait)

    def _popular(self, per_department: int, limit: int) -> list[Service]:
        """The configured popular services, else the first few of each department (catalog order)."""
        catalog = self._store.current.catalog
        wanted = self._popular_ids
        services = [s for s in (catalog.service(i) for i in wanted) if s is not None] if wanted else []
        if services:
            return services[:limit]
        counts: dict[str, int] = {}
        picked = []
        for service in catalog.services:
            if counts.get(service.department, 0) < per_department:
                counts[service.department] = counts.get(service.department, 0) + 1
                picked.append(service)
        return picked[:limit]

    def forget_tiles(self) -> None:
        """Drop every tile and heading (another catalog is in use: its tiles are made at the next rebuild)."""
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            assert item is not None  # count() > 0
            if item.layout() is not None:
                _release_layout(item.layout())
        for widget in self._cache.values():
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._cache.clear()

    def _cached(self, name: str, make: Callable[..., _W]) -> _W:
        """A tile/heading kept between rebuilds (re-creating and re-styling widgets is the slow part)."""
        widget = self._cache.get(name)
        if widget is None:
            widget = make()
            self._cache[name] = widget
        return cast(_W, widget)  # each name is always made by the same factory

    def _service_tile(self, service: Service) -> TileButton:
        tile = TileButton(f"tile_{service.id}")
        tile.clicked.connect(lambda _=False, sid=service.id: self.service_tapped.emit(sid))
        return tile

    def _place_tile(self, place_id: str) -> TileButton:
        tile = TileButton(f"place_{place_id}")
        tile.clicked.connect(lambda _=False, pid=place_id: self.place_tapped.emit(pid))
        return tile

    def _build_tiles(self) -> None:
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            assert item is not None  # count() > 0
            if item.layout() is not None:
                _release_layout(item.layout())
        for widget in self._cache.values():
            widget.hide()
        lang = self._visit.language
        catalog = self._store.current.catalog
        columns = 2 if (self._large or self._portrait) else 3
        per_department = 2 if (self._large or self._portrait) else 3
        limit = 8 if self._large else (12 if self._portrait else 15)
        services = self._popular(per_department, limit)
        groups: dict[str, list[Service]] = {}
        for s in services:
            groups.setdefault(s.department, []).append(s)
        for dept_id, items in groups.items():
            dept = catalog.department(dept_id)
            heading = self._cached(f"dept_{dept_id}", lambda: PlainLabel(role="section"))
            heading.setText(loc(dept, "name", lang) if dept else dept_id)
            self.tiles.addWidget(heading)
            heading.show()
            grid = QGridLayout()
            grid.setSpacing(12)
            for i, service in enumerate(items):
                tile = self._cached(f"tile_{service.id}", lambda s=service: self._service_tile(s))
                tile.set_texts(loc(service, "name", lang), service_location(catalog, service, lang))
                tile.setMinimumHeight(150 if self._large else 120)
                grid.addWidget(tile, i // columns, i % columns)
                tile.show()
            for c in range(columns):
                grid.setColumnStretch(c, 1)
            self.tiles.addLayout(grid)
        places = [p for p in catalog.places if not is_connector(p)][: (4 if self._large else 8)]
        if places:
            facilities = self._cached("facilities", lambda: PlainLabel(role="section"))
            facilities.setText(tr("Hall facilities"))
            self.tiles.addWidget(facilities)
            facilities.show()
            grid = QGridLayout()
            grid.setSpacing(12)
            pcols = columns + (0 if self._large else 1)
            for i, place in enumerate(places):
                floor = catalog.floor(place.floor)
                tile = self._cached(f"place_{place.id}", lambda pid=place.id: self._place_tile(pid))
                tile.set_texts(loc(place, "name", lang), loc(floor, "name", lang) if floor else place.floor)
                tile.setMinimumHeight(110 if self._large else 96)
                grid.addWidget(tile, i // pcols, i % pcols)
                tile.show()
            for c in range(pcols):
                grid.setColumnStretch(c, 1)
            self.tiles.addLayout(grid)
        self.tiles.addStretch(1)

    def _show_limit(self, text: str) -> None:
        """At the field's limit, say that nothing more is taken (it used to cut long text silently)."""
        full = len(text) >= self.question.maxLength()
        if full:
            self.limit_hint.setText(tr("That is as long as a question can be (%1 characters): please ask one thing "
                                       "at a time.").replace("%1", str(self.question.maxLength())))
        self.limit_hint.setVisible(full)

    def wipe(self) -> None:
        """Forget the visitor's typing."""
        self.question.clear()
        self.level.setValue(0)
        self.level.hide()


def _release_layout(layout) -> None:
    """Empty a layout without deleting its widgets (they are cached), then delete the layout."""
    while layout.count():
        item = layout.takeAt(0)
        if item.layout() is not None:
            _release_layout(item.layout())
    layout.deleteLater()
