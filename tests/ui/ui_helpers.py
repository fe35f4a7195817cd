"""Helpers for the UI tests: find widgets, click them, collect every text on screen."""

from __future__ import annotations

from pathlib import Path

UI_HALL = Path(__file__).resolve().parent / "data" / "ui_hall" / "catalog.json"


def all_texts(widget) -> list[str]:
    """Every text shown by ``widget`` and its descendants (labels, buttons, fields, editors)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

    out: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            out.append(child.text())
        if isinstance(child, (QTextEdit, QPlainTextEdit)):
            out.append(child.toPlainText())
    return [t for t in out if t]


def click(qtbot, widget) -> None:
    """A left click in the middle of ``widget``."""
    from PySide6.QtCore import Qt

    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def find(window, name: str):
    """The visible child called ``name``."""
    from PySide6.QtWidgets import QWidget

    found = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    assert found, f"no visible widget named {name!r}"
    return found[0]
