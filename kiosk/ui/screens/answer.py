"""The answer screen: the question, the composed answer, a typed follow-up field, the service card (or
the ask-staff card) and the extension area (the LLM answer view of the LLM area).

The follow-up field sits under the conversation, on every answer: without a microphone (none, or voice
turned off) a citizen could not ask "那要带什么材料？" without going back home (Xvfb walk 13). It is the
home screen's field again: the same limit, the same on-screen keyboard, Enter or 提问 sends it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.catalog import CatalogStore, Service
from kiosk.navigator import Answer
from kiosk.privacy import mask_for_screen
from kiosk.ui import input_method
from kiosk.ui.service_card import ServiceCard
from kiosk.ui.text import loc, tr
from kiosk.ui.widgets import PlainLabel, TileButton, button, card_frame, discard, scroller
from kiosk.visit import Visit
from kiosk.visit.answers import in_language
from kiosk.visit.turn import MAX_QUESTION


class AnswerScreen(QWidget):
    """Conversation on one side, the card (and extensions) on the other; stacked in portrait.

    Signals:
        map_requested(str), ticket_requested(str), guide_print_requested(str): the card's buttons
        (service id); service_chosen(str, str): a suggestion tapped (service id, question);
        staff_requested(): the ask-staff card's button; question_asked(str): a typed follow-up.
    """

    map_requested = Signal(str)
    ticket_requested = Signal(str)
    guide_print_requested = Signal(str)
    service_chosen = Signal(str, str)
    staff_requested = Signal()
    question_asked = Signal(str)

    actions: QWidget  # type: ignore[assignment]  # the button row deliberately shadows QWidget.actions()

    def __init__(self, catalog_store: CatalogStore, visit: Visit) -> None:
        super().__init__()
        self._store, self._visit = catalog_store, visit
        self._portrait = False
        self.setObjectName("answerScreen")
        self.setProperty("screen", True)
        self.answer: Answer | None = None
        self.service: Service | None = None
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(40, 24, 40, 16)
        self.box.setSpacing(32)

        conv_inner = QWidget()
        conv = QVBoxLayout(conv_inner)
        conv.setContentsMargins(0, 0, 8, 0)
        conv.setSpacing(16)
        self.question_bubble = PlainLabel(role="bubble-q")
        self.question_bubble.setObjectName("questionBubble")
        q_row = QHBoxLayout()
        q_row.addStretch(1)
        q_row.addWidget(self.question_bubble, 6)
        conv.addLayout(q_row)
        self.answer_text = PlainLabel(role="bubble-a")
        self.answer_text.setObjectName("answerText")
        conv.addWidget(self.answer_text)
        conv.addStretch(1)
        self.conv_area = scroller(conv_inner, "conversationArea")
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.setSpacing(14)
        lcol.addWidget(self.conv_area, 1)
        ask = QHBoxLayout()
        ask.setSpacing(12)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("followUpField")
        self.follow_up.setMaxLength(MAX_QUESTION)  # what a turn reads, as on the home screen
        self.follow_up.returnPressed.connect(self._ask)
        ask.addWidget(self.follow_up, 1)
        self.follow_up_send = button("followUpSend", "primary")
        self.follow_up_send.clicked.connect(self._ask)
        ask.addWidget(self.follow_up_send)
        lcol.addLayout(ask)
        self.follow_up_limit = PlainLabel(role="muted")
        self.follow_up_limit.setObjectName("followUpLimit")
        self.follow_up_limit.hide()
        self.follow_up.textChanged.connect(self._show_limit)
        lcol.addWidget(self.follow_up_limit)
        self.box.addWidget(left, 2)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.setSpacing(14)
        card_inner = QWidget()
        self.card_col = QVBoxLayout(card_inner)
        self.card_col.setContentsMargins(0, 0, 12, 0)
        self.card_col.setSpacing(16)
        self.card_slot = QVBoxLayout()
        self.card_col.addLayout(self.card_slot)
        self.extensions_box = QWidget()
        self.extensions_box.setObjectName("answerExtensions")
        self.extensions = QVBoxLayout(self.extensions_box)
        self.extensions.setContentsMargins(0, 0, 0, 0)
        self.extensions.setSpacing(12)
        self.card_col.addWidget(self.extensions_box)
        self.card_col.addStretch(1)
        self.card_area = scroller(card_inner, "cardArea")
        rcol.addWidget(self.card_area, 1)
        actions = QHBoxLayout()
        actions.setSpacing(14)
        self.map_button = button("mapButton", "primary")
        self.map_button.clicked.connect(self._on_map)
        self.ticket_button = button("ticketButton", "primary")
        self.ticket_button.clicked.connect(self._on_ticket)
        self.print_button = button("printGuideButton")
        self.print_button.clicked.connect(self._on_print)
        for b in (self.map_button, self.ticket_button, self.print_button):
            actions.addWidget(b, 1)
        self.actions = QWidget()
        self.actions.setLayout(actions)
        rcol.addWidget(self.actions)
        self.box.addWidget(right, 3)
        self._card: QWidget | None = None
        self._short = False
        """True when the screen is too low for the conversation and the field (the keyboard is up)."""

    # -- content ---------------------------------------------------------------------------------
    def show_answer(self, answer: Answer, service: Service | None) -> None:
        """Show ``answer``; ``service`` is the card to show (None = the ask-staff card)."""
        self.answer = answer
        self.service = service
        self.clear_extensions()
        self._render()

    def _render(self) -> None:
        if self._card is not None:
            self.card_slot.removeWidget(self._card)
            discard(self._card)
            self._card = None
        answer = self.answer
        if answer is None:
            self.question_bubble.clear()
            self.answer_text.clear()
            return
        lang = self._visit.language
        if answer.language != lang:  # switched on another screen: say it again, drop the old-language extras
            answer = self.answer = in_language(self._store.current.catalog, answer, lang)
            self.clear_extensions()
        self.question_bubble.setText(mask_for_screen(answer.query))
        self.question_bubble.setVisible(bool(answer.query))
        # With a card on screen the conversation column says the key line only: the card has the details.
        reply = answer.key_line if self.service is not None and answer.key_line else answer.answer
        self.answer_text.setText(reply)
        self.answer_text.setVisible(bool(reply))
        if self.service is not None:
            self._card = ServiceCard(self._store.current.catalog, self.service, lang)
        else:
            self._card = self._staff_card(answer)
        self.card_slot.addWidget(self._card)
        self._card.show()
        self.actions.setVisible(self.service is not None and not self._short)
        self._fit_conversation()
        self.card_area.verticalScrollBar().setValue(0)
        self.conv_area.verticalScrollBar().setValue(0)

    def _staff_card(self, answer: Answer) -> QWidget:
        card = card_frame("staffCard")
        col = QVBoxLayout(card)
        col.setContentsMargins(32, 26, 32, 28)
        col.setSpacing(14)
        if answer.off_topic:
            title = tr("I can only help with services and places in this hall")
        else:
            title = tr("I am not sure what you need")
        col.addWidget(PlainLabel(title, "title"))
        col.addWidget(PlainLabel(tr("A member of staff can help you. Tap the button and someone will come to you.")))
        staff = button("callStaffCardButton", "staff")
        staff.setText(tr("Call staff"))
        staff.clicked.connect(self.staff_requested)
        col.addWidget(staff)
        catalog, lang = self._store.current.catalog, self._visit.language
        suggestions = [s for s in (catalog.service(m.id) for m in answer.matches if m.kind == "service") if s]
        if suggestions and not answer.off_topic:
            col.addWidget(PlainLabel(tr("Or did you mean one of these?"), "section"))
            for service in suggestions[:3]:
                tile = TileButton(f"suggestion_{service.id}")
                tile.set_texts(loc(service, "name", lang), loc(service, "summary", lang))
                tile.clicked.connect(lambda _=False, sid=service.id: self.service_chosen.emit(sid, ""))
                col.addWidget(tile)
        col.addWidget(PlainLabel(tr("You can also ask again in other words, or use the tiles on the home screen."),
                                 "muted"))
        return card

    def add_extension(self, widget: QWidget) -> None:
        """Put ``widget`` under the card (cleared with the next answer or the visit)."""
        self.extensions.addWidget(widget)
        widget.show()

    def clear_extensions(self) -> None:
        """Remove and delete every extension widget."""
        while self.extensions.count():
            item = self.extensions.takeAt(0)
            assert item is not None  # count() > 0
            if item.widget() is not None:
                cast(QWidget, item.widget()).hide()
                discard(cast(QWidget, item.widget()))

    # -- buttons --------------------------------------------------------------------------------
    def _show_limit(self, text: str) -> None:
        """At the field's limit, say that nothing more is taken (as the home screen's field does)."""
        full = len(text) >= self.follow_up.maxLength()
        if full:
            self.follow_up_limit.setText(tr("That is as long as a question can be (%1 characters): please ask one "
                                            "thing at a time.").replace("%1", str(self.follow_up.maxLength())))
        self.follow_up_limit.setVisible(full)

    def _ask(self) -> None:
        text = input_method.committed_text(self.follow_up).strip()  # with the pinyin still being typed
        if text:
            self.follow_up.clear()  # the question is shown with its answer; the next one starts empty
            self.question_asked.emit(text)

    def _on_map(self) -> None:
        if self.service is not None:
            self.map_requested.emit(self.service.id)

    def _on_ticket(self) -> None:
        if self.service is not None:
            self.ticket_requested.emit(self.service.id)

    def _on_print(self) -> None:
        if self.service is not None:
            self.guide_print_requested.emit(self.service.id)

    def retranslate(self) -> None:
        """Texts, and the card rebuilt in the new language."""
        self.map_button.setText(tr("Show on map"))
        self.ticket_button.setText(tr("Take a number"))
        self.print_button.setText(tr("Print guide"))
        self.follow_up.setPlaceholderText(tr("Ask a follow-up question, e.g. \"what do I need to bring?\""))
        self.follow_up_send.setText(tr("Ask"))
        self._show_limit(self.follow_up.text())
        if self.answer is not None:
            self._render()

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Side by side in landscape, stacked in portrait."""
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.box.setStretch(0, 1 if portrait else 2)
        self.box.setStretch(1, 4 if portrait else 3)
        self._portrait = portrait
        self._fit_conversation()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Above the on-screen keyboard (kiosk.ui.keyboard_room) the follow-up field stays whole: the
        conversation and the card's buttons step aside while the screen is too low for them."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        margins = self.box.contentsMargins()
        field = max(self.follow_up.sizeHint().height(), self.follow_up_send.sizeHint().height())
        short = self.height() < margins.top() + margins.bottom() + field + 14 + 140
        if short != self._short:
            self._short = short
            self.conv_area.setVisible(not short)
            self.actions.setVisible(self.service is not None and not short)

    def _fit_conversation(self) -> None:
        """In portrait the conversation takes only the height it needs (at most a third)."""
        if self._portrait:
            inner = self.conv_area.widget()
            assert inner is not None  # the scroller is built with its widget
            inner.adjustSize()
            need = cast(QLayout, inner.layout()).totalHeightForWidth(max(200, self.width() - 100)) if inner.layout() else 300
            need = max(need, inner.sizeHint().height())  # a second, shorter answer: the width's figure was
            # 144 px for 179 px of bubbles, and a scroll bar stood beside two one-line bubbles
            self.conv_area.setFixedHeight(max(120, min(need + 8, 520)))
        else:
            self.conv_area.setMinimumHeight(0)
            self.conv_area.setMaximumHeight(16777215)

    def wipe(self) -> None:
        """Forget the visit's question, answer, card and extensions."""
        self.answer = None
        self.service = None
        self.follow_up.clear()
        self.clear_extensions()
        self._render()

