"""Each staff screen's actions on real stores, with a screenshot of every screen (admin-*.png)."""

from __future__ import annotations

import json
import tomllib
from datetime import timedelta

from admin_helpers import sign_in, tap, visible

from kiosk.insights import Rating, VisitSummary


def _shot(window, screenshot_dir, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # widgets added to a shown layout appear on the next event-loop turn
        QApplication.processEvents()
    window.grab().save(str(screenshot_dir / f"admin-{name}.png"))


def test_status_screen_checks_and_staff_calls(qtbot, kiosk, llm_server, screenshot_dir):
    """LLM first-token time from a real local server, disk and catalog lines; a staff call can be closed."""
    window, controller = kiosk(toml=f'[llm]\nbase_url = "{llm_server}"\nmodel = "qwen2.5-7b"\n')
    insights = controller.services.insights
    insights.record_staff_call(VisitSummary("kiosk-1", "1F 一楼大厅", "护照丢了怎么补办", "passport", "普通护照签发"))
    sign_in(qtbot, window, controller)
    page = controller.panel.pages["status"]
    qtbot.waitUntil(lambda: len(page.items) >= 4, timeout=10000)
    texts = {item.key: item for item in page.items}
    assert texts["llm"].ok is True and "first token" in texts["llm"].text
    assert texts["disk"].ok is True and "GB free" in texts["disk"].text
    assert "admin-test-hall" in texts["catalog"].text
    assert "printer" in texts and "speech" in texts
    call = insights.open_items()[0]
    assert "普通护照签发" in visible(window, f"call_{call.id}").findChildren(type(page.checked_at))[0].text()
    _shot(window, screenshot_dir, "status")
    tap(qtbot, visible(window, f"handleCall_{call.id}"))
    assert insights.open_items() == []
    assert controller.services.audit.tail(1)[0].action == "staff_call.handled"


def test_queue_screen_call_next_recall_no_show_and_reset(qtbot, kiosk, screenshot_dir):
    """Call next moves the queue (people ahead of the next ticket drops); recall, no-show, reset the day."""
    window, controller = kiosk()
    store = controller.services.tickets
    issued = [store.issue("passport", "A") for _ in range(3)] + [store.issue("invoice", "B")]
    assert store.people_ahead("A") == 3
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_queue"))
    table = visible(window, "queueTable")
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["普通护照签发"] == "3" and rows["发票申领"] == "1"
    choice = visible(window, "windowChoice")
    choice.setCurrentIndex(choice.findData("A01"))
    tap(qtbot, visible(window, "callNext"))
    assert visible(window, "currentTicket").text() == issued[0].label
    assert store.people_ahead("A") == 2  # the next ticket taken now has one fewer person ahead
    assert store.people_ahead("A", before_id=issued[2].id) == 1
    tap(qtbot, visible(window, "recall"))
    assert store.get(issued[0].id).calls == 2
    _shot(window, screenshot_dir, "queue")
    tap(qtbot, visible(window, "noShow"))
    assert store.get(issued[0].id).state == "no_show"
    assert visible(window, "currentTicket").text() == "—"
    tap(qtbot, visible(window, "callNext"))
    tap(qtbot, visible(window, "served"))
    assert store.get(issued[1].id).state == "served"
    tap(qtbot, visible(window, "resetDay"))
    assert "(2 waiting)" in controller.panel.pages["queue"].confirm.question.text()
    assert len(store.waiting()) == 2  # nothing happens before the confirmation
    _shot(window, screenshot_dir, "queue-reset-confirm")
    tap(qtbot, visible(window, "resetConfirmYes"))
    assert store.waiting() == []
    actions = [e.action for e in controller.services.audit.tail(20)]
    for action in ("queue.call_next", "queue.recall", "queue.no_show", "queue.served", "queue.reset_day"):
        assert action in actions


def test_catalog_screen_refuses_broken_file_then_applies_rolls_back_and_exports(
        qtbot, kiosk, tmp_path, admin_hall_path, screenshot_dir):
    """A broken file is refused with its errors listed and the old catalog stays; a good one applies."""
    window, controller = kiosk()
    store = controller.services.catalog_store
    old = store.current
    data = json.loads(admin_hall_path.read_text("utf-8"))
    broken = json.loads(json.dumps(data))
    broken["services"][0]["windows"] = ["Z99"]
    broken["services"][1]["id"] = broken["services"][2]["id"]
    usb = tmp_path / "media" / "USB-STICK"
    usb.mkdir(parents=True)
    (usb / "broken-catalog.json").write_text(json.dumps(broken, ensure_ascii=False), "utf-8")
    good = json.loads(json.dumps(data))
    good["services"].append({**data["services"][0], "id": "passport-renew", "name": "护照换发", "queue_prefix": "P"})
    good_path = tmp_path / "new" / "catalog.json"
    good_path.parent.mkdir()
    good_path.write_text(json.dumps(good, ensure_ascii=False), "utf-8")
    controller.services.usb_roots = (tmp_path / "media",)
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_catalog"))
    usb_list = visible(window, "usbFiles")
    assert usb_list.item(0).text().endswith("broken-catalog.json")
    usb_list.itemClicked.emit(usb_list.item(0))
    verdict = visible(window, "catalogVerdict")
    qtbot.waitUntil(lambda: "Refused" in verdict.text(), timeout=5000)
    problems = visible(window, "catalogPreview").toPlainText()
    assert 'unknown window "Z99"' in problems and 'duplicate id "invoice"' in problems
    assert not visible(window, "catalogApply").isEnabled()
    assert store.current is old
    _shot(window, screenshot_dir, "catalog-refused")
    visible(window, "catalogPath").setText(str(good_path))
    tap(qtbot, visible(window, "catalogCheck"))
    qtbot.waitUntil(lambda: "Valid" in verdict.text(), timeout=5000)
    assert "+1 services" in visible(window, "catalogPreview").toPlainText()
    _shot(window, screenshot_dir, "catalog")
    tap(qtbot, visible(window, "catalogApply"))
    assert store.current.catalog.service("passport-renew")  # the applied file, kept in the data folder (walk 12)
    assert store.current.path is not None and store.current.path.is_relative_to(controller.services.settings.data_dir)
    assert store.current.path.read_bytes() == good_path.read_bytes()
    qtbot.waitUntil(lambda: window.context.navigator.ready, timeout=10000)
    assert window.context.navigator.current().catalog is store.current.catalog
    tap(qtbot, visible(window, "catalogRollback"))
    assert store.current is old
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    visible(window, "exportPath").setText(str(export_dir))
    tap(qtbot, visible(window, "catalogExport"))
    assert json.loads((export_dir / "catalog.json").read_text("utf-8"))["hall"]["id"] == "admin-test-hall"
    outcomes = [(e.action, e.outcome) for e in controller.services.audit.tail(20)]
    for expected in [("catalog.check", "refused"), ("catalog.replace", "ok"), ("catalog.rollback", "ok"),
                     ("catalog.export", "ok")]:
        assert expected in outcomes


def _seed(insights) -> None:
    real = insights._clock
    now = real()
    days = [now - timedelta(days=d) for d in range(6, -1, -1)]
    questions = [("社保卡丢了怎么补办", "catalog", "si-card"), ("护照要带什么材料", "llm", "passport"),
                 ("办护照在几楼", "catalog", "passport"), ("发票怎么领", "catalog", "invoice"),
                 ("我的手机号13812345678能查公积金吗", "handoff", None), ("户口迁到外地要多久", "llm", "hukou")]
    for index, day in enumerate(days):
        insights._clock = lambda d=day: d
        for _ in range(4 + index):
            insights.record_visit()
        for q in questions[: 2 + index % 5]:
            insights.record_question(*q)
        for level in (5, 5, 4, 3, 5 - index % 5)[: 2 + index % 4]:
            insights.record_rating(Rating(max(1, level)), "等待时间长" if level <= 2 else "")
    insights._clock = real


def test_insights_screen_numbers_charts_and_follow_ups(qtbot, kiosk, screenshot_dir):
    """Figures match the store; unanswered questions are masked; a follow-up can be closed."""
    window, controller = kiosk()
    insights = controller.services.insights
    _seed(insights)
    summary = insights.summary(7)
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_insights"))
    assert visible(window, "fig_visits").text() == str(summary.visits)
    assert visible(window, "fig_handoff").text() == str(summary.answered_by["handoff"])
    page = controller.panel.pages["insights"]
    assert page.top.items[0][0] in {"普通护照签发", "社保卡补办"}
    unanswered = [page.unanswered.item(i).text() for i in range(page.unanswered.count())]
    assert any("能查公积金吗" in text for text in unanswered)
    assert not any("13812345678" in text for text in unanswered)
    assert sum(sum(d.values()) for d in page.ratings.days.values()) == sum(summary.ratings_total.values())
    _shot(window, screenshot_dir, "insights")
    follow_ups = [i for i in insights.open_items() if i.kind == "follow_up"]
    assert follow_ups
    qtbot.waitUntil(lambda: visible(window, f"handleFollowUp_{follow_ups[0].id}") is not None, timeout=5000)
    tap(qtbot, visible(window, f"handleFollowUp_{follow_ups[0].id}"))
    assert len([i for i in insights.open_items() if i.kind == "follow_up"]) == len(follow_ups) - 1


def test_settings_screen_saves_to_the_file_and_tests_the_llm(qtbot, kiosk, llm_server, screenshot_dir):
    """Changed fields are written to the TOML file (comments and other keys kept) and applied live."""
    window, controller = kiosk()
    config = controller.services.config_path
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_settings"))
    visible(window, "llmUrl").setText(llm_server)
    visible(window, "llmModel").setText("qwen2.5-7b")
    tap(qtbot, visible(window, "llmTest"))
    result = visible(window, "llmTestResult")
    qtbot.waitUntil(lambda: "first token" in result.text(), timeout=10000)
    for name, taps in (("idleTimeoutUp", 3), ("volumeDown", 3), ("speechRateDown", 2)):  # 60→90, 0.9→0.6, 170→150
        for _ in range(taps):
            tap(qtbot, visible(window, name))
    assert visible(window, "idleTimeout").text() == "90 秒 s"
    tap(qtbot, visible(window, "lang_en"))
    tap(qtbot, visible(window, "elderlyDefault"))
    _shot(window, screenshot_dir, "settings")
    tap(qtbot, visible(window, "settingsSave"))
    assert "Saved" in visible(window, "settingsMessage").text()
    text = config.read_text("utf-8")
    saved = tomllib.loads(text)
    assert text.startswith("# kiosk settings for a test") and "pin_hash" in saved["admin"]
    assert saved["llm"] == {"base_url": llm_server, "model": "qwen2.5-7b"}
    assert saved["ui"]["idle_timeout_s"] == 90 and saved["ui"]["language"] == "en" and saved["ui"]["elderly_mode"]
    assert saved["speech"] == {"volume": 0.6, "rate": 150}
    settings = controller.services.settings
    assert settings.ui.idle_timeout_s == 90 and settings.speech.rate == 150
    entry = controller.services.audit.tail(1)[0]
    assert entry.action == "settings.save" and "ui.idle_timeout_s = 90.0" in entry.detail
    assert "scrypt" not in controller.services.audit.path.read_text("utf-8")


def test_system_screen_test_print_and_exit(qtbot, kiosk, tmp_path, screenshot_dir):
    """Test print writes a slip on the configured (PDF) printer; exit needs a confirmation."""
    slips = tmp_path / "slips"
    window, controller = kiosk(toml=f'[printer]\nuri = "pdf://{slips}"\n')
    exits: list[str] = []
    controller.services.exit_app = lambda: exits.append("exit")
    controller.services.restart_app = lambda: exits.append("restart")
    sign_in(qtbot, window, controller)
    tap(qtbot, visible(window, "tab_system"))
    if controller.services.test_print is not None:
        tap(qtbot, visible(window, "testPrint"))
        result = visible(window, "printResult")
        qtbot.waitUntil(lambda: "Printed" in result.text() or "Failed" in result.text(), timeout=15000)
        assert "Printed" in result.text(), result.text()
        assert list(slips.glob("*.pdf"))
    tap(qtbot, visible(window, "exitKiosk"))
    assert exits == []
    _shot(window, screenshot_dir, "system")
    tap(qtbot, visible(window, "systemConfirmYes"))
    assert exits == ["exit"]
    tap(qtbot, visible(window, "restartKiosk"))
    tap(qtbot, visible(window, "systemConfirmNo"))
    assert exits == ["exit"]
    assert [e.action for e in controller.services.audit.tail(3)][-1] == "kiosk.exit"
