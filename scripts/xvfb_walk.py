"""Drive the real kiosk window under Xvfb with xdotool, as a citizen and a staff member would, and save a
screenshot after each step (issue 13, "Done when").

    scripts/xvfb_walk.py [--size 1920x1080] [--out screenshots/xvfb] [--display :97]

Walk: attract → question (typed) → card → map on another floor → ticket with the printer down → staff mode
(hidden five-tap gesture + PIN) → sign out → idle countdown → idle wipe → next visitor.

Why the pointer "did not move" under Xvfb before: without ``-noreset`` the X server resets whenever its
last client disconnects, and every ``xdotool`` call is a client of its own — so with nothing else
connected each call's pointer position was reset to the screen centre (960,540) when it exited and
``xdotool getmouselocation`` always answered the centre. The walk starts Xvfb with ``-noreset`` and
``+extension XTEST`` and moves with ``xdotool mousemove --sync``.

Taps are placed by where the widgets are drawn at each screen size (``POINTS``: fractions of the
screen, read off the screenshots); every step checks the screen changed and saves ``NN-step.png``.
Needs: apt packages xvfb, xdotool; Pillow (ImageGrab with XCB) from the project's venv.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageGrab

ROOT = Path(__file__).resolve().parents[1]
PIN = "2468"

# Where to tap, in pixels of a 1456x819 (landscape) or 819x1456 (portrait) rendering of the screen — the
# size the screenshots were read at; scaled to the real screen. Read off this walk's own screenshots.
DESIGN_WIDTH = {"landscape": 1456, "portrait": 819}
_KEYS_LANDSCAPE = {**{k: (75 + 145 * i, 432) for i, k in enumerate("qwertyuiop")},
                   **{k: (148 + 145 * i, 544) for i, k in enumerate("asdfghjkl")},
                   **{k: (293 + 145 * i, 656) for i, k in enumerate("zxcvbnm")}}
_KEYS_PORTRAIT = {**{k: (42 + 81.6 * i, 1237) for i, k in enumerate("qwertyuiop")},
                  **{k: (83 + 81.6 * i, 1300) for i, k in enumerate("asdfghjkl")},
                  **{k: (165 + 81.6 * i, 1363) for i, k in enumerate("zxcvbnm")}}
POINTS: dict[str, dict[str, tuple[float, float]]] = {
    "landscape": {
        "attract": (700, 400), "field": (220, 265), "ask": (459, 265), "candidate": (66, 341),
        "map": (740, 679), "back": (77, 776), "ticket": (1013, 679), "confirm": (832, 613),
        "ticket_done": (774, 652), "corner": (1420, 42), "pin_2": (733, 330), "pin_4": (594, 423),
        "pin_6": (872, 423), "pin_8": (733, 516), "pin_ok": (831, 687), "sign_out": (168, 739),
        **_KEYS_LANDSCAPE,
    },
    "portrait": {
        "attract": (409, 700), "field": (360, 265), "ask": (747, 265), "candidate": (38, 1187),
        "map": (157, 1316), "back": (77, 1413), "ticket": (409, 1316), "confirm": (513, 931),
        "ticket_done": (612, 1133), "corner": (780, 42), "pin_2": (414, 649), "pin_4": (275, 742),
        "pin_6": (553, 742), "pin_8": (414, 835), "pin_ok": (512, 1006), "sign_out": (145, 1056),
        **_KEYS_PORTRAIT,
    },
}


class Walk:
    """One X server, one kiosk process, xdotool taps and screenshots."""

    def __init__(self, size: tuple[int, int], out: Path, display: str) -> None:
        self.size, self.out, self.display = size, out, display
        self.orientation = "portrait" if size[1] > size[0] else "landscape"
        self.env = {**os.environ, "DISPLAY": display}
        self.env.pop("QT_QPA_PLATFORM", None)
        self.step = 0
        self.procs: list[subprocess.Popen] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="hallguide-walk-"))
        self.last: Image.Image | None = None

    # -- processes ---------------------------------------------------------------------------
    def start_x(self) -> None:
        """Xvfb without server resets (see the module docstring), with XTEST."""
        w, h = self.size
        xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{w}x{h}x24", "+extension", "XTEST",
                                 "-noreset", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        for _ in range(100):
            if subprocess.run(["xdpyinfo"], env=self.env, capture_output=True).returncode == 0:
                return
            time.sleep(0.1)
        raise SystemExit("Xvfb did not start")

    def settings(self) -> Path:
        """A settings file: the demo hall, a printer that is down, short idle times, a staff PIN."""
        with socket.socket() as s:  # a port nobody listens on: the printer is "down"
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        path = self.tmp / "settings.toml"
        path.write_text(f"""data_dir = "{self.tmp / 'data'}"
