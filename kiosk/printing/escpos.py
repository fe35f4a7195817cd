"""ESC/POS print jobs built in memory with python-escpos (``Dummy``), sent later in one write.

Two modes:

- ``raster`` (default): the whole slip is one image drawn with the CJK font (``qt_render``) and
  sent as ``GS v 0`` raster blocks — independent of the printer's font ROM; the QR is in the image.
- ``text``: GB18030 bytes written by us through ``_raw`` (python-escpos's own encoding prints ``??``
  for Chinese punctuation), character-size commands for the big number and the printer's native QR
  (``GS ( k``) or an image QR.

Every job starts with ``ESC @`` (initialise) and ends with feed + ``GS V`` (cut).

A printer answers every ``DLE EOT n`` it finds in its receive stream at once, even inside image
data. :func:`realtime_safe` clears the one dot that makes such a byte sequence inside raster data
(the picture does not change visibly), so a job's only status answers are the ones we asked for;
:func:`realtime_count` counts any left (outside image data) for the transport to expect.
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
DLE_EOT = b"\x10\x04"
"""Real-time status request ``DLE EOT n`` (n = 1..4): answered on receipt with one status byte."""


def _realtime_at(job: bytes | bytearray, start: int = 0) -> int:
    """Index of the next ``DLE EOT n`` (n = 1..4) at or after ``start``, or -1."""
    while True:
        at = job.find(DLE_EOT, start)
        if at < 0 or at + 2 >= len(job):
            return -1
        if 1 <= job[at + 2] <= 4:
            return at
        start = at + 1


def realtime_count(job: bytes | bytearray) -> int:
    """How many ``DLE EOT n`` requests the printer will find in ``job`` (each gets one answer byte)."""
    count, at = 0, _realtime_at(job)
    while at >= 0:
        count += 1
        at = _realtime_at(job, at + 3)
    return count


def _raster_regions(job: bytes | bytearray) -> list[tuple[int, int]]:
    """(start, end) of the image data of every ``GS v 0 m xL xH yL yH`` block."""
    regions, at = [], job.find(RASTER)
    while at >= 0 and at + 8 <= len(job):
        width = int.from_bytes(job[at + 4:at + 6], "little")
        height = int.from_bytes(job[at + 6:at + 8], "little")
        start = at + 8
        end = min(len(job), start + width * height)
        regions.append((start, end))
        at = job.find(RASTER, end)
    return regions


def realtime_safe(job: bytes) -> bytes:
    """``job`` with every ``DLE EOT n`` that falls in raster image data broken by clearing one dot."""
    regions = _raster_regions(job)
    if not regions:
        return job
    out = bytearray(job)
    at = _realtime_at(out)
    while at >= 0:
        for byte in (at + 1, at + 2, at):  # the EOT byte (one dot), else n, else DLE
            if any(start <= byte < end for start, end in regions):
                out[byte] &= out[byte] - 1  # clear the lowest set bit: one dot less, never one more
                break
        else:
            at += 3  # not image data (a command's own bytes): leave it, realtime_count counts it
        at = _realtime_at(out, max(0, at - 2))
    if out != job:
        _LOGGER.debug("cleared %d chance DLE EOT sequences in raster data", realtime_count(job) - realtime_count(out))
    return bytes(out)


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
    return realtime_safe(bytes(printer.output))


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
    return realtime_safe(bytes(printer.output))
