"""vosk models: loaded once per language, in a background thread, from an explicit folder.

Never ``vosk.Model(lang=...)``: that downloads from the internet at run time. The endpoint rules of
vosk 0.3.45 come only from ``conf/model.conf``, so :func:`tuned_model_dir` builds a shadow folder
(symlinks to the model's files plus a patched ``conf/model.conf``) with the configured trailing
silence and maximum utterance length.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.messages import N_, translator

_zh = translator("zh")
_LOGGER = logging.getLogger(__name__)

_RULES = {
    "--endpoint.rule2.min-trailing-silence": 0.5,
    "--endpoint.rule3.min-trailing-silence": 1.0,
    "--endpoint.rule4.min-trailing-silence": 2.0,
}


class ModelUnavailable(Exception):
    """The model folder is not configured, missing or not a vosk model (plain-words message)."""


def check_model_dir(path: Path | str | None) -> Path:
    """The model folder if it looks like a vosk model; raises ModelUnavailable with the reason."""
    if path is None or str(path) == "":
        raise ModelUnavailable(_zh(N_("no speech recognition model configured (speech.model_zh / speech.model_en)")))
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise ModelUnavailable(_zh(N_("speech recognition model folder does not exist: {folder}"), folder=folder))
    if not (folder / "am" / "final.mdl").is_file() or not (folder / "conf" / "model.conf").is_file():
        raise ModelUnavailable(_zh(N_("{folder} is not a vosk model (am/final.mdl or conf/model.conf is missing)"), folder=folder))
    return folder


def patched_model_conf(text: str, trailing_silence_s: float, max_utterance_s: float) -> str:
    """``model.conf`` with rule2 = trailing silence (rules 3–4 scaled alike) and rule5 = max length."""
    values: dict[str, float] = {}
    for key, default in _RULES.items():
        match = re.search(re.escape(key) + r"=([0-9.]+)", text)
        values[key] = float(match.group(1)) if match else default
    scale = trailing_silence_s / values["--endpoint.rule2.min-trailing-silence"]
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith(tuple(_RULES)) and "rule5" not in ln]
    for key, value in values.items():
        lines.append(f"{key}={max(trailing_silence_s, value * scale):.3f}")
    lines.append(f"--endpoint.rule5.min-utterance-length={max_utterance_s:.1f}")
    return "\n".join(lines) + "\n"


def tuned_model_dir(model_dir: Path, trailing_silence_s: float, max_utterance_s: float, cache: Path | None = None) -> Path:
    """A folder that behaves like ``model_dir`` with patched endpoint rules (the original if symlinks fail)."""
    original = (model_dir / "conf" / "model.conf").read_text(encoding="utf-8")
    conf = patched_model_conf(original, trailing_silence_s, max_utterance_s)
    key = hashlib.sha1(f"{model_dir.resolve()}\n{conf}".encode()).hexdigest()[:12]
    base = cache or Path(tempfile.gettempdir()) / "hallguide-vosk"
    shadow = base / f"{model_dir.name}-{key}"
    if (shadow / "conf" / "model.conf").is_file():
        return shadow
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=_mkdir(base)))
        for entry in model_dir.iterdir():
            if entry.name != "conf":
                os.symlink(entry.resolve(), tmp / entry.name)
        (tmp / "conf").mkdir()
        for entry in (model_dir / "conf").iterdir():
            if entry.name != "model.conf":
                shutil.copy2(entry, tmp / "conf" / entry.name)
        (tmp / "conf" / "model.conf").write_text(conf, encoding="utf-8")
        try:
            tmp.rename(shadow)
        except OSError:  # another process made it first
            shutil.rmtree(tmp, ignore_errors=True)
        return shadow
    except OSError as exc:
        _LOGGER.warning("cannot build a tuned copy of %s (%s); using its own endpoint rules", model_dir, exc)
        return model_dir


def read_words(model_dir: Path | str) -> set[str]:
    """The model's word list (``graph/words.txt``, or the symbol table inside ``graph/Gr.fst`` of
    dynamic-graph models); empty when neither is readable. Used to split grammar phrases into
    words vosk knows (an unknown word is silently dropped from a vosk grammar)."""
    folder = Path(model_dir)
    words_txt = folder / "graph" / "words.txt"
    if words_txt.is_file():
        return {line.split()[0] for line in words_txt.read_text(encoding="utf-8").splitlines() if line.strip()}
    fst = folder / "graph" / "Gr.fst"
    if not fst.is_file():
        return set()
    import struct

    data = fst.read_bytes()
    marker = data.find(b"words.txt")
    if marker < 0:
        return set()
    try:
        pos = marker + len(b"words.txt")
        _available, size = struct.unpack_from("<qq", data, pos)
        pos += 16
        words = set()
        for _ in range(size):
            (length,) = struct.unpack_from("<i", data, pos)
            pos += 4
            words.add(data[pos : pos + length].decode("utf-8", "replace"))
            pos += length + 8
        return words
    except struct.error:
        _LOGGER.warning("cannot read the word list of %s", folder)
        return set()


def _warm_up(model: object) -> None:
    """Decode half a second of quiet noise so the first real turn does not page the graph in."""
    import vosk

    rec = vosk.KaldiRecognizer(model, 16000.0)
    noise = bytes((i * 37 + (i >> 3)) % 7 for i in range(16000))
    rec.AcceptWaveform(noise)
    rec.FinalResult()


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class ModelSlot:
    """One language's model and its loading state."""

    language: str
    path: Path | None
    state: str = "idle"
    """idle | loading | ready | failed"""
    model: object | None = None
    error: str = ""
    load_s: float = 0.0
    done: threading.Event | None = None
    words: set[str] | None = None
    """The model's lexicon, read only when grammar mode needs it."""


