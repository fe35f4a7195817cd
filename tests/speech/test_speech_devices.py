"""No microphone / no PortAudio / no speaker: clear reasons, never a crash; ``kiosk doctor`` and CLI."""

from __future__ import annotations

import builtins
import json
import threading
from pathlib import Path

import pytest

from kiosk.settings import load_settings
from kiosk.speech import audio
from kiosk.speech.audio import MicrophoneSource, MicrophoneUnavailable, WavFileSource, read_wav_pcm, rms_level
from kiosk.speech.events import Availability, SpeechError
from kiosk.speech.player import AudioOutput, NullBackend, open_output
from kiosk.speech.service import VoiceService


def test_microphone_without_a_device_raises_plain_words() -> None:
    """This machine has no sound card: opening the microphone explains that, in Chinese."""
    with pytest.raises(MicrophoneUnavailable, match="麦克风"):
        MicrophoneSource().start()
    with pytest.raises(MicrophoneUnavailable):
        MicrophoneSource(device="USB Mic 9000").start()


def test_missing_portaudio_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """When sounddevice cannot load libportaudio (OSError at import) the reason names PortAudio."""
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):  # noqa: ANN001, ANN202
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MicrophoneUnavailable, match="PortAudio"):
        audio.check_microphone()


def test_no_speaker_falls_back_to_a_silent_sink() -> None:
    """Without an output device, speech still 'plays' (in real time) into the null sink."""
    output = open_output()
    try:
        assert isinstance(output.backend, NullBackend)
    finally:
        output.close()


def test_wav_source_resamples_and_paces(tmp_path: Path) -> None:
    """A 22,050 Hz file is converted to 16 kHz; real-time pacing and end-of-stream work."""
    from kiosk.speech.tts import write_wav

    tone = (b"\x00\x10\x00\xf0") * 22050  # 2 s of a loud square wave at 22,050 Hz
    write_wav(tmp_path / "t.wav", tone, 22050)
    pcm = read_wav_pcm(tmp_path / "t.wav")
    assert abs(len(pcm) / 2 / 16000 - 2.0) < 0.01
    assert rms_level(pcm[:1600]) > 0.05 and rms_level(b"\0" * 1600) == 0
    source = WavFileSource(tmp_path / "t.wav", speed=4.0)
    source.start()
    blocks = []
    while (block := source.read(0.5)) is not None:
        blocks.append(block)
    assert sum(len(b) for b in blocks) == len(pcm) and source.end_of_audio_at is not None


def test_service_without_microphone_or_model_disables_voice(tmp_path: Path) -> None:
    """No model + no microphone: Availability(False, reason) for the button; listen() is refused."""
    events: list = []
    got = threading.Event()

    def on_event(event) -> None:  # noqa: ANN001
        events.append(event)
        if isinstance(event, Availability):
            got.set()

    settings = load_settings(None, speech={"model_zh": str(tmp_path / "missing")}).speech
    service = VoiceService(settings, on_event, output=AudioOutput(NullBackend()), cache=tmp_path)
    try:
        service.start()
        assert got.wait(10)
        service.models.wait("zh", 10)
        state = service.availability()
        assert not state.ok and "麦克风" in state.reason
        service.mic_error = ""
        state = service.availability()
        assert not state.ok and "触屏" in state.reason  # model missing: use touch
        assert service.listen() is None
        assert isinstance(events[-1], SpeechError) and events[-1].code == "voice-unavailable"
    finally:
        service.close()


def test_doctor_reports_each_check(capsys: pytest.CaptureFixture[str], ko_model_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """``kiosk doctor --json``: microphone fails here, the (Korean stand-in) model and voices pass."""
    from kiosk.cli import main
    from kiosk.cli.doctor import CHECKS

    monkeypatch.setenv("KIOSK_SPEECH__MODEL_ZH", str(ko_model_path))
    extra = lambda settings: ("extra area", True, "added by another area")  # noqa: E731
    monkeypatch.setattr("kiosk.cli.doctor.CHECKS", [*CHECKS, extra])
    code = main(["doctor", "--json"])
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert code == 1  # no microphone on this machine
    assert rows["microphone"]["ok"] is False and "麦克风" in rows["microphone"]["detail"]
    assert rows["speech model zh"]["ok"] is True
    assert rows["speech model en"]["ok"] is False and "没有配置" in rows["speech model en"]["detail"]
    assert rows["voice zh"]["ok"] is True and "cmn" in rows["voice zh"]["detail"]
    assert rows["voice en"]["ok"] is True
    assert rows["extra area"]["ok"] is True


def test_transcribe_cli_json(capsys: pytest.CaptureFixture[str], ko_model_path: Path, ko_wavs) -> None:
    """``kiosk transcribe FILE --model DIR --json`` prints text and timings."""
    from kiosk.cli import main

    code = main(["transcribe", str(ko_wavs["thanks"]), "--model", str(ko_model_path), "--json", "--no-snap"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["text"] and out["audio_s"] > 0.5 and out["rtf"] > 0 and "final_latency_ms" in out


def test_transcribe_cli_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file or model is a usage error (2) with a message."""
    from kiosk.cli import main

    assert main(["transcribe", str(tmp_path / "none.wav"), "--model", str(tmp_path)]) == 2
    (tmp_path / "x.wav").write_bytes(b"RIFF....")
    assert main(["transcribe", str(tmp_path / "x.wav"), "--model", str(tmp_path / "nope")]) == 2
    assert "kiosk transcribe" in capsys.readouterr().err
