"""Loads the kiosk's Qt Linguist translations and Qt's own (qtbase) for the chosen language."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_LOGGER = logging.getLogger(__name__)
_LOAD_LOCK = threading.Lock()
I18N = Path(__file__).resolve().parent / "i18n"
_LOCALES = {"zh": "zh_CN", "en": "en"}


class Translations:
    """Swaps the installed translators when the visitor changes language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._cache: dict[str, list[QTranslator]] = {}
        self.language = ""

    def _load(self, language: str) -> list[QTranslator]:
        with _LOAD_LOCK:  # tr_in may be called from two threads at once: load each language once
            return self._load_once(language)

    def _load_once(self, language: str) -> list[QTranslator]:
        if language in self._cache:
            return self._cache[language]
        locale = _LOCALES[language]
        out = []
        own = QTranslator()
        if own.load(str(I18N / f"hallguide_{locale}.qm")):
            out.append(own)
        else:
            _LOGGER.warning("missing translation file hallguide_%s.qm", locale)
        if language == "zh":
            qt = QTranslator()
            if qt.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                out.append(qt)
        self._cache[language] = out
        return out

    def translators(self, language: str) -> list[QTranslator]:
        """The loaded translators of ``language`` (the kiosk's own first), installed or not."""
        return self._load(language) if language in _LOCALES else []

    def install(self, language: str) -> None:
        """Use ``language`` ("zh" | "en") for every translated string from now on."""
        if language == self.language:
            return
        app = cast(QCoreApplication, QCoreApplication.instance())
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = self._load(language)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.language = language

    def uninstall(self) -> None:
        """Remove this object's translators from the application."""
        app = cast(QCoreApplication, QCoreApplication.instance())
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = ""


_SHARED: Translations | None = None


def shared_translations() -> Translations:
    """The process's one :class:`Translations` (translators are application-wide, so one owner)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Translations()
    return _SHARED
