"""Dialogs at the visit's text size, inside the screen (issue 13 item 10).

The window's style sheet follows large-text mode, but a dialog that brings its own style sheet (the
citizen panels of the staff area: 工作人员马上到, the rating, the thank-you) or its own pixel sizes (the
ticket number) stayed at normal size. :func:`fit` is called by the overlay each time it shows a panel:

* a citizen panel (``citizenPanel`` / ``overlayPanel``) has every ``font-size`` / ``min-height`` /
  ``min-width`` / ``max-width`` / ``letter-spacing`` pixel figure of its own style sheets (its own and its
  children's) and its width limits scaled by the theme's large/normal body ratio — from the figures it was
  built with, so going back to normal text restores them;
* every panel (staff ones too) is kept no wider and no taller than the room the overlay has: the rating
  panel was built 1300 px wide, more than a portrait screen; a panel built wider than the room (the
  1780 px staff panel on a 1080 px portrait screen) takes nine tenths of the room's height instead, so its
  wrapped texts are not cut off.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui import theme

CITIZEN_PANELS = frozenset({"citizenPanel", "overlayPanel"})
"""Object names of the panels citizens read (staff panels keep their size)."""
QT_MAX = 16_777_215
_FIGURES = re.compile(r"\b(font-size|min-height|min-width|max-width|letter-spacing)(\s*:\s*)(\d+)px")
_SHEET, _WIDTHS, _FIXED = "normalStyleSheet", "normalWidths", "normalFixedWidth"


def scale(large: bool) -> float:
    """How much bigger large text is than normal text (1.0 for normal)."""
    return theme.LARGE.body / theme.NORMAL.body if large else 1.0


def scale_sheet(sheet: str, factor: float) -> str:
    """``sheet`` with its pixel sizes multiplied by ``factor``."""
    if factor == 1.0:
        return sheet
    return _FIGURES.sub(lambda m: f"{m.group(1)}{m.group(2)}{round(int(m.group(3)) * factor)}px", sheet)


def _restyle(widget: QWidget, factor: float) -> None:
    base = widget.property(_SHEET)
    if base is None:
        base = widget.styleSheet()
        widget.setProperty(_SHEET, base)
    if base and _FIGURES.search(base):
        widget.setStyleSheet(scale_sheet(str(base), factor))


def _scaled_width(figure: int, factor: float, room: int) -> int:
    if figure >= QT_MAX:
        return room
    return min(round(figure * factor), room)


def fit(panel: QWidget, large: bool, room: QSize) -> None:
    """Size ``panel`` for the text size and keep it within ``room`` (the overlay's inner size)."""
    widths = panel.property(_WIDTHS)
    if widths is None:
        widths = [panel.minimumWidth(), panel.maximumWidth(), panel.minimumHeight()]
        panel.setProperty(_WIDTHS, widths)
    least, most, low = int(widths[0]), int(widths[1]), int(widths[2])
    factor = scale(large) if panel.objectName() in CITIZEN_PANELS else 1.0
    if factor != 1.0 or panel.property(_SHEET) is not None:
        for widget in (panel, *panel.findChildren(QWidget)):
            _restyle(widget, factor)
    room_w = max(1, room.width())
    panel.setMinimumWidth(_scaled_width(least, factor, room_w))
    panel.setMaximumWidth(max(panel.minimumWidth(), _scaled_width(most, factor, room_w)))
    panel.setMaximumHeight(max(1, room.height()))
    if least > room_w and low > 0:  # built wider and tall (the staff panel on a portrait screen): take the height
        panel.setMinimumHeight(min(room.height(), max(low, round(room.height() * 0.9))))
    else:
        panel.setMinimumHeight(min(low, room.height()))
    if factor != 1.0 or panel.property(_SHEET) is not None:
        for child in panel.findChildren(QWidget):
            _fit_fixed_width(child, factor, room_w)
    reflow = getattr(panel, "fit_width", None)
    if callable(reflow):
        reflow(panel.maximumWidth())


def _fit_fixed_width(widget: QWidget, factor: float, room: int) -> None:
    """A child built at a fixed width (a caption beside the QR code) grows with the text (its height:
    :func:`hold_wrapped_heights`)."""
    fixed = widget.property(_FIXED)
    if fixed is None:
        fixed = widget.minimumWidth() if 0 < widget.minimumWidth() == widget.maximumWidth() else 0
        widget.setProperty(_FIXED, fixed)
    if not fixed:
        return
    widget.setFixedWidth(_scaled_width(int(fixed), factor, room))


def hold_wrapped_heights(panel: QWidget) -> None:
    """Give each wrapped label of a shown ``panel`` that has a fixed width the height its text needs there.

    A layout asks a label its height for the *layout's* width, not for the label's own fixed width, so a
    caption wrapped onto two lines beside (or under) the QR code got one line's height. Called once the
    panel is shown in the overlay: measured before, the label still had the font of the style sheet it was
    built with, not the overlay's (large text), and the second line was cut (Xvfb walk 10, defect 6)."""
    for label in panel.findChildren(QLabel):
        fixed = 0 < label.minimumWidth() == label.maximumWidth()
        if fixed and label.wordWrap() and label.isVisibleTo(panel):
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(label.width()))
