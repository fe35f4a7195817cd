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
    return StatusItem("disk", "磁盘空间 Disk", free_gb >= warn_below_gb,
                      f"{free_gb:.1f} GB free of {usage.total / 1e9:.0f} GB ({percent:.0f} %)")


def catalog_status(loaded: Any) -> StatusItem:
    """The catalog in use: version and file."""
    name = loaded.path.name if loaded.path else "(built in)"
    return StatusItem("catalog", "事项清单 Catalog", True, f"{loaded.catalog.version()} · {name}")


def llm_status(base_url: str | None, model: str, api_key: str | None = None, timeout_s: float = 5.0) -> StatusItem:
    """Reachability and first-token time of an OpenAI-compatible chat service (one streamed token)."""
    label = "大模型服务 LLM"
    if not base_url:
        return StatusItem("llm", label, None, "not configured — catalog answers only (offline mode)")
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
                return StatusItem("llm", label, False, f"reachable, but answered HTTP {response.status_code}")
            for line in response.iter_lines():
                if line.startswith("data:"):
                    first_ms = (time.perf_counter() - start) * 1000
                    return StatusItem("llm", label, True, f"reachable · first token {first_ms:.0f} ms · {model}")
        return StatusItem("llm", label, False, "reachable, but the answer stream was empty")
    except httpx.HTTPError as exc:
        return StatusItem("llm", label, False, f"not reachable ({exc.__class__.__name__})")


def navigator_status(navigator: Any) -> StatusItem:
    """The navigator's semantic channel: ready, still building its vectors, or off (and why)."""
    ok, text = navigator.semantic_status()
    return StatusItem("navigator", "语义检索 Semantic search", ok, text)


def from_callable(key: str, label: str, func: Callable[[], Any]) -> Check:
    """Wrap another area's status query: a StatusItem, (ok, text), a bool or a str all work."""

    def check() -> StatusItem:
        try:
            result = func()
        except Exception as exc:  # noqa: BLE001 - a failing check is a red line, not a crash
            _LOGGER.exception("status check %s failed", key)
            return StatusItem(key, label, False, f"check failed ({exc.__class__.__name__})")
        if isinstance(result, StatusItem):
            return result
        if isinstance(result, tuple) and len(result) == 2:
            return StatusItem(key, label, bool(result[0]) if result[0] is not None else None, str(result[1]))
        if isinstance(result, bool):
            return StatusItem(key, label, result, "OK" if result else "problem")
        ok = getattr(result, "ok", None)
        text = getattr(result, "text", None) or getattr(result, "message", None) or str(result)
        return StatusItem(key, label, ok if isinstance(ok, bool) else None, str(text))

    return check


def run_checks(checks: list[Check]) -> list[StatusItem]:
    """Run every check in turn; one failing check never hides the others."""
    items = []
    for check in checks:
        try:
            items.append(check())
        except Exception as exc:  # noqa: BLE001
            _LOGGER.exception("status check failed")
            items.append(StatusItem("error", "?", False, f"check failed ({exc.__class__.__name__})"))
    return items
