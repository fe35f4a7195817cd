"""The catalog's English fields: one helper for the composed answers, the screen and the slips."""

from __future__ import annotations

from typing import Any


def localized(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language``: the typed ``<field>_en`` variant for English when it is filled."""
    value = getattr(entry, field, None)
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if isinstance(english, str) and english.strip():
            return english
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def localized_only(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language`` and no other: empty in English when ``<field>_en`` is not filled
    (for an optional extra, e.g. a window's label, that is left out rather than shown in Chinese)."""
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        return english if isinstance(english, str) else ""
    return localized(entry, field, language)


def localized_list(entry: Any, field: str, language: str) -> list[str]:
    """A list field (``conditions``) in ``language`` when the catalog has ``<field>_en``."""
    values = list(getattr(entry, field, None) or [])
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if isinstance(english, list) and english:
            return [str(v) for v in english]
    return [str(v) for v in values]
