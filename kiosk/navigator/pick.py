"""The optional LLM choice picker: when the navigator offers a choice, the hall's LLM may mark one
option as the likely one.

It implements the visit's ``ChoicePicker`` shape — ``pick(question, matches) -> id | None`` —
blocking, called off the GUI thread, bounded by its own deadline (≤ 1.5 s). The question is masked
(:func:`kiosk.privacy.mask_pii`) before it leaves the kiosk; the model sees only the offered ids,
names and one line of each entry's summary, and must reply with one JSON object ``{"id": ...}``.
Reasoning is discarded (``reasoning_content`` / ``reasoning`` fields, ``<think>…</think>``, and a
reasoning run whose opening tag the chat template swallowed); the reply is accepted only if it
names one of the offered ids. Any failure is simply no pick: the choice on screen stays as it is.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from kiosk.catalog import Catalog
from kiosk.navigator.answer import Match
from kiosk.privacy import mask_pii

_LOGGER = logging.getLogger(__name__)

MAX_DEADLINE_S = 1.5
_SUMMARY_CHARS = 60
_JSON_OBJECT = re.compile(r"\{[^{}]*\}")
_CLOSE = "</think>"

SYSTEM_PROMPT = (
    "你是政务服务大厅的导办助手。市民提了一个问题，下面列出了几个候选事项。"
    "请判断市民最可能要办的是哪一个。只回复一个JSON对象，例如 {\"id\": \"事项id\"}；"
    "如果都不对应，回复 {\"id\": null}。不要解释，不要回复其他内容。"
)


def _one_line(text: str) -> str:
    line = " ".join((text or "").split())
    return line[:_SUMMARY_CHARS]


def strip_reasoning(text: str) -> str:
    """The reply without reasoning: ``<think>…</think>`` blocks, or everything up to a lone ``</think>``."""
    if _CLOSE in text:
        text = text.rsplit(_CLOSE, 1)[1]
    return re.sub(r"<think>.*", "", text, flags=re.S)  # an unclosed block: reasoning cut off


def parse_pick(reply: str, offered: Sequence[str]) -> str | None:
    """The offered id the reply names, or None (no JSON, another id, ``null`` / ``"none"``)."""
    for candidate in reversed(_JSON_OBJECT.findall(strip_reasoning(reply))):
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict) and "id" in data:
            value = data["id"]
            return value if isinstance(value, str) and value in offered else None
    return None


class LlmChoicePicker:
    """Asks an OpenAI-compatible chat service to pick among the offered entries."""

    def __init__(self, catalog: Catalog, base_url: str, model: str, *, api_key: str | None = None,
                 deadline_s: float = MAX_DEADLINE_S) -> None:
        self.catalog = catalog
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key = api_key
        self.deadline_s = min(max(0.05, deadline_s), MAX_DEADLINE_S)

    @classmethod
    def from_settings(cls, catalog: Catalog, llm: Any) -> LlmChoicePicker | None:
        """A picker for the settings' LLM section, or None when no LLM is configured."""
        if not getattr(llm, "base_url", None):
            return None
        return cls(catalog, llm.base_url, llm.model, api_key=llm.api_key_value())

    def messages(self, question: str, matches: Sequence[Match]) -> list[dict[str, str]]:
        """The chat messages: the masked question, then one line per offered entry."""
        lines = []
        for match in matches:
            entry = self.catalog.service(match.id) if match.kind == "service" else self.catalog.place(match.id)
            summary = (getattr(entry, "summary", "") or getattr(entry, "notes", "")) if entry is not None else ""
            lines.append(f"- {match.id}：{match.name}" + (f" —— {_one_line(summary)}" if summary else ""))
        user = f"市民的问题：{mask_pii(question)}\n候选事项：\n" + "\n".join(lines)
        return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]

    def _request(self, question: str, matches: Sequence[Match]) -> str | None:
        import httpx

        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        body = {"model": self.model, "messages": self.messages(question, matches), "temperature": 0,
                "max_tokens": 256, "stream": False}
        timeout = httpx.Timeout(self.deadline_s, connect=min(0.5, self.deadline_s))
        try:
            response = httpx.post(f"{self.base_url}/chat/completions", json=body, headers=headers, timeout=timeout)
            if response.status_code >= 400:
                _LOGGER.info("choice picker: LLM answered HTTP %s", response.status_code)
                return None
            message = response.json()["choices"][0]["message"]
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
            _LOGGER.info("choice picker: no usable reply (%s)", exc.__class__.__name__)
            return None
        content = message.get("content") if isinstance(message, dict) else None
        return content if isinstance(content, str) else None  # reasoning fields are never read

    def pick(self, question: str, matches: Sequence[Match]) -> str | None:
        """The id of the likely entry among ``matches``, or None; returns within the deadline."""
        offered = [m.id for m in matches]
        if len(offered) < 2:
            return None
        future: Future[str | None] = Future()

        def run() -> None:
            try:
                future.set_result(self._request(question, matches))
            except Exception as exc:  # noqa: BLE001 - a picker never raises into the visit
                future.set_exception(exc)

        threading.Thread(target=run, name="choice-picker-http", daemon=True).start()
        try:
            reply = future.result(timeout=self.deadline_s)
        except TimeoutError:
            _LOGGER.info("choice picker: no reply within %.1f s", self.deadline_s)
            return None
        except Exception as exc:  # noqa: BLE001
            _LOGGER.info("choice picker failed (%s)", exc.__class__.__name__)
            return None
        return parse_pick(reply, offered) if reply else None
