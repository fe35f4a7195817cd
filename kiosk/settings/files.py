"""Reading a settings file safely: a regular UTF-8 file (a byte-order mark is fine) of at most
:data:`MAX_SETTINGS_BYTES`, valid TOML nested at most :data:`MAX_TOML_DEPTH` levels."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path
from typing import Any

from kiosk.settings.errors import SettingsError

MAX_SETTINGS_BYTES = 1024 * 1024


def _toml_depth(value: Any, depth: int = 0) -> int:
    if isinstance(value, dict):
        return max((_toml_depth(v, depth + 1) for v in value.values()), default=depth + 1)
    if isinstance(value, list):
        return max((_toml_depth(v, depth + 1) for v in value), default=depth + 1)
    return depth


MAX_TOML_DEPTH = 8


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML data of a settings file; raises :class:`SettingsError` with one plain reason."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SettingsError(f"{path}: settings file not found") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read settings file ({exc.strerror or exc.__class__.__name__})") from None
    if stat.S_ISDIR(info.st_mode):
        raise SettingsError(f"{path}: is a folder, not a settings file")
    if not stat.S_ISREG(info.st_mode):
        raise SettingsError(f"{path}: not a regular file (a device, FIFO or socket)")
    if info.st_size > MAX_SETTINGS_BYTES:
        raise SettingsError(f"{path}: settings file larger than {MAX_SETTINGS_BYTES // 1024} KB")
    try:
        text = path.read_bytes().decode("utf-8-sig")  # Notepad writes a byte-order mark
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read settings file ({exc.strerror or exc.__class__.__name__})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise SettingsError(f"{path}: TOML nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise SettingsError(f"{path}: not usable TOML ({exc})") from None
    if _toml_depth(data) > MAX_TOML_DEPTH:
        raise SettingsError(f"{path}: TOML nested more than {MAX_TOML_DEPTH} levels deep")
    return data
