"""Language switch, large-text mode, touch-target sizes, portrait layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from ui_helpers import UI_HALL, click, find

ROOT = Path(__file__).resolve().parents[2]


def test_language_switch_translates_ui_and_catalog_text(make_window, qtbot):
    """中文 ↔ English on any screen: UI strings, the card and Qt's own strings follow."""
    from PySide6.QtCore import QCoreApplication

    window = make_window()
    window.start_visit()
    window.show_service("id-card-reissue")
    assert find(window, "homeButton").text() == "首页"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    with qtbot.waitSignal(window.language_changed) as changed:
        click(qtbot, find(window, "languageButton"))
    assert changed.args == ["en"] and window.language == "en"
    assert find(window, "homeButton").text() == "Home"
    assert find(window, "ticketButton").text() == "Take a number"
    assert find(window, "cardTitle").text() == "Resident ID card replacement (lost)"
    assert find(window, "material0").text().endswith("Household register")
    assert find(window, "languageButton").text() == "中文"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    click(qtbot, find(window, "languageButton"))
    assert find(window, "cardTitle").text() == "居民身份证补领"
    assert find(window, "ticketButton").text() == "取号"


def test_large_text_mode(make_window, qtbot):
    """大字模式: bigger type, bigger buttons, tiles in fewer columns; state is shown by a tick, not colour."""
    window = make_window()
    window.start_visit()
    normal_font = find(window, "homeGreeting").fontInfo().pixelSize()
    normal_tile = find(window, "tile_id-card-reissue").height()
    with qtbot.waitSignal(window.elderly_mode_changed) as changed:
        click(qtbot, find(window, "largeTextButton"))
    assert changed.args == [True] and window.elderly_mode

    def home_is_large() -> None:  # checked again after each event until it holds (layout is posted)
        assert find(window, "homeGreeting").fontInfo().pixelSize() >= 44 > normal_font
        assert find(window, "largeTextButton").text().startswith("✓")
        assert find(window, "tile_id-card-reissue").height() > normal_tile
        body = [w for w in window.findChildren(QLabel) if w.isVisible() and w.property("role") in (None, "muted")]
        assert min(w.fontInfo().pixelSize() for w in body) >= 30

    qtbot.waitUntil(home_is_large, timeout=5000)
    window.show_service("id-card-reissue")
    qtbot.waitUntil(lambda: find(window, "cardSummary").fontInfo().pixelSize() >= 32, timeout=5000)


def test_touch_targets_and_body_text_sizes(make_window, qtbot):
    """Every visible button and field is at least 72 px high (≈ 19 mm); body text ≥ 22 px."""
    window = make_window()
    window.start_visit()

    def sizes_hold(screen: str) -> None:
        assert window.current_screen == screen
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
            if widget.isVisible():
                assert widget.height() >= 72, (screen, widget.objectName(), widget.height())
        labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
        assert min(w.fontInfo().pixelSize() for w in labels) >= 18
        body = [w for w in labels if w.property("role") in (None, "bubble-a", "bubble-q")]
        assert min(w.fontInfo().pixelSize() for w in body) >= 22

    for screen in ("home", "answer", "map"):
        if screen == "answer":
            window.show_service("id-card-reissue")
        elif screen == "map":
            window.show_service_map("id-card-reissue")
        qtbot.waitUntil(lambda s=screen: sizes_hold(s), timeout=5000)  # again after each event: layout is posted


def test_portrait_layout_when_window_is_tall(make_window, qtbot):
    """A 1080x1920 window stacks home and answer vertically."""
    from PySide6.QtWidgets import QBoxLayout

    window = make_window(size=(1080, 1920))
    window.start_visit()
    assert window.portrait
    assert window.home.box.direction() == QBoxLayout.Direction.TopToBottom
    home_tiles = find(window, "tilesArea")
    assert home_tiles.geometry().top() > find(window, "voiceButton").geometry().bottom()
    window.show_service("id-card-reissue")
    assert window.answer_screen.box.direction() == QBoxLayout.Direction.TopToBottom
    card = find(window, "serviceCard")
    assert card.width() <= 1080


def test_portrait_screen_fullscreen_subprocess(tmp_path):
    """On a real 1080x1920 (offscreen) screen the fullscreen kiosk uses the portrait layout."""
    script = textwrap.dedent(f"""
        import json, sys
        from kiosk.catalog import load_catalog
        from kiosk.settings import load_settings
        from kiosk.ui.app import create_application
        app = create_application()
        from kiosk.ui.context import AppContext
        from kiosk.ui.main_window import MainWindow
        ctx = AppContext.create(load_settings(None), load_catalog({str(UI_HALL)!r}))
        w = MainWindow(ctx)
        w.showFullScreen()
        for _ in range(5):
            app.processEvents()
        w.start_visit()
        app.processEvents()
        w.grab().save({str(tmp_path / "portrait.png")!r})
        print(json.dumps({{"w": w.width(), "h": w.height(), "portrait": w.portrait}}))
        ctx.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests/data/screen-1080x1920.json'}")
    env.pop("PYTEST_CURRENT_TEST", None)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"w": 1080, "h": 1920, "portrait": True}
    assert (tmp_path / "portrait.png").stat().st_size > 10_000
