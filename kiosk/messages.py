"""Messages the domain shows to people (answers, slips, status pages, spoken lines), in their language.

One mechanism for every Qt-free module: Python's stdlib :mod:`gettext` with the catalogs in
``kiosk/locale/<locale>/LC_MESSAGES/hallguide.po`` (compiled ``.mo`` committed next to them). Source
strings (msgids) are English; the ``zh_CN`` catalog holds the Chinese, and English is the msgid itself.
Parameters are named ``{placeholders}`` filled after translation, so a translation may reorder them.

Usage::

    _ = translator(language)
    _("Fee: {fee}", fee=fee)
    _.plural("Bring the {n} required item", "Bring the {n} required items", count, n=count)
    _.ctx("slip", "Window {id}", id=window_id)

Rebuild the catalogs after changing a message: ``sh kiosk/locale/build.sh`` (Babel's ``pybabel``).
The UI (kiosk/ui/**) uses Qt Linguist instead; catalog data (``name_en`` and the like) is data, read
with :func:`kiosk.catalog.localized`, not translated here.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "hallguide"
LOCALES = {"zh": "zh_CN", "en": "en"}
"""The kiosk's languages and their gettext locale names (English is the source language)."""
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
"""Each language's name in itself (what a language link or button shows): data, not translation."""


def other_language(language: str) -> str:
    """The kiosk's other language ("zh" ↔ "en"), what a language switch offers."""
    return "zh" if language == "en" else "en"


class Translator:
    """The messages of one language: call it for a message, ``plural`` / ``ctx`` for the others."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._t = translations

    def __call__(self, message: str, /, **params: object) -> str:
        """``message`` in this language, its ``{placeholders}`` filled from ``params``."""
        text = self._t.gettext(message)
        return text.format(**params) if params else text

    def plural(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        """The singular or plural form for the count ``n`` (Chinese has one form)."""
        text = self._t.ngettext(singular, plural, n)
        return text.format(**params) if params else text

    def ctx(self, context: str, message: str, /, **params: object) -> str:
        """``message`` in ``context`` (the same English words translated differently elsewhere)."""
        text = self._t.pgettext(context, message)
        return text.format(**params) if params else text

    def ctx_plural(self, context: str, singular: str, plural: str, n: int, /, **params: object) -> str:
        """:meth:`plural` in ``context``."""
        text = self._t.npgettext(context, singular, plural, n)
        return text.format(**params) if params else text


@cache
def translator(language: str) -> Translator:
    """The :class:`Translator` for ``language`` ("zh" | "en"; anything else reads as Chinese)."""
    locale = LOCALES.get(language, LOCALES["zh"])
    translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[locale], fallback=True)
    return Translator(language if language in LOCALES else "zh", translations)


def both(message: str, /, **params: object) -> str:
    """Chinese and English side by side ("中文 English"), for text read by staff of either language."""
    zh, en = translator("zh")(message, **params), translator("en")(message, **params)
    return zh if zh == en else f"{zh} {en}"


def pair(message: str, /, **params: object) -> tuple[str, str]:
    """(Chinese, English) of ``message``, for a record that keeps both (a status row's ``text_zh`` / ``text_en``)."""
    return translator("zh")(message, **params), translator("en")(message, **params)


class Phrase:
    """A fixed message read in a language with ``phrase[language]`` (a drop-in for the old
    ``{"zh": …, "en": …}`` tables: the text now comes from the catalogs)."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __getitem__(self, language: str) -> str:
        return translator(language)(self.message)

    def __repr__(self) -> str:
        return f"Phrase({self.message!r})"


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark for extraction only"
    """Mark ``message`` for extraction without translating it now (translated where it is shown)."""
    return message
