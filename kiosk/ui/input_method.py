"""The on-screen keyboard without a memory of visitors (issue 13 item 7).

The kiosk types through Qt Virtual Keyboard's pinyin input method. Left alone, its decoder learns every
phrase a visitor picks into a user dictionary (``~/.config/qtvirtualkeyboard/pinyin/usr_dict.dat``) and
offers it to the next visitor. Qt's documented switch for this is the ``Qt.ImhSensitiveData`` hint: "typed
text should not be stored by the active input method in any persistent storage like predictive user
dictionary" — the pinyin decoder closes its user dictionary whenever the focused field carries it.

* :func:`guard` gives every text field of a window the hint now and every field that gets focus later
  (panels built on demand, the counter window), through ``QApplication.focusChanged``;
* :func:`forget` at the end of a visit: drops the half-typed pinyin and the candidate list, hides the
  keyboard, empties every text field *with its undo history* (``QLineEdit.clear`` keeps it: an "Undo"
  would bring the last visitor's question back) and the clipboard;
* :func:`drop_learned_phrases` removes a user dictionary an older version let the decoder write;
* :func:`committed_text` reads a field *with* the pinyin still being typed: pre-edit text is not part of
  ``QLineEdit.text()``, so 提问 sent "身份证" for "身份证diu le" and nothing at all for "duo shao qian"
  (Xvfb walk 12, defect 5). The input method commits it first (Qt Virtual Keyboard: its first candidate);
  one that does not (no keyboard, another input method) has its pre-edit committed as typed.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_LOGGER = logging.getLogger(__name__)
PRIVATE_HINT = Qt.InputMethodHint.ImhSensitiveData
"""The hint that keeps an input method from learning what is typed."""
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
"""Widgets an input method types into."""
_GUARDED: set[int] = set()
_PREEDIT = "hallguidePreedit"
"""The dynamic property where a guarded field keeps its pre-edit text (see :class:`_PreeditWatch`)."""


class _PreeditWatch(QObject):
    """Keeps each watched field's current pre-edit text in its :data:`_PREEDIT` property."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            watched.setProperty(_PREEDIT, event.preeditString())
        return False


_WATCH = _PreeditWatch()


def is_text_input(widget: object) -> bool:
    """True for a widget the keyboard can type into."""
    return isinstance(widget, TEXT_INPUTS)


def text_inputs(root: QWidget) -> list[QWidget]:
    """``root`` and its descendants that take typed text."""
    return [w for w in [root, *root.findChildren(QWidget)] if is_text_input(w)]


def keep_private(widget: QWidget) -> None:
    """Give ``widget`` the no-learning hint (other hints are kept)."""
    hints = widget.inputMethodHints()
    if not hints & PRIVATE_HINT:
        widget.setInputMethodHints(hints | PRIVATE_HINT)
    if widget.property(_PREEDIT) is None:  # once per field
        widget.setProperty(_PREEDIT, "")
        widget.installEventFilter(_WATCH)


def preedit(field: QWidget) -> str:
    """The text being composed in ``field`` (pinyin not yet confirmed); "" when none or not watched."""
    return str(field.property(_PREEDIT) or "")


def committed_text(field: QLineEdit) -> str:
    """``field``'s text after its pre-edit is committed: what the visitor sees is what is read."""
    if field.hasFocus() and preedit(field):
        QGuiApplication.inputMethod().commit()  # Qt Virtual Keyboard: the first candidate, at once
    left = preedit(field)
    if left:  # an input method that kept it: the letters as typed
        event = QInputMethodEvent()
        event.setCommitString(left)
        QApplication.sendEvent(field, event)
        QGuiApplication.inputMethod().reset()
    return field.text()


def protect(root: QWidget) -> int:
    """Give every text field under ``root`` the no-learning hint; returns how many fields there are."""
    fields = text_inputs(root)
    for field in fields:
        keep_private(field)
    return len(fields)


def unprotected(root: QWidget) -> list[QWidget]:
    """Text fields under ``root`` an input method may learn from (empty when all is well)."""
    return [w for w in text_inputs(root) if not w.inputMethodHints() & PRIVATE_HINT]


def _on_focus(_old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and is_text_input(new) and (not new.inputMethodHints() & PRIVATE_HINT
                                                   or new.property(_PREEDIT) is None):
        keep_private(new)
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImHints)


def guard(root: QWidget) -> None:
    """Protect ``root``'s fields now and any field that takes focus later (once per application)."""
    protect(root)
    app = QApplication.instance()
    if isinstance(app, QApplication) and id(app) not in _GUARDED:
        _GUARDED.add(id(app))
        app.focusChanged.connect(_on_focus)
        if os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard":
            drop_learned_phrases()


def forget(root: QWidget) -> None:
    """End of a visit: nothing typed survives in the input method or in any field under ``root``."""
    focused = QApplication.focusWidget()
    if focused is not None and is_text_input(focused):
        QApplication.sendEvent(focused, QInputMethodEvent())  # an empty event ends any pre-edit (pinyin)
    method = QGuiApplication.inputMethod()
    method.reset()  # the decoder's composing string, candidates and predictions
    method.hide()
    for field in text_inputs(root):
        keep_private(field)
        if isinstance(field, QLineEdit):
            field.setText("")  # unlike clear(), setText drops the undo/redo history
        elif isinstance(field, (QTextEdit, QPlainTextEdit)):
            field.clear()
            field.document().clearUndoRedoStacks()
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and clipboard.text():
        clipboard.clear()


def user_dictionary_path() -> Path:
    """Where Qt Virtual Keyboard's pinyin decoder keeps learned phrases."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.ConfigLocation)
    return Path(base) / "qtvirtualkeyboard" / "pinyin" / "usr_dict.dat"


def drop_learned_phrases(path: Path | None = None) -> bool:
    """Remove the pinyin user dictionary (call before the keyboard loads); True when one was removed."""
    target = path or user_dictionary_path()
    try:
        if target.is_file():
            target.unlink()
            _LOGGER.info("removed the keyboard's learned phrases (%s)", target)
            return True
    except OSError as exc:
        _LOGGER.warning("could not remove the keyboard's learned phrases %s: %s", target, exc)
    return False
