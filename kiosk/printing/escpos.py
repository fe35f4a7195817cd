"""ESC/POS print jobs built in memory with python-escpos (``Dummy``), sent later in one write.

Two modes:

- ``raster`` (default): the whole slip is one image drawn with the CJK font (``qt_render``) and
  sent as ``GS v 0`` raster blocks — independent of the printer's font ROM; the QR is in the image.
- ``text``: GB18030 bytes written by us through ``_raw`` (python-escpos's own encoding prints ``??``
  for Chinese punctuation), character-size commands for the big number and the printer's native QR
  (``GS ( k``) or an image QR.

Every job starts with ``ESC @`` (initialise) and ends with feed + ``GS V`` (cut).
"""

from __future__ import annotations

import copy
import logging
import unicodedata
from typing import Any

from escpos.printer import Dummy

from kiosk.printing.slips import BigNumber, Check, FloorMap, Qr, Rule, Slip, Text

_LOGGER = logging.getLogger(__name__)

INIT = b"\x1b@"
CUT_PREFIX = b"\x1dV"
RASTER = b"\x1dv0"
NATIVE_QR = b"\x1d(k"


def display_width(text: str) -> int:
    """Columns a string takes in font A: CJK/full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, columns: int) -> list[str]:
    """Split ``text`` into lines of at most ``columns`` display columns (CJK-aware, no word breaks)."""
    lines, line, width = [], "", 0
    for ch in text:
        w = display_width(ch)
        if width + w > columns and line:
            lines.append(line)
            line, width = "", 0
        line += ch
        width += w
    if line or not lines:
        lines.append(line)
    return lines


def _new(paper_px: int) -> Dummy:
    printer = Dummy()
    # The default profile has no paper width, and python-escpos then print()s warnings to stdout.
    data = copy.deepcopy(printer.profile.profile_data)
    data.setdefault("media", {})["width"] = {"pixels": paper_px, "mm": 80 if paper_px >= 480 else 58}
    data["media"]["dpi"] = 203
    printer.profile.profile_data = data
    printer.hw("INIT")
    return printer


def raster_job(image: Any, *, cut: bool = True) -> bytes:
    """A job printing one 1-bit PIL image (the rendered slip) as ``GS v 0`` raster."""
    printer = _new(image.width)
    printer.image(image, impl="bitImageRaster", center=False)
    if cut:
        printer.cut()
    return bytes(printer.output)


def _line(printer: Dummy, text: str) -> None:
    printer._raw(text.encode("gb18030", errors="replace") + b"\n")


def text_job(slip: Slip, *, paper_px: int = 576, native_qr: bool = True, cut: bool = True) -> bytes:
    """A job printing the slip as GB18030 text (needs a printer whose default code page is GB18030/GBK)."""
    columns = paper_px // 12  # font A is 12 dots wide: 48 columns on 80 mm, 32 on 58 mm
    printer = _new(paper_px)
    printer._raw(b"\x1c&")  # FS & : Chinese character mode
    for block in slip.blocks:
        if isinstance(block, Text):
            big = block.size == "large"
            printer.set(align="center" if block.center else "left", bold=block.bold,
                        double_height=big, double_width=big, normal_textsize=not big)
            for line in wrap(block.text, columns // (2 if big else 1)):
                _line(printer, line)
        elif isinstance(block, BigNumber):
            printer.set(align="center", bold=True, custom_size=True, width=4, height=4)
            _line(printer, block.text)
            printer.set(align="center", bold=True, normal_textsize=True)
            if block.note:
                _line(printer, f"【{block.note}】")
        elif isinstance(block, Check):
            printer.set(align="left", bold=False, normal_textsize=True)
            for line in wrap(f"□ {block.text}", columns):
                _line(printer, line)
            if block.detail:
                _line(printer, f"   {block.detail}")
        elif isinstance(block, Qr):
            printer.set(align="center", normal_textsize=True, bold=False)
            printer.qr(block.data, size=6 if paper_px >= 480 else 5, native=native_qr, center=not native_qr)
            if block.caption:
                for line in wrap(block.caption, columns):
                    _line(printer, line)
        elif isinstance(block, FloorMap):
            printer.set(align="center", bold=True, normal_textsize=True)
            _line(printer, block.label)
        elif isinstance(block, Rule):
            printer.set(align="left", normal_textsize=True, bold=False)
            _line(printer, "-" * columns)
    printer._raw(b"\x1c.")  # FS . : leave Chinese mode
    if cut:
        printer.cut()
    return bytes(printer.output)
