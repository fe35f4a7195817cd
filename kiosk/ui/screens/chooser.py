"""A short choice instead of a dead end: "您是不是要办：" (with a place among them "您是不是要找：") the offered
entries as big cards, and "都不是，找工作人员". A picker may later mark one card "likely"; the cards never move."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog import CatalogStore
from kiosk.navigator import Match
from kiosk.ui.service_card import service_location
from kiosk.ui.text import loc, tr
from kiosk.ui.widgets import PlainLabel, TileButton, button, discard, scroller
from kiosk.visit import Visit


class ChooserScreen(QWidget):
    """The offered services and places, best first, as big cards.

    Signals:
        service_chosen(str, str): a service card was tapped (service id, the question).
        place_chosen(str): a place card was tapped.
        staff_requested(): "none of these" — call staff.
    """

    service_chosen = Signal(str, str)
    place_chosen = Signal(str)
    staff_requested = Signal()

    def __init__(self, catalog_store: CatalogStore, visit: Visit) -> None:
        super().__init__()
        self._store, self._visit = catalog_store, visit
        self.setObjectName("chooserScreen")
        self.setProperty("screen", True)
        self.query = ""
        self.entries: list[Match] = []
        self.likely: str | None = None
        self.cards: dict[str, TileButton] = {}
        self._badges: dict[str, PlainLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 24, 60, 16)
        outer.setSpacing(16)
        self.question = PlainLabel(role="muted")
        self.question.setObjectName("chooserQuestion")
        outer.addWidget(self.question)
        self.title = PlainLabel(role="title")
        self.title.setObjectName("chooserTitle")
        outer.addWidget(self.title)
        inner = QWidget()
        self.list = QVBoxLayout(inner)
        self.list.setContentsMargins(0, 0, 12, 0)
        self.list.setSpacing(14)
        outer.addWidget(scroller(inner, "chooserArea"), 1)
        self.none_button = button("noneOfTheseButton", "staff")
        self.none_button.clicked.connect(self.staff_requested)
        outer.addWidget(self.none_button)

    def show_choice(self, query: str, entries: Sequence[Match]) -> None:
        """Offer ``entries`` (best first) for ``query``; no card is marked likely yet."""
        self.query = query
        self.entries = [m for m in entries if self._known(m)]
        self.likely = None
        self._render()

    def mark_likely(self, match_id: str) -> None:
        """Mark one offered card as the likely one (in words, not by colour alone); order unchanged."""
        if match_id not in self.cards or match_id == self.likely:
            return
        self.likely = match_id
        for entry_id in self.cards:
            self._badge(entry_id, entry_id == match_id)

    def _known(self, match: Match) -> bool:
        catalog = self._store.current.catalog
        return (catalog.service(match.id) if match.kind == "service" else catalog.place(match.id)) is not None

    def _render(self) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        self.cards, self._badges = {}, {}
        catalog, lang = self._store.current.catalog, self._visit.language
        self.question.setText(tr("You asked: {0}").format(self.query) if self.query else "")
        # services are done ("办"), facilities are found ("找"): a choice with a place among it asks the latter
        services_only = all(m.kind == "service" for m in self.entries)
        self.title.setText(tr("Did you mean:") if services_only else tr("Are you looking for:"))
        for match in self.entries:
            tile = TileButton(f"choice_{match.id}")
            if match.kind == "service":
                service = catalog.service(match.id)
                assert service is not None
                detail = " · ".join(t for t in (loc(service, "summary", lang),
                                                service_location(catalog, service, lang)) if t)
                tile.set_texts(loc(service, "name", lang), detail)
                tile.clicked.connect(lambda _=False, sid=match.id: self.service_chosen.emit(sid, self.query))
            else:
                place = catalog.place(match.id)
                assert place is not None
                floor = catalog.floor(place.floor)
                tile.set_texts(loc(place, "name", lang), loc(floor, "name", lang) if floor else place.floor)
                tile.clicked.connect(lambda _=False, pid=match.id: self.place_chosen.emit(pid))
            badge = PlainLabel(tr("★ Most likely"), "badge")
            badge.setObjectName(f"likely_{match.id}")
            policy = badge.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the mark appears in place: no card moves under a finger
            badge.setSizePolicy(policy)
            badge.hide()
            badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            tile.title_row.addWidget(badge, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.cards[match.id], self._badges[match.id] = tile, badge
            self._badge(match.id, match.id == self.likely)
            self.list.addWidget(tile)
            tile.show()
        self.list.addStretch(1)

    def _badge(self, entry_id: str, on: bool) -> None:
        card = self.cards[entry_id]
        self._badges[entry_id].setVisible(on)
        card.setProperty("likely", on)
        card.style().unpolish(card)
        card.style().polish(card)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.none_button.setText(tr("None of these — ask staff"))
        self._render()

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Nothing to rearrange: one column fits both orientations."""

    def wipe(self) -> None:
        """Forget the visitor's question and choices."""
        self.query, self.entries, self.likely = "", [], None
        self._render()
