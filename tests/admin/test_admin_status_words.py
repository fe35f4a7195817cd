"""Status page rows: one per checked thing, every row in Chinese and English, states in icons and words
(issue 13 item 17 and the deliver bullet "states in words and icons, not colour alone")."""

from __future__ import annotations

from admin_helpers import sign_in, tap, visible

from kiosk.admin.status import StatusItem
from kiosk.admin.status_text import bilingual, has_chinese, state_label


def _rows(page) -> dict[str, tuple[str, str, str]]:
    """key → (state text, name, detail) as shown on the page."""
    from PySide6.QtWidgets import QLabel

    out = {}
    for item in page.items:
        state = page.findChild(QLabel, f"statusState_{item.key}").text()
        name = page.findChild(QLabel, f"statusLabel_{item.key}").text()
        detail = page.findChild(QLabel, f"statusText_{item.key}").text()
        out[item.key] = (state, name, detail)
    return out


def _has_english(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


def test_printer_row_once_after_signing_in_twice(qtbot, kiosk, screenshot_dir):
    """The tickets area publishes its printer check; two sign-ins (each binds late areas) → one printer row."""
    window, controller = kiosk(toml='[printer]\nuri = "tcp://127.0.0.1:9100"\n')
    window.context.status.publish("printer", "打印机 Printer", lambda: StatusItem(
        "printer", "打印机 Printer", False, "127.0.0.1:9100: 打印机缺纸，请更换纸卷"))
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "adminLogout"))
    sign_in(qtbot, window, controller)
    page = controller.panel.pages["status"]
    tap(qtbot, visible(window, "tab_status"))
    qtbot.waitUntil(lambda: len(page.items) >= 4 and page.refresh_button.isEnabled(), timeout=10000)
    keys = [item.key for item in page.items]
    assert keys.count("printer") == 1, keys
    state, _name, detail = _rows(page)["printer"]
    assert state == "✕ 故障 Fault"
    assert "缺纸" in detail and _has_english(detail.splitlines()[1])
    window.grab().save(str(screenshot_dir / "admin-status-words.png"))


def test_every_row_in_chinese_and_english_with_icon_and_words(qtbot, kiosk):
    """LLM (not configured), speech, printer, disk, catalog: each row's state and detail in both languages."""
    window, controller = kiosk()
    sign_in(qtbot, window, controller)
    page = controller.panel.pages["status"]
    tap(qtbot, visible(window, "tab_status"))
    qtbot.waitUntil(lambda: len(page.items) >= 4 and page.refresh_button.isEnabled(), timeout=10000)
    rows = _rows(page)
    assert {"llm", "speech", "disk", "catalog"} <= set(rows)
    for key, (state, name, detail) in rows.items():
        assert state[0] in "✓⚠✕○—" and has_chinese(state) and _has_english(state), (key, state)
        assert has_chinese(name) and _has_english(name), (key, name)
        zh, en = detail.split("\n")
        assert has_chinese(zh) and _has_english(en) and not has_chinese(en), (key, detail)
    assert rows["llm"][0] == "— 未配置 Not configured" and "离线" in rows["llm"][2]


def test_bilingual_fills_the_missing_language_and_states_have_words():
    """Another area's English-only or Chinese-only text still gets a line in the other language."""
    english_only = StatusItem("speech", "语音 Speech", True, "voice input ready · speech espeak")
    assert bilingual(english_only) == ("语音输入可用", "voice input ready · speech espeak")
    chinese_only = StatusItem("printer", "打印机 Printer", True, "127.0.0.1:9100: 打印机正常")
    assert bilingual(chinese_only) == ("127.0.0.1:9100: 打印机正常", "printer working")
    both = StatusItem("disk", "磁盘空间 Disk", False, "x", "剩余 0.2 GB", "0.2 GB free")
    assert bilingual(both) == ("剩余 0.2 GB", "0.2 GB free")
    assert [state_label(ok) for ok in (True, None, False)] == ["✓ 正常 OK", "⚠ 注意 Attention", "✕ 故障 Fault"]


def test_insights_follow_ups_name_the_service_not_its_id(qtbot, kiosk, screenshot_dir):
    """A bad rating on the passport service reads "事项 普通护照签发" on the insights page, never the raw id."""
    from PySide6.QtWidgets import QLabel, QWidget

    from kiosk.insights import Rating

    window, controller = kiosk()
    controller.services.insights.record_rating(Rating.VERY_DISSATISFIED, "等待时间长", "passport")
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_insights"))
    page = controller.panel.pages["insights"]
    (item,) = [i for i in controller.services.insights.open_items() if i.kind == "follow_up"]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QWidget, f"handleFollowUp_{item.id}")),
                    timeout=3000)
    button = visible(window, f"handleFollowUp_{item.id}")
    row = button.parentWidget()
    texts = [label.text() for label in row.findChildren(QLabel)]
    assert any("事项 普通护照签发" in t for t in texts), texts
    assert not any("passport" in t for t in texts), texts
    assert page.isVisible()
    window.grab().save(str(screenshot_dir / "admin-insights-follow-up.png"))


def test_settings_llm_test_result_in_both_languages_with_state_words(qtbot, kiosk, llm_server):
    """The settings page's "test connection" line: ✓ with words, the detail in Chinese and in English."""
    window, controller = kiosk()
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_settings"))
    visible(window, "llmUrl").setText(llm_server)
    visible(window, "llmModel").setText("qwen2.5-7b")
    tap(qtbot, visible(window, "llmTest"))
    result = visible(window, "llmTestResult")
    qtbot.waitUntil(lambda: result.text().startswith("✓"), timeout=10000)
    zh, en = result.text().split("\n")
    assert zh.startswith("✓ 正常 OK") and "首字" in zh and "first token" in en and not has_chinese(en)
