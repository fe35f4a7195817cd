"""The on-screen keyboard (Xvfb walk, stop 23): no blank key in the pinyin layout, a first opening as fast as
the later ones.

Offscreen Qt has no Qt Virtual Keyboard panel. The layout test loads the layout file the kiosk points the
keyboard at in a QML engine of its own (the keys exist, the keyboard's engine does not: the mode key shows its
default name); the real panel under Xvfb is checked by benchmarks/keyboard.py and scripts/xvfb_walk.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import find

from kiosk.ui import on_screen_keyboard

BUILTIN_PINYIN = "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/zh_CN/main.qml"
"""Qt's own pinyin layout (the one with the blank key), for comparison."""


def _key_left_of_z(engine: QQmlEngine, url: QUrl, qtbot) -> QQuickItem:
    """The item drawn left of "z" in the layout at ``url`` (its row's visible items, in order)."""
    component = QQmlComponent(engine, url)
    qtbot.waitUntil(lambda: component.status() != QQmlComponent.Status.Loading, timeout=5000)
    layout = component.create()
    assert layout is not None, [e.toString() for e in component.errors()]
    layout.setParent(engine)
    z_key = next(item for item in layout.findChildren(QQuickItem) if item.property("key") == Qt.Key.Key_Z)
    row = [item for item in z_key.parentItem().childItems() if item.isVisible()]
    return row[row.index(z_key) - 1]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_key_left_of_z_in_the_pinyin_layout_has_a_label(qtbot, language):
    """Qt's layout has the syllable separator there, disabled and drawn blank until a syllable is typed; the
    kiosk's layout has the 拼音/ABC switch there (the separator only while pinyin is typed), whatever the
    kiosk's language (the mode names are the input methods' own, the same on both screens)."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    engine = QQmlEngine()
    loader = QQmlComponent(engine)  # Qt's pinyin layout is a resource of its pinyin plugin: load the plugin
    loader.setData(b"import QtQuick\nimport QtQuick.VirtualKeyboard.Plugins.Pinyin\nItem {}", QUrl())
    try:
        builtin = _key_left_of_z(engine, QUrl(BUILTIN_PINYIN), qtbot)
        assert builtin.property("key") == Qt.Key.Key_Apostrophe and not builtin.property("enabled")  # the blank

        ours = _key_left_of_z(engine, QUrl.fromLocalFile(str(on_screen_keyboard.LAYOUTS / "zh_CN" / "main.qml")), qtbot)
        assert ours.objectName() == "inputModeKey"
        assert ours.property("text").strip()  # "拼音" while typing pinyin, "ABC" for letters
        assert ours.property("key") != Qt.Key.Key_Apostrophe
    finally:
        engine.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_the_kiosk_points_the_keyboard_at_its_layouts(monkeypatch):
    monkeypatch.delenv("QT_VIRTUALKEYBOARD_LAYOUT_PATH", raising=False)
    on_screen_keyboard.use_kiosk_layouts()
    import os

    path = on_screen_keyboard.LAYOUTS
    assert os.environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] == str(path)
    for locale in ("zh_CN", "en_GB"):  # the kiosk's two languages and Qt's fallback layouts they use
        assert (path / locale).is_dir()
    for name in ("main", "symbols", "numbers", "digits", "dialpad"):
        assert (path / "fallback" / f"{name}.qml").is_file()


class _RecordingInputMethod:
    """Stands in for QInputMethod: what the focus was when the keyboard was shown."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []
        self.visible = False

    def show(self) -> None:
        self.calls.append(("show", QApplication.focusWidget()))

    def hide(self) -> None:
        self.calls.append(("hide", QApplication.focusWidget()))

    def isVisible(self) -> bool:  # noqa: N802 - QInputMethod's name
        return self.visible

    def update(self, *_args) -> None:
        """focusChanged's hint update (kiosk.ui.input_method)."""


def test_the_keyboard_is_opened_once_at_start_up_on_a_throw_away_field(make_window, qtbot, monkeypatch):
    """First opening ~0.85–2 s under Xvfb (QML panel, layout, pinyin decoder built on the GUI thread at the
    first tap) against ~0.04 s later: the kiosk opens and closes it once after start-up, out of sight, on a
    field of its own — the visitor's field, the focus and the keyboard's room are as they were."""
    window = make_window()
    window.start_visit()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    question = find(window, "questionField")
    button = find(window, "sendButton")
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=2000)
    method = _RecordingInputMethod()

    class FakeGuiApplication:
        @staticmethod
        def inputMethod():
            return method

    monkeypatch.setattr(on_screen_keyboard, "QGuiApplication", FakeGuiApplication)
    assert on_screen_keyboard.warm_up(window) is True
    assert [name for name, _ in method.calls] == ["show", "hide"]
    shown_on = method.calls[0][1]
    assert isinstance(shown_on, QLineEdit) and shown_on is not question
    assert shown_on.objectName() == "keyboardWarmUpField" and shown_on.width() <= 1
    assert shown_on.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData  # it learns nothing either
    assert QApplication.focusWidget() is button and question.text() == ""
    qtbot.waitUntil(lambda: window.findChild(QLineEdit, "keyboardWarmUpField") is None, timeout=2000)
    assert window.keyboard_room.reserved == 0

    # a citizen already typing (the Xvfb walk tapped the field before start-up was over): left alone
    method.calls.clear()
    method.visible = True
    question.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is question, timeout=2000)
    assert on_screen_keyboard.warm_up(window) is False
    assert method.calls == [] and QApplication.focusWidget() is question
    method.visible = False  # focused, the keyboard not yet up (its first opening under way): left alone too
    assert on_screen_keyboard.warm_up(window) is False
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=2000)
    assert on_screen_keyboard.warm_up(window, unused=lambda: False) is False  # a visit under way
    assert method.calls == []


def test_no_warm_up_while_the_window_is_not_active(make_window, qtbot, monkeypatch):
    """Not active yet (a window manager still mapping it): no field appears, another try follows."""
    window = make_window()
    monkeypatch.setattr(type(window), "isActiveWindow", lambda self: False)
    assert on_screen_keyboard.warm_up(window, tries=1) is False
    assert window.findChild(QLineEdit, "keyboardWarmUpField") is None
