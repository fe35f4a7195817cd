"""The window's chrome: the top bar (hall name, status chips, language, large text, call staff, the
hidden staff corner) and the bottom bar (back, home, subtitle, stop speaking, microphone, done)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.admin.gesture import TapGesture
from kiosk.messages import LANGUAGE_NAMES, other_language
from kiosk.ui.text import tr
from kiosk.ui.widgets import PlainLabel, VoiceButton, button


class TopBar(QFrame):
    """Signals: language_clicked(), large_text_clicked(), staff_clicked(), admin_gesture()."""

    language_clicked = Signal()
    large_text_clicked = Signal()
    staff_clicked = Signal()
    admin_gesture = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("topBar")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(32, 10, 0, 10)
        rows.setSpacing(4)
        self.name_row = QHBoxLayout()
        """The hall name's own row, above the buttons, when beside them it would not show whole."""
        self.name_row.setContentsMargins(0, 0, 32, 0)
        self.name_row.setSpacing(14)
        rows.addLayout(self.name_row)
        self.chip_line = QHBoxLayout()
        """The chips' own row, under the hall name, when neither beside the buttons nor beside the name
        they would show whole."""
        self.chip_line.setContentsMargins(0, 0, 32, 0)
        self.chip_line.addStretch(1)
        rows.addLayout(self.chip_line)
        row = QHBoxLayout()
        row.setSpacing(14)
        rows.addLayout(row)
        self.row = row
        self.hall_name = PlainLabel()
        self.hall_name.setObjectName("hallName")
        self.hall_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.hall_name, 1)
        self.chip_box = QWidget()
        self.chip_box.setObjectName("chipBox")
        self.chip_row = QHBoxLayout(self.chip_box)
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        self.chip_row.setSpacing(8)
        self.chip_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.chip_box.hide()
        row.addWidget(self.chip_box)
        self.chips: dict[str, QLabel] = {}
        self.language_button = button("languageButton")
        self.language_button.clicked.connect(self.language_clicked)
        self.large_button = button("largeTextButton")
        self.large_button.setCheckable(True)
        self.large_button.clicked.connect(self.large_text_clicked)
        self.staff_button = button("staffButton", "staff")
        self.staff_button.clicked.connect(self.staff_clicked)
        self.buttons = (self.language_button, self.large_button, self.staff_button)
        self.button_gap = QWidget()
        """Pushes the buttons to the right edge when the name is not beside them."""
        self.button_gap.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button_gap.hide()
        row.addWidget(self.button_gap, 1)
        for b in self.buttons:
            row.addWidget(b)
        self.admin_corner = QWidget()
        self.admin_corner.setObjectName("adminCorner")
        self.admin_corner.setFixedSize(90, 80)
        self.admin_corner.installEventFilter(self)
        row.addWidget(self.admin_corner)
        self._gesture = TapGesture()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Place the hall name for the new width."""
        super().resizeEvent(event)
        self.place_hall_name()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Place the hall name for the width it is shown at."""
        super().showEvent(event)
        self.place_hall_name()

    def place_hall_name(self) -> None:
        """Lay out the hall name, the chips and the buttons for the bar's width, each shown whole.

        The whole hall name: beside the buttons on one line or wrapped onto two, else on a row of its own
        (it used to be shortened, "深圳市明…", or squeezed to nothing: Xvfb walk 10, defects 8 and 11).
        The chips: beside the buttons where they fit, else beside the hall name on its row, else on a row
        of their own. In portrait large text the name, the chips and the buttons on one row needed more
        than the screen's 1080 pixels, and the chip was squeezed to its "⚠" (Xvfb walk 11)."""
        name = self.hall_name
        if not self.isVisible():  # placed for the width it is shown at (not a hidden bar's default 640 px)
            return
        name.ensurePolished()
        margins = cast(QVBoxLayout, self.layout()).contentsMargins()
        width = self.width() - margins.left() - margins.right()
        gap = self.row.spacing()
        buttons = sum(b.sizeHint().width() + gap for b in self.buttons) + self.admin_corner.width()
        shown = list(self.chips.values())  # a new chip is measured before it is shown: shown in the row it
        # would not fit, it made the whole window wider than the screen at once (and for good)
        for chip in shown:
            chip.ensurePolished()
        chips = sum(c.sizeHint().width() for c in shown) + self.chip_row.spacing() * (len(shown) - 1) + gap if shown else 0
        own_rows = 32  # the name's and the chips' rows keep clear of the staff corner's margin

        def whole(room: int) -> bool:  # the name shows whole in ``room`` pixels (at most two lines)
            if not name.text():
                return True
            lines = name.heightForWidth(max(1, room)) / max(1, name.fontMetrics().lineSpacing())
            return room >= 6 * name.fontMetrics().height() and lines <= 2.5

        if whole(width - buttons - chips - gap):
            name_in, chips_in = self.row, self.row
        elif chips + buttons <= width:
            name_in, chips_in = self.name_row, self.row
        elif whole(width - own_rows - chips - gap):
            name_in, chips_in = self.name_row, self.name_row
        else:
            name_in, chips_in = self.name_row, self.chip_line
        self._move(name, name_in, 0, 1)
        self._move(self.chip_box, chips_in, 1 if chips_in is not self.chip_line else 0, 0)
        self.chip_box.setVisible(bool(self.chips))
        self.button_gap.setVisible(name_in is not self.row)

    def _move(self, widget: QWidget, layout: QHBoxLayout, index: int, stretch: int) -> None:
        """Put ``widget`` at ``index`` of ``layout`` (where it is already: left alone)."""
        if layout.indexOf(widget) >= 0:
            return
        for holder in (self.row, self.name_row, self.chip_line):
            holder.removeWidget(widget)
        layout.insertWidget(min(index, layout.count()), widget, stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Count taps on the hidden corner (kiosk.admin.gesture): quick taps reach the widget as
        press, double-click, press, double-click, press, so both count, on the events' own clock."""
        kind = event.type()
        if watched is self.admin_corner and kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._gesture.tap(event.timestamp() / 1000.0):  # type: ignore[attr-defined]
                self.admin_gesture.emit()
            return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A tap in the bar's own margin above, below or right of the hidden corner counts as a tap on it:
        staff aim at the screen's very corner, which the corner's widget (inside the bar's margins) did not
        reach (Xvfb walk 12, defect 20)."""
        if self._in_corner_column(event.position().x()):
            if self._gesture.tap(event.timestamp() / 1000.0):
                self.admin_gesture.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Quick taps in the corner's margin arrive as double-clicks too: each counts (see eventFilter)."""
        self.mousePressEvent(event)

    def _in_corner_column(self, x: float) -> bool:
        corner = self.admin_corner
        return corner.isVisible() and x >= corner.x()

    def retranslate(self, hall: str, language: str, large: bool) -> None:
        """Texts in the current language."""
        self.hall_name.setText(hall)
        self.language_button.setText(LANGUAGE_NAMES[other_language(language)])
        self.large_button.setText(("✓ " if large else "") + tr("Large text"))
        self.large_button.setChecked(large)
        self.staff_button.setText(tr("Call staff"))
        self.place_hall_name()

    def set_chip(self, key: str, text: str | None) -> None:
        """A small status chip; None removes it."""
        chip = self.chips.get(key)
        if text is None:
            if chip is not None:
                self.chip_row.removeWidget(chip)
                chip.hide()
                chip.deleteLater()
                del self.chips[key]
                self.place_hall_name()
            return
        if chip is None:
            chip = PlainLabel(role="chip")
            chip.setObjectName(f"chip_{key}")
            chip.setWordWrap(False)
            chip.hide()
            self.chips[key] = chip
            self.chip_row.addWidget(chip)
        chip.setText("⚠ " + text)
        self.place_hall_name()  # first: where it goes is chosen for its width
        chip.show()


class BottomBar(QFrame):
    """Signals: back_clicked(), home_clicked(), stop_clicked(), mic_clicked(), end_clicked()."""

    back_clicked = Signal()
    home_clicked = Signal()
    stop_clicked = Signal()
    mic_clicked = Signal()
    end_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bottomBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 10, 32, 10)
        row.setSpacing(14)
        self.back_button = button("backButton")
        self.back_button.clicked.connect(self.back_clicked)
        self.home_button = button("homeButton")
        self.home_button.clicked.connect(self.home_clicked)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        self.subtitle = PlainLabel(role="muted")
        self.subtitle.setObjectName("subtitleLabel")
        row.addWidget(self.subtitle, 1)
        self.stop_button = button("stopSpeakingButton")
        self.stop_button.clicked.connect(self.stop_clicked)
        self.stop_button.hide()
        row.addWidget(self.stop_button)
        self.mic_button = VoiceButton("micButton", 84)
        self.mic_button.clicked.connect(self._mic_tapped)
        row.addWidget(self.mic_button)
        self.end_button = button("endVisitButton")
        self.end_button.clicked.connect(self.end_clicked)
        row.addWidget(self.end_button)
        self._voice_reason = ""

    def show_for(self, screen: str, can_go_back: bool) -> None:
        """Chrome for ``screen``: none on the attract screen; the small mic except on home."""
        chrome = screen != "attract"
        self.setVisible(chrome)
        self.mic_button.setVisible(chrome and screen != "home")
        self.back_button.setEnabled(can_go_back or screen != "home")

    def set_state(self, state: str) -> None:
        """Listening shows on the mic; speaking offers the stop button."""
        self.mic_button.listening = state == "listening"
        self.mic_button.update()
        self.stop_button.setVisible(state == "speaking")

    def set_voice_available(self, ok: bool, reason: str) -> None:
        """Enable the mic, or grey it with a plain-words reason that a tap shows (a touch screen has no
        tooltips: a disabled mic did nothing at all, walk 10 defect 24)."""
        self._voice_reason = "" if ok else reason
        self.mic_button.available = ok
        self.mic_button.update()
        self.mic_button.setToolTip(reason if not ok else tr("Speak"))
        self.mic_button.setAccessibleDescription(self._voice_reason)

    def _mic_tapped(self) -> None:
        if self.mic_button.available:
            self.mic_clicked.emit()
        else:
            self.subtitle.setText(self._voice_reason or tr("Voice input is not available"))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.back_button.setText(tr("← Back"))
        self.home_button.setText(tr("Home"))
        self.end_button.setText(tr("Finish"))
        self.stop_button.setText(tr("■ Stop speaking"))
        self.mic_button.setToolTip(self._voice_reason or tr("Speak"))
