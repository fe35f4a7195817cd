"""Business days, status-page tokens and the queue-letter rule shared by both stores."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta


def parse_day_start(text: str) -> timedelta:
    """``"04:00"`` → the offset of the business-day boundary after midnight."""
    try:
        hours, minutes = (int(part) for part in str(text).split(":"))
    except ValueError:
        raise ValueError(f"day_starts_at must look like 04:00, not {text!r}") from None
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(f"day_starts_at out of range: {text!r}")
    return timedelta(hours=hours, minutes=minutes)


def business_day(moment: datetime, day_start: timedelta) -> date:
    """The business day a local time belongs to (before the boundary = the previous day)."""
    return (moment - day_start).date()


def new_token() -> str:
    """An unguessable status-page key (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


def label(prefix: str, number: int) -> str:
    """``("A", 23)`` → ``"A023"``."""
    return f"{prefix}{number:03d}"


def zone_clashes(prefix: str, window_ids: list[str] | tuple[str, ...]) -> list[str]:
    """Windows of a service whose zone letter is a *different* queue letter's own.

    A ticket ``B001`` sent to window ``A06`` reads as "zone B" to a citizen; a queue letter must
    either match the zone letter of its windows or be a letter no zone uses. Returns the windows
    whose leading letter differs from ``prefix``'s leading letter.
    """
    head = prefix[:1].upper()
    return [w for w in window_ids if w[:1].isalpha() and w[:1].upper() != head]