[ui]
fullscreen = true
idle_timeout_s = 12
idle_countdown_s = 6
virtual_keyboard = true
[speech]
enabled = false
tts_enabled = false
[printer]
uri = "tcp://127.0.0.1:{port}"
""", encoding="utf-8")
        subprocess.run([*self.kiosk_cmd(path), "admin", "set-pin", "--pin-stdin"], input=f"{PIN}\n", text=True,
                       env=self.env, check=True, capture_output=True)
        return path

    def kiosk_cmd(self, settings: Path) -> list[str]:
        """The kiosk command line (this checkout first on the path)."""
        return [sys.executable, "-m", "kiosk", "--config", str(settings)]

    def start_kiosk(self) -> None:
        """The kiosk, fullscreen on the X server; waits for its window."""
        settings = self.settings()
        env = {**self.env, "PYTHONPATH": str(ROOT)}
        log = (self.tmp / "kiosk.log").open("w")
        self.procs.append(subprocess.Popen(self.kiosk_cmd(settings), env=env, stdout=log, stderr=log, cwd=ROOT))
        for _ in range(600):
            found = subprocess.run(["xdotool", "search", "--name", "HallGuide"], env=self.env,
                                   capture_output=True, text=True)
            if found.stdout.strip():
                self.window = found.stdout.split()[0]
                time.sleep(2.0)  # first paint
                return
            if self.procs[-1].poll() is not None:
                raise SystemExit(f"the kiosk exited: {(self.tmp / 'kiosk.log').read_text()[-2000:]}")
            time.sleep(0.1)
        raise SystemExit("no kiosk window")

    def stop(self) -> None:
        """End the kiosk and the X server (only the processes this walk started)."""
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- input and output ----------------------------------------------------------------------
    def xdo(self, *args: str) -> str:
        """Run one xdotool command."""
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, check=True).stdout

    def point(self, name: str) -> tuple[int, int]:
        """Pixels of a named tap point."""
        x, y = POINTS[self.orientation][name]
        scale = self.size[0] / DESIGN_WIDTH[self.orientation]
        return round(x * scale), round(y * scale)

    def tap(self, name: str, settle: float = 0.6) -> None:
        """Move there (checked with getmouselocation), press and release."""
        x, y = self.point(name)
        self.xdo("mousemove", "--sync", str(x), str(y))
        where = self.xdo("getmouselocation")
        assert f"x:{x} y:{y}" in where, f"pointer not at {x},{y}: {where}"
        self.xdo("click", "1")
        time.sleep(settle)

    def pinyin(self, *syllables: str) -> None:
        """Type on the on-screen pinyin keyboard: tap each letter, then the first candidate."""
        for word in syllables:
            for letter in word:
                self.tap(letter, settle=0.25)
            time.sleep(0.4)
            self.tap("candidate", settle=0.4)

    def taps(self, name: str, count: int, gap_ms: int = 200) -> None:
        """Quick taps on one point (the hidden staff gesture)."""
        x, y = self.point(name)
        self.xdo("mousemove", "--sync", str(x), str(y))
        self.xdo("click", "--repeat", str(count), "--delay", str(gap_ms), "1")
        time.sleep(1.0)

    def key(self, name: str, settle: float = 0.6) -> None:
        """Press one key (Return, BackSpace …)."""
        self.xdo("key", name)
        time.sleep(settle)

    def shot(self, name: str, changed: bool = True) -> Path:
        """Save the screen as NN-name.png; check it differs from the previous one when ``changed``."""
        image = ImageGrab.grab(xdisplay=self.display).convert("RGB")
        if changed and self.last is not None:
            assert ImageChops.difference(image, self.last).getbbox() is not None, f"{name}: nothing changed"
        self.last = image
        self.step += 1
        path = self.out / f"{self.step:02d}-{name}-{self.orientation}.png"
        image.save(path)
        print(path)
        return path


def main(argv: list[str] | None = None) -> int:
    """Run the walk; screenshots go to ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "xvfb")
    parser.add_argument("--display", default=":97")
    parser.add_argument("--only-start", action="store_true", help="start, take one screenshot, stop")
    args = parser.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    walk = Walk((w, h), args.out, args.display)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a stopped walk still ends its kiosk and X server
    try:
        walk.start_x()
        walk.start_kiosk()
        walk.shot("attract", changed=False)
        if not args.only_start:
            run_walk(walk)
    finally:
        walk.stop()
    return 0


def run_walk(walk: Walk) -> None:
    """The steps (see the module docstring)."""
    walk.tap("attract", settle=1.0)
    walk.shot("home")
    walk.tap("field", settle=4.0)  # the on-screen keyboard loads (QML, first time) and slides in
    walk.shot("keyboard")
    for letter in "shebaoka":
        walk.tap(letter, settle=0.25)
    time.sleep(0.5)
    walk.shot("pinyin-candidates")
    walk.tap("candidate", settle=0.4)
    walk.pinyin("buban")
    walk.shot("question-typed")
    walk.tap("ask", settle=2.5)
    walk.shot("card")
    walk.tap("map", settle=2.0)
    walk.shot("map-upstairs")
    walk.tap("back", settle=1.2)
    walk.tap("ticket", settle=1.5)
    walk.shot("ticket-confirm-printer-down")
    walk.tap("confirm", settle=3.0)
    walk.shot("ticket-printer-down")
    walk.tap("ticket_done", settle=1.0)
    walk.taps("corner", 5)
    walk.shot("staff-pin")
    for digit in PIN:
        walk.tap(f"pin_{digit}", settle=0.3)
    walk.tap("pin_ok", settle=3.0)
    walk.shot("staff-mode")
    walk.tap("sign_out", settle=1.5)
    walk.shot("signed-out")
    walk.tap("attract", settle=1.0)
    walk.tap("field", settle=1.5)
    for letter in "she":
        walk.tap(letter, settle=0.25)
    time.sleep(0.5)
    walk.shot("second-visitor-typing")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _countdown_shown(walk):
        time.sleep(0.5)
    walk.shot("idle-countdown")
    time.sleep(8)  # the countdown runs out: the visit is wiped
    walk.shot("idle-wiped")
    walk.tap("attract", settle=1.0)
    walk.tap("field", settle=1.5)
    walk.shot("next-visitor")


def _countdown_shown(walk: Walk) -> bool:
    """The idle countdown's shade darkens the top bar's white."""
    image = ImageGrab.grab(xdisplay=walk.display).convert("RGB")
    return image.getpixel((walk.size[0] // 3, 10))[0] < 200  # type: ignore[index]


if __name__ == "__main__":
    sys.exit(main())
