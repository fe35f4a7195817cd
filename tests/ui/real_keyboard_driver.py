"""Drives the real kiosk (``kiosk.ui.app.run``) with Qt Virtual Keyboard in a real X window: types on the
keyboard's input engine as taps on its keys do, taps 提问, switches language, and prints what happened as
one ``RESULT {json}`` line. Run by tests/ui/test_ui_real_keyboard.py under Xvfb: ``python driver.py CONFIG``."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.settings import load_settings
from kiosk.ui import on_screen_keyboard
from kiosk.ui.app import run

STEP_DEADLINE_S = 60.0
result: dict[str, object] = {"sent": []}


def _when(ready: Callable[[], bool], then: Callable[[], None], what: str, started: float | None = None) -> None:
    """Call ``then`` once ``ready()`` is true (checked every 50 ms); give up after STEP_DEADLINE_S."""
    started = time.monotonic() if started is None else started
    if ready():
        then()
    elif time.monotonic() - started > STEP_DEADLINE_S:
        _finish(f"timed out waiting for {what}")
    else:
        QTimer.singleShot(50, lambda: _when(ready, then, what, started))


def _finish(error: str | None = None) -> None:
    if error:
        result["error"] = error
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    QApplication.instance().quit()


def _type(handle: QObject, letters: str) -> None:
    for letter in letters:
        handle.click(int(getattr(Qt.Key, f"Key_{letter.upper()}").value), letter)  # type: ignore[attr-defined]


def _state(handle: QObject) -> dict[str, object]:
    return {"locale": handle.locale(), "mode": handle.inputMode()}  # type: ignore[attr-defined]


def scenario(window, _areas) -> None:  # noqa: ANN001
    home = window.home
    window.question_submitted.connect(lambda text: result["sent"].append(text))  # type: ignore[union-attr]
    window.start_visit()
    method = QGuiApplication.inputMethod()

    def open_keyboard(then: Callable[[QObject], None]) -> None:
        window.go_home()
        window.activateWindow()
        home.question.setFocus(Qt.FocusReason.MouseFocusReason)
        method.show()
        _when(lambda: method.isVisible() and on_screen_keyboard.keyboard_handle() is not None,
              lambda: then(on_screen_keyboard.keyboard_handle()), "the keyboard")

    def tap_ask() -> None:
        QTest.mouseClick(home.send, Qt.MouseButton.LeftButton)

    def chinese(handle: QObject) -> None:
        result["zh"] = _state(handle)
        _type(handle, "diule")  # pinyin, no candidate picked
        result["zh_preedit"] = handle.preedit()  # type: ignore[attr-defined]
        tap_ask()
        window.visit.set_language("en")
        _when(lambda: handle.locale() == "en_GB", lambda: open_keyboard(english), "the English keyboard")  # type: ignore[attr-defined]

    def english(handle: QObject) -> None:
        result["en"] = _state(handle)
        _type(handle, "toilet")
        tap_ask()
        window.visit.set_language("zh")
        _when(lambda: handle.locale() == "zh_CN", lambda: open_keyboard(chinese_again), "the pinyin keyboard")  # type: ignore[attr-defined]

    def chinese_again(handle: QObject) -> None:
        result["zh_again"] = _state(handle)
        panel = on_screen_keyboard.panel_window()
        key = next((item for item in panel.findChildren(QObject, "inputModeKey")), None) if panel else None
        if key is None:  # QQuickItems are children of the content item, not QObject children of the window
            import shiboken6
            from PySide6.QtQuick import QQuickWindow

            quick = shiboken6.wrapInstance(shiboken6.getCppPointer(panel)[0], QQuickWindow)
            key = quick.contentItem().findChild(QObject, "inputModeKey")
        result["mode_key"] = key is not None
        if key is not None:
            key.clicked.emit()  # the 拼音/ABC key
        _when(lambda: handle.inputMode() != result["zh_again"]["mode"],  # type: ignore[attr-defined, index]
              lambda: (result.__setitem__("zh_abc", _state(handle)), _finish()), "the ABC mode")

    QTimer.singleShot(0, lambda: open_keyboard(chinese))


def main() -> int:
    settings = load_settings(Path(sys.argv[1]))
    return run(settings, on_installed=scenario)


if __name__ == "__main__":
    sys.exit(main())
