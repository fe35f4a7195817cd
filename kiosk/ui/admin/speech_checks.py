"""The speech line of the status page from the settings (the speech area replaces it with a live check)."""

from __future__ import annotations

from typing import Any

from kiosk.admin.status import Check, StatusItem


def speech_check(settings: Any) -> Check:
    """Speech model configured and present (the speech area may add a live check later)."""

    def check() -> StatusItem:
        label = "语音 Speech"
        speech = settings.speech
        if not speech.enabled:
            en = "disabled in settings (speech.enabled = false)"
            return StatusItem("speech", label, None, en, "设置中已关闭语音（speech.enabled = false）", en)
        models = [p for p in (speech.model_zh, speech.model_en) if p is not None]
        if not models:
            en = "no vosk model configured (speech.model_zh)"
            return StatusItem("speech", label, None, en, "未配置语音识别模型（speech.model_zh）", en)
        missing = [str(p) for p in models if not p.is_dir()]
        if missing:
            en = f"model folder missing: {', '.join(missing)}"
            return StatusItem("speech", label, False, en, f"找不到模型文件夹：{'、'.join(missing)}", en)
        muted_en, muted_zh = (" (muted)", "（已静音）") if speech.muted else ("", "")
        en = f"model {models[0].name} · voice {speech.voice_zh}/{speech.voice_en}, {speech.rate} wpm{muted_en}"
        zh = f"模型 {models[0].name} · 语音 {speech.voice_zh}/{speech.voice_en}，语速 {speech.rate}{muted_zh}"
        return StatusItem("speech", label, True, en, zh, en)

    return check
