"""The answer screen's mic did nothing when voice was off, with no hint (Xvfb walk 10, defect 24): a touch
screen shows no tooltips. The greyed mic still takes a tap and says why in the bottom bar."""

from __future__ import annotations

from ui_helpers import click


def test_a_tap_on_the_unavailable_mic_says_why(make_window, qtbot):
    window = make_window()
    window.submit_question("我的身份证丢了要怎么补办呢")
    qtbot.waitUntil(lambda: window.current_screen == "answer", timeout=5000)
    reason = "语音已关闭，请用触屏操作"
    window.voice_view.set_voice_available(False, reason)
    mic = window.bottom.mic_button
    assert mic.isVisible() and not mic.available
    asked = []
    window.voice_requested.connect(lambda: asked.append(True))
    click(qtbot, mic)
    assert window.bottom.subtitle.text() == reason and not asked
    window.voice_view.set_voice_available(True, "")
    click(qtbot, mic)
    qtbot.waitUntil(lambda: asked == [True], timeout=2000)
