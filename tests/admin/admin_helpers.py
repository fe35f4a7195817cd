"""Helpers shared by the staff-mode tests (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

ADMIN_HALL = Path(__file__).resolve().parent / "data" / "admin_hall" / "catalog.json"
TEST_PIN = "2580"


class FakeClock:
    """Wall-clock seconds that tests move by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def visible(window, name: str):
    """The visible child widget called ``name`` (fails when there is none)."""
    from PySide6.QtWidgets import QWidget

    found = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    assert found, f"no visible widget named {name!r}"
    return found[0]


def tap(qtbot, widget) -> None:
    """A left click in the middle of a visible, enabled widget."""
    from PySide6.QtCore import Qt

    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def enter_pin(qtbot, window, pin: str) -> None:
    """Type ``pin`` on the visible PIN pad and press OK."""
    for digit in pin:
        tap(qtbot, visible(window, f"pinKey_{digit}"))
    tap(qtbot, visible(window, "pinOk"))


def sign_in(qtbot, window, controller) -> None:
    """Gesture + right PIN → the staff panel is open."""
    window.admin_requested.emit()
    enter_pin(qtbot, window, TEST_PIN)
    qtbot.waitUntil(lambda: controller.in_session, timeout=5000)
