"""UI benchmark: process start → interactive home, tap → next screen painted, event-loop stalls.

    python benchmarks/ui.py [--starts 10] [--tours 8]      (--tours 0: start figures only)

1. Start: a fresh process runs the real ``kiosk`` command (``kiosk.cli.main``: settings, demo
   catalog, translations, every area's wiring, fullscreen on an offscreen 1920x1080 screen). It records the wall time when
   the attract screen is up and the loop runs, then taps the attract screen and records when home
   has been painted and a 0 ms timer fired again (= interactive). Repeated ``--starts`` times, each
   run next to a bare PySide6 window's start (QApplication + an empty fullscreen widget + one loop
   turn) so that the machine's load shows as a ratio measured under the same load. The kiosk's
   bytecode is compiled first (an installed kiosk has it; ``PYTHONDONTWRITEBYTECODE`` would
   otherwise make every start compile the sources again) and one warm-up start is discarded.
2. Taps: in one process, a scripted tour (attract → home → tile → card → map → back → home →
   typed question → card → language switch → large text → finish) repeated ``--tours`` times;
   each tap is timed from the synthetic mouse click to the first paint of the new screen.
3. Stalls: a 10 ms heartbeat timer runs through the whole tour; its lateness is the stall.

Prints median and spread (min..max, p95). Targets: start ≤ 1.0 s, tap ≤ 100 ms, stall ≤ 16 ms.
The areas install after the home is interactive (``kiosk.ui.app.install_areas_soon``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# ``python benchmarks/ui.py`` puts benchmarks/ first on sys.path, where benchmarks/queue.py would shadow
# the standard library's ``queue`` (networkx and concurrent.futures import it): drop that entry.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import json
import os
import statistics
import subprocess
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCREEN = ROOT / "tests" / "data" / "screen-1920x1080.json"


def _spread(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    v = sorted(x * scale for x in values)
    p95 = v[min(len(v) - 1, round(0.95 * (len(v) - 1)))]
    return (f"median {statistics.median(v):7.1f} {unit}  min {v[0]:7.1f}  p95 {p95:7.1f}  max {v[-1]:7.1f}"
            f"  (n={len(v)})")


def _quiet_qt() -> None:
    """Drop the offscreen plugin's harmless "propagateSizeHints" warnings."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):  # noqa: ARG001
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


# -- 1. start ------------------------------------------------------------------------------------
def _child_start() -> None:
    """Run the real ``kiosk`` command (``kiosk.cli.main``, no arguments); print start timings as JSON
    and quit."""
    t_spawn = float(os.environ["UI_BENCH_T0"])
    import kiosk.cli.run as cli_run  # what ``kiosk`` imports first anyway (kiosk.cli: settings, catalog)

    def run_kiosk(args: argparse.Namespace) -> int:
        """``kiosk.cli.run.run_kiosk`` with the benchmark's hooks."""
        from kiosk.cli import settings_from
        from kiosk.ui import app as kiosk_app

        return _measured_run(kiosk_app, settings_from(args), t_spawn)

    cli_run.run_kiosk = run_kiosk
    from kiosk.cli import main

    sys.exit(main([]))


