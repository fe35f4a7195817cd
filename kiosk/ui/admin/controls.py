"""The staff screens' two widget factories: a plain-text label and a touch button (no focus ring)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton


def make_label(text: str, role: str | None = None, name: str | None = None) -> QLabel:
    """A word-wrapped plain-text label with an optional style ``role`` and object name."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def make_button(text: str, name: str, kind: str | None = None) -> QPushButton:
    """A button that never takes keyboard focus, with an optional style ``kind``."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if kind:
        button.setProperty("kind", kind)
    return button
