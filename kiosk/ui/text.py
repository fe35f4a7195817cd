"""UI string translation and catalog text in the visitor's language.

All UI strings go through :func:`tr` (Qt Linguist context ``""``, extracted by
``pyside6-lupdate``); catalog entries are shown in the chosen language where the catalog has a
``<field>_en`` value, otherwise in Chinese.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate a UI source string (English source, Chinese/English .qm files)."""
    return QCoreApplication.translate("", text)


def loc(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language``: the ``<field>_en`` variant for English when present."""
    value = getattr(entry, field, None)
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if english is None and getattr(entry, "model_extra", None):
            english = entry.model_extra.get(f"{field}_en")
        if isinstance(english, str) and english.strip():
            return english
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def loc_list(entry: Any, field: str, language: str) -> list[str]:
    """A list field (``conditions``) in ``language`` when the catalog has ``<field>_en``."""
    values = list(getattr(entry, field, None) or [])
    if language == "en" and getattr(entry, "model_extra", None):
        english = entry.model_extra.get(f"{field}_en")
        if isinstance(english, list) and english:
            return [str(v) for v in english]
    return [str(v) for v in values]
