"""UI test fixtures: a kiosk window on a small two-floor hall (or the demo hall for screenshots)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ui_helpers import UI_HALL


@pytest.fixture
def ui_hall_path() -> Path:
    """A small two-floor hall with floor plans (independent of the demo hall's wording)."""
    return UI_HALL


@pytest.fixture
def showcase_catalog_path(demo_catalog_path: Path) -> Path:
    """The demo hall when it exists (screenshots), else the UI test hall."""
    return demo_catalog_path if demo_catalog_path.is_file() else UI_HALL


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:
    """Factory: ``make_window(catalog_path, size=(1920, 1080), **ui_settings)`` → a shown MainWindow."""
    from PySide6.QtWidgets import QApplication

    from kiosk.catalog import load_catalog
    from kiosk.settings import load_settings
    from kiosk.ui.app import create_application
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

    made = []

    def factory(catalog_path: Path = UI_HALL, size: tuple[int, int] = (1920, 1080), **ui):
        create_application()
        settings = load_settings(None, ui=ui) if ui else load_settings(None)
        context = AppContext.create(settings, load_catalog(catalog_path))
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield factory
    for window in made:
        QApplication.instance().removeEventFilter(window.idle)
        window.translations.uninstall()
        window.context.close()
        window.close()
