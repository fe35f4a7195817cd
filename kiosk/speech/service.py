"""The kiosk's voice, assembled from settings: models, microphone turns, vocabulary and speech.

:class:`VoiceService` is Qt-free; ``kiosk.ui.speech_wiring`` adapts its events to the window. All
its events arrive on worker threads through one callback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.messages import N_, both, translator
from kiosk.settings import SpeechSettings
from kiosk.speech.audio import AudioSource, MicrophoneSource, MicrophoneUnavailable, check_microphone
from kiosk.speech.events import Availability, EventCallback, SpeechError
from kiosk.speech.models import ModelSlot, SpeechModels
from kiosk.speech.player import AudioOutput, open_output
from kiosk.speech.recognizer import Listener, RecognitionTurn, TurnOptions, grammar_json
from kiosk.speech.speaker import Speaker
from kiosk.speech.tts import Synthesizer
from kiosk.speech.vocabulary import Vocabulary

_LOGGER = logging.getLogger(__name__)

SourceFactory = Callable[[], AudioSource]


class VoiceService:
    """Listen (tap-to-talk) and speak for one kiosk."""

    def __init__(
        self,
        settings: SpeechSettings,
        on_event: EventCallback,
        catalog=None,  # noqa: ANN001 - kiosk.catalog.Catalog
        source_factory: SourceFactory | None = None,
        output: AudioOutput | None = None,
        synthesizer: Synthesizer | None = None,
        cache: Path | None = None,
    ) -> None:
        self.settings = settings
        self.on_event = on_event
        self.source_factory = source_factory or (
            lambda: MicrophoneSource(settings.input_device, settings.sample_rate)
        )
        self._check_mic = source_factory is None
        self.models = SpeechModels(
            {"zh": settings.model_zh, "en": settings.model_en},
            settings.trailing_silence_s,
            settings.max_utterance_s,
            cache=settings.model_cache or cache,
            read_lexicon=settings.grammar == "catalog",
        )
        self._grammars: dict[tuple[str, int], str] = {}
        self.listener = Listener(on_event)
        self.output = output or open_output(settings.output_device)
        self.synthesizer = synthesizer or Synthesizer(
            {"zh": settings.voice_zh, "en": settings.voice_en}, volume=settings.volume
        )
        self.speaker = Speaker(
            self.synthesizer, self.output, on_event, rate=settings.rate, muted=settings.muted or not settings.tts_enabled
        )
        self.vocabulary = Vocabulary([])
        self.language = "zh"
        self.mic_error = ""
        if catalog is not None:
            self.set_catalog(catalog)

    def set_event_callback(self, on_event: EventCallback) -> None:
        """Send every later event (recognition and speech) to ``on_event``."""
        self.on_event = on_event
        self.listener.on_event = on_event
        self.speaker.on_event = on_event

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        """Load the models and check the microphone in the background; reports ``Availability``."""
        if not self.settings.enabled:
            self.on_event(Availability(False, both("Voice is turned off")))
            return
        threading.Thread(target=self._probe_microphone, name="mic-probe", daemon=True).start()
        if self.settings.tts_enabled and not self.settings.muted:
            threading.Thread(target=self._warm_up_voices, name="tts-warm-up", daemon=True).start()
        for language in ("zh", "en"):
            self.models.load_async(language, self._on_model)

    def _warm_up_voices(self) -> None:
        """Load espeak and verify both voices now, so the first answer is not delayed."""
        try:
            self.synthesizer.warm_up(("zh", "en"))
        except Exception:  # noqa: BLE001 - reported again (as an event) when speech is attempted
            _LOGGER.warning("speech synthesis not ready: %s", self.synthesizer.status)

    def _probe_microphone(self) -> None:
        if self._check_mic:
            try:
                name = check_microphone(self.settings.input_device, self.settings.sample_rate)
                _LOGGER.info("microphone: %s", name)
            except MicrophoneUnavailable as exc:
                self.mic_error = str(exc)
        self._report()

    def _on_model(self, slot: ModelSlot) -> None:
        if slot.language == self.language or slot.state == "ready":
            self._report()

    def availability(self, language: str | None = None) -> Availability:
        """Whether a voice turn in ``language`` can start now, and why not."""
        language = language or self.language
        if not self.settings.enabled:
            return Availability(False, both("Voice is turned off"))
        if self.mic_error:
            return Availability(False, both("No microphone: please use touch"))
        slot = self.models.slots.get(language)
        if slot is None or slot.state in ("idle", "failed"):
            reason = slot.error if slot is not None and slot.error else translator("zh")(N_("no speech recognition model"))
            _LOGGER.info("voice unavailable for %s: %s", language, reason)
            return Availability(False, both("Voice input unavailable: please use touch"))
        if slot.state == "loading":
            return Availability(False, both("Voice input is starting…"))
        return Availability(True, "")

    def _report(self) -> None:
        self.on_event(self.availability())

    def set_language(self, language: str) -> None:
        """Recognise and speak in ``language`` ("zh" | "en") from now on."""
        self.language = language
        self.speaker.language = language
        self._report()

    def set_elderly(self, elderly: bool) -> None:
        """Slower speech in elderly mode."""
        self.speaker.rate = self.settings.rate_elderly if elderly else self.settings.rate

    def set_catalog(self, catalog, wait: bool = False) -> None:  # noqa: ANN001
        """Use this catalog's vocabulary for snapping (and grammar mode); built in the background."""

        def build() -> None:
            self.vocabulary = Vocabulary.from_catalog(catalog)

        thread = threading.Thread(target=build, name="speech-vocabulary", daemon=True)
        thread.start()
        if wait:
            thread.join()

    # -- listening --------------------------------------------------------------------------
    @property
    def listening(self) -> bool:
        """A recognition turn is running."""
        return self.listener.active

    def listen(self) -> RecognitionTurn | None:
        """Start a turn in the current language; None (plus an error event) when not possible."""
        state = self.availability()
        if not state.ok:
            self.on_event(SpeechError("voice-unavailable", state.reason))
            return None
        slot = self.models.slots[self.language]
        s = self.settings
        grammar = None
        if s.grammar == "catalog" and self.vocabulary.terms:
            key = (self.language, id(self.vocabulary))
            if key not in self._grammars:
                self._grammars[key] = grammar_json(self.vocabulary.phrases(self.language, slot.words), slot.words)
            grammar = self._grammars[key]
        options = TurnOptions(
            language=self.language,
            sample_rate=s.sample_rate,
            trailing_silence_s=s.trailing_silence_s,
            no_speech_timeout_s=s.no_speech_timeout_s,
            max_utterance_s=s.max_utterance_s,
            grammar=grammar,
            energy_endpoint=s.energy_endpoint,
        )
        try:
            source = self.source_factory()
        except Exception as exc:  # noqa: BLE001 - a broken audio set-up must not crash the kiosk
            _LOGGER.exception("cannot create the audio source")
            self.on_event(SpeechError("no-microphone", translator("zh")(N_("the microphone cannot be used: {error}"), error=exc)))
            return None
        return self.listener.start(slot.model, source, options, self._postprocess)

    def _postprocess(self, text: str) -> str:
        return self.vocabulary.snap(text).text

    def stop_listening(self) -> None:
        """Finish the turn now with what was heard."""
        self.listener.stop()

    def cancel_listening(self) -> None:
        """Abandon the turn (no result)."""
        self.listener.cancel()

    # -- speaking ---------------------------------------------------------------------------
    def stop_speaking(self) -> bool:
        """Silence at once; True if something was being said."""
        return self.speaker.stop()

    def close(self) -> None:
        """Stop everything and release the audio devices."""
        self.listener.cancel()
        self.speaker.close()
        self.output.close()
