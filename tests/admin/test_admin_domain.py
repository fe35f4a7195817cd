"""Qt-free admin parts: PIN hash, lockout across restarts, audit log, settings write-back, watchdog."""

from __future__ import annotations

import json
import threading

import pytest

from kiosk.admin.audit import AuditLog
from kiosk.admin.lockout import Lockout
from kiosk.admin.masking import mask_text
from kiosk.admin.pin import PinError, hash_pin, verify_pin
from kiosk.admin.settings_file import SettingsFileError, describe_change, update_settings_file
from kiosk.admin.watchdog import Watchdog
from kiosk.settings import load_settings


class Clock:
    """A settable clock (seconds)."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_pin_hash_is_salted_and_verifies():
    """Two hashes of one PIN differ (salt); only the right PIN verifies; the PIN is not in the hash."""
    first, second = hash_pin("2580"), hash_pin("2580")
    assert first != second and first.startswith("scrypt$")
    assert "2580" not in first
    assert verify_pin("2580", first) and verify_pin("2580", second)
    assert not verify_pin("2581", first)
    assert not verify_pin("2580", None) and not verify_pin("2580", "garbage")


@pytest.mark.parametrize("bad", ["12", "abcd", "1234567890123", "0000", "１２３４"])
def test_bad_pins_are_refused(bad):
    """Too short, too long, non-digits, one repeated digit, full-width digits."""
    with pytest.raises(PinError):
        hash_pin(bad)


def test_lockout_after_five_and_survives_restart(tmp_path):
    """5 wrong PINs lock for 5 minutes; a new Lockout on the same file is still locked; time unlocks."""
    clock = Clock()
    path = tmp_path / "lockout.json"
    lockout = Lockout(path, 5, 300, clock=clock)
    assert [lockout.record_failure() for _ in range(4)] == [False] * 4
    assert lockout.attempts_left() == 1
    assert lockout.record_failure() is True
    assert lockout.locked_for() == pytest.approx(300)
    restarted = Lockout(path, 5, 300, clock=clock)
    clock.now += 299
    assert restarted.locked_for() == pytest.approx(1)
    clock.now += 2
    assert restarted.locked_for() == 0 and restarted.attempts_left() == 5


def test_lockout_success_resets(tmp_path):
    """A right PIN forgets earlier failures."""
    lockout = Lockout(tmp_path / "l.json", 5, 300, clock=Clock())
    for _ in range(3):
        lockout.record_failure()
    lockout.record_success()
    assert lockout.attempts_left() == 5


def test_corrupt_lockout_state_starts_locked(tmp_path):
    """Tampering with the state file does not reset the lock."""
    path = tmp_path / "l.json"
    path.write_text("{not json", encoding="utf-8")
    assert Lockout(path, 5, 300, clock=Clock()).locked_for() == 300


def test_audit_log_appends_and_masks(tmp_path):
    """Entries are appended as JSON lines with time/action/outcome; digits runs are masked."""
    log = AuditLog.in_data_dir(tmp_path)
    log.record("login", "ok")
    log.record("queue.call_next", "ok", "window A01")
    log.record("note", "ok", "citizen phone 13812345678 id 110101199003078515")
    lines = (tmp_path / "admin-audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0])["action"] == "login" and "time" in json.loads(lines[0])
    assert "13812345678" not in lines[2] and "110101199003078515" not in lines[2]
    assert [e.action for e in log.tail(2)] == ["queue.call_next", "note"]


def test_audit_keeps_the_applied_catalog_version_date(tmp_path):
    """A catalog version's date says which version staff applied (Xvfb walk 12, defect 14): kept in the
    audit line, while a number beside it is still hidden; statistics stay as conservative as before."""
    log = AuditLog.in_data_dir(tmp_path)
    log.record("catalog.replace", "ok", "cq-jialing-zwfw 2026-11-20 (59 services)")
    log.record("note", "ok", "2026-11-20 citizen 13812345678")
    first, second = (tmp_path / "admin-audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert "cq-jialing-zwfw 2026-11-20 (59 services)" in first
    assert "2026-11-20" in second and "13812345678" not in second
    assert "2026-11-20" not in mask_text("生日 2026-11-20")


def test_mask_text_hides_spaced_digits():
    """Spaced-out ASR digit tokens are masked too."""
    assert "8515" not in mask_text("身份证 1101 0119 9003 0785 15")


def test_settings_file_keeps_other_keys_and_comments(tmp_path):
    """Changing admin-editable keys keeps comments and other keys; the result loads."""
    path = tmp_path / "settings.toml"
    path.write_text('# hall 3 kiosk\n[hall]\nkiosk_id = "east-2"  # by the door\n\n[llm]\nmodel = "qwen"\n', "utf-8")
    update_settings_file(path, {"llm.base_url": "http://10.0.0.5:8000/v1", "ui.idle_timeout_s": 90.0,
                                "speech.volume": 0.5, "ui.elderly_mode": True})
    text = path.read_text(encoding="utf-8")
    assert "# hall 3 kiosk" in text and "# by the door" in text and 'kiosk_id = "east-2"' in text
    settings = load_settings(path)
    assert settings.llm.base_url == "http://10.0.0.5:8000/v1" and settings.llm.model == "qwen"
    assert settings.ui.idle_timeout_s == 90 and settings.speech.volume == 0.5 and settings.ui.elderly_mode


def test_settings_file_refuses_bad_values_and_keys(tmp_path):
    """A bad value or a non-editable key leaves the file untouched and names the key."""
    path = tmp_path / "settings.toml"
    path.write_text("[ui]\nidle_timeout_s = 60\n", "utf-8")
    with pytest.raises(SettingsFileError, match=r"ui\.idle_timeout_s"):
        update_settings_file(path, {"ui.idle_timeout_s": 1})
    with pytest.raises(SettingsFileError, match="cannot be changed"):
        update_settings_file(path, {"data_dir": "/"})
    assert path.read_text("utf-8") == "[ui]\nidle_timeout_s = 60\n"
    assert not list(tmp_path.glob(".*.new"))


def test_describe_change_hides_secrets():
    """Secrets are never shown in audit text."""
    assert "scrypt" not in describe_change("admin.pin_hash", "scrypt$...")
    assert "qwen" in describe_change("llm.model", "qwen")


def test_set_pin_cli_writes_hash(tmp_path, capsys, monkeypatch):
    """`kiosk admin set-pin --pin-stdin` writes a verifying hash into --config and says where."""
    import io

    from kiosk.cli import main

    config = tmp_path / "conf" / "settings.toml"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    assert main(["--config", str(config), "admin", "set-pin", "--pin-stdin"]) == 0
    out = capsys.readouterr().out
    assert str(config) in out and "4711" not in out
    stored = load_settings(config).admin.pin_hash
    assert stored is not None and verify_pin("4711", stored.get_secret_value())
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["--config", str(config), "admin", "set-pin", "--pin-stdin"]) == 2
    assert main(["--config", str(config), "admin", "audit"]) == 0
    assert "pin.set" in capsys.readouterr().out


def test_watchdog_dumps_stacks_of_a_stalled_thread(tmp_path):
    """A heartbeat older than 1 s logs every thread's stack once per stall, into stalls.log too."""
    clock = Clock(0.0)
    stalls: list[str] = []
    dog = Watchdog(1.0, dump_path=tmp_path / "stalls.log", clock=clock, on_stall=lambda age, s: stalls.append(s))
    dog.tick()
    clock.now = 0.5
    dog.check()
    assert not stalls
    clock.now = 1.2
    dog.check()
    clock.now = 1.5
    dog.check()
    assert len(stalls) == 1 and "test_watchdog_dumps_stacks" in stalls[0]
    assert "GUI stalled 1.2 s" in (tmp_path / "stalls.log").read_text("utf-8")
    dog.tick()
    clock.now = 3.0
    dog.check()
    assert dog.stalls == 2


def test_watchdog_thread_catches_a_real_block(tmp_path):
    """With the real clock and thread, blocking the 'GUI' thread past the 1 s limit produces a dump naming it."""
    dumps: list[str] = []
    done = threading.Event()
    dog = Watchdog(1.0, poll_s=0.05, on_stall=lambda age, s: (dumps.append(s), done.set()))
    dog.start()
    try:
        assert done.wait(30)  # the "GUI thread" (this one) blocks, without ticking, until the dump
    finally:
        dog.stop()
    assert "test_watchdog_thread_catches_a_real_block" in dumps[0]


def test_watchdog_exit_after_long_stall():
    """With exit_s set, a stall that long calls the exit function with code 70."""
    clock = Clock(0.0)
    codes: list[int] = []
    dog = Watchdog(1.0, exit_s=5.0, clock=clock, exit_func=codes.append)
    dog.tick()
    clock.now = 5.1
    dog.check()
    assert codes == [70]
