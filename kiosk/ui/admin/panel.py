"""The staff panel: a tab column on the left (状态, 排队, 清单, 统计, 设置, 系统) and the page on the right;
on a portrait screen the tabs in rows above the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.admin.catalog import CatalogPage
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.insights import InsightsPage
from kiosk.ui.admin.keyboard_lift import KeyboardLift
from kiosk.ui.admin.page import Page
from kiosk.ui.admin.queue import QueuePage
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.admin.settings import SettingsPage
from kiosk.ui.admin.status import StatusPage
from kiosk.ui.admin.style import ADMIN_STYLE
from kiosk.ui.admin.system import SystemPage
from kiosk.ui.text import tr_both, tr_lines

PAGES = [
    ("status", tr_both("StaffAdminPanel", "Status"), StatusPage),
    ("queue", tr_both("StaffAdminPanel", "Queue"), QueuePage),
    ("catalog", tr_both("StaffAdminPanel", "Catalog"), CatalogPage),
    ("insights", tr_both("StaffAdminPanel", "Insights"), InsightsPage),
    ("settings", tr_both("StaffAdminPanel", "Settings"), SettingsPage),
    ("system", tr_both("StaffAdminPanel", "System"), SystemPage),
]

NAV_WIDTH = 300
"""Width of the tab column beside the page (landscape)."""
NARROW_BELOW = 1400
"""A panel narrower than this (portrait: 1000 px) has its tabs in rows above the page."""
NARROW_TABS_PER_ROW = 3
QT_MAX = 16_777_215

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}


class AdminPanel(QFrame):
    """All staff pages.

    Signals:
        logout_requested(): 退出管理 tapped.
        activity(): any touch, click or key inside the panel (keeps the session alive).
    """

    logout_requested = Signal()
    activity = Signal()

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPanel")
        self.setStyleSheet(ADMIN_STYLE)
        self.setMinimumSize(1780, 980)
        self.services = services
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.outer = outer
        nav = QFrame()
        nav.setObjectName("adminNav")
        nav.setFixedWidth(NAV_WIDTH)
        self.nav = nav
        column = QVBoxLayout(nav)
        column.setContentsMargins(16, 24, 16, 20)
        column.setSpacing(8)
        self.heading = make_label(tr_lines("StaffAdminPanel", "Staff mode"), "title")
        column.addWidget(self.heading)
        column.addSpacing(12)
        self.tab_grid = QGridLayout()
        self.tab_grid.setSpacing(8)
        column.addLayout(self.tab_grid)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        self.tabs: dict[str, QAbstractButton] = {}
        group = QButtonGroup(self)
        for key, title, cls in PAGES:
            page = cls(services)
            self.pages[key] = page
            self.stack.addWidget(page)
            tab = make_button(title, f"tab_{key}", "nav")
            tab.setCheckable(True)
            group.addButton(tab)
            tab.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.tabs[key] = tab
        self.stretch = QWidget()
        column.addWidget(self.stretch, 1)
        self.footer = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.footer.setSpacing(8)
        column.addLayout(self.footer)
        self.session_note = make_label(tr_lines("StaffAdminPanel", "Signs out after 2 min idle"), "muted", "sessionNote")
        self.footer.addWidget(self.session_note)
        logout = make_button(tr_both("StaffAdminPanel", "Sign out"), "adminLogout", "primary")
        logout.clicked.connect(self.logout_requested)
        self.footer.addWidget(logout)
        outer.addWidget(nav)
        self.keyboard_lift = KeyboardLift(self.stack, self)  # the field typed into stays above the keyboard
        outer.addWidget(self.keyboard_lift.area, 1)
        self.narrow = False
        """True when the tabs sit in rows above the page (a panel narrower than it was built: portrait)."""
        self._arrange(False)
        self._filter = _ActivityFilter(self.activity)
        self.show_page("status")

    def fit_width(self, width: int) -> None:
        """Called by :func:`kiosk.ui.dialog_size.fit` with the width the panel may take.

        On a portrait screen the panel is 1000 px wide, not the 1780 it was built for: with the tab column
        beside it, the pages had 660 px, and the queue's service names were cut to one character, the
        catalog's path field to "/me…", the settings' "+" buttons covered their values (Xvfb walk 10,
        defect 7). Narrower than :data:`NARROW_BELOW` the tabs go into rows above the page."""
        self._arrange(width < NARROW_BELOW)

    def _arrange(self, narrow: bool) -> None:
        self.narrow = narrow
        self.outer.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        if narrow:
            self.nav.setMinimumWidth(0)
            self.nav.setMaximumWidth(QT_MAX)
        else:
            self.nav.setFixedWidth(NAV_WIDTH)
        per_row = NARROW_TABS_PER_ROW if narrow else 1
        for index, tab in enumerate(self.tabs.values()):
            self.tab_grid.removeWidget(tab)
            self.tab_grid.addWidget(tab, index // per_row, index % per_row)
        self.stretch.setVisible(not narrow)
        self.heading.setVisible(not narrow)  # the tabs say where staff are; the height goes to the page
        self.footer.setDirection(QBoxLayout.Direction.LeftToRight if narrow else QBoxLayout.Direction.TopToBottom)

    def install_activity_filter(self) -> None:
        """Watch every child for touches/keys (call after the panel is built)."""
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self._filter)

    def show_page(self, key: str) -> Page:
        """Open a page (and reload what it shows)."""
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.tabs[key].setChecked(True)
        page.refresh()
        return page

    def set_idle_minutes(self, minutes: float) -> None:
        """Update the note about the automatic sign-out."""
        shown = f"{minutes:g}"
        self.session_note.setText(tr_lines("StaffAdminPanel", "Signs out after {minutes} min idle").format(minutes=shown))


class _ActivityFilter(QObject):
    def __init__(self, signal) -> None:
        super().__init__()
        self._signal = signal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            self._signal.emit()
        return False
