""""1 people ahead" (Xvfb walk 10, defect 14): one person waiting is singular in English, on screen and on
the printed slip; Chinese has one form."""

from __future__ import annotations

from datetime import datetime

import pytest


@pytest.mark.parametrize(("language", "one", "three"), [
    ("en", "1 person ahead, about 3 min wait", "3 people ahead, about 12 min wait"),
    ("zh", "前面还有 1 人，预计等候约 3 分钟", "前面还有 3 人，预计等候约 12 分钟"),
])
def test_the_panel_says_person_for_one(qtbot, language, one, three):
    from kiosk.ui.app import create_application
    from kiosk.ui.ticket_view import ahead_text, words

    create_application()
    w = words(language)
    assert ahead_text(w, 1, 3) == one and ahead_text(w, 3, 12) == three
    assert ahead_text(w, 0, 0) == w["ahead_none"]


def test_the_slip_says_person_for_one(hall, gui_ready):
    from kiosk.printing.slips import Text, ticket_slip
    from kiosk.tickets import IssuedTicket, QueuePosition, Ticket, TicketState

    service = hall.catalog.services[0]
    now = datetime(2026, 11, 27, 10, 0)
    ticket = Ticket(1, now.date(), service.queue_prefix, 2, service.id, False, TicketState.WAITING, now)
    lines = {}
    for n in (1, 2):
        issued = IssuedTicket(ticket, QueuePosition(n, 4 * n), service.name, service.name_en, tuple(service.windows))
        slip = ticket_slip(issued, hall, qr_url="https://example.org/q", language="en")
        lines[n] = [b.text for b in slip.blocks if isinstance(b, Text)]
    assert "1 person ahead of you" in lines[1] and "2 people ahead of you" in lines[2], lines
