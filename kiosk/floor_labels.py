"""Where a floor plan's own labels are: boxes that markers, tags and dots must not cover.

A floor plan SVG keeps its texts (zone names, window numbers, "主入口 Main Entrance", the floor's name) in
the layer ``labels`` (the whole drawing when there is none). The map screen and the printed slip place
their "you are here" tag, target tag and dots off these boxes, and the map screen lays a light patch under
a label the route passes beneath. Boxes are fractions (0..1) of the plan's view box; text widths are
estimated from the characters (a CJK character one em, others 0.6 em), which is close for Noto Sans CJK.
"""

from __future__ import annotations

import logging
import unicodedata
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

_LOGGER = logging.getLogger(__name__)
_SVG = "{http://www.w3.org/2000/svg}"
MAX_BYTES = 5_000_000
"""A plan larger than this is not read for labels (nothing is kept clear)."""

Box = tuple[float, float, float, float]
"""(left, top, right, bottom) as fractions of the plan's width and height."""


def _float(value: str | None, default: float = 0.0) -> float:
    try:
        return float((value or "").strip().removesuffix("px"))
    except ValueError:
        return default


def text_width_em(text: str) -> float:
    """Estimated width of ``text`` in ems."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text)


def label_boxes(svg_path: Path | str | None) -> tuple[Box, ...]:
    """The plan's label boxes (texts and the frames in its ``labels`` layer); () when unreadable."""
    if not svg_path:
        return ()
    path = Path(svg_path)
    try:
        stat = path.stat()
    except OSError:
        return ()
    return _boxes(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _boxes(path: str, _mtime: int, size: int) -> tuple[Box, ...]:
    if size > MAX_BYTES:
        return ()
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - the catalog's own plan, size-checked
    except (ET.ParseError, OSError, ValueError) as exc:
        _LOGGER.warning("plan %s: labels not read (%s)", path, exc)
        return ()
    view = [_float(v) for v in (root.get("viewBox") or "").replace(",", " ").split()]
    if len(view) != 4 or view[2] <= 0 or view[3] <= 0:
        view = [0.0, 0.0, _float(root.get("width"), 1.0) or 1.0, _float(root.get("height"), 1.0) or 1.0]
    vx, vy, vw, vh = view
    layer = next((g for g in root.iter(f"{_SVG}g") if g.get("id") == "labels"), root)
    boxes: list[Box] = []
    for node in layer.iter():
        tag = node.tag.removeprefix(_SVG)
        if tag == "text":
            text = "".join(node.itertext()).strip()
            if not text:
                continue
            size_px = _float(node.get("font-size"), 16.0)
            width = text_width_em(text) * size_px
            x, y = _float(node.get("x")), _float(node.get("y"))
            anchor = node.get("text-anchor", "start")
            left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
            top, bottom = y - 0.92 * size_px, y + 0.25 * size_px
            boxes.append((left, top, left + width, bottom))
        elif tag == "rect" and layer is not root:
            x, y = _float(node.get("x")), _float(node.get("y"))
            boxes.append((x, y, x + _float(node.get("width")), y + _float(node.get("height"))))
    return tuple(((a - vx) / vw, (b - vy) / vh, (c - vx) / vw, (d - vy) / vh) for a, b, c, d in boxes)
