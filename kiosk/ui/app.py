"""Start the kiosk: QApplication (virtual keyboard, CJK font, translations), one qasync loop,
settings and catalog, the main window, and every area's ``kiosk/ui/*_wiring.py`` ``install``."""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from kiosk.settings import Settings

if TYPE_CHECKING:
    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def configure_environment(settings: Settings) -> None:
    """Environment that must be set before the QApplication exists."""
    os.environ.setdefault("QT_API", "pyside6")
    if settings.ui.virtual_keyboard and "PYTEST_CURRENT_TEST" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
        from kiosk.ui.on_screen_keyboard import use_kiosk_layouts

        use_kiosk_layouts()  # the pinyin layout's key left of "z" has a label (Xvfb walk, stop 23)
        # The keyboard takes its first layout from the default locale when it loads: pinyin for zh.
        from PySide6.QtCore import QLocale

        if settings.ui.language == "zh":
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def create_application(argv: list[str] | None = None):
    """The QApplication with the kiosk font (Noto Sans CJK SC) and a clean style."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme

    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    app.setApplicationName("HallGuide")
    app.setStyle("Fusion")
    family = theme.FONT_FAMILY
    if family not in QFontDatabase.families():
        _LOGGER.warning("font %s not installed (apt install fonts-noto-cjk); Chinese may look wrong", family)
    font = QFont(family)
    font.setPixelSize(theme.NORMAL.body)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return app


def format_qt_messages() -> None:
    """Qt's own warnings keep Qt's handler (stderr, one dated line with its category), never a Python one.

    A Python message handler needs the interpreter lock on whichever thread Qt logs from. The GUI thread
    holds that lock while a call made from Python waits on a Qt thread — the first focus on a text field
    builds the on-screen keyboard, waiting on the QML loader thread, and the loader logs while it loads
    the keyboard's plugins (QtMultimedia's "Couldn't load pipewire-0.3 library" on a hall PC without
    PipeWire): with a Python handler installed the kiosk froze at start-up, every tap ignored (Xvfb walk
    12). Qt's handler takes no Python lock, so it cannot deadlock; a kiosk run as a service has its
    stderr in the journal next to the kiosk's own log lines."""
    from PySide6.QtCore import qSetMessagePattern

    qSetMessagePattern("%{time yyyy-MM-dd hh:mm:ss} %{if-category}%{category} %{endif}%{type}: %{message}")


AREAS: dict[str, str] = {
    "admin": "kiosk.ui.admin.wiring",
    "llm": "kiosk.ui.llm_wiring",
    "speech": "kiosk.ui.speech_wiring",
    "tickets": "kiosk.ui.tickets_wiring",
}
"""Every area of the kiosk: name → the module whose ``install(window, context)`` wires it. The one
place listing areas; each receives the frozen :class:`kiosk.ui.context.AppContext` and publishes
through its slots, so the order does not matter."""


HEAVY_MODULES = ("kiosk.navigator.navigator", "networkx", "kiosk.llm.answerer", "kiosk.speech.service",
                 "kiosk.printing.slips", "kiosk.printing.service", "kiosk.printing.transports")
"""Qt-free modules the areas need whose import is slow (pypinyin, jieba, networkx for routes, httpx,
vosk, sounddevice, qrcode): imported on a worker thread after the home screen is up, so their import
does not stall the GUI thread when the areas install or the first map is drawn."""


def prefetch_modules(context: AppContext, modules: tuple[str, ...], then: Callable[[], object]) -> None:
    """Import ``modules`` on a worker once the navigator is built (one busy background thread at a time
    leaves the GUI thread more of the interpreter; questions do not queue behind it), then run ``then``
    on the GUI thread."""

    def work() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the area reports it when it installs
                _LOGGER.exception("importing %s failed", name)
        context.bridge.post(then)

    context.navigator.when_built(lambda: context.picker_executor.submit(work))


class Area(Protocol):
    """What an area module offers."""

    def install(self, window: MainWindow, context: AppContext) -> object:
        """Wire the area into ``window``; returns its controller."""
        ...


def install_area(window: MainWindow, context: AppContext, area: str) -> object | None:
    """Import one area's wiring module and call its ``install``; a failure becomes a chip."""
    started = time.perf_counter()
    try:
        module = cast(Area, importlib.import_module(AREAS[area]))
        installed = module.install(window, context)
    except Exception:  # noqa: BLE001 - one area's failure never stops the kiosk
        _LOGGER.exception("installing %s failed", AREAS[area])
        window.status_bar_message(f"install-{area}", f"{area}: not available")
        return None
    _LOGGER.info("area %s installed in %.0f ms", area, (time.perf_counter() - started) * 1000)
    return installed


def install_areas(window: MainWindow, context: AppContext) -> dict[str, object]:
    """Install every area now (tests; the kiosk itself uses :func:`install_areas_soon`)."""
    installed = {area: install_area(window, context, area) for area in AREAS}
    return {area: value for area, value in installed.items() if value is not None}


