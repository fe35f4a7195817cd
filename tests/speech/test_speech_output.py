"""Real pyttsx3 + espeak-ng synthesis, the interruptible output and the sentence speaker."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import pytest

from kiosk.speech import tts
from kiosk.speech.events import Speaking, SpeechError, Spoken, Stopped
from kiosk.speech.player import AudioOutput, NullBackend
from kiosk.speech.speaker import Speaker, split_sentences
from kiosk.speech.tts import Synthesizer, TtsError, voice_matches

ZH = "请到二楼三号窗口办理社保卡补办。"
EN = "Please go to window three on the second floor."


@pytest.fixture(scope="module")
def synth() -> Synthesizer:
    """One synthesizer (pyttsx3 keeps one espeak engine per process); 'zh' configured on purpose."""
    return Synthesizer({"zh": "zh", "en": "en"})


@pytest.fixture
def output():
    """A recording real-time sink (no sound card here)."""
    backend = NullBackend(record=True)
    out = AudioOutput(backend)
    yield out
    out.close()


def wait_for(predicate, timeout: float = 10.0) -> None:
    """Wait until ``predicate()``, re-checked each time the null sink pulls a block."""
    ticker = NullBackend(record=False)
    ticker.start(lambda frames: bytes(frames * 2), 22050)
    try:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            ticker.wait_ticks(1)
    finally:
        ticker.close()


def test_mandarin_voice_is_verified_cmn_even_when_configured_zh(synth: Synthesizer) -> None:
    """'zh' silently means English on espeak-ng; the synthesizer notices and uses cmn."""
    result = synth.synthesize(ZH, "zh", 170)
    assert "cmn" in result.voice and "pinyin" not in result.voice
    # Mandarin reads 16 syllables (~3–6 s); English "Chinese letter" spelling would be far longer,
    # an empty render far shorter.
    assert 2.0 < result.duration_s < 8.0
    assert result.sample_rate == 22050 and result.synth_s < 1.0


def test_mandarin_differs_from_the_english_fallback(synth: Synthesizer) -> None:
    """The same Chinese text through the English voice sounds nothing like the cmn render."""
    mandarin = synth.synthesize(ZH, "zh", 170)
    english = synth.synthesize(ZH, "en", 170)
    assert "cmn" in mandarin.voice and english.voice.endswith("en")
    # espeak's English voice reads each character as "Chinese letter": much longer (9.1 s vs 5.0 s here).
    assert english.duration_s > 1.5 * mandarin.duration_s


def test_english_voice_and_rate(synth: Synthesizer) -> None:
    """English renders with an English voice; the elderly rate is slower (longer audio)."""
    normal = synth.synthesize(EN, "en", 170)
    slow = synth.synthesize(EN, "en", 110)
    assert voice_matches("en", normal.voice)
    assert 1.5 < normal.duration_s < 5.0
    assert slow.duration_s > normal.duration_s * 1.3


def test_save_to_file_without_output_is_retried(monkeypatch: pytest.MonkeyPatch, synth: Synthesizer) -> None:
    """The first render writes no file (seen in the field): retried, and the attempt is reported."""
    engine = synth.engine()
    real = engine.save_to_file
    calls = {"n": 0}

    def flaky(text, path, name=None):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 1:
            return None  # nothing queued: runAndWait finishes without writing
        return real(text, path)

    synth.select_voice("zh")
    monkeypatch.setattr(engine, "save_to_file", flaky)
    result = synth.synthesize("您好。", "zh", 170)
    assert result.attempts == 2 and result.duration_s > 0.3


def test_save_to_file_never_writing_gives_clear_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every attempt empty → TtsError('no-audio') with a status, after the configured retries."""
    synth = Synthesizer(retries=1)
    synth.select_voice("zh")
    engine = synth.engine()
    monkeypatch.setattr(synth, "_render", lambda *a: None)
    with pytest.raises(TtsError) as caught:
        synth.synthesize("您好。", "zh", 170)
    assert caught.value.code == "no-audio"
    assert "没有生成音频" in synth.status
    assert engine is synth.engine()


