"""Checks of the values that reach the LLM service: its URL, the API key and the key file (never shown)."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from urllib.parse import urlsplit

MAX_KEY_FILE_BYTES = 16 * 1024
PRINTABLE_ASCII = re.compile(r"^[\x21-\x7e]+$")
"""One token without spaces or control characters (what an HTTP header can carry)."""


def check_url(value: str | None) -> str | None:
    """An http(s) URL with a host that parses (``http://[::1`` does not); None stays None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ValueError(f"not a usable URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host, e.g. http://10.0.0.5:8000/v1")
    return value


def read_key_file(path: Path) -> str | None:
    """The key in ``path``: a small regular text file of printable ASCII; None when absent or empty.

    Raises:
        ValueError: not a regular file, too large, binary or non-ASCII (the content is never shown).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ValueError(f"cannot read the key file ({exc.strerror or exc.__class__.__name__})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("the key file is not a regular file")
    if info.st_size > MAX_KEY_FILE_BYTES:
        raise ValueError(f"the key file is larger than {MAX_KEY_FILE_BYTES // 1024} KB")
    try:
        text = path.read_bytes().decode("ascii").strip()
    except UnicodeDecodeError:
        raise ValueError("the key file holds binary or non-ASCII bytes (expected one line of text)") from None
    except OSError as exc:
        raise ValueError(f"cannot read the key file ({exc.strerror or exc.__class__.__name__})") from None
    if text and not PRINTABLE_ASCII.match(text):
        raise ValueError("the key file must hold one key without spaces or control characters")
    return text or None
