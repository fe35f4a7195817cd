"""pytest-qt: the streamed LLM answer under the service card, the offline fallback, cancel on Home."""

from __future__ import annotations

from pathlib import Path

import pytest
from llm_support import known_framing
from qt_helpers import run_until
from sse_server import ChatServer, Scenario, error, stream


@pytest.fixture
def kiosk(qtbot, qloop, server: ChatServer, demo_catalog_path: Path):
    """A shown MainWindow on the demo hall with the LLM area installed against the local server."""
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.llm_wiring import install
    from kiosk.ui.main_window import MainWindow

    create_application()
    settings = load_settings(
        None,
        llm={"base_url": server.url, "model": "test-model", "first_token_timeout_s": 1.5,
             "idle_timeout_s": 3.0, "total_timeout_s": 8.0},
    )  # fmt: skip
    context = AppContext.create(settings, load_catalog(demo_catalog_path), qloop)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    controller = install(window, context)
    window.start_visit()
    yield window, controller
    controller.wipe()
    QApplication.instance().removeEventFilter(window.idle)
    window.translations.uninstall()
    context.close()
    window.close()


def _service(window):
    service = window.catalog.services[0]
    return service, service.windows[0]


def test_streamed_answer_under_the_card(kiosk, qloop, server: ChatServer, screenshot_dir: Path) -> None:
    """Thinking indicator, then text streaming in under the card, spoken sentence by sentence."""
    window, controller = kiosk
    service, window_id = _service(window)
    parts = [f"您好！办理{service.name}，", f"请到{window_id}窗口取号办理。", "记得带好原件，", "工作人员会当场审核。"]
    server.push(Scenario(stream(parts, reasoning=["用户要办理", "查条目"] , delay=0.25)))
    spoken: list[str] = []
    controller.sentence_ready.connect(spoken.append)
    window.show_service(service.id)
    view = controller.view
    assert view is not None and view.parent() is not None
    run_until(qloop, lambda: view.status.isVisible() and view.status.text() == "正在思考…", 3)
    run_until(qloop, lambda: view.body.text() and view.body.text() != "".join(parts), 3)
    partial = view.body.text()
    assert "".join(parts).startswith(partial)
    window.grab().save(str(screenshot_dir / "llm_streaming_1920x1080.png"))
    run_until(qloop, lambda: view.footer.isVisible(), 5)
    assert view.body.text() == "".join(parts)
    assert "用户要办理" not in view.shown_text and "查条目" not in view.shown_text
    assert spoken == ["您好！", f"办理{service.name}，请到{window_id}窗口取号办理。", "记得带好原件，工作人员会当场审核。"]
    assert not controller.offline
    assert window.answer_screen.card_area.verticalScrollBar().value() == 0  # the card's title stays in sight
    window.grab().save(str(screenshot_dir / "llm_answer_1920x1080.png"))


def test_offline_fallback(kiosk, qloop, server: ChatServer, screenshot_dir: Path) -> None:
    """Service down: the offline badge, the status chip and the catalog answer (how fast: benchmarks/llm.py)."""
    window, controller = kiosk
    service, _ = _service(window)
    server.default = error(503, "maintenance")
    window.show_service(service.id)
    view = controller.view
    run_until(qloop, lambda: view.offline_badge.isVisible(), 20)
    # the card above shows the catalog answer: the view points to it, does not repeat it, and does not scroll
    assert view.fallback_text == window.current_answer.answer and not view.body.isVisible()
    assert view.status.isVisible() and "办事清单" in view.status.text()
    assert window.answer_screen.card_area.verticalScrollBar().value() == 0
    assert controller.offline and "llm" in window.top.chips
    assert window.top.chips["llm"].text().endswith("离线模式")
    window.visit.set_language("en")  # the chip follows a language switch
    run_until(qloop, lambda: window.top.chips["llm"].text().endswith("Assistant offline"), 3)
    window.visit.set_language("zh")
    run_until(qloop, lambda: window.top.chips["llm"].text().endswith("离线模式"), 3)
    window.grab().save(str(screenshot_dir / "llm_offline_1920x1080.png"))
    # the service comes back: the chip goes away with the next good answer
    server.default = Scenario(stream(["好的。"]))
    window.show_service(service.id)
    view = controller.view
    run_until(qloop, lambda: view.footer.isVisible(), 3)
    assert not controller.offline and "llm" not in window.top.chips


def test_home_cancels_and_closes_the_stream(kiosk, qloop, server: ChatServer) -> None:
    """Tapping Home mid-stream cancels the turn and the server sees the connection closed."""
    window, controller = kiosk
    service, _ = _service(window)
    server.push(Scenario(stream(["办理中。"] * 100, delay=0.05)))
    known_framing(controller.answerer.settings, "plain")  # sentences are shown as they come
    window.show_service(service.id)
    view = controller.view
    run_until(qloop, lambda: bool(view.body.text()), 3)
    task = controller.task
    window.go_home()
    run_until(qloop, lambda: task.done(), 2)
    assert task.cancelled() and controller.view is None
    assert server.requests[0].disconnected.wait(3.0)


def test_visit_end_wipes_history(kiosk, qloop, server: ChatServer) -> None:
    """A finished turn is in the history; ending the visit wipes it."""
    window, controller = kiosk
    service, _ = _service(window)
    server.default = Scenario(stream(["好的。"]))
    window.show_service(service.id)
    run_until(qloop, lambda: controller.task is not None and controller.task.done(), 3)
    assert len(controller.history) == 1
    window.end_visit()
    assert len(controller.history) == 0
