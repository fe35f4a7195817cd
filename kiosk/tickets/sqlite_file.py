"""The SQLite ticket file's health: a plain line for what went wrong, side files given back their mode,
and a probe that the disk would take a write now."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from kiosk.messages import N_, both, translator
from kiosk.tickets.contract import TicketUnavailable

_LOGGER = logging.getLogger(__name__)


def plain_sqlite_problem(exc: BaseException, path: Path) -> str:
    """One plain line (Chinese + English) for an SQLite/OS failure on the ticket file."""
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        what = both("the disk is full")
    elif "readonly" in text or "read-only" in text or "permission" in text or isinstance(exc, PermissionError):
        what = both("the file or folder is read-only")
    elif "unable to open" in text or isinstance(exc, FileNotFoundError | NotADirectoryError | IsADirectoryError):
        what = both("the file cannot be opened")
    elif "locked" in text or "busy" in text:
        what = both("the database is busy")
    elif "malformed" in text or "not a database" in text:
        what = both("the file is damaged")
    else:
        what = translator("zh")(N_("read or write failed: {error}"), error=exc)
    return translator("zh")(N_("the ticket database is not available: {what} ({path})"), what=what, path=path)


def repair_side_files(path: Path) -> list[Path]:
    """Give ``-wal``/``-shm`` files left read-only by a read-only spell the database file's mode again."""
    fixed: list[Path] = []
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return fixed
    if not mode & stat.S_IWUSR:
        return fixed  # the database itself is read-only: nothing to give back yet
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            side_mode = stat.S_IMODE(side.stat().st_mode)
            if side_mode != mode and not side_mode & stat.S_IWUSR:
                os.chmod(side, mode)
                fixed.append(side)
        except OSError:
            continue
    if fixed:
        _LOGGER.warning("ticket database: made %s writable again", ", ".join(p.name for p in fixed))
    return fixed


def probe_space(path: Path) -> None:
    """Raise :class:`TicketUnavailable` unless 64 KiB can be written and synced next to ``path`` now."""
    probe = path.with_name(f".{path.name}.probe")
    try:
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 65536)
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise TicketUnavailable(plain_sqlite_problem(exc, path), cause=str(exc)) from None
