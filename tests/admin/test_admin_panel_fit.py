"""The staff panel fits a portrait screen: narrower than it was built, it uses the height it is given,
and no wrapped status text is cut off (issue 13 walk, 1080x1920)."""

from __future__ import annotations

from admin_helpers import sign_in
from PySide6.QtWidgets import QApplication, QLabel


def _clipped(panel) -> list[str]:
    out = []
    for label in panel.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            need = label.heightForWidth(label.width())
            if need > label.height() + 2:
                out.append(f"{label.text()[:30]!r}: {label.height()} < {need}")
    return out


def test_staff_panel_in_portrait_is_inside_the_screen_and_texts_are_whole(qtbot, kiosk, screenshot_dir):
    """Sign in on a 1080x1920 screen: the panel lies inside the window and its status rows show whole texts."""
    window, controller = kiosk(fullscreen=False)
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: window.portrait, timeout=3000)
    sign_in(qtbot, window, controller)
    panel = window.overlay.widget
    for _ in range(5):
        QApplication.processEvents()
    top_left = panel.mapTo(window, panel.rect().topLeft())
    assert window.rect().contains(panel.rect().translated(top_left))
    assert panel.height() > 1100  # it uses the tall screen instead of its landscape 980 px
    assert not _clipped(panel), _clipped(panel)
    window.grab().save(str(screenshot_dir / "admin-status-portrait.png"))