def _measured_run(kiosk_app, settings, t_spawn: float) -> int:
    """``kiosk.ui.app.run`` with hooks that tap the attract screen once the loop runs and time it all."""
    result: dict[str, float] = {}

    def on_ready(window) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        result["attract_painted_s"] = kiosk_app.START_TIMINGS["shown"] - t_spawn
        for stage in ("run", "catalog", "application", "modules", "context", "window"):
            if stage in kiosk_app.START_TIMINGS:  # (an older kiosk records fewer stages)
                result[f"stage_{stage}"] = kiosk_app.START_TIMINGS[stage] - t_spawn
        result["loop_running_s"] = time.time() - t_spawn

        class PaintWatch(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and "home_painted_s" not in result:
                    result["home_painted_s"] = time.time() - t_spawn
                    QTimer.singleShot(0, interactive)
                return False

        def interactive() -> None:
            result["home_interactive_s"] = time.time() - t_spawn
            finish()

        watch = PaintWatch(window)
        window.home.installEventFilter(watch)
        window.start_visit()  # a tap on the attract screen, before the areas are in

    def on_installed(window, areas) -> None:
        result["areas_installed_s"] = kiosk_app.START_TIMINGS["areas_installed"] - t_spawn
        result["areas"] = float(len(areas))
        finish()

    def finish() -> None:
        if "home_interactive_s" not in result or "areas_installed_s" not in result:
            return
        # fd 1 directly: an area's library may have replaced sys.stdout by then
        os.write(1, ("UI_BENCH " + json.dumps(result) + "\n").encode())
        # the kiosk's lockdown refuses to close in fullscreen mode: leave the measuring child at once
        os._exit(0)

    return kiosk_app.run(settings, None, windowed=False, on_ready=on_ready, on_installed=on_installed)


_BARE = """
import json, os, sys, time
t0 = float(os.environ["UI_BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([sys.argv[0]])
window = QWidget()
window.showFullScreen()
app.processEvents()
def done():
    os.write(1, ("UI_BENCH " + json.dumps({"bare_window_s": time.time() - t0}) + "\\n").encode())
    os._exit(0)
QTimer.singleShot(0, done)
app.exec()
"""
"""A bare PySide6 window's start: the floor any PySide6 program pays on this machine."""


def _spawn(args: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREEN}")
    env["UI_BENCH_T0"] = repr(time.time())
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("UI_BENCH ")), None)
    if line is None:
        raise SystemExit(f"start run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return json.loads(line[9:])


def bench_start(repeats: int) -> dict[str, list[float]]:
    """Spawn the kiosk ``repeats`` times (after one discarded warm-up), each next to a bare PySide6
    window; collect the start timings."""
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    kiosk = [__file__, "--child-start"]
    _spawn(kiosk)  # warm-up: page cache, fontconfig cache
    out: dict[str, list[float]] = {}
    for _ in range(repeats):
        for args in (["-c", _BARE], kiosk):
            for key, value in _spawn(args).items():
                out.setdefault(key, []).append(value)
        out.setdefault("load_1min", []).append(os.getloadavg()[0])
    return out


# -- 2 and 3. taps and stalls ----------------------------------------------------------------------
def bench_taps(tours: int) -> tuple[dict[str, list[float]], list[float], dict[str, float]]:
    """Drive the real window with synthetic taps inside a running qasync loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
    import asyncio

    from kiosk.catalog import load_catalog
    from kiosk.settings import DEMO_CATALOG, load_settings
    from kiosk.ui.app import create_application

    app = create_application()
    _quiet_qt()
    import qasync
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.context import AppContext
    from kiosk.ui.main_window import MainWindow

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    context = AppContext.create(load_settings(None), load_catalog(DEMO_CATALOG), loop)
    window = MainWindow(context)
    window.showFullScreen()
    window.stack.prewarm()  # as kiosk.ui.app.run does

    lateness: list[float] = []
    stall_by_tap: dict[str, float] = {}
    last = [time.perf_counter()]
    recording = [False]
    current = ["idle"]

    def beat() -> None:
        now = time.perf_counter()
        if recording[0]:
            late = max(0.0, now - last[0] - 0.010)
            lateness.append(late)
            stall_by_tap[current[0]] = max(stall_by_tap.get(current[0], 0.0), late)
        last[0] = now

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()

    painted: dict[int, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.setdefault(id(obj), time.perf_counter())
            return False

    watch = PaintWatch()
    for screen in window.screens.values():
        screen.installEventFilter(watch)
    taps: dict[str, list[float]] = {}

    async def tap(name: str, widget: QWidget, expect: str | None = None, timeout: float = 3.0) -> None:
        current[0] = "between taps"
        await asyncio.sleep(0.15)
        current[0] = name
        painted.clear()
        t0 = time.perf_counter()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        deadline = t0 + timeout
        while True:
            target = window.screens[expect] if expect else window.stack.currentWidget()
            if (expect is None or window.current_screen == expect) and id(target) in painted:
                taps.setdefault(name, []).append(painted[id(target)] - t0)
                return
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{name}: screen {expect} not painted")
            await asyncio.sleep(0)

    def child(name: str) -> QWidget:
        return next(w for w in window.findChildren(QWidget, name) if w.isVisible())

    async def tour() -> None:
        reissue = "id-card-reissue" if window.catalog.service("id-card-reissue") else window.catalog.services[0].id
        await asyncio.sleep(0.5)
        while not context.navigator.ready:  # the tour times taps, not the index build (see the start figures)
            await asyncio.sleep(0.05)
        recording[0] = True
        for _ in range(tours):
            await tap("attract → home", window.attract, "home")
            await tap("tile → card", child(f"tile_{reissue}"), "answer")
            await tap("card → map", child("mapButton"), "map")
            await tap("back → card", child("backButton"), "answer")
            await tap("home", child("homeButton"), "home")
            child("questionField").setText("我的身份证丢了怎么办")
            await tap("typed question → card", child("sendButton"), "answer")
            await tap("language switch", child("languageButton"))
            await tap("large text", child("largeTextButton"))
            await tap("finish → attract", child("endVisitButton"), "attract")
        recording[0] = False

    with loop:
        loop.run_until_complete(tour())
    context.close()
    return taps, lateness, stall_by_tap


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--tours", type=int, default=8)
    parser.add_argument("--child-start", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_start:
        _child_start()
        return 0
    print(f"UI benchmark ({os.cpu_count()} CPUs), demo hall, offscreen 1920x1080")
    starts = bench_start(args.starts)
    print("\nProcess start (spawn → ...):")
    for key, label in (("bare_window_s", "bare PySide6 window, loop running"),
                       ("attract_painted_s", "attract screen painted"),
                       ("areas_installed_s", "all areas' install() done"),
                       ("loop_running_s", "event loop running"), ("home_painted_s", "tap → home painted"),
                       ("home_interactive_s", "home interactive (target ≤ 1000 ms)")):
        print(f"  {label:38s} {_spread(starts[key])}")
    stages = [("imports (settings, catalog model, PySide6)", "stage_run"), ("catalog loaded", "stage_catalog"),
              ("QApplication", "stage_application"), ("UI modules imported", "stage_modules"),
              ("context", "stage_context"), ("window built", "stage_window"), ("attract shown", "attract_painted_s"),
              ("loop running", "loop_running_s"), ("tap → home interactive", "home_interactive_s")]
    previous = 0.0
    print("  stages (median spawn → end of stage, and the stage's own median share):")
    for label, key in stages:
        if key not in starts:
            continue
        end = statistics.median(starts[key])
        print(f"    {label:44s} {end * 1000:7.1f} ms  (+{(end - previous) * 1000:6.1f})")
        previous = end
    ratios = [k / b for k, b in zip(starts["home_interactive_s"], starts["bare_window_s"], strict=True)]
    print(f"  {'interactive / bare window (same run)':38s} {_spread(ratios, unit='x', scale=1.0)}")
    print(f"  {'load average (1 min) during the runs':38s} {_spread(starts['load_1min'], unit='', scale=1.0)}")
    if args.tours <= 0:
        return 0
    taps, lateness, stall_by_tap = bench_taps(args.tours)
    print("\nTap → next screen painted (target ≤ 100 ms):")
    for name, values in taps.items():
        print(f"  {name:38s} {_spread(values)}")
    print(f"  {'all taps':38s} {_spread([v for vs in taps.values() for v in vs])}")
    print("\nEvent-loop stall while navigating (10 ms heartbeat lateness, target ≤ 16 ms):")
    print(f"  {'heartbeat lateness':38s} {_spread(lateness)}")
    print("  largest stall during each kind of tap (until the next screen is painted and the loop idles):")
    for name, worst in stall_by_tap.items():
        print(f"    {name:36s} {worst * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
