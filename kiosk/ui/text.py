"""UI string translation and catalog text in the visitor's language.

All UI strings go through :func:`tr` (Qt Linguist context ``""``, extracted by
``pyside6-lupdate``); catalog entries are shown in the chosen language where the catalog has a
``<field>_en`` value, otherwise in Chinese.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.catalog import localized, localized_list


def tr(text: str) -> str:
    """Translate a UI source string (English source, Chinese/English .qm files)."""
    return QCoreApplication.translate("", text)


def tr_in(language: str, context: str, text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, text)``) in ``language``, whichever language is
    installed: for panels built for the visit's language (an unknown text or language: ``text``)."""
    from kiosk.ui.translations import shared_translations

    for translator in shared_translations().translators(language):
        found = translator.translate(context, text)
        if found:
            return found
    return text


def loc(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language`` (see :func:`kiosk.catalog.localized`)."""
    return localized(entry, field, language)


def loc_list(entry: Any, field: str, language: str) -> list[str]:
    """A list field in ``language`` (see :func:`kiosk.catalog.localized_list`)."""
    return localized_list(entry, field, language)


def tr_both(context: str, text: str) -> str:
    """``text`` in Chinese and English side by side ("中文 English", one msgid in the .ts files), for staff
    screens read by staff of either language (lupdate extracts it: ``-tr-function-alias translate+=tr_both``)."""
    zh, en = tr_in("zh", context, text), tr_in("en", context, text)
    return zh if zh == en else f"{zh} {en}"


def tr_lines(context: str, text: str) -> str:
    """:func:`tr_both` with the Chinese and the English on two lines."""
    zh, en = tr_in("zh", context, text), tr_in("en", context, text)
    return zh if zh == en else f"{zh}\n{en}"
