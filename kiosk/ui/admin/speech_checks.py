"""The speech line of the status page from the settings (the speech area replaces it with a live check)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.admin.status import Check, StatusItem
from kiosk.ui.text import tr_both, tr_in

_CONTEXT = "StaffAdminSpeech_checks"
_OFF = QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "disabled in settings (speech.enabled = false)")
_NO_MODEL = QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "no vosk model configured (speech.model_zh)")
_MISSING = QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model folder missing: {folders}")
_READY = QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model {model} · voice {zh}/{en}, {rate} wpm")
_READY_MUTED = QT_TRANSLATE_NOOP("StaffAdminSpeech_checks", "model {model} · voice {zh}/{en}, {rate} wpm (muted)")


def speech_check(settings: Any) -> Check:
    """Speech model configured and present (the speech area may add a live check later)."""
    # translated here, on the GUI thread: the check itself runs on a worker thread
    label = tr_both("StaffAdminSpeech_checks", "Speech")
    words = {str(m): (tr_in("en", _CONTEXT, str(m)), tr_in("zh", _CONTEXT, str(m)))
             for m in (_OFF, _NO_MODEL, _MISSING, _READY, _READY_MUTED)}

    def item(ok: bool | None, message: object, **params: object) -> StatusItem:
        en, zh = (text.format(**params) for text in words[str(message)])
        return StatusItem("speech", label, ok, en, zh, en)

    def check() -> StatusItem:
        speech = settings.speech
        if not speech.enabled:
            return item(None, _OFF)
        models = [p for p in (speech.model_zh, speech.model_en) if p is not None]
        if not models:
            return item(None, _NO_MODEL)
        missing = [str(p) for p in models if not p.is_dir()]
        if missing:
            return item(False, _MISSING, folders=", ".join(missing))
        return item(True, _READY_MUTED if speech.muted else _READY, model=models[0].name, zh=speech.voice_zh,
                    en=speech.voice_en, rate=speech.rate)

    return check
