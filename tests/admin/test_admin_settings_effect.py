"""What the settings page says about when a setting takes effect (Xvfb walk 10, defects 21 and 25): it said
"Saved to: …" before anything was saved, did not say which settings wait for a restart, and a saved idle
time did nothing until a restart."""

from __future__ import annotations

from admin_helpers import sign_in, tap, visible


def test_settings_say_when_they_take_effect_and_the_idle_time_applies_at_once(qtbot, kiosk, screenshot_dir):
    from PySide6.QtWidgets import QApplication

    window, controller = kiosk(idle_timeout_s=60.0)
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_settings"))
    where, message = visible(window, "settingsFile"), window.findChild(type(visible(window, "settingsFile")), "settingsMessage")
    assert where.text().startswith("设置文件") and "Saved" not in where.text(), where.text()
    for key in ("llm.base_url", "llm.model", "speech.volume", "speech.rate"):
        assert "after a restart" in visible(window, f"settingName_{key}").text(), key
    for key in ("ui.idle_timeout_s", "ui.language", "ui.elderly_mode"):
        assert "restart" not in visible(window, f"settingName_{key}").text(), key
    QApplication.processEvents()
    window.grab().save(str(screenshot_dir / "admin-settings-effect.png"))
    for _ in range(3):  # 60 → 30 s
        tap(qtbot, visible(window, "idleTimeoutDown"))
    tap(qtbot, visible(window, "lang_en"))
    tap(qtbot, visible(window, "settingsSave"))
    assert "in effect now" in message.text() and "Saved to" in where.text(), message.text()
    assert window.idle.timeout_s == 30 and window.attract.idle_timeout_s == 30
    assert window.visit.default_language == "en"
    tap(qtbot, visible(window, "volumeDown"))
    tap(qtbot, visible(window, "settingsSave"))
    assert "after a restart: speech.volume" in message.text(), message.text()
