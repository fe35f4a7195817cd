"""Starting the kiosk: a broken catalog is refused with a plain message and exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_broken_catalog_exits_2_with_message(tmp_path):
    """`kiosk --windowed --catalog broken.json` names the file and the problem, exits 2."""
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "hall": ', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "kiosk", "--windowed", "--catalog", str(broken)],
                         capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)
    assert out.returncode == 2
    assert "broken.json" in out.stderr and "not valid JSON" in out.stderr
    assert "Traceback" not in out.stderr


def test_kiosk_starts_and_shows_attract(tmp_path):
    """The real start path (settings, catalog, translations, areas) reaches the attract screen."""
    script = (
        "import sys\n"
        "from kiosk.settings import load_settings\n"
        "from kiosk.ui import app\n"
        "def ready(window):\n"
        "    import os\n"
        "    os.write(1, f'SCREEN {window.current_screen} {window.language}\\n'.encode())\n"
        "    os._exit(0)\n"
        "sys.exit(app.run(load_settings(None), None, windowed=True, on_ready=ready))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests/data/screen-1920x1080.json'}")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "SCREEN attract zh" in out.stdout


def test_windowed_start_keeps_the_cursor_and_can_be_closed(tmp_path):
    """`kiosk --windowed` (fullscreen in the settings) is no lockdown: the cursor shows, the window closes."""
    script = (
        "import sys\n"
        "from kiosk.settings import load_settings\n"
        "from kiosk.ui import app\n"
        "def ready(window, areas):\n"
        "    import os\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    assert 'admin' in areas\n"
        "    cursor = QApplication.overrideCursor()\n"
        "    os.write(1, f'CURSOR {cursor is None} FULLSCREEN {window.isFullScreen()}\\n'.encode())\n"
        "    os.write(1, f'CLOSED {window.close()}\\n'.encode())\n"
        "    os._exit(0)\n"
        "sys.exit(app.run(load_settings(None, speech={'enabled': False}), None, windowed=True, on_installed=ready))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests/data/screen-1920x1080.json'}",
               KIOSK_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "CURSOR True FULLSCREEN False" in out.stdout
    assert "CLOSED True" in out.stdout


def test_a_question_before_the_areas_are_in_is_answered(qtbot, tmp_path):
    """The areas install after the home is interactive; a question asked meanwhile gets its card, and every
    area installs (in any order) on the one context."""
    from PySide6.QtWidgets import QApplication
    from ui_helpers import UI_HALL

    from kiosk.catalog import load_catalog
    from kiosk.settings import load_settings
    from kiosk.ui.app import AREAS, create_application, install_areas_soon
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

    create_application()
    settings = load_settings(None, data_dir=tmp_path / "data", ui={"fullscreen": False},
                             printer={"uri": f"pdf://{tmp_path / 'slips'}"}, speech={"enabled": False})
    context = AppContext.create(settings, load_catalog(UI_HALL))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    done: list[dict[str, object]] = []
    installed = install_areas_soon(window, context, done.append)
    try:
        assert installed == {}  # nothing installed yet: the question goes first
        with qtbot.waitSignal(window.answer_shown, timeout=60000) as shown:
            window.submit_question("我的身份证丢了怎么办")
        assert shown.args[0].top_service.id == "id-card-reissue"
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        assert set(done[0]) == set(AREAS)
        assert context.printer.value is not None and context.voice.value is not None
        assert context.llm.value is not None and context.staff.value is not None
        assert {line.key for line in context.status.lines()} >= {"speech", "printer"}
    finally:
        admin = installed.get("admin")
        if admin is not None:
            admin.watchdog.stop()
            admin.lockdown.uninstall(QApplication.instance())
        for area in installed.values():
            close = getattr(area, "close", None)
            if callable(close):
                close()
        window.timeout.close()
        context.close()
        window.close()
