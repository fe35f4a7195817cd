"""The on-screen keyboard (Qt Virtual Keyboard): the kiosk's own layouts, and its first opening paid for
at start-up instead of by the first citizen (Xvfb walk, stop 23).

* :data:`LAYOUTS` — Qt's layouts for the kiosk's two languages, with the key left of "z" in the pinyin
  layout given a job and a label (it was Qt's syllable separator, disabled and drawn blank until a
  syllable is typed); :func:`use_kiosk_layouts` points the keyboard at them before the application exists.
* :func:`warm_up` — the keyboard's panel (a QML window: InputPanel, its style, the pinyin layout and
  decoder) is built the first time the keyboard is *shown*, on the GUI thread: the first tap in the
  question field stalled for 0.15 s (bare window) to ~0.85–2 s (the kiosk under load) while later
  openings take ~0.04 s. Once start-up is over the panel is shown and hidden at once on a throw-away
  1-pixel field, in one event-loop turn (nothing is drawn), so the first citizen's tap is a later opening.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_LOGGER = logging.getLogger(__name__)
LAYOUTS = Path(__file__).resolve().parent / "keyboard_layouts"
"""The keyboard's layouts (zh_CN pinyin, en_GB and Qt's fallback ones); see its README.md."""
WARM_UP_TRIES = 10
"""Start-up may end before the window is active (a window manager still mapping it): tries, 1 s apart."""


def use_kiosk_layouts() -> None:
    """Make the keyboard read :data:`LAYOUTS` (unless the environment names other layouts)."""
    os.environ.setdefault("QT_VIRTUALKEYBOARD_LAYOUT_PATH", str(LAYOUTS))


def is_virtual_keyboard() -> bool:
    """True when the application types through Qt Virtual Keyboard."""
    return os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"


def warm_up(window: QWidget, unused: Callable[[], bool] = lambda: True, tries: int = WARM_UP_TRIES) -> bool:
    """Build the keyboard's panel now: show and hide it on a throw-away field of ``window``; the focus
    goes back where it was. False (and another try in a second) while ``window`` is not active. False, and
    nothing done, when a visit may be under way: the keyboard shown or a text field focused (a citizen
    tapped a field before start-up was over; hiding the keyboard would take it from under their fingers)
    or ``unused()`` False (the kiosk passes "the attract screen is up")."""
    from kiosk.ui.input_method import is_text_input

    method = QGuiApplication.inputMethod()
    if method.isVisible() or is_text_input(QApplication.focusWidget()) or not unused():
        _LOGGER.info("on-screen keyboard not warmed up: already in use")
        return False
    if not window.isActiveWindow():
        if tries > 1:
            QTimer.singleShot(1000, window, lambda: warm_up(window, unused, tries - 1))
        else:
            _LOGGER.info("on-screen keyboard not warmed up: the window never became active")
        return False
    started = time.perf_counter()
    had_focus = QApplication.focusWidget()
    field = QLineEdit(window)
    field.setObjectName("keyboardWarmUpField")
    field.setGeometry(0, 0, 1, 1)
    field.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    field.show()
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    method.show()  # builds the panel (QML), loads the layout and the pinyin decoder
    method.hide()
    field.clearFocus()
    field.hide()
    field.deleteLater()
    if had_focus is not None and had_focus is not field:
        had_focus.setFocus(Qt.FocusReason.OtherFocusReason)
    _LOGGER.info("on-screen keyboard warmed up in %.0f ms", (time.perf_counter() - started) * 1000)
    return True
