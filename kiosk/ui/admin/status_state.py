"""Which state a status row is in, beyond ok / attention / fault: a device staff switched off or never set up.

A check reports ``ok`` True, None or False; the live checks of the areas say False for "speech disabled"
(the voice service is not available) and for "no printer" (nothing prints). Staff would read "✕ 故障 Fault"
and look for a broken device that is only switched off or not configured (issue 13, the Xvfb walk). The
settings say which it is, so the row's state is decided here from the item *and* the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.admin.status import StatusItem
from kiosk.admin.status_text import state_label
from kiosk.ui.text import tr_both, tr_in


@dataclass(frozen=True)
class RowState:
    """A status row's state: the badge text, its look ("ok", "attention", "fault", "inactive") and, for an
    inactive device, the detail lines that replace the check's (Chinese, English)."""

    label: str
    look: str
    detail: tuple[str, str] | None = None


_CONTEXT = "StaffAdminStatus_state"


def _pair(text: str) -> tuple[str, str]:
    """(Chinese, English) of a source string of this module's context."""
    return tr_in("zh", _CONTEXT, text), tr_in("en", _CONTEXT, text)


def off_label() -> str:
    """The badge of a device switched off in the settings."""
    return "○ " + tr_both("StaffAdminStatus_state", "Off")


def not_configured_label() -> str:
    """The badge of a device the settings do not name."""
    return "— " + tr_both("StaffAdminStatus_state", "Not configured")


def row_state(item: StatusItem, settings: Any) -> RowState:
    """The state to show for ``item`` given the kiosk's ``settings`` (None: from the item alone)."""
    inactive = _inactive(item, settings) if settings is not None and item.ok is not True else None
    if inactive is not None:
        return inactive
    look = {True: "ok", None: "attention", False: "fault"}[item.ok]
    return RowState(state_label(item.ok), look)


def _inactive(item: StatusItem, settings: Any) -> RowState | None:
    if item.key == "speech":
        speech = getattr(settings, "speech", None)
        if speech is not None and not speech.enabled:
            return RowState(off_label(), "inactive", _pair(str(QT_TRANSLATE_NOOP("StaffAdminStatus_state", "turned off in settings (speech.enabled = false)"))))
        if speech is not None and speech.model_zh is None and speech.model_en is None:
            return RowState(not_configured_label(), "inactive",
                            _pair(str(QT_TRANSLATE_NOOP("StaffAdminStatus_state", "no speech model configured (speech.model_zh)"))))
    if item.key == "printer":
        printer = getattr(settings, "printer", None)
        if printer is not None and not printer.uri.strip():
            return RowState(not_configured_label(), "inactive",
                            _pair(str(QT_TRANSLATE_NOOP("StaffAdminStatus_state", "no printer configured: numbers are shown on screen"))))
    if item.key == "llm":
        llm = getattr(settings, "llm", None)
        if llm is not None and not getattr(llm, "base_url", None):
            return RowState(not_configured_label(), "inactive", None)
    return None
