"""The citizen's ticket panels: confirmation (取号确认), the ticket screen with the big number and QR,
and the 打印办事指南 panel (with the guide's QR whenever nothing comes out of a printer).

They are plain panels for ``MainWindow.show_overlay``; they only show what they are given and emit
what the citizen tapped. :mod:`kiosk.ui.tickets_wiring` does the issuing and printing.

Citizens only ever read plain words here (``打印机暂时不能用，请记下号码或扫码``); the technical
detail of a fault (address, port, what the printer said) goes to the staff alerts and the log.
Print outcomes are the ``outcome`` of :class:`kiosk.printing.service.Printed` / ``PrintFailed``:
``printed`` (the printer said so after the job), ``unconfirmed`` (sent to a printer that cannot
tell), ``test`` (the pdf:// test printer: no paper), ``failed`` and ``none`` (no printer configured).
"""

from __future__ import annotations

import logging

import segno
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.printing.service import Printed, PrintFailed
from kiosk.printing.status import PrinterStatus
from kiosk.ui.text import tr_in
from kiosk.ui.widgets import PlainLabel, button

_LOGGER = logging.getLogger(__name__)
TAP_HOLD_MS = 800
"""How long a panel opened by a tap ignores taps on its buttons: an elderly visitor's double tap on 确认取号
(two taps ~300 ms apart) landed its second tap on the number screen's 完成, in the same place, and the
number was gone before it was seen (Xvfb walk 12, defect 3)."""
_TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
         QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)

WORDS = {
    "confirm_title": QT_TRANSLATE_NOOP("TicketView", "Take a number"),
    "windows": QT_TRANSLATE_NOOP("TicketView", "Window {w}  {where}"),
    "ahead": QT_TRANSLATE_NOOP("TicketView", "{n} people ahead, about {m} min wait"),
    "ahead_one": QT_TRANSLATE_NOOP("TicketView", "1 person ahead, about {m} min wait"),
    "ahead_none": QT_TRANSLATE_NOOP("TicketView", "Nobody is waiting; go to the window after taking your number"),
    "normal": QT_TRANSLATE_NOOP("TicketView", "Standard"),
    "priority": QT_TRANSLATE_NOOP("TicketView", "Priority lane"),
    "priority_note": QT_TRANSLATE_NOOP("TicketView", "Priority lane: elderly, disabled and pregnant visitors"),
    "take": QT_TRANSLATE_NOOP("TicketView", "Take number"),
    "cancel": QT_TRANSLATE_NOOP("TicketView", "Cancel"),
    "your_number": QT_TRANSLATE_NOOP("TicketView", "Your number"),
    "printing": QT_TRANSLATE_NOOP("TicketView", "Printing…"),
    "printed": QT_TRANSLATE_NOOP("TicketView", "Printed — please take your ticket"),
    "unconfirmed": QT_TRANSLATE_NOOP("TicketView", "Sent to the printer — please take your ticket; if none comes out, note your number"),
    "test": QT_TRANSLATE_NOOP("TicketView", "This is a test printer and prints no paper: please note your number"),
    "failed": QT_TRANSLATE_NOOP("TicketView", "The printer is not working right now: please note your number or scan the code. Your number is still valid"),
    "none": QT_TRANSLATE_NOOP("TicketView", "This kiosk has no printer: please note your number. It is still valid"),
    "guide": QT_TRANSLATE_NOOP("TicketView", "Print service guide"),
    "guide_printing": QT_TRANSLATE_NOOP("TicketView", "Printing the service guide…"),
    "guide_printed": QT_TRANSLATE_NOOP("TicketView", "Service guide printed — please take it"),
    "guide_unconfirmed": QT_TRANSLATE_NOOP("TicketView", "The guide was sent to the printer; if nothing comes out, scan the QR code"),
    "guide_test": QT_TRANSLATE_NOOP("TicketView", "This is a test printer and prints no paper: scan the QR code for the guide"),
    "guide_failed": QT_TRANSLATE_NOOP("TicketView", "The printer is not working right now: scan the QR code for the guide"),
    "guide_none": QT_TRANSLATE_NOOP("TicketView", "This kiosk has no printer: scan the QR code for the guide"),
    "guide_scan": QT_TRANSLATE_NOOP("TicketView", "Scan for the service guide"),
    "chip_failed": QT_TRANSLATE_NOOP("TicketView", "Printer not working"),
    "chip_none": QT_TRANSLATE_NOOP("TicketView", "No printer"),
    "chip_test": QT_TRANSLATE_NOOP("TicketView", "Test printer (no paper)"),
    "reprint": QT_TRANSLATE_NOOP("TicketView", "Print the number slip again"),
    "guide_again": QT_TRANSLATE_NOOP("TicketView", "Print the service guide again"),
    "done": QT_TRANSLATE_NOOP("TicketView", "Done"),
    "scan": QT_TRANSLATE_NOOP("TicketView", "Scan for the service guide and queue status"),
    "issue_failed": QT_TRANSLATE_NOOP("TicketView", "A number cannot be issued right now — please ask staff"),
    "printer_warn": QT_TRANSLATE_NOOP("TicketView", "The printer is not working now: you can still take a number; it stays on screen — please note it"),
    "printer_none": QT_TRANSLATE_NOOP("TicketView", "This kiosk has no printer: you can still take a number; it stays on screen — please note it"),
    "printer_test": QT_TRANSLATE_NOOP("TicketView", "This kiosk has a test printer that prints no paper: please note your number"),
}
"""The panel texts: English sources of the Qt Linguist context "TicketView" (kiosk/ui/i18n)."""