class SpeechModels:
    """Loads the configured vosk models in background threads and hands them out when ready."""

    def __init__(
        self,
        paths: dict[str, Path | None],
        trailing_silence_s: float = 0.5,
        max_utterance_s: float = 15.0,
        cache: Path | None = None,
        read_lexicon: bool = False,
    ) -> None:
        self.read_lexicon = read_lexicon
        self.slots = {lang: ModelSlot(lang, path) for lang, path in paths.items()}
        self.trailing_silence_s = trailing_silence_s
        self.max_utterance_s = max_utterance_s
        self.cache = cache
        self._lock = threading.Lock()

    def load_async(self, language: str, on_done: Callable[[ModelSlot], None] | None = None) -> ModelSlot:
        """Start loading ``language`` (once); ``on_done(slot)`` is called from the loader thread."""
        slot = self.slots.setdefault(language, ModelSlot(language, None))
        with self._lock:
            if slot.state in ("loading", "ready", "failed"):
                if on_done is not None and slot.state != "loading":
                    on_done(slot)
                return slot
            slot.state = "loading"
            slot.done = threading.Event()
        thread = threading.Thread(target=self._load, args=(slot, on_done), name=f"vosk-load-{language}", daemon=True)
        thread.start()
        return slot

    def _load(self, slot: ModelSlot, on_done: Callable[[ModelSlot], None] | None) -> None:
        start = time.perf_counter()
        try:
            folder = check_model_dir(slot.path)
            tuned = tuned_model_dir(folder, self.trailing_silence_s, self.max_utterance_s, self.cache)
            import vosk

            vosk.SetLogLevel(-1)
            slot.model = vosk.Model(model_path=str(tuned))
            _warm_up(slot.model)
            if self.read_lexicon:
                slot.words = read_words(folder)
            slot.state = "ready"
        except ModelUnavailable as exc:
            slot.state, slot.error = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - vosk raises plain Exception for a bad model
            _LOGGER.exception("loading the %s speech model failed", slot.language)
            slot.state, slot.error = "failed", _zh(N_("the speech recognition model cannot be loaded: {error}"), error=exc)
        slot.load_s = time.perf_counter() - start
        _LOGGER.info("speech model %s: %s in %.2f s %s", slot.language, slot.state, slot.load_s, slot.error)
        assert slot.done is not None
        slot.done.set()
        if on_done is not None:
            on_done(slot)

    def wait(self, language: str, timeout: float | None = None) -> ModelSlot:
        """Block (worker threads only) until ``language`` is loaded or failed."""
        slot = self.load_async(language)
        if slot.done is not None:
            slot.done.wait(timeout)
        return slot
