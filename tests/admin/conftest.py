"""Admin test fixtures: a real kiosk window with staff mode installed, in a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from admin_helpers import ADMIN_HALL, TEST_PIN, FakeClock, enter_pin, sign_in, tap, visible  # noqa: F401


@pytest.fixture(scope="session")
def pin_hash() -> str:
    """The hash of TEST_PIN (computed once: scrypt is slow on purpose)."""
    from kiosk.admin.pin import hash_pin

    return hash_pin(TEST_PIN)


@pytest.fixture
def admin_hall_path() -> Path:
    """A small two-floor hall of the admin tests."""
    return ADMIN_HALL


@pytest.fixture
def kiosk(qtbot, tmp_path, pin_hash) -> Iterator[Callable[..., tuple]]:
    """Factory ``kiosk(pin=True, catalog=ADMIN_HALL, **ui)`` → (window, controller) with staff mode installed.

    The settings file lives in tmp_path (settings writes go there), the data folder too.
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.settings import load_settings
    from kiosk.ui.admin.wiring import install
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

    made: list[tuple] = []

    def factory(pin: bool = True, catalog: Path = ADMIN_HALL, fullscreen: bool = True, toml: str = "", **ui):
        create_application()
        config = tmp_path / "settings.toml"
        lines = ["[admin]"]
        if pin:
            lines.append(f'pin_hash = "{pin_hash}"')
        lines += ["[ui]", f"fullscreen = {'true' if fullscreen else 'false'}"]
        lines += [f"{k} = {v!r}".replace("True", "true").replace("False", "false") for k, v in ui.items()]
        config.write_text("# kiosk settings for a test\n" + "\n".join(lines) + "\n" + toml, encoding="utf-8")
        settings = load_settings(config, data_dir=tmp_path / "data")  # beats $KIOSK_DATA_DIR
        context = AppContext.create(settings, load_catalog(catalog))
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        if fullscreen:
            window.showFullScreen()
        else:
            window.show()
        qtbot.waitExposed(window)
        controller = install(window, context)
        controller.services.config_path = config
        qtbot.waitUntil(lambda: controller.services.tickets is not None, timeout=3000)  # late binding ran
        made.append((window, controller))
        return window, controller

    yield factory
    app = QApplication.instance()
    for window, controller in made:
        controller.watchdog.stop()
        controller.lockdown.uninstall(app)
        controller.services.insights.close()
        if controller.services.tickets is not None:
            controller.services.tickets.close()
        app.removeEventFilter(window.idle)
        controller.lockdown.allow_exit()
        window.context.close()
        window.close()


@pytest.fixture
def llm_server() -> Iterator[str]:
    """A real OpenAI-compatible streaming endpoint on 127.0.0.1 (first chunk after ~30 ms)."""
    import json
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server API
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            time.sleep(0.03)
            chunk = {"choices": [{"delta": {"content": "好"}}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode())

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()
