"""Installs offline voice into the kiosk window (``install(window, context)``, found by ``kiosk.ui.app``).

Connects: ``voice_requested`` → listen / stop / barge-in; ``speech_stop_requested``,
``question_submitted``, ``visit_ended``, ``screen_changed`` (home/attract) → silence;
``answer_shown`` → speak the key line; the LLM controller's ``sentence_ready`` → speak each checked
sentence; ``language_changed``/``elderly_mode_changed`` → language and rate. Models load in the
background at once; until then (or without a model/microphone) the mic button is disabled with a
plain-words reason.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from kiosk.speech.service import VoiceService
from kiosk.ui.voice import VoiceController

_LOGGER = logging.getLogger(__name__)


def connect_llm(window, controller: VoiceController) -> bool:  # noqa: ANN001
    """Speak the LLM controller's checked sentences, if the LLM area is installed."""
    try:
        from kiosk.ui.llm_wiring import LlmController
    except ImportError:
        return False
    llm = window.findChild(LlmController)
    if llm is None:
        return False
    llm.sentence_ready.connect(lambda text: controller.speak_text(text, getattr(window, "language", None)))
    return True


def install(window, context, service: VoiceService | None = None) -> VoiceController:  # noqa: ANN001
    """Create the voice service and controller and connect them to the window."""
    settings = context.settings.speech
    if service is None:
        service = VoiceService(
            settings,
            on_event=lambda e: None,
            catalog=context.catalog_store.current.catalog,
            cache=context.settings.data_dir / "vosk",
        )
    controller = VoiceController(window, service, settings.auto_send_s, settings.earcons)
    service.set_event_callback(controller.bridge.callback())
    service.set_language(getattr(window, "language", "zh"))
    service.set_elderly(bool(getattr(window, "elderly_mode", False)))
    shown_catalog = {"loaded": context.catalog_store.current}

    def refresh_vocabulary() -> None:
        """A catalog replaced by staff: snap to its words from the next visit on."""
        current = context.catalog_store.current
        if current is not shown_catalog["loaded"]:
            shown_catalog["loaded"] = current
            service.set_catalog(current.catalog)

    # For the staff status screen: the live state of voice input and the last microphone level.
    controller.last_level = 0.0
    context.mic_level = lambda: controller.last_level
    context.speech_check = lambda: _speech_status(service)
    window.visit_started.connect(refresh_vocabulary)
    window.voice_requested.connect(controller.on_voice_requested)
    window.speech_stop_requested.connect(controller.stop_speaking)
    window.question_submitted.connect(controller.on_question_submitted)
    window.visit_ended.connect(controller.on_visit_ended)
    window.answer_shown.connect(controller.on_answer_shown)
    window.language_changed.connect(controller.on_language_changed)
    window.elderly_mode_changed.connect(controller.on_elderly_mode_changed)
    screen_changed = getattr(window, "screen_changed", None)
    if screen_changed is not None:
        screen_changed.connect(controller.on_screen_changed)
    field = getattr(getattr(window, "home", None), "question", None)
    if field is not None and hasattr(field, "textEdited"):
        field.textEdited.connect(controller.on_transcript_edited)
    if not connect_llm(window, controller):
        QTimer.singleShot(0, lambda: connect_llm(window, controller))  # the LLM area may install later
    window.set_voice_available(False, "语音识别正在准备… / Voice input is starting…")
    # Not QApplication.aboutToQuit: qasync emits it each time run_until_complete() stops its loop.
    window.destroyed.connect(lambda *_: service.close())
    service.start()
    return controller


def _speech_status(service: VoiceService) -> tuple[bool, str]:
    """(ok, plain words) for the staff status screen: model loaded, microphone, voices."""
    availability = service.availability()
    voice = service.synthesizer.status
    text = "voice input ready" if availability.ok else availability.reason
    return availability.ok, f"{text}{' · speech ' + voice if voice else ''}"
