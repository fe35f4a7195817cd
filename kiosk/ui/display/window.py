"""The calling screen: the numbers being called with their windows (highlighted), recently called,
waiting per service; a chime and the spoken call on every call and recall.

Landscape (the usual TV over the waiting area) puts the calls on the left and the lists on the
right; portrait stacks them. Live: every queue event from any kiosk or counter refreshes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.tickets.board import Board, announcement, board
from kiosk.ui.text import tr_both, tr_lines

STYLE = """
QWidget#display { background: #0f2747; }
QLabel { color: #ffffff; font-family: "Noto Sans CJK SC"; }
QLabel#title { font-size: 44px; font-weight: 700; color: #ffd54a; }
QFrame#call { background: #17478f; border-radius: 18px; }
QLabel#number { font-size: 120px; font-weight: 800; }
QLabel#window { font-size: 56px; font-weight: 700; }
QLabel#line { font-size: 34px; }
QLabel#head { font-size: 34px; font-weight: 700; color: #9cc3ff; }
QLabel#list { font-size: 30px; }
QLabel#banner { font-size: 34px; background: #b3261e; padding: 12px; border-radius: 8px; }
QFrame#panel { background: #15335c; border-radius: 18px; }
"""


class CallCard(QFrame):
    """One number being called: ``A001  →  A01 号窗口``."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("call")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        self.number = QLabel()
        self.number.setObjectName("number")
        self.where = QLabel()
        self.where.setObjectName("window")
        for label in (self.number, self.where):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)

    def show_call(self, number: str, window_id: str, fresh: bool) -> None:
        """Fill the card; the newest call (or recall) is highlighted: dark on yellow, with a ▶ mark."""
        self.number.setText(f"▶ {number}" if fresh else number)
        self.where.setText(tr_lines("StaffDisplay", "Window {window}").format(window=window_id))
        self.setProperty("fresh", "true" if fresh else "false")
        ink = "#0f2747" if fresh else "#ffffff"
        self.setStyleSheet(f"QFrame#call {{ background: {'#ffd54a' if fresh else '#17478f'}; }}"
                           f" QLabel {{ color: {ink}; }}")
        self.setVisible(True)


class DisplayWindow(QWidget):
    """The calling screen over a store (any kind) and the hall catalog."""

    CARDS = 4

    def __init__(self, feed: Any, catalog: Any, *, announcer: Any = None, language: str = "zh") -> None:
        super().__init__()
        self.setObjectName("display")
        self.setWindowTitle(tr_both("StaffDisplay", "HallGuide calling screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.feed, self.catalog, self.announcer, self.language = feed, catalog, announcer, language
        self.current: Board | None = None
        self.announced: list[tuple[str, str]] = []
        outer = self.outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        hall = getattr(getattr(catalog, "hall", None), "name", "") or ""
        self.title = QLabel(f"{hall}  " + tr_both("StaffDisplay", "Now calling"))
        self.title.setObjectName("title")
        outer.addWidget(self.title)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(24)
        outer.addLayout(self.body, 1)
        calls = QWidget()
        self.calls_grid = QGridLayout(calls)
        self.calls_grid.setSpacing(18)
        self.cards = [CallCard() for _ in range(self.CARDS)]
        for i, card in enumerate(self.cards):
            self.calls_grid.addWidget(card, i // 2, i % 2)
            card.hide()
        self.idle = QLabel(tr_both("StaffDisplay", "Please wait for your number"))
        self.idle.setObjectName("line")
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calls_grid.addWidget(self.idle, 0, 0, 1, 2)
        self.body.addWidget(calls, 3)
        self.calls_area = calls
        side = QFrame()
        self.side = side
        side.setObjectName("panel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(24, 18, 24, 18)
        head = QLabel(tr_both("StaffDisplay", "Recently called"))
        head.setObjectName("head")
        self.recent = QLabel()
        self.recent.setObjectName("list")
        self.recent.setWordWrap(True)
        head2 = QLabel(tr_both("StaffDisplay", "Waiting"))
        head2.setObjectName("head")
        self.waiting = QLabel()
        self.waiting.setObjectName("list")
        self.waiting.setWordWrap(True)
        for widget in (head, self.recent, head2, self.waiting):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            side_layout.addWidget(widget)
        side_layout.addStretch(1)
        self.body.addWidget(side, 2)
        self.line = QLabel()
        self.line.setObjectName("line")
        for label in (self.title, self.banner, self.idle, self.line):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.line)
        feed.changed.connect(self._on_event)
        feed.problem.connect(self._on_problem)
        self.refresh()

    # -- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the board on the feed's worker and show it."""
        self.feed.run(lambda: board(self.feed.store, calling=self.CARDS), self.show_board)

    def _on_event(self, event: Any) -> None:
        if event.kind in ("called", "recalled") and event.ticket_id is not None:
            ticket_id = event.ticket_id
            self.feed.run(lambda: self.feed.store.get(ticket_id), self._announce)
        self.refresh()

    def _announce(self, ticket: Any) -> None:
        if ticket is None or not ticket.window_id:
            return
        shown, _spoken = announcement(ticket.label, ticket.window_id)
        self.line.setText(shown)
        self.announced.append((ticket.label, ticket.window_id))
        if self.current is not None:
            self.show_board(self.current)
        if self.announcer is not None:
            self.announcer.announce(ticket.label, ticket.window_id)

    def _on_problem(self, message: str) -> None:
        self.banner.setVisible(bool(message))
        if message:
            self.banner.setText(tr_both("StaffDisplay", "The queue system is unreachable; retrying"))

    def _name(self, service_id: str) -> str:
        service = self.catalog.service(service_id)
        return service.name if service is not None else service_id

    def show_board(self, current: Board) -> None:
        """Show a board snapshot."""
        self.current = current
        latest = self.announced[-1][0] if self.announced else (current.calling[0].number if current.calling else "")
        for i, card in enumerate(self.cards):
            if i < len(current.calling):
                call = current.calling[i]
                card.show_call(call.number, call.window_id, fresh=call.number == latest)
            else:
                card.hide()
        self.idle.setVisible(not current.calling)
        self.recent.setText("\n".join(f"{c.number}  →  {c.window_id}" for c in current.recent[:6]) or "—")
        lines = [f"{self._name(sid)}：{n} 人" for sid, n in sorted(current.waiting.items(), key=lambda kv: -kv[1])]
        self.waiting.setText("\n".join(lines[:8]) or tr_both("StaffDisplay", "No one is waiting"))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Landscape: calls left, lists right; portrait: stacked."""
        portrait = self.height() > self.width()
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.body.setStretch(1, 1 if portrait else 2)
            self.outer.invalidate()
            self.outer.activate()
        super().resizeEvent(event)

    def close_feed(self) -> None:
        """Stop the live feed (before the window goes)."""
        self.feed.close()
