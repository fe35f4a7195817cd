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


def mask_text(text: str) -> str:
    """``text`` with personal data masked; always returns a string."""
    if not text:
        return ""
    public = public_numbers()

    def stars(m: re.Match[str]) -> str:
        return m.group(0) if digits_of(m.group(0)) in public else "*" * len(m.group(0))

    return _DIGIT_RUN.sub(stars, mask_pii(str(text)))
