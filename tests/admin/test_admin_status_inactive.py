"""A device switched off or never set up is "off" / "not configured" on the staff status page, never a fault
(issue 13, found by the Xvfb walk: speech turned off read "✕ 故障 Fault", so did "no printer configured")."""

from __future__ import annotations

from admin_helpers import sign_in, tap, visible

from kiosk.admin.status import StatusItem
from kiosk.ui.admin.status_state import not_configured_label, off_label, row_state


def _status_rows(qtbot, window, controller) -> dict[str, tuple[str, str]]:
    from PySide6.QtWidgets import QLabel

    sign_in(qtbot, window, controller)
    page = controller.panel.pages["status"]
    tap(qtbot, visible(window, "tab_status"))
    qtbot.waitUntil(lambda: len(page.items) >= 4 and page.refresh_button.isEnabled(), timeout=10000)
    return {item.key: (page.findChild(QLabel, f"statusState_{item.key}").text(),
                       page.findChild(QLabel, f"statusText_{item.key}").text()) for item in page.items}


def test_speech_off_and_no_printer_are_not_faults(qtbot, kiosk, screenshot_dir):
    window, controller = kiosk(toml="[speech]\nenabled = false\n")
    # what the speech and tickets areas publish in that case (their live checks say "not available")
    window.context.status.publish("speech", "语音 Speech", lambda: StatusItem(
        "speech", "语音 Speech", False, "speech is turned off in the settings"))
    window.context.status.publish("printer", "打印机 Printer", lambda: StatusItem(
        "printer", "打印机 Printer", False, "未配置打印机 No printer configured: 未配置打印机"))
    rows = _status_rows(qtbot, window, controller)
    assert rows["speech"][0] == off_label(), rows["speech"]
    assert "关闭" in rows["speech"][1] and "turned off" in rows["speech"][1]
    assert rows["printer"][0] == not_configured_label(), rows["printer"]
    assert "故障" not in rows["printer"][1] and "no printer configured" in rows["printer"][1]
    assert "Fault" not in rows["speech"][0] + rows["printer"][0]
    window.grab().save(str(screenshot_dir / "admin-status-inactive.png"))


def test_a_configured_device_that_fails_is_still_a_fault():
    class _Settings:
        class speech:  # noqa: N801 - a settings section stand-in
            enabled, model_zh, model_en = True, "/models/zh", None

        class printer:  # noqa: N801
            uri = "tcp://127.0.0.1:9100"

        class llm:  # noqa: N801
            base_url = "http://127.0.0.1:8000/v1"

    for key in ("speech", "printer", "llm"):
        state = row_state(StatusItem(key, key, False, "broken"), _Settings)
        assert state.look == "fault" and "Fault" in state.label, key
    working = row_state(StatusItem("speech", "语音", True, "ready"), _Settings)
    assert working.look == "ok"
