"""Health checks for the admin status screen (Qt-free; each check may block, run them off the GUI thread).

A check is a callable returning a :class:`StatusItem`. The built-in ones cover disk space, the
catalog and the LLM service (a streamed one-token request measures the first-token time). Other
areas' checks (speech, printer) are wrapped by the UI side through :func:`from_callable`.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatusItem:
    """One line of the status screen."""

    key: str
    label: str
    ok: bool | None
    """True fine, False a problem staff should act on, None unknown / not configured."""
    text: str
    """The detail in whatever language the check speaks (see :func:`kiosk.admin.status_text.bilingual`)."""
    text_zh: str = ""
    """The detail in Chinese, when the check gives both languages."""
    text_en: str = ""
    """The detail in English, when the check gives both languages."""


Check = Callable[[], StatusItem]


def disk_status(folder: Path, warn_below_gb: float = 1.0) -> StatusItem:
    """Free space where the kiosk keeps its data."""
    folder = Path(folder)
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    free_gb = usage.free / 1e9
    percent = 100 * usage.free / usage.total if usage.total else 0
    total_gb = usage.total / 1e9
    return StatusItem("disk", "磁盘空间 Disk", free_gb >= warn_below_gb,
                      f"{free_gb:.1f} GB free of {total_gb:.0f} GB ({percent:.0f} %)",
                      f"剩余 {free_gb:.1f} GB，共 {total_gb:.0f} GB（{percent:.0f}%）",
                      f"{free_gb:.1f} GB free of {total_gb:.0f} GB ({percent:.0f} %)")


def catalog_status(loaded: Any) -> StatusItem:
    """The catalog in use: version and file."""
    name = loaded.path.name if loaded.path else "(built in)"
    version = loaded.catalog.version()
    return StatusItem("catalog", "事项清单 Catalog", True, f"{version} · {name}",
                      f"版本 {version} · 文件 {name}", f"version {version} · file {name}")


def llm_status(base_url: str | None, model: str, api_key: str | None = None, timeout_s: float = 5.0) -> StatusItem:
    """Reachability and first-token time of an OpenAI-compatible chat service (one streamed token)."""
    label = "大模型服务 LLM"
    if not base_url:
        en = "not configured — catalog answers only (offline mode)"
        return StatusItem("llm", label, None, en, "未配置 — 仅用事项清单回答（离线模式）", en)
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    body = {"model": model, "stream": True, "max_tokens": 1,
            "messages": [{"role": "user", "content": "ping"}]}
    start = time.perf_counter()
    try:
        timeout = httpx.Timeout(timeout_s, connect=min(2.0, timeout_s))
        with (httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout) as client,
              client.stream("POST", "/chat/completions", json=body) as response):
                if response.status_code >= 400:
                    code = response.status_code
                    return StatusItem("llm", label, False, f"reachable, but answered HTTP {code}",
                                      f"能连接，但返回 HTTP {code}", f"reachable, but answered HTTP {code}")
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        first_ms = (time.perf_counter() - start) * 1000
                        en = f"reachable · first token {first_ms:.0f} ms · {model}"
                        return StatusItem("llm", label, True, en,
                                          f"可连接 · 首字 {first_ms:.0f} 毫秒 · {model}", en)
        return StatusItem("llm", label, False, "reachable, but the answer stream was empty",
                          "能连接，但回答为空", "reachable, but the answer stream was empty")
    except httpx.HTTPError as exc:
        name = exc.__class__.__name__
        en = f"not reachable ({name})"
        return StatusItem("llm", label, False, en, f"无法连接（{name}）", en)


def from_callable(key: str, label: str, func: Callable[[], Any]) -> Check:
    """Wrap another area's status query: a StatusItem, (ok, text), a bool or a str all work."""

    def check() -> StatusItem:
        try:
            result = func()
        except Exception as exc:  # noqa: BLE001 - a failing check is a red line, not a crash
            _LOGGER.exception("status check %s failed", key)
            name = exc.__class__.__name__
            en = f"check failed ({name})"
            return StatusItem(key, label, False, en, f"检查出错（{name}）", en)
        if isinstance(result, StatusItem):
            return result
        if isinstance(result, tuple) and len(result) == 2:
            return StatusItem(key, label, bool(result[0]) if result[0] is not None else None, str(result[1]))
        if isinstance(result, bool):
            return StatusItem(key, label, result, "OK" if result else "problem",
                              "正常" if result else "有问题", "OK" if result else "problem")
        ok = getattr(result, "ok", None)
        text = getattr(result, "text", None) or getattr(result, "message", None) or str(result)
        return StatusItem(key, label, ok if isinstance(ok, bool) else None, str(text))

    check.key = key  # type: ignore[attr-defined]  # the wiring replaces a check by its key, never adds a twin
    return check


def run_checks(checks: list[Check]) -> list[StatusItem]:
    """Run every check in turn; one failing check never hides the others."""
    items = []
    for check in checks:
        try:
            items.append(check())
        except Exception as exc:  # noqa: BLE001
            _LOGGER.exception("status check failed")
            name = exc.__class__.__name__
            items.append(StatusItem("error", "检查 Check", False, f"check failed ({name})", f"检查出错（{name}）"))
    return items