def ahead_text(w: dict[str, str], people_ahead: int, wait_min: int) -> str:
    """"3 people ahead, about 12 min wait" in the panel's words ``w``; one person is singular, nobody says so."""
    if not people_ahead:
        return w["ahead_none"]
    return w["ahead_one" if people_ahead == 1 else "ahead"].format(n=people_ahead, m=max(1, wait_min))


def words(language: str) -> dict[str, str]:
    """The panel texts in ``language`` (Chinese when unknown)."""
    return {key: tr_in(language if language in ("zh", "en") else "zh", "TicketView", str(text)) for key, text in WORDS.items()}


class QrView(QWidget):
    """A QR code drawn on screen (black modules on white, with the quiet zone)."""

    def __init__(self, data: str = "", side: int = 240, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketQr")
        self._side = side
        self.setFixedSize(side, side)
        self.data = ""
        self._matrix: tuple = ()
        self.set_data(data)

    def set_data(self, data: str) -> None:
        """Show a new QR code."""
        self.data = data
        self._matrix = segno.make(data, error="m", boost_error=False).matrix if data else ()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Square."""
        return QSize(self._side, self._side)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Draw the modules."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self._matrix:
            count = len(self._matrix) + 8
            module = self.width() / count
            black = QColor("black")
            for r, row in enumerate(self._matrix):
                for c, dark in enumerate(row):
                    if dark:
                        painter.fillRect(QRectF((c + 4) * module, (r + 4) * module, module + 0.5, module + 0.5), black)
        painter.end()


class TicketNumber(QLabel):
    """The big ticket number, exactly as tall as its glyphs (plus a little air).

    A plain label reserves the font's whole line height: with the CJK font at 224 px (large text) that is
    325 px, and a landscape ticket panel in English large text squeezed it to 129 px, cutting the number in
    half. Drawn from its tight bounds, the number needs about half of that and is never squeezed (fixed
    height)."""

    AIR = 8

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def _ink(self) -> QRect:
        return self.fontMetrics().tightBoundingRect(self.text() or "0")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The glyphs' box and the air around it."""
        self.ensurePolished()
        ink = self._ink()
        return QSize(ink.width() + 2 * self.AIR, ink.height() + 2 * self.AIR)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never smaller than the glyphs."""
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The text with its ink's top-left at the air's corner."""
        ink = self._ink()
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.AIR - ink.left(), self.AIR - ink.top(), self.text())
        painter.end()


