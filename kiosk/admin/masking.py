"""Masking of personal data before anything citizen-related is stored or logged by staff mode.

:func:`kiosk.privacy.mask_pii` masks personal numbers in every spelling, e-mail addresses and names
given in a self-introduction. Stored statistics and audit lines are kept longer than a visit, so this
adds one more conservative rule on top: any remaining run of six or more digits (the hall's own
published numbers aside) becomes asterisks.
"""

from __future__ import annotations

import re

from kiosk.privacy import digits_of, mask_pii, public_numbers

_DIGIT_RUN = re.compile(r"(?:\d[\s\-]?){5,}\d[\dXx]?")
_ISO_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


def mask_text(text: str, *, keep_dates: bool = False) -> str:
    """``text`` with personal data masked; always returns a string. ``keep_dates``: an ISO date
    (2026-11-20) is not a run of digits to hide — for lines the kiosk writes itself (the audit's
    catalog versions), where a date says which version was applied."""
    if not text:
        return ""
    public = public_numbers()

    def stars(m: re.Match[str]) -> str:
        if digits_of(m.group(0)) in public or (keep_dates and _ISO_DATE.fullmatch(m.group(0))):
            return m.group(0)
        return "*" * len(m.group(0))

    return _DIGIT_RUN.sub(stars, mask_pii(str(text)))
