"""Words for the status screen: every state as an icon and words, every line in Chinese and English.

A state is never shown by colour alone: ✓ 正常 OK, ⚠ 注意 Attention, ✕ 故障 Fault. A check from
another area may give its detail in one language only; :func:`bilingual` then adds a plain
summary of the state in the other language, so no row is left in one language.
"""

from __future__ import annotations

import re

from kiosk.admin.status import StatusItem

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

STATE_WORDS: dict[bool | None, tuple[str, str, str]] = {
    True: ("✓", "正常", "OK"),
    None: ("⚠", "注意", "Attention"),
    False: ("✕", "故障", "Fault"),
}
"""ok → (icon, Chinese word, English word)."""

_SUMMARY: dict[tuple[str, bool | None], tuple[str, str]] = {
    ("printer", True): ("打印机正常", "printer working"),
    ("printer", None): ("打印机状态未知（没有回应状态查询）", "printer state unknown (no answer to the status query)"),
    ("printer", False): ("打印机有故障，请查看", "printer fault: please check the printer"),
    ("speech", True): ("语音输入可用", "voice input ready"),
    ("speech", None): ("语音未启用或未配置", "speech disabled or not set up"),
    ("speech", False): ("语音输入不可用", "voice input not available"),
    ("llm", True): ("大模型服务可用", "LLM service reachable"),
    ("llm", None): ("未配置大模型服务，仅用事项清单回答", "no LLM service: catalog answers only"),
    ("llm", False): ("大模型服务不可用", "LLM service not available"),
    ("tickets", True): ("取号数据库正常", "ticket database working"),
    ("tickets", None): ("取号数据库状态未知", "ticket database state unknown"),
    ("tickets", False): ("取号数据库不可用", "ticket database not available"),
}
_GENERIC = {
    True: ("工作正常", "working"),
    None: ("状态未知", "state unknown"),
    False: ("有故障，请处理", "fault: please act"),
}


def has_chinese(text: str) -> bool:
    """True when ``text`` contains Chinese characters."""
    return bool(_CJK.search(text))


def state_label(ok: bool | None) -> str:
    """``✓ 正常 OK`` / ``⚠ 注意 Attention`` / ``✕ 故障 Fault``."""
    icon, zh, en = STATE_WORDS[ok]
    return f"{icon} {zh} {en}"


def bilingual(item: StatusItem) -> tuple[str, str]:
    """(Chinese line, English line) of a status row's detail."""
    summary_zh, summary_en = _SUMMARY.get((item.key, item.ok), _GENERIC[item.ok])
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
