"""Several services match: the visitor chooses among short cards instead of the kiosk guessing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog import Service
from kiosk.ui.service_card import service_location
from kiosk.ui.text import loc, tr
from kiosk.ui.widgets import PlainLabel, TileButton, discard, scroller

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow


class ChooserScreen(QWidget):
    """A list of matching services as big cards."""

    def __init__(self, host: MainWindow) -> None:
        super().__init__()
        self.host = host
        self.setObjectName("chooserScreen")
        self.setProperty("screen", True)
        self.query = ""
        self.services: list[Service] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 24, 60, 16)
        outer.setSpacing(16)
        self.question = PlainLabel(role="muted")
        self.question.setObjectName("chooserQuestion")
        outer.addWidget(self.question)
        self.title = PlainLabel(role="title")
        outer.addWidget(self.title)
        inner = QWidget()
        self.list = QVBoxLayout(inner)
        self.list.setContentsMargins(0, 0, 12, 0)
        self.list.setSpacing(14)
        outer.addWidget(scroller(inner, "chooserArea"), 1)

    def show_services(self, query: str, services: list[Service]) -> None:
        """Offer ``services`` for ``query``."""
        self.query = query
        self.services = list(services)
        self._render()

    def _render(self) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())
        lang = self.host.language
        self.question.setText(tr("You asked: {0}").format(self.query) if self.query else "")
        for service in self.services:
            tile = TileButton(f"choice_{service.id}")
            detail = " · ".join(t for t in (loc(service, "summary", lang),
                                            service_location(self.host.catalog, service, lang)) if t)
            tile.set_texts(loc(service, "name", lang), detail)
            tile.clicked.connect(lambda _=False, sid=service.id: self.host.show_service(sid, query=self.query))
            self.list.addWidget(tile)
            tile.show()
        self.list.addStretch(1)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(tr("Several services match. Please choose one:"))
        self._render()

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Nothing to rearrange: one column fits both orientations."""

    def wipe(self) -> None:
        """Forget the visitor's question and choices."""
        self.query = ""
        self.services = []
        self._render()

