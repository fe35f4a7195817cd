"""Staff page "排队 Queue": waiting per service; call next / recall / no-show / served for a window;
reset the day (with confirmation). Works on ``kiosk.tickets``' store."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.admin.confirm import ConfirmStrip
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.page import Page, card
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.text import tr_both, tr_lines

_LOGGER = logging.getLogger(__name__)


class QueuePage(Page):
    """Queue control for one window at a time."""

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminQueue", "Queue"), parent)
        self.services = services
        row = QHBoxLayout()
        row.setSpacing(24)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("queueTable")
        self.table.setHorizontalHeaderLabels([tr_both("StaffAdminQueue", "Service"), tr_both("StaffAdminQueue", "Prefix"), tr_both("StaffAdminQueue", "Waiting")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(48)
        row.addWidget(self.table, 3)
        control = card("windowControl")
        box = QVBoxLayout(control)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(14)
        box.addWidget(make_label(tr_both("StaffAdminQueue", "Window"), "section"))
        self.window_box = QComboBox()
        self.window_box.setObjectName("windowChoice")
        self.window_box.currentIndexChanged.connect(self._show_current)
        box.addWidget(self.window_box)
        self.current = make_label("", "big", "currentTicket")
        self.current.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current.setMinimumHeight(90)
        box.addWidget(self.current)
        self.call_button = make_button(tr_both("StaffAdminQueue", "Call next"), "callNext", "primary")
        self.recall_button = make_button(tr_both("StaffAdminQueue", "Recall"), "recall")
        self.served_button = make_button(tr_both("StaffAdminQueue", "Served"), "served")
        self.no_show_button = make_button(tr_both("StaffAdminQueue", "No-show"), "noShow")
        for button in (self.call_button, self.recall_button, self.served_button, self.no_show_button):
            box.addWidget(button)
        self.call_button.clicked.connect(self._call_next)
        self.recall_button.clicked.connect(lambda: self._on_current("recall", "queue.recall", tr_both("StaffAdminQueue", "Recalled")))
        self.served_button.clicked.connect(lambda: self._on_current("mark_served", "queue.served", tr_both("StaffAdminQueue", "Served")))
        self.no_show_button.clicked.connect(lambda: self._on_current("no_show", "queue.no_show", tr_both("StaffAdminQueue", "No-show")))
        self.message = make_label("", "muted", "queueMessage")
        box.addWidget(self.message)
        box.addStretch(1)
        row.addWidget(control, 2)
        self.body.addLayout(row, 1)
        bottom = QHBoxLayout()
        self.total = make_label("", "muted", "queueTotal")
        bottom.addWidget(self.total, 1)
        self.reset_button = make_button(tr_both("StaffAdminQueue", "Reset the day"), "resetDay", "danger")
        bottom.addWidget(self.reset_button)
        self.body.addLayout(bottom)
        self.confirm = ConfirmStrip("", tr_both("StaffAdminQueue", "Reset"), "resetConfirm")
        self.confirm.confirmed.connect(self._reset_day)
        self.reset_button.clicked.connect(self._ask_reset)
        self.body.addWidget(self.confirm)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload windows and waiting counts."""
        store = self.services.tickets
        catalog = self.services.catalog.catalog
        if self.window_box.count() != len(catalog.windows):
            self.window_box.blockSignals(True)
            self.window_box.clear()
            for window in catalog.windows:
                self.window_box.addItem(f"{window.id}  {window.label or window.zone}".strip(), window.id)
            self.window_box.blockSignals(False)
        if store is None:
            self.message.setText(tr_both("StaffAdminQueue", "Ticketing is not available"))
            for button in (self.call_button, self.recall_button, self.served_button, self.no_show_button,
                           self.reset_button):
                button.setEnabled(False)
            return
        waiting = store.waiting()
        counts: dict[str, int] = {}
        for ticket in waiting:
            counts[ticket.service_id] = counts.get(ticket.service_id, 0) + 1
        self.table.setRowCount(len(catalog.services))
        for index, service in enumerate(catalog.services):
            values = [service.name, service.queue_prefix, str(counts.get(service.id, 0))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.total.setText(tr_both("StaffAdminQueue", "{n} waiting today").format(n=len(waiting)))
        self._show_current()

    def _window_id(self) -> str | None:
        return self.window_box.currentData()

    def _window_services(self, window_id: str) -> list[str]:
        return [s.id for s in self.services.catalog.catalog.services if window_id in s.windows]

    def _current_ticket(self):  # -> Ticket | None
        store, window_id = self.services.tickets, self._window_id()
        if store is None or window_id is None:
            return None
        called = [t for t in store.list_day() if t.state == "called" and t.window_id == window_id]
        return called[-1] if called else None

    def _show_current(self) -> None:
        ticket = self._current_ticket()
        self.current.setText(ticket.label if ticket else "—")
        for button in (self.recall_button, self.served_button, self.no_show_button):
            button.setEnabled(ticket is not None)

    # -- actions -------------------------------------------------------------------------------
    def _call_next(self) -> None:
        store, window_id = self.services.tickets, self._window_id()
        if store is None or window_id is None:
            return
        try:
            ticket = store.call_next(window_id, self._window_services(window_id))
        except Exception as exc:  # noqa: BLE001 - shown to staff, kiosk stays up
            self.services.audit.record("queue.call_next", "failed", f"window {window_id}: {exc}")
            self.message.setText(tr_both("StaffAdminQueue", "Failed:") + f" {exc}")
            return
        if ticket is None:
            self.message.setText(tr_both("StaffAdminQueue", "Nobody is waiting for this window"))
            self.services.audit.record("queue.call_next", "empty", f"window {window_id}")
        else:
            self.message.setText(tr_both("StaffAdminQueue", "Called") + f" {ticket.label} → {window_id}")
            self.services.audit.record("queue.call_next", "ok", f"{ticket.label} to window {window_id}")
        self.refresh()

    def _on_current(self, method: str, action: str, done: str) -> None:
        ticket = self._current_ticket()
        if ticket is None or self.services.tickets is None:
            return
        try:
            getattr(self.services.tickets, method)(ticket.id)
        except Exception as exc:  # noqa: BLE001
            self.services.audit.record(action, "failed", f"{ticket.label}: {exc}")
            self.message.setText(tr_both("StaffAdminQueue", "Failed:") + f" {exc}")
            return
        self.services.audit.record(action, "ok", f"{ticket.label} at window {self._window_id()}")
        self.message.setText(f"{ticket.label} {done}")
        self.refresh()

    def _ask_reset(self) -> None:
        store = self.services.tickets
        count = len(store.waiting()) if store is not None else 0
        self.confirm.ask(tr_lines("StaffAdminQueue", "Cancel all of today's open numbers ({count} waiting)? Numbers are never "
                                  "reused.").format(count=count))

    def _reset_day(self) -> None:
        store = self.services.tickets
        if store is None:
            return
        cancelled = store.reset_day("staff reset from the admin screen")
        self.services.audit.record("queue.reset_day", "ok", f"{cancelled} open tickets cancelled")
        self.message.setText(tr_both("StaffAdminQueue", "Reset: {n} cancelled").format(n=cancelled))
        self.refresh()
