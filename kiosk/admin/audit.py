"""The admin audit trail: one JSON line per staff action (time, action, outcome), append-only.

No citizen data is written; free-text details pass through :func:`kiosk.admin.masking.mask_text`
anyway. The file is opened in append mode for every entry and fsynced, so a crash loses nothing
already reported and never rewrites earlier lines.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import deque
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from kiosk.admin.masking import mask_text

_LOGGER = logging.getLogger(__name__)

AUDIT_FILE = "admin-audit.jsonl"


@dataclass(frozen=True)
class AuditEntry:
    """One staff action."""

    time: str
    """Local time, ISO 8601 with offset."""
    action: str
    """What was attempted, e.g. ``login``, ``queue.call_next``, ``catalog.replace``."""
    outcome: str
    """``ok``, ``failed``, ``refused``, ``locked``..."""
    detail: str = ""
    """Short plain-words context (masked); never secrets or citizen data."""


class AuditLog:
    """Appends :class:`AuditEntry` lines to ``<data_dir>/admin-audit.jsonl``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> AuditLog:
        """The audit log of a kiosk's data folder."""
        return cls(Path(data_dir) / AUDIT_FILE)

    def record(self, action: str, outcome: str = "ok", detail: str = "") -> AuditEntry:
        """Append one entry; a write failure is logged, never raised (the action itself went ahead)."""
        entry = AuditEntry(
            time=datetime.now().astimezone().isoformat(timespec="seconds"),
            action=action,
            outcome=outcome,
            detail=mask_text(detail, keep_dates=True)[:300],
        )
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as handle:
                    handle.write(line)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                _LOGGER.exception("cannot write the admin audit log %s", self.path)
        _LOGGER.info("admin %s: %s %s", action, outcome, entry.detail)
        return entry

    def tail(self, count: int = 20) -> list[AuditEntry]:
        """The last ``count`` entries, oldest first (unreadable lines are skipped)."""
        last: deque[str] = deque(maxlen=max(0, count))
        try:
            with open(self.path, encoding="utf-8") as handle:
                last.extend(handle)
        except FileNotFoundError:
            return []
        entries = []
        for line in last:
            try:
                entries.append(AuditEntry(**json.loads(line)))
            except (ValueError, TypeError):
                continue
        return entries