def _panel(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("overlayPanel")
    frame.setProperty("panel", name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(48, 40, 48, 40)
    layout.setSpacing(20)
    return frame, layout


class TicketConfirmPanel(QFrame):
    """Service, windows, people ahead, normal / 绿色通道 choice, 确认取号 / 取消.

    Signals:
        confirmed(bool): the citizen confirmed; True for a priority (绿色通道) ticket.
        cancelled(): the citizen tapped 取消.
        priority_changed(bool): the lane choice changed (refresh the people-ahead line).
    """

    confirmed = Signal(bool)
    cancelled = Signal()
    priority_changed = Signal(bool)

    def __init__(self, service_name: str, windows: str, where: str, language: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayPanel")
        self.setMinimumWidth(900)
        self.setMaximumWidth(1100)
        self.w = words(language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 44, 56, 44)
        layout.setSpacing(22)
        layout.addWidget(PlainLabel(self.w["confirm_title"], "muted"))
        self.service = PlainLabel(service_name, "headline")
        self.service.setObjectName("confirmService")
        layout.addWidget(self.service)
        self.windows = PlainLabel(self.w["windows"].format(w=windows, where=where), "title")
        layout.addWidget(self.windows)
        self.ahead = PlainLabel("", "title")
        self.ahead.setObjectName("confirmAhead")
        layout.addWidget(self.ahead)
        lanes = QHBoxLayout()
        lanes.setSpacing(20)
        self.normal_button = button("laneNormal")
        self.priority_button = button("lanePriority")
        self.normal_button.setText(self.w["normal"])
        self.priority_button.setText(self.w["priority"])
        self.group = QButtonGroup(self)
        for lane in (self.normal_button, self.priority_button):
            lane.setCheckable(True)
            lane.setMinimumHeight(96)
            lane.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(lane)
            lanes.addWidget(lane)
        self.normal_button.setChecked(True)
        self.group.buttonToggled.connect(self._lane_toggled)
        layout.addLayout(lanes)
        self._restyle_lanes()
        layout.addWidget(PlainLabel(self.w["priority_note"], "muted"))
        self.warning = PlainLabel("", "chip")
        self.warning.setObjectName("printerWarning")
        self.warning.hide()
        self._printer_warning = self._ticket_warning = ""
        layout.addWidget(self.warning)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        self.cancel_button = button("ticketCancel")
        self.cancel_button.setText(self.w["cancel"])
        self.take_button = button("ticketConfirm", "primary")
        self.take_button.setText(self.w["take"])
        for action in (self.cancel_button, self.take_button):
            action.setMinimumHeight(100)
            action.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        actions.addWidget(self.cancel_button, 1)
        actions.addWidget(self.take_button, 2)
        layout.addLayout(actions)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.take_button.clicked.connect(self._confirm)
        self.tap_hold = TapHold([self.normal_button, self.priority_button, self.cancel_button, self.take_button], self)
        """A double tap on 取号 does not take a number with its second tap."""

    @property
    def priority(self) -> bool:
        """True when 绿色通道 is chosen."""
        return self.priority_button.isChecked()

    def set_position(self, people_ahead: int, wait_min: int) -> None:
        """Show where a new ticket would stand."""
        self.ahead.setText(ahead_text(self.w, people_ahead, wait_min))

    def set_printer_warning(self, text: str | None) -> None:
        """Warn (before a number is issued) that the printer cannot print; None withdraws that warning."""
        self._printer_warning = text or ""
        self._show_warnings()

    def set_ticket_warning(self, text: str | None) -> None:
        """Warn that no number can be issued now (the queue is away, or the issue failed); None withdraws it.

        Kept apart from the printer's warning: a printer check that ends after a failed issue must not wipe
        the citizen's "暂时无法取号"."""
        self._ticket_warning = text or ""
        self._show_warnings()

    def _show_warnings(self) -> None:
        text = "\n".join(t for t in (self._ticket_warning, self._printer_warning) if t)
        self.warning.setVisible(bool(text))
        self.warning.setText(text)

    def show_printer_status(self, status: PrinterStatus) -> None:
        """Warn in plain words when there is no printer, a test printer, or one that cannot print."""
        key = {"none": "printer_none", "test": "printer_test"}.get(status.state)
        if key is None and not status.can_print:
            key = "printer_warn"
        self.set_printer_warning(self.w[key] if key else None)

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while the number is being issued."""
        for widget in (self.take_button, self.cancel_button, self.normal_button, self.priority_button):
            widget.setEnabled(not busy)

    def _confirm(self) -> None:
        self.set_busy(True)
        self.confirmed.emit(self.priority)

    def _lane_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._restyle_lanes()
            self.priority_changed.emit(self.priority)

    def _restyle_lanes(self) -> None:
        for lane in (self.normal_button, self.priority_button):
            lane.setProperty("kind", "primary" if lane.isChecked() else None)
            lane.style().unpolish(lane)
            lane.style().polish(lane)


class TicketPanel(QFrame):
    """The issued ticket: big number, service, window, floor, people ahead, wait, QR and print status.

    Signals:
        guide_requested(): 打印办事指南 tapped.
        reprint_requested(): 重新打印 tapped (shown after a print failure).
        done(): 完成 tapped.
    """

    guide_requested = Signal()
    reprint_requested = Signal()
    done = Signal()

    def __init__(self, *, number: str, priority: bool, service_name: str, windows: str, where: str,
                 people_ahead: int, wait_min: int, qr_data: str, language: str = "zh",
                 portrait: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayPanel")
        self.setMinimumWidth(900 if portrait else 1200)
        self.setMaximumWidth(960 if portrait else 1500)
        self.w = words(language)
        outer = QVBoxLayout(self) if portrait else QHBoxLayout(self)
        outer.setContentsMargins(56, 44, 56, 44)
        outer.setSpacing(48)
        left = QVBoxLayout()
        left.setSpacing(14)
        heading = QHBoxLayout()  # the lane beside "your number": a line less for the number's room
        heading.setSpacing(20)
        heading.addWidget(PlainLabel(self.w["your_number"], "muted"), 0)
        self.lane = PlainLabel(self.w["priority"] if priority else "", "chip")
        self.lane.setVisible(priority)
        heading.addWidget(self.lane, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addStretch(1)
        left.addLayout(heading)
        self.number = TicketNumber(number)
        self.number.setObjectName("ticketNumber")
        self.number.setStyleSheet("font-size: 168px; font-weight: 900; color: #17478f;")
        left.addWidget(self.number)
        self.service = PlainLabel(service_name, "headline")
        left.addWidget(self.service)
        self.windows = PlainLabel(self.w["windows"].format(w=windows, where=where), "title")
        left.addWidget(self.windows)
        ahead = ahead_text(self.w, people_ahead, wait_min)
        self.ahead = PlainLabel(ahead, "title")
        left.addWidget(self.ahead)
        self.status = PlainLabel(self.w["printing"], "title")
        self.status.setObjectName("printStatus")
        left.addWidget(self.status)
        left.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(20)
        self.guide_button = button("printGuide")
        self.guide_button.setText(self.w["guide"])
        self.reprint_button = button("reprintTicket")
        self.reprint_button.setText(self.w["reprint"])
        self.reprint_button.hide()
        self.done_button = button("ticketDone", "primary")
        self.done_button.setText(self.w["done"])
        for action in (self.guide_button, self.reprint_button, self.done_button):
            action.setMinimumHeight(96)
            actions.addWidget(action)
        if not portrait:
            left.addLayout(actions)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addStretch(1)
        self.qr = QrView(qr_data, 300)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = PlainLabel(self.w["scan"], "muted")
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        caption.setFixedWidth(320)
        right.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addStretch(1)
        outer.addLayout(right, 1)
        if portrait:
            outer.addLayout(actions)
        self.guide_button.clicked.connect(self.guide_requested.emit)
        self.reprint_button.clicked.connect(self.reprint_requested.emit)
        self.done_button.clicked.connect(self.done.emit)
        self.tap_hold = TapHold([self.guide_button, self.reprint_button, self.done_button], self)
        """A double tap on 确认取号 does not close the number with its second tap."""
        self.print_state = "printing"
        self._lines = {"ticket": self.w["printing"], "guide": ""}
        """What the status says of each slip: a failed guide never replaces the ticket's "note your number"."""

    def show_print_event(self, event: Printed | PrintFailed) -> None:
        """Show a print result (its ``outcome``) for the ticket or the guide."""
        self.set_print_state(event.outcome, event.kind)

    def set_print_state(self, state: str, kind: str = "ticket") -> None:
        """``printing`` | ``printed`` | ``unconfirmed`` | ``test`` | ``failed`` | ``none`` for the ticket
        (or ``kind="guide"``)."""
        prefix = "" if kind == "ticket" else "guide_"
        self._lines["ticket" if kind == "ticket" else "guide"] = self.w.get(f"{prefix}{state}", self.w[f"{prefix}failed"])
        self.status.setText("\n".join(line for line in self._lines.values() if line))
        warn = self.print_state in ("failed", "none", "test", "unconfirmed") or state in (
            "failed", "none", "test", "unconfirmed")
        self.status.setStyleSheet("color: #9a3412;" if warn else "color: #1a1f29;")
        if state == "none":
            self.guide_button.hide()  # nothing to print on: the QR on screen is the guide
        if kind != "ticket":  # the guide button says what it prints (again)
            self.guide_button.setText(self.w["guide_again" if state == "failed" else "guide"])
        if kind == "ticket":
            self.print_state = state
            self.reprint_button.setVisible(state == "failed")
            self.reprint_button.setEnabled(True)


class GuidePrintPanel(QFrame):
    """A small panel for 打印办事指南 from the service card: printing / printed / failed, then closes.

    Whenever no paper comes out (failed, no printer, test printer, unconfirmed) it shows the guide's
    QR code (``qr_data``, the slip's own link), because its text says "可扫码查看".

    The panel keeps one size from the moment it opens: the QR code's place is kept while it is hidden and
    the status holds the height of its longest text. It used to grow when the print result came (a
    printer that is down answers within the connect timeout), and 完成 moved 176 px down from under the
    citizen's finger: a tap aimed at it right after the panel opened landed on the QR code (Xvfb walk 13).

    Signals:
        done(): the citizen closed it.
    """

    done = Signal()

    def __init__(self, service_name: str, language: str = "zh", qr_data: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayPanel")
        self.setMinimumWidth(760)
        self.w = words(language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        layout.addWidget(PlainLabel(service_name, "headline"))
        self.status = PlainLabel(self.w["guide_printing"], "title")
        self.status.setObjectName("guideStatus")
        layout.addWidget(self.status)
        self.qr = QrView(qr_data, 280)
        self.qr.setObjectName("guideQr")
        self.qr_caption = PlainLabel(self.w["guide_scan"], "muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for kept in (self.qr, self.qr_caption):  # hidden, they keep their place: nothing below them moves
            policy = kept.sizePolicy()
            policy.setRetainSizeWhenHidden(bool(self.qr.data))
            kept.setSizePolicy(policy)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.qr_caption)
        self._show_qr(False)
        self.done_button = button("guideDone", "primary")
        self.done_button.setText(self.w["done"])
        self.done_button.setMinimumHeight(96)
        layout.addWidget(self.done_button)
        self.done_button.clicked.connect(self.done.emit)
        self.tap_hold = TapHold([self.done_button], self)  # a double tap on 打印办事指南 leaves it open
        self.print_state = "printing"

    def _show_qr(self, shown: bool) -> None:
        shown = shown and bool(self.qr.data)
        self.qr.setVisible(shown)
        self.qr_caption.setVisible(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Hold the status's height for the longest text it may show at this width."""
        super().resizeEvent(event)
        self._hold_status_height()

    def _hold_status_height(self) -> None:
        status = self.status
        status.ensurePolished()
        width = max(1, status.width())
        shown = status.text()
        need = 0
        for key, text in self.w.items():
            if key.startswith("guide_") and key != "guide_scan":
                status.setText(text)
                need = max(need, status.heightForWidth(width))
        status.setText(shown)
        if need > status.minimumHeight():
            status.setMinimumHeight(need)

    def show_print_event(self, event: Printed | PrintFailed) -> None:
        """Show a print result (its ``outcome``)."""
        self.set_print_state(event.outcome)

    def set_print_state(self, state: str, kind: str = "guide") -> None:
        """``printing`` | ``printed`` | ``unconfirmed`` | ``test`` | ``failed`` | ``none``."""
        self.print_state = state
        self.status.setText(self.w.get(f"guide_{state}", self.w["guide_failed"]))
        self._show_qr(state not in ("printing", "printed"))


class TapHold(QObject):
    """Buttons that ignore taps for :data:`TAP_HOLD_MS` after a panel opens (nothing greys or moves: the
    panel reads as it will stay). ``held`` is True until then."""

    def __init__(self, buttons: list[QWidget], parent: QObject, ms: int = TAP_HOLD_MS) -> None:
        super().__init__(parent)
        self.held = True
        self._buttons = buttons
        for target in buttons:
            target.installEventFilter(self)
        QTimer.singleShot(ms, self, self.release)

    def release(self) -> None:
        """Taps count again."""
        self.held = False
        for target in self._buttons:
            target.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Swallow a tap (press, release, touch) while held."""
        return self.held and event.type() in _TAPS
