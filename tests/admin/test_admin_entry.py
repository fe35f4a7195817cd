"""Admin entry: the hidden gesture, PIN pad, wrong PINs and lockout (injected time), idle logout, audit."""

from __future__ import annotations

import json

import shiboken6
from admin_helpers import TEST_PIN, FakeClock, enter_pin, sign_in, tap, visible

from kiosk.admin.lockout import Lockout


def _audit(controller) -> list[dict]:
    path = controller.services.audit.path
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()] if path.exists() else []


def test_five_corner_taps_open_the_pin_pad_and_the_right_pin_signs_in(qtbot, kiosk, screenshot_dir):
    """Five taps on the top-right corner → PIN pad; the right PIN → staff panel; audit has the login."""
    window, controller = kiosk()
    for _ in range(5):
        tap(qtbot, window.top.admin_corner)
    pad = visible(window, "pinPad")
    for digit in "25":
        tap(qtbot, visible(window, f"pinKey_{digit}"))
    assert visible(window, "pinDots").text() == "●●"
    window.grab().save(str(screenshot_dir / "admin-pinpad.png"))
    for digit in "80":
        tap(qtbot, visible(window, f"pinKey_{digit}"))
    tap(qtbot, visible(window, "pinOk"))
    qtbot.waitUntil(lambda: controller.in_session, timeout=5000)
    assert (visible(window, "adminPanel") and not shiboken6.isValid(pad)) or not pad.isVisible()
    assert [(e["action"], e["outcome"]) for e in _audit(controller)] == [("login", "ok")]
    tap(qtbot, visible(window, "adminLogout"))
    assert not controller.in_session
    assert _audit(controller)[-1]["action"] == "logout" and _audit(controller)[-1]["outcome"] == "logout"


def test_four_taps_do_nothing(qtbot, kiosk):
    """Fewer than five taps never show the PIN pad."""
    window, _ = kiosk()
    for _ in range(4):
        tap(qtbot, window.top.admin_corner)
    assert not [w for w in window.findChildren(type(window), "pinPad") if w.isVisible()]
    assert window.overlay.widget is None


def test_no_pin_set_explains_set_pin(qtbot, kiosk, screenshot_dir):
    """Without a PIN hash the kiosk explains `kiosk admin set-pin` and never opens the panel."""
    window, controller = kiosk(pin=False)
    window.admin_requested.emit()
    assert visible(window, "setPinCommand").text() == "kiosk admin set-pin"
    window.grab().save(str(screenshot_dir / "admin-no-pin.png"))
    tap(qtbot, visible(window, "noPinClose"))
    assert window.overlay.widget is None and not controller.in_session


def test_wrong_pins_lock_for_five_minutes_across_restarts(qtbot, kiosk, screenshot_dir):
    """4 wrong PINs count down; the 5th locks; even the right PIN is refused until 5 minutes pass."""
    window, controller = kiosk()
    clock = FakeClock()
    path = controller.services.lockout.path
    controller.services.lockout = Lockout(path, 5, 300, clock=clock)
    window.admin_requested.emit()
    for attempt in range(1, 5):
        enter_pin(qtbot, window, "1111")
        qtbot.waitUntil(lambda a=attempt: controller.services.lockout.failures == a, timeout=5000)
        qtbot.waitUntil(lambda: "还可以试" in visible(window, "pinMessage").text(), timeout=5000)
    assert "1 attempt" in visible(window, "pinMessage").text()
    enter_pin(qtbot, window, "1111")
    qtbot.waitUntil(lambda: controller.services.lockout.locked_for() > 0, timeout=5000)
    qtbot.waitUntil(lambda: "5 min" in visible(window, "pinMessage").text(), timeout=5000)
    assert not visible(window, "pinKey_1").isEnabled() and not visible(window, "pinOk").isEnabled()
    window.grab().save(str(screenshot_dir / "admin-pin-locked.png"))
    # a restart: a new Lockout object on the same file is still locked, even for the right PIN
    controller.services.lockout = Lockout(path, 5, 300, clock=clock)
    tap(qtbot, visible(window, "pinCancel"))
    window.admin_requested.emit()
    assert not visible(window, "pinKey_2").isEnabled()
    controller._check_pin(TEST_PIN)  # a scripted attempt while locked is refused at once, nothing is verified
    assert not controller.in_session and "5 min" in visible(window, "pinMessage").text()
    clock.now += 301
    tap(qtbot, visible(window, "pinCancel"))
    sign_in(qtbot, window, controller)
    outcomes = [(e["action"], e["outcome"]) for e in _audit(controller)]
    assert outcomes.count(("login", "failed")) == 4 and ("login", "locked") in outcomes
    assert outcomes[-1] == ("login", "ok")


def test_admin_session_ends_after_idle(qtbot, kiosk):
    """No touch for the idle time → signed out and audited; each touch restarts the idle clock.

    Deterministic: the clock is stopped before each tap and must be running again after it; then a
    short interval lets it expire (no race between a loaded machine and a 400 ms budget).
    """
    window, controller = kiosk()
    controller._idle.setInterval(60_000)
    sign_in(qtbot, window, controller)
    for name in ("tab_queue", "tab_status", "tab_queue"):
        controller._idle.stop()
        tap(qtbot, visible(window, name))
        assert controller._idle.isActive(), f"a tap on {name} did not restart the idle clock"
    assert controller.in_session
    controller._idle.setInterval(50)
    with qtbot.waitSignal(controller.session_ended, timeout=3000) as ended:
        controller._idle.start()
    assert ended.args == ["idle"] and window.overlay.widget is None
    assert json.loads(controller.services.audit.path.read_text("utf-8").splitlines()[-1])["outcome"] == "idle"
