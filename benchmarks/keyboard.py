"""The on-screen keyboard's openings under a real X server: the GUI thread's worst stall while it opens.

Run on an X display (Xvfb: ``Xvfb :91 -screen 0 1920x1080x24 & DISPLAY=:91``)::

    PYTHONPATH=. .venv/bin/python benchmarks/keyboard.py [--warm] [--runs 5]

A window with one field is shown; the field is tapped (a synthesized click, as a finger would) three times,
the keyboard hidden in between. For each opening: the time the tap's handler took and the GUI thread's
longest gap (a 5 ms timer) in the 1.5 s after it. ``--warm`` first runs :func:`kiosk.ui.on_screen_keyboard.warm_up`
as the kiosk does after start-up. Each run is a fresh process (the first opening is once per process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def child(warm: bool) -> None:
    """One process: three openings; prints a JSON line."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from kiosk.ui import on_screen_keyboard

    on_screen_keyboard.use_kiosk_layouts()
    from PySide6.QtCore import QLocale, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    app = QApplication([])
    window = QWidget()
    field = QLineEdit()
    idle_button = QPushButton("attract")  # the focus elsewhere, as on the kiosk's attract screen
    box = QVBoxLayout(window)
    box.addWidget(idle_button)
    box.addWidget(field)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()
    method = QGuiApplication.inputMethod()
    gap = {"last": time.perf_counter(), "max": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        gap["max"], gap["last"] = max(gap["max"], now - gap["last"]), now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    ticker.start()
    result: dict[str, list[float] | float] = {"tap_s": [], "worst_gap_s": []}

    def open_keyboard(n: int) -> None:
        gap["max"], gap["last"] = 0.0, time.perf_counter()
        started = time.perf_counter()
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        app.processEvents()
        result["tap_s"].append(time.perf_counter() - started)  # type: ignore[union-attr]
        QTimer.singleShot(1500, lambda: close_keyboard(n))

    def close_keyboard(n: int) -> None:
        result["worst_gap_s"].append(gap["max"])  # type: ignore[union-attr]
        result.setdefault("shown", method.isVisible())
        method.hide()
        idle_button.setFocus()
        QTimer.singleShot(800, (lambda: open_keyboard(n + 1)) if n < 3 else app.quit)

    def start() -> None:
        idle_button.setFocus()
        if warm:
            started = time.perf_counter()
            on_screen_keyboard.warm_up(window)
            result["warm_up_s"] = time.perf_counter() - started
            QTimer.singleShot(2000, lambda: open_keyboard(1))
        else:
            open_keyboard(1)

    QTimer.singleShot(1000, start)
    app.exec()
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", action="store_true", help="warm the keyboard up first, as the kiosk does")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.warm)
        return
    runs = []
    for _ in range(args.runs):
        command = [sys.executable, __file__, "--child", *(["--warm"] if args.warm else [])]
        out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    for label, index in (("first opening", 0), ("later openings", slice(1, None))):
        gaps = [r["worst_gap_s"][index] for r in runs]
        taps = [r["tap_s"][index] for r in runs]
        flat_gaps = [g for x in gaps for g in (x if isinstance(x, list) else [x])]
        flat_taps = [t for x in taps for t in (x if isinstance(x, list) else [x])]
        print(f"{label}: tap handler median {statistics.median(flat_taps) * 1000:.0f} ms "
              f"(max {max(flat_taps) * 1000:.0f}), worst GUI gap median {statistics.median(flat_gaps) * 1000:.0f} ms "
              f"(max {max(flat_gaps) * 1000:.0f}), n={len(flat_taps)}")
    if args.warm:
        warm = [r["warm_up_s"] for r in runs]
        print(f"warm-up at start-up: median {statistics.median(warm) * 1000:.0f} ms (max {max(warm) * 1000:.0f})")
    print(f"keyboard shown: {all(r.get('shown') for r in runs)}; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
