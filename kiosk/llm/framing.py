"""How a server frames the model's reasoning, learned once and kept per service URL + model name.

Four framings are met in halls (stack-facts §9):

``fields``
    Reasoning in ``delta.reasoning_content`` (llama-server, vLLM with a reasoning parser, DeepSeek) or
    ``delta.reasoning`` (vLLM >= 0.11, OpenRouter); ``delta.content`` is the answer.
``inline``
    ``delta.content`` starts with ``<think>`` and the reasoning ends at ``</think>`` (Ollama and others).
``closing``
    DeepSeek-R1 on a server without a reasoning parser (llama-cpp-python, vLLM without
    ``--reasoning-parser``): the chat template opened ``<think>`` itself, so the content *starts inside
    the reasoning* and only ``</think>`` ever arrives. Everything before it is reasoning.
``plain``
    A model that never reasons: the content is the answer from its first character.

While a server's framing is ``unknown`` the answerer holds the whole reply until it can tell (a
``</think>``, a reasoning field, a leading ``<think>``, or the reply's normal end), so nothing that
may be reasoning is ever shown. Once learned (by ``kiosk llm check``, ``kiosk doctor``, the staff
测试连接 — all :mod:`kiosk.llm.probe` — or by the first answers) it is written to a small JSON file
(``<data_dir>/llm_framing.json``) keyed by ``base_url`` + model, so a plain model is never slowed
down again, and a reply that contradicts it re-learns it.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from enum import StrEnum
from pathlib import Path

_LOGGER = logging.getLogger(__name__)

FILE_NAME = "llm_framing.json"


class Framing(StrEnum):
    """Where a server puts the model's reasoning."""

    UNKNOWN = "unknown"
    FIELDS = "fields"
    INLINE = "inline"
    CLOSING = "closing"
    PLAIN = "plain"


DESCRIPTIONS = {
    Framing.UNKNOWN: "not known yet (replies are held until their end)",
    Framing.FIELDS: "reasoning in delta.reasoning_content / delta.reasoning",
    Framing.INLINE: "reasoning inline in <think>…</think>",
    Framing.CLOSING: "reasoning as content, closed by </think> without an opening tag (no reasoning parser)",
    Framing.PLAIN: "no reasoning (plain model)",
}


def key_for(base_url: str | None, model: str) -> str:
    """The store key of one service and model."""
    return f"{(base_url or '').rstrip('/')}|{model}"


def default_path() -> Path:
    """``$KIOSK_DATA_DIR/llm_framing.json`` (else the platform data folder)."""
    folder = os.environ.get("KIOSK_DATA_DIR")
    if folder:
        return Path(folder).expanduser() / FILE_NAME
    from kiosk.settings import default_data_dir

    return default_data_dir() / FILE_NAME


class FramingStore:
    """Learned framings, one per service URL + model; file-backed (``path``) or in memory (``None``).

    Thread-safe; re-reads the file when another process (``kiosk llm check``) or thread (the staff
    status probe) has written it since.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, dict[str, object]] = {}
        self._mtime: float | None = None
        self._load()

    @classmethod
    def default(cls) -> FramingStore:
        """The store in the kiosk's data folder (``$KIOSK_DATA_DIR``, else the platform's)."""
        return cls(default_path())

    @classmethod
    def in_folder(cls, data_dir: Path | None) -> FramingStore:
        """The store in ``data_dir`` (``Settings.data_dir``); the default one when None."""
        return cls(Path(data_dir) / FILE_NAME) if data_dir is not None else cls.default()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            return
        if mtime == self._mtime:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _LOGGER.warning("LLM framing file %s unreadable: framings will be learned again", self.path)
            data = {}
        self._data = data if isinstance(data, dict) else {}
        self._mtime = mtime

    def get(self, base_url: str | None, model: str) -> Framing:
        """The learned framing (``unknown`` when never learned)."""
        with self._lock:
            self._load()
            entry = self._data.get(key_for(base_url, model))
        try:
            return Framing(str(entry.get("framing"))) if isinstance(entry, dict) else Framing.UNKNOWN
        except ValueError:
            return Framing.UNKNOWN

    def learn(self, base_url: str | None, model: str, framing: Framing, source: str) -> None:
        """Remember ``framing`` (``source``: "probe" or "answer"); written only when it changes."""
        key = key_for(base_url, model)
        with self._lock:
            self._load()
            old = self._data.get(key)
            if isinstance(old, dict) and old.get("framing") == framing.value:
                return
            self._data[key] = {"framing": framing.value, "source": source, "learned_at": time.time()}
            _LOGGER.info("LLM reasoning framing of %s: %s (from %s)", model, framing.value, source)
            self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(self.path)
            self._mtime = self.path.stat().st_mtime
        except OSError as exc:
            _LOGGER.warning("cannot keep the LLM framing in %s (%s)", self.path, type(exc).__name__)
