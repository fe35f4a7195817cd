"""The clerk's small counter window: sign in with the staff PIN, then call next, recall, served,
no-show and transfer for one window. Every action goes to the shared store (any kiosk's screen,
the calling screen and the status page see it within a second)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.pin import verify_pin
from kiosk.tickets import Ticket, TicketState
from kiosk.ui.text import tr_both

STYLE = """
QWidget { font-family: "Noto Sans CJK SC"; font-size: 20px; }
QLabel#number { font-size: 72px; font-weight: 800; color: #1f5fbf; }
QLabel#message { color: #b3261e; }
QPushButton { min-height: 56px; padding: 0 14px; border-radius: 8px; background: #e6eefa; }
QPushButton#primary { background: #1f5fbf; color: white; font-weight: 700; }
QPushButton:disabled { color: #999; background: #eee; }
"""


class CounterWindow(QWidget):
    """One window's counter over a shared store."""

    def __init__(self, feed: Any, catalog: Any, window_id: str, pin_hash: str | None) -> None:
        super().__init__()
        self.setWindowTitle(tr_both("StaffCounter", "Window {window} counter").format(window=window_id))
        self.setStyleSheet(STYLE)
        self.feed, self.catalog, self.window_id, self._pin_hash = feed, catalog, window_id, pin_hash
        self.services = [s.id for s in catalog.services if window_id in s.windows]
        self.current: Ticket | None = None
        self.attempts = 0
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self.stack.addWidget(self._sign_in_page())
        self.stack.addWidget(self._work_page())
        feed.changed.connect(lambda _event: self.refresh() if self.signed_in else None)
        feed.problem.connect(self._problem)
        self.resize(520, 420)

    # -- sign in --------------------------------------------------------------------------------------------
    def _sign_in_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr_both("StaffCounter", "Window {window}: staff PIN").format(window=self.window_id)))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self.sign_in)
        layout.addWidget(self.pin)
        self.sign_in_button = QPushButton(tr_both("StaffCounter", "Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.clicked.connect(self.sign_in)
        layout.addWidget(self.sign_in_button)
        self.sign_in_message = QLabel("" if self._pin_hash else tr_both("StaffCounter", "kiosk admin set-pin No PIN set yet: run kiosk admin set-pin"))
        self.sign_in_message.setObjectName("message")
        self.sign_in_message.setWordWrap(True)
        layout.addWidget(self.sign_in_message)
        layout.addStretch(1)
        return page

    @property
    def signed_in(self) -> bool:
        """The work page is showing."""
        return self.stack.currentIndex() == 1

    def sign_in(self) -> None:
        """Check the PIN; five wrong ones lock the window."""
        if self.attempts >= 5:
            self.sign_in_message.setText(tr_both("StaffCounter", "Too many wrong PINs"))
            return
        if verify_pin(self.pin.text(), self._pin_hash):
            self.pin.clear()
            self.stack.setCurrentIndex(1)
            self.refresh()
            return
        self.attempts += 1
        self.pin.clear()
        self.sign_in_message.setText(tr_both("StaffCounter", "Wrong PIN"))

    def sign_out(self) -> None:
        """Back to the PIN page."""
        self.stack.setCurrentIndex(0)

    # -- work -------------------------------------------------------------------------------------------------
    def _work_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel(tr_both("StaffCounter", "Window {window}: now serving").format(window=self.window_id))
        layout.addWidget(self.heading)
        self.number = QLabel("—")
        self.number.setObjectName("number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.number)
        self.service = QLabel()
        self.waiting = QLabel()
        layout.addWidget(self.service)
        layout.addWidget(self.waiting)
        grid = QGridLayout()
        self.call_button = QPushButton(tr_both("StaffCounter", "Call next"))
        self.call_button.setObjectName("primary")
        self.recall_button = QPushButton(tr_both("StaffCounter", "Recall"))
        self.served_button = QPushButton(tr_both("StaffCounter", "Served"))
        self.no_show_button = QPushButton(tr_both("StaffCounter", "No-show"))
        for i, button in enumerate((self.call_button, self.recall_button, self.served_button, self.no_show_button)):
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.transfer_to = QComboBox()
        for service in self.catalog.services:
            self.transfer_to.addItem(f"{service.name} ({service.id})", service.id)
        self.transfer_button = QPushButton(tr_both("StaffCounter", "Transfer"))
        row.addWidget(self.transfer_to, 1)
        row.addWidget(self.transfer_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        out = QPushButton(tr_both("StaffCounter", "Sign out"))
        out.clicked.connect(self.sign_out)
        layout.addWidget(out)
        store = self.feed.store
        self.call_button.clicked.connect(lambda: self._act(lambda: store.call_next(self.window_id, self.services)))
        self.recall_button.clicked.connect(lambda: self._on_current(store.recall))
        self.served_button.clicked.connect(lambda: self._on_current(store.mark_served))
        self.no_show_button.clicked.connect(lambda: self._on_current(store.no_show))
        self.transfer_button.clicked.connect(
            lambda: self._on_current(lambda tid: store.transfer(tid, self.transfer_to.currentData())))
        return page

    def _act(self, fn: Any) -> None:
        self.message.clear()
        self.feed.run(fn, self._acted)

    def _on_current(self, method: Any) -> None:
        if self.current is None:
            self.message.setText(tr_both("StaffCounter", "Call a number first"))
            return
        ticket_id = self.current.id
        self._act(lambda: method(ticket_id))

    def _acted(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self.message.setText(tr_both("StaffCounter", "No one is waiting"))
        self.refresh()

    def refresh(self) -> None:
        """Read this window's current number and the waiting count."""
        store, window_id, services = self.feed.store, self.window_id, self.services

        def read() -> tuple[Ticket | None, int]:
            day = store.list_day()
            called = [t for t in day if t.state == TicketState.CALLED and t.window_id == window_id]
            current = max(called, key=lambda t: (t.called_at.timestamp() if t.called_at else 0, t.id), default=None)
            return current, sum(1 for t in day if t.state == TicketState.WAITING and t.service_id in services)

        self.feed.run(read, self._show)

    def _show(self, state: tuple[Ticket | None, int]) -> None:
        self.current, waiting = state
        has = self.current is not None
        self.number.setText(self.current.label if self.current is not None else "—")
        service = self.catalog.service(self.current.service_id) if self.current is not None else None
        self.service.setText(service.name if service is not None else "")
        self.waiting.setText(tr_both("StaffCounter", "Waiting:") + f" {waiting}")
        for button in (self.recall_button, self.served_button, self.no_show_button, self.transfer_button):
            button.setEnabled(has)

    def _problem(self, message: str) -> None:
        if message:
            self.message.setText(message)
