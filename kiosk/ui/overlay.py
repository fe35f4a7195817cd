"""A modal panel over the current screen (shaded background), and the idle countdown panel."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.dialog_size import fit, hold_wrapped_heights
from kiosk.ui.text import tr
from kiosk.ui.widgets import PlainLabel, button


class OverlayHost(QWidget):
    """Covers its parent; shows one panel at a time, centred.

    Signals:
        backdrop_tapped(): a tap on the shade around the panel (not on the panel itself).
    """

    backdrop_tapped = Signal()

    def __init__(self, parent: QWidget, name: str = "overlay") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        shade = QWidget(self)
        shade.setObjectName("overlayShade")
        shade.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._shade = shade
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        # no alignment of the layout itself: it would cap a panel at its size hint height (QLayout::alignmentRect
        # never grows a panel to the height its wrapped texts need at the width it gets); the item is centred
        self._layout = layout
        self.widget: QWidget | None = None
        self.large = False
        """True when the visit is in large text: panels are shown at that size."""
        self.hide()

    def set_large(self, large: bool) -> None:
        """Follow the visit's text size (the panel shown, if any, too)."""
        self.large = large
        if self.widget is not None:
            self._fit(self.widget)
            hold_wrapped_heights(self.widget)

    def _fit(self, widget: QWidget) -> None:
        margins = self._layout.contentsMargins()
        room = cast(QWidget, self.parentWidget()).size().shrunkBy(margins)
        fit(widget, self.large, room)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Keep the shade full size."""
        self._shade.setGeometry(self.rect())
        super().resizeEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A tap on the shade (the panel takes its own taps)."""
        event.accept()
        self.backdrop_tapped.emit()

    def open(self, widget: QWidget) -> None:
        """Show ``widget`` (replacing any panel shown before)."""
        self.close_panel()
        QGuiApplication.inputMethod().hide()  # the on-screen keyboard is a window of its own: it would cover the panel
        self.widget = widget
        self._fit(widget)
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
        widget.show()
        hold_wrapped_heights(widget)
        self.setGeometry(cast(QWidget, self.parentWidget()).rect())
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        """Hide and delete the panel shown."""
        if self.widget is not None:
            self._layout.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
            self.widget = None
        self.hide()


class IdleCountdown(QFrame):
    """"Are you still there?" with a visible countdown and a Continue button.

    Signals:
        continued(): the visitor tapped Continue.
        expired(): the countdown reached zero.
    """

    continued = Signal()
    expired = Signal()

    def __init__(self, seconds: int, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayPanel")
        self.setMinimumWidth(760)
        self.remaining = seconds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        self.title = PlainLabel(tr("Are you still there?"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.count = PlainLabel("", "headline")
        self.count.setObjectName("idleCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note = PlainLabel(tr("For your privacy the screen will be cleared."), "muted")
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.button = button("continueButton", "primary")
        self.button.setText(tr("Continue"))
        self.button.clicked.connect(self.continued)
        for w in (self.title, self.count, self.note, self.button):
            layout.addWidget(w)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._show_count()
        self._timer.start()

    def _show_count(self) -> None:
        self.count.setText(tr("{0} s").format(self.remaining))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._timer.stop()
            self.expired.emit()
            return
        self._show_count()