def install_areas_soon(window: MainWindow, context: AppContext,
                       done: Callable[[dict[str, object]], None] | None = None) -> dict[str, object]:
    """Install the areas one per event-loop turn after the home screen is interactive: a tap in
    between is handled at once (a question works without any area). Returns the dict being filled."""
    from PySide6.QtCore import QTimer

    installed: dict[str, object] = {}
    pending = list(AREAS)

    def step() -> None:
        if pending:
            area = pending.pop(0)
            value = install_area(window, context, area)
            if value is not None:
                installed[area] = value
            QTimer.singleShot(1, step)
        elif done is not None:
            done(installed)

    QTimer.singleShot(0, step)
    return installed


START_TIMINGS: dict[str, float] = {}
"""Wall-clock times of the start's stages (``run`` entered, ``catalog`` loaded, Qt ``application``,
``modules`` imported, ``context``, ``window`` built, ``shown``, ``areas_installed``), for benchmarks/ui.py."""


def run(settings: Settings, catalog_path: Path | None = None, windowed: bool = False,
        on_ready: Callable[[MainWindow], None] | None = None,
        on_installed: Callable[[MainWindow, dict[str, object]], None] | None = None) -> int:
    """Run the kiosk until it is closed; returns the exit code. ``on_ready(window)`` runs once the
    loop runs (the attract screen takes taps), ``on_installed(window, areas)`` once every area is in."""
    timings = START_TIMINGS
    timings["run"] = time.time()
    from kiosk.admin.catalog_kept import open_catalog_store
    from kiosk.catalog import CatalogError

    path = catalog_path or settings.hall.catalog
    try:  # the catalog staff applied last (kept in the data folder), else the configured one
        store = open_catalog_store(settings.data_dir, path)
    except CatalogError as exc:
        print(f"kiosk: {exc}\nkiosk: fix the catalog (check it with `kiosk catalog validate FILE`) "
              "or point hall.catalog at a good one.", file=sys.stderr)
        return EXIT_USAGE
    timings["catalog"] = time.time()

    configure_environment(settings)
    app = create_application()
    timings["application"] = time.time()
    format_qt_messages()
    from kiosk.qtcompat.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)  # noqa: F841 - lives as long as the application
    import qasync

    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.translations import shared_translations

    timings["modules"] = time.time()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    context = AppContext.create(settings, store.current, loop, windowed=windowed, build_navigator=False,
                                catalog_store=store)
    timings["context"] = time.time()
    window = MainWindow(context, shared_translations())
    timings["window"] = time.time()
    if windowed or not settings.ui.fullscreen:
        window.resize(1600, 900)
        window.show()
    else:
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        # Without a window manager (a bare X session, Xvfb) showFullScreen() alone keeps the size hint:
        # cover the screen explicitly too.
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    app.processEvents()  # paint the attract screen before the areas load
    timings["shown"] = time.time()

    def areas_done(installed: dict[str, object]) -> None:
        timings["areas_installed"] = time.time()
        window.stack.prewarm()
        from kiosk.ui import on_screen_keyboard

        if on_screen_keyboard.is_virtual_keyboard():  # its first opening now, not at the first citizen's tap
            on_screen_keyboard.follow_language(window.language)  # and it types in the visit's language
            window.language_changed.connect(on_screen_keyboard.follow_language)
            on_screen_keyboard.warm_up(window, lambda: window.current_screen == "attract")
        collector.freeze_startup()
        if on_installed is not None:
            on_installed(window, installed)

    window.stack.ensure_fresh("home")  # style the home screen now, before background work competes with it
    context.navigator.ensure_built()  # after the first paint: the build does not slow the window's creation
    prefetch_modules(context, HEAVY_MODULES, lambda: install_areas_soon(window, context, areas_done))

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)

    async def main() -> None:
        running = asyncio.get_running_loop()
        # qasync does not install the async-generator hooks asyncio's own loop installs
        # (stack-facts §5): without them httpx streams closed early print warnings.
        # (the hooks are BaseEventLoop privates, absent from typeshed's AbstractEventLoop)
        sys.set_asyncgen_hooks(firstiter=running._asyncgen_firstiter_hook,  # type: ignore[attr-defined]  # noqa: SLF001
                               finalizer=running._asyncgen_finalizer_hook)  # type: ignore[attr-defined]  # noqa: SLF001
        if on_ready is not None:
            await asyncio.sleep(0)
            on_ready(window)
        await closed.wait()

    try:
        with loop:
            loop.run_until_complete(main())
    except RuntimeError as exc:  # app.exit() stopped the loop before main() finished
        _LOGGER.info("event loop stopped: %s", exc)
    finally:
        context.close()
    code = app.property("kiosk_exit_code")
    return int(code) if code is not None else EXIT_OK
