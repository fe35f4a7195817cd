"""Staff page "状态 Status": health of LLM, speech, printer, disk and catalog, plus open staff calls.

Each row: the state in an icon and words (never colour alone), the name, and the detail in Chinese
and English; one row per checked thing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.admin.status import StatusItem, run_checks
from kiosk.admin.status_text import bilingual, unique
from kiosk.insights import OpenItem
from kiosk.ui.admin.background import run_maybe_off_gui, run_off_gui
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.items import close_item
from kiosk.ui.admin.page import Page, card
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.admin.state_badge import StateBadge
from kiosk.ui.admin.status_state import RowState, row_state
from kiosk.ui.text import tr_both

_LOGGER = logging.getLogger(__name__)
_SHOWN_CALLS = 6


class _CallRow(QFrame):
    """One open call with its "handled" button; the page keeps a fixed set of rows and refills them.

    Rows are never deleted while the page lives: rebuilding the list (takeAt + deleteLater of rows whose
    button had just been clicked) crashed in Qt's deferred delete under load.
    """

    def __init__(self, on_handled: Callable[[OpenItem], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setProperty("staffCall", True)
        self.setStyleSheet('QFrame[staffCall="true"] { background: #fff4e5; border: 2px solid #d08a3c; '
                           "border-radius: 12px; }")
        self.item: OpenItem | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 12, 6)
        self.text = make_label("")
        row.addWidget(self.text, 1)
        self.done = make_button(tr_both("StaffAdminStatus", "Handled"), "handleCall")
        self.done.clicked.connect(lambda _=False: on_handled(self.item) if self.item is not None else None)
        row.addWidget(self.done)
        self.hide()

    def show_item(self, item: OpenItem | None) -> None:
        """Show ``item`` (object names carry its id for tests and tools), or hide the row for ``None``."""
        self.item = item
        self.setObjectName(f"call_{item.id}" if item is not None else "")
        self.done.setObjectName(f"handleCall_{item.id}" if item is not None else "handleCall")
        self.text.setText(f"⚠ {item.at[11:16]}  {item.text}" if item is not None else "")
        self.setHidden(item is None)


class _StatusLine:
    """One check's line in the status grid (state, name, detail), created once and refilled in place.

    Like the call rows, lines are never deleted while the page lives (a check that is not reported any more is
    hidden): rebuilding the grid by takeAt + deleteLater left deleted-later widgets that ``findChild`` still
    found, and is the shape of the deferred-delete crash the call rows had.
    """

    def __init__(self, key: str, grid: QGridLayout, row: int) -> None:
        self.badge = StateBadge(None)
        self.badge.setObjectName(f"statusState_{key}")
        self.label = make_label("", None, f"statusLabel_{key}")
        self.text = make_label("", "muted", f"statusText_{key}")
        grid.addWidget(self.badge, row, 0)
        grid.addWidget(self.label, row, 1)
        grid.addWidget(self.text, row, 2)

    def show_item(self, item: StatusItem, state: RowState) -> None:
        """Fill the line with ``item`` in its ``state``."""
        self.badge.ok = item.ok
        self.badge.set_state(state.label, state.look)
        self.label.setText(item.label)
        zh, en = state.detail or bilingual(item)
        self.text.setText(f"{zh}\n{en}")
        self.set_hidden(False)

    def set_hidden(self, hidden: bool) -> None:
        """Hide or show the whole line."""
        for widget in (self.badge, self.label, self.text):
            widget.setHidden(hidden)


class StatusPage(Page):
    """Status lines (checked off the GUI thread) and the list of open calls for staff."""

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminStatus", "Status"), parent)
        self.services = services
        top = QHBoxLayout()
        self.checked_at = make_label("", "muted", "statusCheckedAt")
        top.addWidget(self.checked_at, 1)
        self.refresh_button = make_button(tr_both("StaffAdminStatus", "Check again"), "statusRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.body.addLayout(top)
        box = card("statusBox")
        self.grid = QGridLayout(box)
        self.grid.setContentsMargins(24, 16, 24, 16)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(12)
        self.grid.setColumnStretch(2, 1)
        self.body.addWidget(box)
        level_row = QHBoxLayout()
        level_row.addWidget(make_label(tr_both("StaffAdminStatus", "Mic level"), None))
        self.mic = QProgressBar()
        self.mic.setObjectName("micLevel")
        self.mic.setRange(0, 100)
        self.mic.setTextVisible(False)
        level_row.addWidget(self.mic, 1)
        self.body.addLayout(level_row)
        self._mic_timer = QTimer(self, interval=200)
        self._mic_timer.timeout.connect(self._update_mic)
        self.body.addWidget(make_label(tr_both("StaffAdminStatus", "Calls for staff"), "section"))
        self.calls = QVBoxLayout()
        self.calls.setSpacing(8)
        self.body.addLayout(self.calls)
        self.no_calls = make_label(tr_both("StaffAdminStatus", "No open calls"), "muted", "noCalls")
        self.no_calls.hide()
        self.calls.addWidget(self.no_calls)
        self.call_rows = [_CallRow(self._handled, self) for _ in range(_SHOWN_CALLS)]
        for call_row in self.call_rows:
            self.calls.addWidget(call_row)
        self.body.addStretch(1)
        self.items: list[StatusItem] = []
        self.lines: dict[str, _StatusLine] = {}

    def refresh(self) -> None:
        """Run every check in a worker thread; show calls for staff at once."""
        self.refresh_button.setEnabled(False)
        self.checked_at.setText(tr_both("StaffAdminStatus", "Checking…"))
        run_off_gui(lambda: run_checks(self.services.status_checks()), self._show_items)
        self.show_calls()
        if self.services.mic_level is not None:
            self._mic_timer.start()

    def _show_items(self, items: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.refresh_button.setEnabled(True)
        if isinstance(items, Exception):
            self.checked_at.setText(tr_both("StaffAdminStatus", "Check failed:") + f" {items.__class__.__name__}")
            return
        self.items = unique(list(items))  # type: ignore[call-overload]
        shown = {item.key for item in self.items}
        for key, old_line in self.lines.items():
            old_line.set_hidden(key not in shown)
        for item in self.items:
            if item.key not in self.lines:
                self.lines[item.key] = _StatusLine(item.key, self.grid, len(self.lines))
            self.lines[item.key].show_item(item, row_state(item, self.services.settings))
        from datetime import datetime

        self.checked_at.setText(tr_both("StaffAdminStatus", "Checked at") + f" {datetime.now():%H:%M:%S}")

    def show_calls(self) -> None:
        """List open calls for staff (the whole hall's when it shares a database), each with a "handled" button."""
        insights = self.services.insights
        run_maybe_off_gui(insights.shared, insights.open_items, self._show_calls)

    def _show_calls(self, items: object) -> None:
        if isinstance(items, Exception) or not shiboken6.isValid(self):
            return
        calls = [i for i in cast(list[OpenItem], items) if i.kind == "call"]
        self.no_calls.setHidden(bool(calls))
        for index, call_row in enumerate(self.call_rows):
            call_row.show_item(calls[index] if index < len(calls) else None)

    def _handled(self, item: OpenItem) -> None:
        close_item(self.services, item, "staff_call.handled", lambda: self.show_calls() if shiboken6.isValid(self) else None)

    def _update_mic(self) -> None:
        if self.services.mic_level is None or not self.isVisible():
            self._mic_timer.stop()
            return
        try:
            self.mic.setValue(int(max(0.0, min(1.0, self.services.mic_level())) * 100))
        except Exception:  # noqa: BLE001 - a meter must never crash the page
            self._mic_timer.stop()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop polling the microphone when the page is not shown."""
        self._mic_timer.stop()
        super().hideEvent(event)