def test_missing_espeak_ng_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the driver cannot load libespeak-ng, synthesis reports tts-unavailable (no crash)."""

    def no_driver():  # noqa: ANN202
        raise OSError("libespeak-ng.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(tts, "_make_engine", no_driver)
    synth = Synthesizer()
    with pytest.raises(TtsError) as caught:
        synth.synthesize("您好", "zh")
    assert caught.value.code == "tts-unavailable"
    assert "espeak-ng" in caught.value.message


def test_unknown_voice_everywhere_is_no_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """No candidate yields the language → TtsError('no-voice') naming what was tried."""
    monkeypatch.setitem(tts.VOICE_CANDIDATES, "zh", [])
    synth = Synthesizer({"zh": "zh"})
    with pytest.raises(TtsError) as caught:
        synth.select_voice("zh")
    assert caught.value.code == "no-voice" and "zh" in caught.value.message


def test_say_cli_writes_a_mandarin_wav(tmp_path: Path) -> None:
    """``kiosk say`` writes a playable WAV with the verified voice."""
    from kiosk.cli import main

    out = tmp_path / "hello.wav"
    assert main(["say", ZH, "--lang", "zh", "--out", str(out)]) == 0
    with wave.open(str(out)) as wav:
        assert wav.getframerate() == 22050 and wav.getnframes() / 22050 > 2.0


def test_output_stop_silences_at_once(output: AudioOutput) -> None:
    """A long clip interrupted mid-play: at most the block in flight is heard after stop()."""
    backend: NullBackend = output.backend  # type: ignore[assignment]
    tone = (b"\x00\x40" * 22050) * 3
    output.play(tone, 22050)
    wait_for(lambda: backend.played_s() > 0.3)
    stop_at = time.perf_counter()
    output.stop()
    assert not output.busy
    assert backend.wait_ticks(10)  # ten more blocks pulled: all silent (timing: benchmarks/voice.py)
    assert backend.blocks_after(stop_at) <= 1
    assert 0.3 <= backend.played_s() < 3.0


def test_output_plays_the_whole_clip_and_reports_start_and_end(output: AudioOutput) -> None:
    """A 0.3 s clip reaches the sink whole; on_start/on_end arrive in order (real-time pace is
    measured in benchmarks/voice.py)."""
    backend: NullBackend = output.backend  # type: ignore[assignment]
    marks: list[str] = []
    done = threading.Event()
    clip = b"\x00\x20" * int(22050 * 0.3)
    output.play(clip, 22050, on_start=lambda: marks.append("start"),
                on_end=lambda: (marks.append("end"), done.set()))
    assert done.wait(10)
    assert marks == ["start", "end"]
    assert backend.played_s() == pytest.approx(0.3, abs=0.02)


def test_split_sentences() -> None:
    """Chinese and English sentence ends; decimals are not ends; long clauses split at a comma."""
    done, rest = split_sentences("您好。请到3.5号窗口！Then go", final=False)
    assert done == ["您好。", "请到3.5号窗口！"] and rest == "Then go"
    long = "您需要携带身份证原件、户口本原件和近期一寸免冠照片两张，以及填写完整的申请表格，然后"
    done, rest = split_sentences(long, final=False)
    assert done and done[0].endswith("，") and rest == "然后"
    assert split_sentences("没有句号", final=True) == (["没有句号"], "")


def test_streamed_answer_starts_before_the_stream_ends(synth: Synthesizer, output: AudioOutput) -> None:
    """The first sentence is heard while later text is still arriving; reasoning is never spoken."""
    events: list = []
    speaker = Speaker(synth, output, events.append)
    speaker.begin_stream("zh")
    speaker.feed("<think>用户想办社保卡，")
    speaker.feed("我应该查一下</think>您好，")
    speaker.feed("请到二楼三号窗口。")
    wait_for(lambda: any(isinstance(e, Speaking) for e in events), 2)
    assert speaker.speaking  # stream still open
    speaker.feed("记得带身份证。")
    speaker.end_stream()
    wait_for(lambda: any(isinstance(e, Spoken) for e in events), 15)
    said = [e.sentence for e in events if isinstance(e, Speaking)]
    assert said == ["您好，请到二楼三号窗口。", "记得带身份证。"]
    assert not any("思" in s or "查一下" in s for s in said)
    speaker.close()


def test_stop_during_speech_is_silent_within_100_ms(synth: Synthesizer, output: AudioOutput) -> None:
    """stop() mid-sentence: Stopped is reported, the queue is cleared, the sink is silent in 100 ms."""
    events: list = []
    backend: NullBackend = output.backend  # type: ignore[assignment]
    speaker = Speaker(synth, output, events.append)
    speaker.say("这是第一句很长的话，用来测试打断功能。这是第二句。这是第三句。")
    wait_for(lambda: backend.played_s() > 0.5, 5)
    stop_at = time.perf_counter()
    assert speaker.stop()
    assert backend.wait_ticks(10)
    assert backend.blocks_after(stop_at) <= 1
    assert isinstance(events[-1], Stopped)
    assert not speaker.speaking and not output.busy
    said = [e.sentence for e in events if isinstance(e, Speaking)]
    assert said == ["这是第一句很长的话，用来测试打断功能。"]
    # Speaking again after a stop works (no "run loop already started").
    speaker.say("好的。")
    wait_for(lambda: isinstance(events[-1], Spoken), 5)
    speaker.close()


def test_muted_speaker_still_reports_subtitles(synth: Synthesizer, output: AudioOutput) -> None:
    """Muted: nothing reaches the sink, but each sentence is reported for the subtitle."""
    events: list = []
    speaker = Speaker(synth, output, events.append, muted=True)
    speaker.say("第一句。第二句。")
    wait_for(lambda: any(isinstance(e, Spoken) for e in events), 3)
    assert [e.sentence for e in events if isinstance(e, Speaking)] == ["第一句。", "第二句。"]
    assert output.backend.played_s() == 0  # type: ignore[attr-defined]
    speaker.close()


def test_synthesis_failure_reported_and_subtitle_kept(monkeypatch: pytest.MonkeyPatch, output: AudioOutput) -> None:
    """A failing synthesizer: SpeechError then the sentence as subtitle, then Spoken; never a hang."""
    events: list = []

    class Broken(Synthesizer):
        def synthesize(self, text: str, language: str = "zh", rate: int = 170):  # noqa: ANN201
            raise TtsError("tts-unavailable", "语音合成不可用")

    speaker = Speaker(Broken(), output, events.append)
    speaker.say("您好。")
    wait_for(lambda: any(isinstance(e, Spoken) for e in events), 3)
    assert isinstance(events[0], SpeechError) and events[0].code == "tts-unavailable"
    assert Speaking("您好。") in events
    speaker.close()


def test_each_subtitle_is_the_sentence_being_played(synth: Synthesizer, output: AudioOutput) -> None:
    """Three sentences: each Speaking event carries its own sentence (not the last one synthesised)."""
    events: list = []
    finished = threading.Event()

    def record(event) -> None:  # noqa: ANN001 - speech events
        events.append(event)
        if isinstance(event, Spoken):
            finished.set()

    speaker = Speaker(synth, output, record)
    speaker.say("第一句。第二句。第三句。")
    assert finished.wait(20), events
    assert [e.sentence for e in events if isinstance(e, Speaking)] == ["第一句。", "第二句。", "第三句。"]
    speaker.close()
