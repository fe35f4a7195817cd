"""Staff page "统计 Insights": visits, questions, who answered, top services, unanswered (masked)
questions, ratings over the last days, and open follow-ups with a "handled" button."""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.insights import InsightsSummary, OpenItem
from kiosk.ui.admin.background import run_maybe_off_gui
from kiosk.ui.admin.charts import BarChart, RatingDays
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.items import close_item
from kiosk.ui.admin.page import Page, card
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.text import tr_both

DAYS = 7


def _figure(title: str, name: str) -> tuple[QWidget, QLabel]:
    box = card(f"{name}Box")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(18, 10, 18, 10)
    layout.setSpacing(0)
    layout.addWidget(make_label(title, "muted"))
    value = make_label("0", "big", name)
    layout.addWidget(value)
    return box, value


class InsightsPage(Page):
    """Figures of the last seven days."""

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminInsights", "Insights, last {days} days").format(days=DAYS), parent)
        self.services = services
        figures = QHBoxLayout()
        figures.setSpacing(14)
        self.figures: dict[str, QLabel] = {}
        for key, title in [("visits", tr_both("StaffAdminInsights", "Visits")), ("questions", tr_both("StaffAdminInsights", "Questions")),
                           ("catalog", tr_both("StaffAdminInsights", "By catalog")), ("llm", tr_both("StaffAdminInsights", "By LLM")),
                           ("handoff", tr_both("StaffAdminInsights", "Handed to staff")), ("calls", tr_both("StaffAdminInsights", "Staff calls"))]:
            box, value = _figure(title, f"fig_{key}")
            figures.addWidget(box)
            self.figures[key] = value
        self.body.addLayout(figures)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(make_label(tr_both("StaffAdminInsights", "Top services"), "section"), 0, 0)
        grid.addWidget(make_label(tr_both("StaffAdminInsights", "Ratings"), "section"), 0, 1)
        self.top = BarChart()
        self.top.setObjectName("topServices")
        self.ratings = RatingDays()
        self.ratings.setObjectName("ratingDays")
        grid.addWidget(self.top, 1, 0)
        grid.addWidget(self.ratings, 1, 1)
        grid.addWidget(make_label(tr_both("StaffAdminInsights", "Unanswered questions (masked)"), "section"), 2, 0)
        grid.addWidget(make_label(tr_both("StaffAdminInsights", "Follow-ups"), "section"), 2, 1)
        self.unanswered = QListWidget()
        self.unanswered.setObjectName("unanswered")
        grid.addWidget(self.unanswered, 3, 0)
        self.follow_ups = QVBoxLayout()
        self.follow_ups.setSpacing(8)
        follow_box = QWidget()
        follow_box.setLayout(self.follow_ups)
        grid.addWidget(follow_box, 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid, 1)

    def refresh(self) -> None:
        """Reload every figure from the insights store (off the GUI thread when the hall shares a database)."""
        insights, names = self.services.insights, self.services.service_name
        run_maybe_off_gui(insights.shared, lambda: (insights.summary(DAYS, names=names), insights.open_items(names)),
                          self._show)

    def _show(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(result, Exception):
            self.unanswered.clear()
            self.unanswered.addItem(tr_both("StaffAdminInsights", "Could not read the figures:") + f" {result.__class__.__name__}")
            return
        summary, items = cast(tuple[InsightsSummary, list[OpenItem]], result)
        values = {"visits": summary.visits, "questions": summary.questions,
                  "catalog": summary.answered_by.get("catalog", 0), "llm": summary.answered_by.get("llm", 0),
                  "handoff": summary.answered_by.get("handoff", 0), "calls": summary.staff_calls}
        for key, value in values.items():
            self.figures[key].setText(str(value))
        self.top.set_items(summary.top_services[:6])
        self.ratings.set_days(summary.ratings_by_day)
        self.unanswered.clear()
        for text, count in summary.unanswered:
            self.unanswered.addItem(f"{count}×  {text}")
        if not summary.unanswered:
            self.unanswered.addItem(tr_both("StaffAdminInsights", "(none)"))
        self._show_follow_ups(items)

    def _reload_follow_ups(self) -> None:
        insights, names = self.services.insights, self.services.service_name
        run_maybe_off_gui(insights.shared, lambda: insights.open_items(names), self._show_follow_ups)

    def _show_follow_ups(self, items: object) -> None:
        if isinstance(items, Exception) or not shiboken6.isValid(self):
            return
        while self.follow_ups.count():
            taken = self.follow_ups.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        items = [i for i in cast(list[OpenItem], items) if i.kind == "follow_up"]
        if not items:
            self.follow_ups.addWidget(make_label(tr_both("StaffAdminInsights", "No open follow-ups"), "muted", "noFollowUps"))
        for item in items[:4]:
            row = QHBoxLayout()
            row.addWidget(make_label(f"{item.at[5:16].replace('T', ' ')}  {item.text}"), 1)
            done = make_button(tr_both("StaffAdminInsights", "Handled"), f"handleFollowUp_{item.id}")
            done.clicked.connect(lambda _=False, i=item: self._handled(i))
            row.addWidget(done)
            holder = QWidget()
            holder.setLayout(row)
            self.follow_ups.addWidget(holder)
        if len(items) > 4:
            self.follow_ups.addWidget(make_label("… " + tr_both("StaffAdminInsights", "{n} more").format(n=len(items) - 4), "muted"))
        self.follow_ups.addStretch(1)

    def _handled(self, item: OpenItem) -> None:
        close_item(self.services, item, "follow_up.handled", lambda: self._reload_follow_ups() if shiboken6.isValid(self) else None)
