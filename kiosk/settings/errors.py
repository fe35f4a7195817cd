"""Settings errors as plain lines that name the key, never the value (it may be a secret)."""

from __future__ import annotations

import re

from pydantic import ValidationError


class SettingsError(Exception):
    """Settings could not be loaded; the message names the key and the problem."""


def source_error(exc: Exception) -> str:
    """A plain line for an environment variable pydantic-settings could not decode."""
    match = re.search(r'field "([^"]+)"', str(exc))
    if match:
        variable = f"KIOSK_{match.group(1).upper()}"
        return f"environment variable {variable}: not valid JSON (a section is set as one JSON object)"
    return f"environment settings: {exc}"


def format_errors(error: ValidationError, prefix: str = "") -> str:
    lines = []
    for item in error.errors():
        key = ".".join(str(part) for part in (*([prefix] if prefix else []), *item["loc"])) or "(top level)"
        if item["type"] == "extra_forbidden":
            lines.append(f"{key}: unknown setting")
        else:
            # Never echo the offending value: it may be a secret.
            lines.append(f"{key}: {item['msg'].removeprefix('Value error, ')}")
    return "\n".join(lines)
