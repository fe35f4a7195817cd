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
* :func:`follow_language` — the keyboard types in the kiosk's language: it read its language once, from the
  default locale when its panel was built, so an English visitor got the pinyin layout and "where is the
  toilet" became "我和热is他和t oilet" (Xvfb walk 12, defect 4). The kiosk sets the keyboard's own setting
  (``VirtualKeyboardSettings.locale``, through the panel's QML engine) on every language change; the globe
  key and the pinyin layout's 拼音/ABC key still switch as before.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_LOGGER = logging.getLogger(__name__)
LAYOUTS = Path(__file__).resolve().parent / "keyboard_layouts"
"""The keyboard's layouts (zh_CN pinyin, en_GB and Qt's fallback ones); see its README.md."""
WARM_UP_TRIES = 10
"""Start-up may end before the window is active (a window manager still mapping it): tries, 1 s apart."""
KEYBOARD_LOCALES = {"zh": "zh_CN", "en": "en_GB"}
"""The keyboard's layout for each kiosk language (the layouts in :data:`LAYOUTS`)."""
_PANEL_CLASS = "QtVirtualKeyboard::InputView"
_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function setLocale(name) { if (VirtualKeyboardSettings.locale !== name) VirtualKeyboardSettings.locale = name }
    function locale() { return InputContext.locale }
    function inputMode() { return InputContext.inputEngine.inputMode }
    function preedit() { return InputContext.preeditText }
    function click(key, text) { return InputContext.inputEngine.virtualKeyClick(key, text, 0) }
}
"""
"""A handle on the keyboard's settings and input context, made in the panel's own QML engine (its
singletons are the panel's); ``click`` types a key as a tap on it does (the real-window tests use it)."""
_STATE: dict[str, object] = {"language": None, "handle": None, "watching": False}


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


def panel_window() -> QWindow | None:
    """The keyboard's panel window once it is built (None before, and without Qt Virtual Keyboard)."""
    for window in QGuiApplication.topLevelWindows():
        if window.metaObject().className() == _PANEL_CLASS:
            return window
    return None


def keyboard_handle() -> QObject | None:
    """The QML handle of :data:`_SETTINGS_QML` in the panel's engine (made once; None before the panel)."""
    import shiboken6

    handle = _STATE["handle"]
    if isinstance(handle, QObject) and shiboken6.isValid(handle):
        return handle
    window = panel_window()
    if window is None:
        return None
    from PySide6.QtQml import QQmlComponent
    from PySide6.QtQuick import QQuickView

    view = shiboken6.wrapInstance(shiboken6.getCppPointer(window)[0], QQuickView)
    component = QQmlComponent(view.engine())  # type: ignore[attr-defined]
    component.setData(_SETTINGS_QML, QUrl("hallguide:/keyboard_settings.qml"))
    if component.isLoading():  # the panel's engine is still loading its imports: asked again later
        return None
    made = component.create()
    if made is None:
        _LOGGER.warning("on-screen keyboard: cannot reach its settings: %s", component.errorString())
        return None
    made.setParent(window)  # lives as long as the panel
    _STATE["handle"] = made
    return made


def follow_language(language: str) -> bool:
    """Type in ``language`` ("zh" | "en") from now on; True when the keyboard was told now, False when its
    panel is not built yet (it is told the moment it is shown first)."""
    _STATE["language"] = language
    if not _STATE["watching"]:
        _STATE["watching"] = True
        QGuiApplication.inputMethod().visibleChanged.connect(_apply_wanted)
    return _apply_wanted()


def _apply_wanted() -> bool:
    locale = KEYBOARD_LOCALES.get(str(_STATE["language"]))
    handle = keyboard_handle() if locale else None
    if handle is None or locale is None:
        return False
    handle.setLocale(locale)  # type: ignore[attr-defined]  # a QML function
    _LOGGER.debug("keyboard input language %s", locale)
    return True
