"""Words for the status screen: every state as an icon and words, every line in Chinese and English.

A state is never shown by colour alone: ✓ 正常 OK, ⚠ 注意 Attention, ✕ 故障 Fault. A check from
another area may give its detail in one language only; :func:`bilingual` then adds a plain
summary of the state in the other language, so no row is left in one language.
"""

from __future__ import annotations

import re

from kiosk.admin.status import StatusItem
from kiosk.messages import N_, both, translator

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

STATE_WORDS: dict[bool | None, tuple[str, str]] = {
    True: ("✓", N_("OK")),
    None: ("⚠", N_("Attention")),
    False: ("✕", N_("Fault")),
}
"""ok → (icon, the state's word: a message of kiosk/locale, shown in Chinese and English)."""

_SUMMARY: dict[tuple[str, bool | None], str] = {
    ("printer", True): N_("printer working"),
    ("printer", None): N_("printer state unknown (no answer to the status query)"),
    ("printer", False): N_("printer fault: please check the printer"),
    ("speech", True): N_("voice input ready"),
    ("speech", None): N_("speech disabled or not set up"),
    ("speech", False): N_("voice input not available"),
    ("llm", True): N_("LLM service reachable"),
    ("llm", None): N_("no LLM service: catalog answers only"),
    ("llm", False): N_("LLM service not available"),
    ("tickets", True): N_("ticket database working"),
    ("tickets", None): N_("ticket database state unknown"),
    ("tickets", False): N_("ticket database not available"),
}
_GENERIC = {
    True: N_("working"),
    None: N_("state unknown"),
    False: N_("fault: please act"),
}


def has_chinese(text: str) -> bool:
    """True when ``text`` contains Chinese characters."""
    return bool(_CJK.search(text))


def state_label(ok: bool | None) -> str:
    """``✓ 正常 OK`` / ``⚠ 注意 Attention`` / ``✕ 故障 Fault``."""
    icon, word = STATE_WORDS[ok]
    return f"{icon} {both(word)}"


def bilingual(item: StatusItem) -> tuple[str, str]:
    """(Chinese line, English line) of a status row's detail."""
    summary = _SUMMARY.get((item.key, item.ok), _GENERIC[item.ok])
    summary_zh, summary_en = translator("zh")(summary), translator("en")(summary)
    text = item.text.strip()
    zh = item.text_zh or (text if has_chinese(text) else "")
    en = item.text_en or (text if text and not has_chinese(text) else "")
    return zh or summary_zh, en or summary_en


def unique(items: list[StatusItem]) -> list[StatusItem]:
    """One row per key: a later check of the same thing (an area bound late) replaces the earlier one."""
    by_key: dict[str, StatusItem] = {}
    order: list[str] = []
    for n, item in enumerate(items):
        key = item.key if item.key != "error" else f"error{n}"
        if key not in by_key:
            order.append(key)
        by_key[key] = item
    return [by_key[key] for key in order]
