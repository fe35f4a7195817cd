"""Issue 13 item 20: the SQLite ticket file on a full disk, on a read-only file system, and after a
read-only spell — a plain message, 取号 refused with TicketUnavailable, a background retry that notices
when writing works again, and ``-wal``/``-shm`` given back their mode."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from kiosk.settings import load_settings
from kiosk.tickets import SqliteTicketStore, TicketUnavailable, open_store

needs_root = pytest.mark.skipif(os.geteuid() != 0 and not os.environ.get("CI"),
                                reason="mounting a small tmpfs needs root (CI runs as root and never skips this)")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs (a real file system that fills up and can be remounted read-only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _remount(mount: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], check=True)


class States:
    """Records (available, problem) callbacks; ``back`` is set when the store works again."""

    def __init__(self) -> None:
        self.seen: list[tuple[bool, str]] = []
        self.back = threading.Event()
        self.down = threading.Event()

    def __call__(self, ok: bool, problem: str) -> None:
        self.seen.append((ok, problem))
        (self.back if ok else self.down).set()


def _store(tmp_path: Path, db: Path, states: States):
    settings = load_settings(None, data_dir=tmp_path, tickets={"database": str(db), "retry_s": 0.2})
    return open_store(settings, retry=True, on_state=states)


@needs_root
def test_disk_full_refuses_in_plain_words_and_recovers(tmp_path, small_disk):
    states = States()
    store = _store(tmp_path, small_disk / "tickets.sqlite3", states)
    try:
        assert store.issue("passport", "P").label == "P001"
        filler = small_disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"x" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        refused = None
        for _ in range(50):  # SQLite may still fit a few pages into its WAL; the disk is full soon
            try:
                store.issue("passport", "P")
            except TicketUnavailable as exc:
                refused = exc
                break
        assert refused is not None and "磁盘已满" in str(refused) and "disk is full" in str(refused)
        assert states.down.is_set() and not store.available
        filler.unlink()
        assert states.back.wait(15), "the background retry notices the space freed"
        later = store.issue("passport", "P")
        labels = [t.label for t in store.list_day()]
        assert labels == [f"P{n:03d}" for n in range(1, len(labels) + 1)] and later.label == labels[-1]
    finally:
        store.close()


@needs_root
def test_read_only_at_start_then_writable(tmp_path, small_disk):
    _remount(small_disk, "ro")
    states = States()
    store = _store(tmp_path, small_disk / "tickets.sqlite3", states)
    try:
        assert not store.available
        with pytest.raises(TicketUnavailable) as refused:
            store.issue("passport", "P")
        assert "取号数据库不可用" in str(refused.value) and "tickets.sqlite3" in str(refused.value)
        _remount(small_disk, "rw")
        assert states.back.wait(15)
        assert store.issue("passport", "P").label == "P001"
    finally:
        store.close()


def test_wal_and_shm_left_read_only_get_the_database_mode_back(tmp_path):
    db = tmp_path / "tickets.sqlite3"
    SqliteTicketStore(db).close()
    os.chmod(db, 0o444)  # a read-only spell: SQLite creates -wal/-shm with the database file's mode
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    spell = SqliteTicketStore(db)
    spell.get(1)
    sides = [Path(f"{db}{side}") for side in ("-wal", "-shm")]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o444 for p in sides if p.exists())
    for p in sides:  # whatever SQLite did, make the spell's leftovers explicit
        p.touch()
        os.chmod(p, 0o444)
    spell.close()
    os.chmod(db, 0o644)  # the spell is over
    store = SqliteTicketStore(db)
    try:
        assert [stat.S_IMODE(p.stat().st_mode) for p in sides] == [0o644, 0o644]
        assert store.issue("passport", "P").label == "P001"
    finally:
        store.close()


def test_a_folder_as_the_database_path_is_a_plain_refusal(tmp_path):
    (tmp_path / "db").mkdir()
    with pytest.raises(TicketUnavailable, match="folder"):
        SqliteTicketStore(tmp_path / "db")
