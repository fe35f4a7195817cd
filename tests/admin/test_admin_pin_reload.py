"""A PIN set with `kiosk admin set-pin` while the kiosk runs works at the next sign-in (issue 13 item 14).

The kiosk runs (real window, staff mode installed); the real CLI runs in another process on the same
settings file; no restart in between.
"""

from __future__ import annotations

import os
import subprocess
import sys

from admin_helpers import TEST_PIN, enter_pin, visible


def _set_pin_from_a_terminal(config, pin: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, KIOSK_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(config), "admin", "set-pin", "--pin-stdin"],
        input=pin + "\n", capture_output=True, text=True, env=env, timeout=60, check=False,
    )


def test_pin_set_while_the_kiosk_runs_opens_staff_mode_without_a_restart(qtbot, kiosk, tmp_path):
    """No PIN at start → the notice; set-pin in a terminal → the very next gesture shows the pad and the PIN works."""
    window, controller = kiosk(pin=False)
    window.admin_requested.emit()
    assert visible(window, "setPinCommand")
    window.close_overlay()
    done = _set_pin_from_a_terminal(controller.services.settings_path(), "1357", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no restart needed" in done.stdout and "无需重启" in done.stdout
    window.admin_requested.emit()
    assert visible(window, "pinPad")
    enter_pin(qtbot, window, "1357")
    qtbot.waitUntil(lambda: controller.in_session, timeout=5000)


def test_a_changed_pin_replaces_the_old_one_at_once(qtbot, kiosk, tmp_path):
    """The PIN is changed while the pad is open: the old PIN is refused, the new one signs in."""
    window, controller = kiosk()
    window.admin_requested.emit()
    done = _set_pin_from_a_terminal(controller.services.settings_path(), "97531", tmp_path)
    assert done.returncode == 0, done.stderr
    enter_pin(qtbot, window, TEST_PIN)
    qtbot.waitUntil(lambda: "Wrong PIN" in visible(window, "pinMessage").text(), timeout=5000)
    assert not controller.in_session
    enter_pin(qtbot, window, "97531")
    qtbot.waitUntil(lambda: controller.in_session, timeout=5000)


def test_a_broken_settings_file_keeps_the_pin_in_use(qtbot, kiosk):
    """Someone breaks the TOML while the kiosk runs: sign-in still works with the PIN in use, no traceback."""
    window, controller = kiosk()
    path = controller.services.settings_path()
    path.write_text(path.read_text("utf-8") + "\n[[[ not toml\n", encoding="utf-8")
    window.admin_requested.emit()
    enter_pin(qtbot, window, TEST_PIN)
    qtbot.waitUntil(lambda: controller.in_session, timeout=5000)
