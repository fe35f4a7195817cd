"""The LLM answer view: under the service card, the model's streamed plain-text answer.

States: "正在为您查询…" (request sent), "正在思考…" (the model reasons; its reasoning is never shown),
streamed text, the final text, or — when the service fails — an "离线模式/offline" badge with the
catalog answer. All text is shown as plain text (model text is data, never markup).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.text import tr_in
from kiosk.ui.widgets import PlainLabel

_LOGGER = logging.getLogger(__name__)

TEXTS = {
    "title": QT_TRANSLATE_NOOP("LlmAnswer", "Assistant's explanation"),
    "waiting": QT_TRANSLATE_NOOP("LlmAnswer", "Looking this up…"),
    "reasoning": QT_TRANSLATE_NOOP("LlmAnswer", "Thinking…"),
    "offline": QT_TRANSLATE_NOOP("LlmAnswer", "offline"),
    "offline_note": QT_TRANSLATE_NOOP("LlmAnswer", "The assistant is unavailable right now; please go by the official guide above."),
    "replaced": QT_TRANSLATE_NOOP("LlmAnswer", "The assistant's explanation did not pass the check against the official guide; please go by the guide above."),
    "footer": QT_TRANSLATE_NOOP("LlmAnswer", "Written by the assistant from the official guide; staff at the window have the final word."),
    "truncated": QT_TRANSLATE_NOOP("LlmAnswer", "(long answer, shortened)"),
}
"""The view's texts: English sources of the Qt Linguist context "LlmAnswer" (kiosk/ui/i18n)."""

_STYLE = """
QFrame#llmAnswer { background: #ffffff; border: 2px solid #c9d2e0; border-radius: 18px; }
QFrame#llmAnswer[offline="true"] { border-color: #d08a3c; background: #fffaf2; }
QLabel#llmOffline { color: #7a2e00; background: #fff2e0; border: 1px solid #d08a3c; border-radius: 10px;
    padding: 2px 12px; font-weight: 700; }
"""


class LlmAnswerView(QFrame):
    """Shows one LLM turn; driven by :class:`kiosk.ui.llm_wiring.LlmController`."""

    def __init__(self, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("llmAnswer")
        self.setStyleSheet(_STYLE)
        lang = language if language in ("zh", "en") else "zh"
        self._t = {key: tr_in(lang, "LlmAnswer", str(text)) for key, text in TEXTS.items()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(16)
        self.title = PlainLabel(self._t["title"], role="section")
        self.title.setWordWrap(False)
        self.status = PlainLabel(self._t["waiting"], role="muted")
        self.status.setObjectName("llmStatus")
        self.offline_badge = PlainLabel(self._t["offline"])
        self.offline_badge.setObjectName("llmOffline")
        self.offline_badge.setWordWrap(False)
        self.offline_badge.hide()
        head.addWidget(self.title)
        head.addWidget(self.offline_badge)
        head.addStretch(1)
        head.addWidget(self.status)
        layout.addLayout(head)
        self.body = PlainLabel("")
        self.body.setObjectName("llmBody")
        layout.addWidget(self.body)
        self.footer = PlainLabel(self._t["footer"], role="muted")
        self.footer.hide()
        layout.addWidget(self.footer)
        self.body.hide()
        self.fallback_text = ""
        """The catalog answer the turn fell back to (not repeated on screen; the card shows it)."""

    # -- driven by the controller ------------------------------------------------------------
    def set_thinking(self, stage: str) -> None:
        """'waiting' → "正在为您查询…", 'reasoning' → "正在思考…" (only while no text has come)."""
        if not self.body.text():
            self.status.setText(self._t["reasoning" if stage == "reasoning" else "waiting"])
            self.status.show()

    def append(self, text: str) -> None:
        """Add streamed answer text. The card column is never scrolled for it: a citizen reading the card's title
        and materials is not pulled away from them (the explanation is below the card, its scroll bar shows it)."""
        self.status.hide()
        self.body.show()
        self.body.setText(self.body.text() + text)

    def finish(self, text: str, *, truncated: bool = False) -> None:
        """The model's final (checked) answer."""
        self.status.hide()
        self.body.show()
        self.body.setText(text + (self._t["truncated"] if truncated else ""))
        self.footer.show()

    def show_fallback(self, text: str, *, offline: bool) -> None:
        """The model's answer is not used: a line pointing to the catalog card above (with the offline badge when the
        service failed). ``text`` (the catalog answer) is kept in :attr:`fallback_text`, not shown again: the card
        above already shows it, and the view does not scroll the citizen away from it."""
        self.status.setText(self._t["offline_note"] if offline else self._t["replaced"])
        self.status.setWordWrap(True)
        self.status.show()
        self.offline_badge.setVisible(offline)
        self.setProperty("offline", "true" if offline else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.fallback_text = text
        self.body.setText("")
        self.body.hide()
        self.footer.hide()

    @property
    def shown_text(self) -> str:
        """Everything the view displays (for tests)."""
        parts = [self.title.text(), self.status.text() if self.status.isVisible() else "", self.body.text()]
        return "\n".join(p for p in parts if p)
