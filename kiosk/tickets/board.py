"""What the calling screen, the counter and the status page show: a snapshot of the hall's queue.

:func:`board` reads the store once; :func:`announcement` is the spoken call ("请 A001 号到 A01 号窗口办理"),
with the number spelled out so a Mandarin voice reads each character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.messages import translator
from kiosk.tickets.contract import Ticket, TicketState

_DIGITS = {"zh": "零一二三四五六七八九", "en": "0123456789"}
"""How each language reads the digits of a number aloud (speech data)."""


@dataclass(frozen=True)
class Call:
    """A number being called (or called recently) to a window."""

    number: str
    window_id: str
    service_id: str
    calls: int
    called_at: float


@dataclass(frozen=True)
class Board:
    """The queue as the calling screen shows it."""

    calling: list[Call]
    """Numbers being called now (state called), newest first."""
    recent: list[Call]
    """Numbers called earlier today (served, no-show or called before the newest ones), newest first."""
    waiting: dict[str, int] = field(default_factory=dict)
    """Waiting tickets per service id."""


def _call(ticket: Ticket) -> Call:
    called = ticket.called_at.timestamp() if ticket.called_at else ticket.issued_at.timestamp()
    return Call(ticket.label, ticket.window_id or "", ticket.service_id, ticket.calls, called)


def board(store: Any, *, calling: int = 4, recent: int = 8) -> Board:
    """A snapshot of today's queue (raises TicketUnavailable while the database is away)."""
    day = store.list_day()
    called = sorted((t for t in day if t.called_at is not None and t.window_id),
                    key=lambda t: t.called_at.timestamp() if t.called_at else 0.0, reverse=True)
    now = [_call(t) for t in called if t.state == TicketState.CALLED][:calling]
    shown = {c.number for c in now}
    earlier = [_call(t) for t in called if t.label not in shown][:recent]
    waiting: dict[str, int] = {}
    for ticket in day:
        if ticket.state == TicketState.WAITING:
            waiting[ticket.service_id] = waiting.get(ticket.service_id, 0) + 1
    return Board(calling=now, recent=earlier, waiting=waiting)


def spell(text: str, language: str = "zh") -> str:
    """``"A001"`` → ``"A 零 零 一"`` (each character read on its own; in English ``"A 0 0 1"``)."""
    digits = _DIGITS.get(language, _DIGITS["zh"])
    return " ".join(digits[int(c)] if c.isdigit() else c for c in text)


def announcement(number: str, window_id: str, language: str = "zh") -> tuple[str, str]:
    """(text shown, text spoken) of a call, e.g. ("请 A001 号到 A01 号窗口办理", "请 A 零 零 一 号到 …")."""
    _ = translator(language)
    shown = _("Number {number}, please go to window {window}", number=number, window=window_id)
    number_read, window_read = spell(number, _.language), spell(window_id, _.language)
    spoken = _.ctx("spoken", "Number {number}, please go to window {window}", number=number_read, window=window_read)
    return shown, spoken
