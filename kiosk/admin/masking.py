"""Masking of personal data before anything citizen-related is stored or logged by staff mode.

:func:`kiosk.privacy.mask_pii` masks ID, mobile and bank card numbers (also spoken and spaced
forms). Stored statistics and audit lines are kept longer than a visit, so this adds two more
conservative rules on top: e-mail addresses, and any remaining run of six or more digits.
"""

from __future__ import annotations

import re

from kiosk.privacy import mask_pii

_DIGIT_RUN = re.compile(r"(?:\d[\s\-]?){5,}\d[\dXx]?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def mask_text(text: str) -> str:
    """``text`` with personal data masked; always returns a string."""
    if not text:
        return ""
    text = _EMAIL.sub("***@***", mask_pii(text))
    return _DIGIT_RUN.sub(lambda m: "*" * len(m.group(0)), text)
