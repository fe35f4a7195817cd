"""The speech line of the status page from the settings (the speech area replaces it with a live check)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.admin.status import Check, StatusItem
from kiosk.ui.text import tr_both, tr_in

_CONTEXT = "StaffAdminSpeech_checks"


def _item(label: str, ok: bool | None, message: str, **params: object) -> StatusItem:
    """A speech row whose detail is ``message`` (a .ts msgid) in English and Chinese."""
    en, zh = (tr_in(language, _CONTEXT, message).format(**params) for language in ("en", "zh"))
    return StatusItem("speech", label, ok, en, zh, en)


def speech_check(settings: Any) -> Check:
    """Speech model configured and present (the speech area may add a live check later)."""

    def check() -> StatusItem:
        label = tr_both("StaffAdminSpeech_checks", "Speech")
        speech = settings.speech
        if not speech.enabled:
            return _item(label, None, QT_TRANSLATE_NOOP("StaffAdminSpeech_checks",
                                                        "disabled in settings (speech.enabled = false)"))
        models = [p for p in (speech.model_zh, speech.model_en) if p is not None]
        if not models:
            return _item(label, None, QT_TRANSLATE_NOOP("StaffAdminSpeech_checks",
                                                        "no vosk model configured (speech.model_zh)"))
        missing = [str(p) for p in models if not p.is_dir()]
        if missing:
            return _item(label, False, QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model folder missing: {folders}"),
                         folders=", ".join(missing))
        message = (QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model {model} · voice {zh}/{en}, {rate} wpm (muted)")
                   if speech.muted else
                   QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model {model} · voice {zh}/{en}, {rate} wpm"))
        return _item(label, True, message, model=models[0].name, zh=speech.voice_zh, en=speech.voice_en,
                     rate=speech.rate)

    return check
