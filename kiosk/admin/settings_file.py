"""Write staff changes back to the kiosk's TOML settings file, keeping everything else as it was.

Only the keys in :data:`EDITABLE` can be changed from the admin screens (plus ``admin.pin_hash`` by
``kiosk admin set-pin``). Comments, order and other keys survive (tomlkit). The new file is checked
with :func:`kiosk.settings.load_settings` before it replaces the old one atomically, so a bad value
never reaches the disk. Values are never echoed in messages (some settings are secrets).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from kiosk.settings import SettingsError, default_config_path, load_settings

_LOGGER = logging.getLogger(__name__)

EDITABLE: dict[str, str] = {
    "llm.base_url": "LLM service URL",
    "llm.model": "LLM model",
    "ui.idle_timeout_s": "idle timeout (s)",
    "speech.volume": "volume (0-1)",
    "speech.rate": "speech rate (words/min)",
    "ui.language": "default language",
    "ui.elderly_mode": "elderly mode by default",
}
"""Settings the admin screen may change, with a plain-words label."""

RESTART_NEEDED = frozenset({"llm.base_url", "llm.model", "speech.volume", "speech.rate"})
"""Editable settings the running kiosk reads only at start: saved at once, in effect after a restart.
The others apply at once (idle timeout) or from the next visit (default language, elderly mode)."""

SECRET_KEYS = frozenset({"admin.pin_hash", "llm.api_key"})


class SettingsFileError(Exception):
    """The settings file could not be changed; the message says why (never with values)."""


def resolve_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``explicit``, else ``$KIOSK_CONFIG``, else :func:`default_config_path`."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("KIOSK_CONFIG"):
        return Path(os.environ["KIOSK_CONFIG"]).expanduser()
    return default_config_path()


def _set(document: tomlkit.TOMLDocument, dotted: str, value: Any) -> None:
    *sections, key = dotted.split(".")
    table: Any = document
    for name in sections:
        if name not in table:
            table[name] = tomlkit.table()
        table = table[name]
    if value is None:
        if key in table:
            del table[key]
    else:
        table[key] = str(value) if isinstance(value, Path) else value


def update_settings_file(path: Path, changes: Mapping[str, Any], *, allow: frozenset[str] | None = None) -> Path:
    """Apply ``changes`` (dotted key → value; None removes the key) to the TOML file at ``path``.

    The file is created when missing. Raises :class:`SettingsFileError` for a key that may not be
    changed, an unreadable file or a value the settings refuse; the file is then left untouched.
    """
    allowed = set(EDITABLE) | set(allow or ())
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise SettingsFileError(f"these settings cannot be changed here: {', '.join(unknown)}")
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsFileError(f"{path}: cannot read settings file ({exc.__class__.__name__})") from None
    except TOMLKitError as exc:
        raise SettingsFileError(f"{path}: not valid TOML ({exc})") from None
    for dotted, value in changes.items():
        _set(document, dotted, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.new")
    try:
        tmp.write_text(tomlkit.dumps(document), encoding="utf-8")
        try:
            load_settings(tmp)
        except SettingsError as exc:
            message = str(exc).replace(str(tmp), str(path))
            raise SettingsFileError(message) from None
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _LOGGER.info("settings file %s updated: %s", path, ", ".join(sorted(changes)))
    return path


def describe_change(key: str, value: Any) -> str:
    """``key = value`` for the audit log, with secrets replaced by ``(hidden)``."""
    shown = "(hidden)" if key in SECRET_KEYS else repr(value)
    return f"{key} = {shown}"
