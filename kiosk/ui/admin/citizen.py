"""Citizen-side panels of the staff features: "工作人员马上到" and the five-level rating (好差评)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.insights import Rating
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.style import ADMIN_STYLE
from kiosk.ui.text import tr_both, tr_in, tr_lines

REASONS = [
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Long wait"),
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Could not find my service"),
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Answer unclear"),
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Voice did not understand"),
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Hard to use"),
    QT_TRANSLATE_NOOP("StaffAdminCitizen", "Printing problem"),
]
"""Optional reason chips (shown for every level; mostly chosen for the low ones); the Chinese is what is stored."""


class _Notice(QFrame):
    """A notice panel that closes itself after a while (or when its button is tapped), once.

    Signals:
        closed(): the panel is done (timer or button), emitted once.
    """

    closed = Signal()

    def _close_after(self, seconds: float) -> None:
        self._timer = QTimer(self, singleShot=True, interval=int(seconds * 1000))
        self._timer.timeout.connect(self._close)
        self._timer.start()

    def _close(self) -> None:
        self._timer.stop()
        if not getattr(self, "_done", False):
            self._done = True
            self.closed.emit()


class StaffOnTheWay(_Notice):
    """Tells the citizen that staff have been called; closes itself after ``close_after_s``.

    Signals:
        closed(): closed by the button or the timer.
    """

    def __init__(self, language: str = "zh", close_after_s: float = 20.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenPanel")
        self.setStyleSheet(ADMIN_STYLE)
        self.setFixedWidth(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 44, 48, 40)
        layout.setSpacing(22)
        on_the_way = QT_TRANSLATE_NOOP("StaffAdminCitizen", "Staff are on the way")
        zh, en = (tr_in(lang, "StaffAdminCitizen", str(on_the_way)) for lang in ("zh", "en"))
        title = make_label(f"{zh}\n{en}" if language == "zh" else f"{en}\n{zh}", "big", "staffTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = make_label(tr_lines("StaffAdminCitizen", "Please wait here; a member of staff will come to this kiosk."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        ok = make_button(tr_both("StaffAdminCitizen", "OK"), "staffOk", "primary")
        ok.setMinimumHeight(80)
        ok.clicked.connect(self._close)
        layout.addWidget(ok)
        self._close_after(close_after_s)


class RatingPanel(QFrame):
    """Five big rating buttons (非常满意 … 非常不满意), optional reason chips, submit / skip.

    Signals:
        rated(int, str): level 1..5 and the chosen reasons joined by "；" (may be empty).
        skipped(): the citizen did not want to rate.
    """

    rated = Signal(int, str)
    skipped = Signal()

    def __init__(self, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenPanel")
        self.setStyleSheet(ADMIN_STYLE)
        self.setFixedWidth(1300)
        self._level: Rating | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(44, 36, 44, 36)
        self._margins = layout.contentsMargins()
        self._fit_to = 0
        layout.setSpacing(18)
        title = make_label(tr_both("StaffAdminCitizen", "How was your visit?"), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        levels = QGridLayout()
        levels.setSpacing(14)
        self.level_buttons: dict[Rating, object] = {}
        for index, level in enumerate(sorted(Rating, reverse=True)):
            first, second = (level.label_zh, level.label_en) if language == "zh" else (level.label_en, level.label_zh)
            button = make_button(f"{first}\n{second}", f"rate_{int(level)}", "rating")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, lv=level: self._choose(lv))
            levels.addWidget(button, 0, index)
            self.level_buttons[level] = button
        layout.addLayout(levels)
        self._levels, self._chips = levels, QGridLayout()
        layout.addWidget(make_label(tr_both("StaffAdminCitizen", "Reason (optional)"), "section"))
        chips = self._chips
        chips.setSpacing(12)
        self.reason_buttons: list[QPushButton] = []
        for index, reason in enumerate(REASONS):
            zh, en = (tr_in(lang, "StaffAdminCitizen", str(reason)) for lang in ("zh", "en"))
            first, second = (zh, en) if language == "zh" else (en, zh)
            chip = make_button(f"{first}\n{second}", f"reason_{index}", "chip")
            chip.setCheckable(True)
            chip.setProperty("reason", zh)
            chips.addWidget(chip, index // 3, index % 3)
            self.reason_buttons.append(chip)
        layout.addLayout(chips)
        row = QHBoxLayout()
        self.skip_button = make_button(tr_both("StaffAdminCitizen", "Skip"), "rateSkip")
        self.submit_button = make_button(tr_both("StaffAdminCitizen", "Submit"), "rateSubmit", "primary")
        self.submit_button.setEnabled(False)
        for big in (self.skip_button, self.submit_button):
            big.setMinimumSize(260, 84)
        self.skip_button.clicked.connect(self.skipped)
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        layout.addLayout(row)

    def fit_width(self, width: int) -> None:
        """Reflow the level and reason buttons into as many columns as ``width`` holds with whole words
        (a portrait screen in large text holds fewer than five levels side by side)."""
        self._fit_to = width
        self._reflow_now()
        QTimer.singleShot(0, self._reflow_now)  # again once the new style sheet's fonts have reached the buttons

    def _reflow_now(self) -> None:
        if not self._fit_to:
            return
        margins = self.contentsMargins() + self._margins
        inner = self._fit_to - margins.left() - margins.right()
        _reflow(self._levels, [cast(QPushButton, b) for b in self.level_buttons.values()], inner, (5, 3, 2))
        _reflow(self._chips, self.reason_buttons, inner, (3, 2, 1))

    def _choose(self, level: Rating) -> None:
        self._level = level
        for other, button in self.level_buttons.items():
            button.setChecked(other == level)  # type: ignore[attr-defined]
        self.submit_button.setEnabled(True)

    def _submit(self) -> None:
        if self._level is None:
            return
        reasons = "；".join(c.property("reason") for c in self.reason_buttons if c.isChecked())
        self.rated.emit(int(self._level), reasons)


def _needed_width(button: QPushButton) -> int:
    button.ensurePolished()
    return button.sizeHint().width()  # the style sheet's font, padding and border, whole lines of text


def _reflow(grid: QGridLayout, buttons: list[QPushButton], width: int, choices: tuple[int, ...]) -> None:
    need = max((_needed_width(b) for b in buttons), default=0)
    spacing = max(0, grid.spacing())
    columns = next((c for c in choices if c * need + (c - 1) * spacing <= width), choices[-1])
    for button in buttons:
        grid.removeWidget(button)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
    for column in range(max(choices)):
        grid.setColumnStretch(column, 1 if column < columns else 0)


class ThanksPanel(_Notice):
    """A short thank-you after rating; closes itself.

    Signals:
        closed(): after ``close_after_s`` or a tap.
    """

    def __init__(self, follow_up: bool, close_after_s: float = 4.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenPanel")
        self.setStyleSheet(ADMIN_STYLE)
        self.setFixedWidth(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(18)
        text = tr_both("StaffAdminCitizen", "Thank you!")
        title = make_label(text, "big")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if follow_up:
            note = make_label(tr_lines("StaffAdminCitizen", "Staff will follow up on what you told us."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
        ok = make_button(tr_both("StaffAdminCitizen", "Done"), "thanksOk", "primary")
        ok.clicked.connect(self._close)
        layout.addWidget(ok)
        self._close_after(close_after_s)
