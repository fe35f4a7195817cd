"""Installs offline voice into the kiosk window (``install(window, context)``, listed in ``kiosk.ui.app.AREAS``).

Connects: ``voice_requested`` → listen / stop / barge-in; ``speech_stop_requested``,
``question_submitted``, ``visit_ended``, ``screen_changed`` (home/attract) → silence;
``transcript_edited`` → no auto-send; ``language_changed``/``elderly_mode_changed`` → language and
rate. The speaker is the visit's voice: every turn's speak stage says its key line through it; the
LLM area's checked sentences are spoken when that area publishes them. Publishes the microphone level
(``context.voice``) and a live status line (``context.status``). Models load in the background at once;
until then (or without a model/microphone) the mic button is disabled with a plain-words reason.
"""

from __future__ import annotations

import logging

from kiosk.admin.status import from_callable
from kiosk.speech.service import VoiceService
from kiosk.ui.context import AppContext, LlmPort, VoicePort
from kiosk.ui.main_window import MainWindow
from kiosk.ui.text import tr_both
from kiosk.ui.voice import VoiceController

_LOGGER = logging.getLogger(__name__)


def install(window: MainWindow, context: AppContext, service: VoiceService | None = None) -> VoiceController:
    """Create the voice service and controller and connect them to the window."""
    settings = context.settings.speech
    if service is None:
        service = VoiceService(settings, on_event=lambda e: None, catalog=context.catalog_store.current.catalog,
                               cache=context.settings.data_dir / "vosk")
    controller = VoiceController(window, service, settings.auto_send_s, settings.earcons)
    service.set_event_callback(controller.bridge.callback())
    service.set_language(window.language)
    service.set_elderly(window.elderly_mode)
    shown_catalog = {"loaded": context.catalog_store.current}

    def refresh_vocabulary() -> None:
        """A catalog replaced by staff: snap to its words from the next visit on."""
        current = context.catalog_store.current
        if current is not shown_catalog["loaded"]:
            shown_catalog["loaded"] = current
            service.set_catalog(current.catalog)

    def speak_llm(port: LlmPort) -> None:
        port.sentences.connect(lambda text: controller.speak_text(text, window.language))

    context.visit.voice = service.speaker
    context.voice.publish(VoicePort(mic_level=lambda: controller.last_level))
    label = tr_both("BilingualSpeech_wiring", "Speech")
    context.status.publish("speech", label, from_callable("speech", label, lambda: _speech_status(service)))
    context.llm.when_ready(speak_llm)
    window.visit_started.connect(refresh_vocabulary)
    window.voice_requested.connect(controller.on_voice_requested)
    window.speech_stop_requested.connect(controller.stop_speaking)
    window.question_submitted.connect(controller.on_question_submitted)
    window.visit_ended.connect(controller.on_visit_ended)
    window.language_changed.connect(controller.on_language_changed)
    window.elderly_mode_changed.connect(controller.on_elderly_mode_changed)
    window.screen_changed.connect(controller.on_screen_changed)
    window.transcript_edited.connect(controller.on_transcript_edited)
    window.voice_view.set_voice_available(False, tr_both("BilingualSpeech_wiring", "Voice input is starting…"))
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
