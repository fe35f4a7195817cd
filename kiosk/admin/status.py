"""Health checks for the admin status screen (Qt-free; each check may block, run them off the GUI thread).

A check is a callable returning a :class:`StatusItem`. The built-in ones cover disk space, the
catalog and the LLM service (the one probe of kiosk.llm.probe, as ``kiosk llm check``). Other
areas' checks (speech, printer) are wrapped by the UI side through :func:`from_callable`.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.messages import both, pair

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
    zh, en = pair("{free} GB free of {total} GB ({percent} %)", free=format(free_gb, ".1f"), total=format(total_gb, ".0f"),
                  percent=format(percent, ".0f"))
    return StatusItem("disk", both("Disk"), free_gb >= warn_below_gb, en, zh, en)


def catalog_status(loaded: Any, note: Any = None) -> StatusItem:
    """The catalog in use: version and file; with the store's ``note`` (a
    :class:`kiosk.catalog.files.StoreNote`: the catalog staff applied did not load at start…) it reads
    Attention and says why."""
    name = loaded.path.name if loaded.path else "(built in)"
    version = loaded.catalog.version()
    zh, en = pair("version {version} · file {name}", version=version, name=name)
    if note is None:
        return StatusItem("catalog", both("Catalog"), True, f"{version} · {name}", zh, en)
    note_zh, note_en = pair(note.message, **note.params)
    return StatusItem("catalog", both("Catalog"), False, f"{note_en} · {en}", f"{note_zh} · {zh}", f"{note_en} · {en}")


def llm_status(
    base_url: str | None,
    model: str,
    api_key: str | None = None,
    timeout_s: float = 5.0,
    *,
    settings: Any = None,
    catalog: Any = None,
    data_dir: Path | None = None,
) -> StatusItem:
    """The staff 测试连接 / status line: the same probe as ``kiosk llm check`` (kiosk.llm.probe).

    ``settings`` (the kiosk's LlmSettings) is used when given; otherwise one is made from the
    address, model and key; ``data_dir`` (``Settings.data_dir``) is where the learned reasoning framing
    is kept for the answerer. Blocks up to ``timeout_s``: run it off the GUI thread.
    """
    label = both("LLM")
    if not base_url:
        zh, en = pair("not configured — catalog answers only (offline mode)")
        return StatusItem("llm", label, None, en, zh, en)
    from pydantic import SecretStr

    from kiosk.llm.framing import FramingStore
    from kiosk.llm.probe import probe_sync
    from kiosk.settings import LlmSettings

    llm = settings if settings is not None else LlmSettings()
    llm = llm.model_copy(update={"base_url": base_url, "model": model,
                                 **({"api_key": SecretStr(api_key)} if api_key else {})})
    report = probe_sync(llm, catalog=catalog, framings=FramingStore.in_folder(data_dir), total_s=timeout_s)
    return StatusItem("llm", label, report.ok, report.summary(), report.summary_zh(), report.summary())


def navigator_status(navigator: Any) -> StatusItem:
    """The navigator's semantic channel: ready, still building its vectors, or off (and why)."""
    ok, text = navigator.semantic_status()
    return StatusItem("navigator", both("Semantic search"), ok, text)


def from_callable(key: str, label: str, func: Callable[[], Any]) -> Check:
    """Wrap another area's status query: a StatusItem, (ok, text), a bool or a str all work."""

    def check() -> StatusItem:
        try:
            result = func()
        except Exception as exc:  # noqa: BLE001 - a failing check is a red line, not a crash
            _LOGGER.exception("status check %s failed", key)
            name = exc.__class__.__name__
            zh, en = pair("check failed ({name})", name=name)
            return StatusItem(key, label, False, en, zh, en)
        if isinstance(result, StatusItem):
            return result
        if isinstance(result, tuple) and len(result) == 2:
            return StatusItem(key, label, bool(result[0]) if result[0] is not None else None, str(result[1]))
        if isinstance(result, bool):
            zh, en = pair("OK") if result else pair("problem")
            return StatusItem(key, label, result, en, zh, en)
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
            zh, en = pair("check failed ({name})", name=name)
            items.append(StatusItem("error", both("Check"), False, en, zh))
    return items
