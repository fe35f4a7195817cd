"""Masking of personal data before anything citizen-related is stored or logged.

Uses the LLM area's ``kiosk.privacy.mask_pii`` when it is installed; until then (or if it fails) a
conservative fallback hides every run of six or more digits (ID cards, phone numbers, account
numbers), including runs split by spaces or dashes, and e-mail addresses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

_LOGGER = logging.getLogger(__name__)

_DIGIT_RUN = re.compile(r"(?:\d[\s\-]?){5,}\d[\dXx]?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _fallback(text: str) -> str:
    text = _EMAIL.sub("***@***", text)
    return _DIGIT_RUN.sub(lambda m: "*" * len(m.group(0)), text)


def _load() -> Callable[[str], str] | None:
    try:
        from kiosk.privacy import mask_pii  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return mask_pii  # type: ignore[no-any-return,unused-ignore]


def mask_text(text: str) -> str:
    """``text`` with personal data masked (ID numbers, phones...); always returns a string."""
    if not text:
        return ""
    masker = _load()
    if masker is not None:
        try:
            result = masker(text)
            masked = result if isinstance(result, str) else str(getattr(result, "text", result))
            return _fallback(masked)
        except Exception:  # noqa: BLE001 - masking must never break recording
            _LOGGER.exception("kiosk.privacy.mask_pii failed; using the fallback mask")
    return _fallback(text)
