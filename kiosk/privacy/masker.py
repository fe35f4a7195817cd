"""One entry point for masking: numbers, e-mail addresses and names in any text, the hall's own numbers kept.

:func:`mask_pii` is applied to everything that leaves the kiosk (the LLM request), to every log record
(:mod:`kiosk.privacy.logs`), to what is stored (:mod:`kiosk.admin.masking`) and to the question shown
on the public screen (:func:`mask_for_screen`). The hall's published numbers (its phone, hotlines
named in the catalog) are registered once with :func:`allow_public_numbers` /
:func:`allow_catalog_numbers` and are never masked.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from kiosk.privacy.labels import published_mailbox
from kiosk.privacy.names import NAME_LABEL, find_names
from kiosk.privacy.numbers import Span, digits_of, find_numbers

EMAIL_LABEL = "[邮箱]"
_EMAIL = re.compile(r"[\w.+-]+\s*(?:@|＠)\s*[\w-]+(?:\.[\w-]+)+")
# A government body's address (…@sz.gov.cn, …@mail.gov): published by the office, no person's.
_OFFICIAL_MAIL = re.compile(r"\.gov(?:\.[a-z]{2})?$", re.IGNORECASE)
_PHONE_LIKE = re.compile(
    r"(?:\+?86[\s-]?)?(?:\(?0\d{2,3}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}|\b\d{5,6}\b|\b[48]00[\s-]?\d{3}[\s-]?\d{4}"
)

_lock = threading.Lock()
_public: frozenset[str] = frozenset()


def _variants(digits: str) -> set[str]:
    """A published number as citizens may say it: with or without its area code or +86."""
    out = {digits}
    if digits.startswith("86") and len(digits) > 10:
        digits = "0" + digits[2:]
        out.add(digits)
    if digits.startswith("0") and len(digits) >= 10:
        for area in (3, 4):
            local = digits[area:]
            if 7 <= len(local) <= 8:
                out.add(local)
                out.add("86" + digits[1:])
                out.add("0086" + digits[1:])
    return out


def public_numbers_in(text: str) -> set[str]:
    """Digit strings of the phone numbers written in ``text`` (each with its variants)."""
    found: set[str] = set()
    for m in _PHONE_LIKE.finditer(text or ""):
        digits = digits_of(m.group())
        if len(digits) >= 5:
            found |= _variants(digits)
    return found


def allow_public_numbers(texts: Iterable[str]) -> frozenset[str]:
    """Never mask the phone numbers written in ``texts`` (the hall's published numbers); returns the set."""
    global _public
    numbers: set[str] = set()
    for text in texts:
        numbers |= public_numbers_in(text)
    with _lock:
        _public = frozenset(numbers)
    return _public


def catalog_public_texts(catalog: Any) -> list[str]:
    """The texts of a catalog where the hall publishes numbers: hall info and service channels and notes."""
    hall = getattr(catalog, "hall", None)
    texts = [str(getattr(hall, k, "") or "") for k in ("phone", "address", "hours")]
    for service in getattr(catalog, "services", []) or []:
        for key in ("appointment", "online", "notes", "appointment_en", "online_en", "notes_en"):
            value = getattr(service, key, None)
            if value is None and getattr(service, "model_extra", None):
                value = service.model_extra.get(key)
            if value:
                texts.append(str(value))
    for place in getattr(catalog, "places", []) or []:
        texts.append(str(getattr(place, "notes", "") or ""))
    return texts


def allow_catalog_numbers(catalog: Any) -> frozenset[str]:
    """Register the numbers a hall catalog publishes (call whenever the catalog in use changes)."""
    return allow_public_numbers(catalog_public_texts(catalog))


def public_numbers() -> frozenset[str]:
    """The digit strings never masked (registered published numbers)."""
    return _public


def find_pii(text: str, public: Iterable[str] | None = None) -> list[Span]:
    """Every personal datum in ``text`` (numbers, e-mail addresses, names given) as spans, in text order."""
    allowed = _public if public is None else frozenset(public)
    spans: list[Span] = []
    if "@" in text or "＠" in text:
        spans += [Span(m.start(), m.end(), EMAIL_LABEL) for m in _EMAIL.finditer(text)
                  if not _OFFICIAL_MAIL.search(m.group()) and not published_mailbox(text[max(0, m.start() - 16) : m.start()])]
    spans += find_numbers(text, allowed)
    spans += [Span(s, e, NAME_LABEL) for s, e in find_names(text)]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def mask_pii(text: str, public: Iterable[str] | None = None) -> str:
    """``text`` with every personal number, e-mail address and given name replaced by its kind label.

    ``public``: digit strings never masked (default: the registered published numbers).
    """
    if not text:
        return text
    spans = find_pii(text, public)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for span in spans:
        if span.start < pos:
            if span.end > pos:  # overlapping spans: extend the one already replaced
                pos = span.end
            continue
        out.append(text[pos : span.start])
        out.append(span.label)
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def mask_for_screen(text: str) -> str:
    """The visitor's question as the public screen may show it (the question bubble): masked."""
    return mask_pii(text)
