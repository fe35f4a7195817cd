"""Adapters from other areas' public APIs to the staff screens (status checks, test print).

They stand in until the area publishes its live check (``context.status``, ``context.printer``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.admin.status import Check, StatusItem
from kiosk.printing.slips import Slip, Text
from kiosk.printing.transports import printer_from_settings

_LOGGER = logging.getLogger(__name__)


def printer_check(settings: Any) -> Check:
    """Printer state and paper, through ``kiosk.printing.transports.printer_from_settings``."""

    def check() -> StatusItem:
        label = "打印机 Printer"
        try:
            status = printer_from_settings(settings.printer).status()
        except Exception as exc:  # noqa: BLE001 - shown as a red line
            return StatusItem("printer", label, False, f"{settings.printer.uri}: {exc}")
        ok = True if status.state == "ok" else None if status.state == "unknown" else False
        return StatusItem("printer", label, ok, f"{status.describe()} · {settings.printer.uri}")

    return check


def test_print(settings: Any) -> Callable[[], str]:
    """A function printing a short test slip on the configured printer."""

    def run() -> str:
        slip = Slip("guide", "test-print", "zh", (
            Text("HallGuide 智能导办", "large", True, True),
            Text("测试打印  Test print", "normal", True, True),
            Text(f"{settings.hall.kiosk_id} · {datetime.now():%Y-%m-%d %H:%M:%S}", "small", False, True),
            Text("如能看清这几行字，打印机工作正常。", "normal"),
            Text("If you can read these lines, the printer works.", "small"),
        ))
        return str(printer_from_settings(settings.printer).print_slip(slip))

    return run


def speech_check(settings: Any) -> Check:
    """Speech model configured and present (the speech area may add a live check later)."""

    def check() -> StatusItem:
        label = "语音 Speech"
        speech = settings.speech
        if not speech.enabled:
            return StatusItem("speech", label, None, "disabled in settings (speech.enabled = false)")
        models = [p for p in (speech.model_zh, speech.model_en) if p is not None]
        if not models:
            return StatusItem("speech", label, None, "no vosk model configured (speech.model_zh)")
        missing = [str(p) for p in models if not p.is_dir()]
        if missing:
            return StatusItem("speech", label, False, f"model folder missing: {', '.join(missing)}")
        voice = f"voice {speech.voice_zh}/{speech.voice_en}, {speech.rate} wpm" + (" (muted)" if speech.muted else "")
        return StatusItem("speech", label, True, f"model {models[0].name} · {voice}")

    return check
