"""The staff PIN: stored only as a salted scrypt hash, verified in constant time.

Stored form: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`` (in settings ``admin.pin_hash``). There
is no default PIN: until ``kiosk admin set-pin`` has written one, admin mode cannot be entered.
A running kiosk reads a new hash at the next sign-in (:class:`CurrentPinHash`), no restart needed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from collections.abc import Callable
from pathlib import Path

_LOGGER = logging.getLogger(__name__)

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
"""scrypt cost: 16 MiB of memory and roughly 50 ms per try on the kiosk's CPU."""
SALT_BYTES, HASH_BYTES = 16, 32
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinError(ValueError):
    """A PIN that cannot be used (the message says why in plain words)."""


def check_pin_format(pin: str) -> None:
    """Raise :class:`PinError` unless ``pin`` is 4–12 digits (the PIN pad has digits only)."""
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN must contain digits only (0-9)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")
    if len(set(pin)) == 1:
        raise PinError("the PIN must not repeat one digit only")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=HASH_BYTES)


def hash_pin(pin: str) -> str:
    """A new salted hash of ``pin`` (checked with :func:`check_pin_format` first)."""
    check_pin_format(pin)
    salt = os.urandom(SALT_BYTES)
    digest = _derive(pin, salt, N, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` matches the stored hash; False for no hash or a malformed one."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != SCHEME:
            raise ValueError(scheme)
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        actual = _derive(pin, salt, int(n), int(r), int(p))
    except (ValueError, TypeError):
        _LOGGER.error("admin.pin_hash is malformed; set it again with `kiosk admin set-pin`")
        return False
    return hmac.compare_digest(actual, expected)


class CurrentPinHash:
    """The PIN hash as the settings file holds it *now*, so ``kiosk admin set-pin`` needs no restart.

    :meth:`get` is asked at every sign-in step; it re-reads the settings file (through
    :func:`kiosk.settings.load_settings`, so ``KIOSK_ADMIN__PIN_HASH`` keeps its priority) only when
    the file's size, modification time or inode changed. A file that went missing or became invalid
    keeps the last good hash (and is read again once it changes).
    """

    def __init__(self, path: Callable[[], Path | None], started_with: str | None) -> None:
        self._path = path
        self._value = started_with
        self._seen: tuple[int, int, int] | None = None

    def get(self) -> str | None:
        """The stored hash (``scrypt$…``) or None when no PIN is set."""
        from kiosk.settings import SettingsError, load_settings

        path = self._path()
        if path is None:
            return self._value
        try:
            stat = path.stat()
        except OSError:
            return self._value
        seen = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if seen != self._seen:
            try:
                secret = load_settings(path).admin.pin_hash
            except SettingsError as exc:
                _LOGGER.warning("settings file changed but cannot be read; keeping the PIN in use: %s",
                                str(exc).splitlines()[0])
                return self._value
            if self._seen is not None:
                _LOGGER.info("settings file %s changed: staff PIN re-read", path)
            self._seen = seen
            self._value = secret.get_secret_value() if secret is not None else None
        return self._value
