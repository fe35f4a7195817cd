"""What is printed: the queue ticket and the guidance slip (办事指南) as plain blocks, Qt-free.

A :class:`Slip` is a list of blocks (text, the big number, a checkbox line, a QR code, a small floor
map, rules). Renderers turn it into pixels (``qt_render``: raster image or PDF) or into GB18030 text
(``escpos`` text mode); the content is decided once, here, in Chinese or English.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from kiosk.catalog import LoadedCatalog, Service, localized, localized_list
from kiosk.route import route_to

_LOGGER = logging.getLogger(__name__)

PAPER_PX = {58: 384, 80: 576}
"""Printable width in dots (203 dpi) of 58 mm and 80 mm thermal paper."""

Size = Literal["small", "normal", "large", "huge"]


@dataclass(frozen=True)
class Text:
    """A paragraph (wrapped to the paper width)."""

    text: str
    size: Size = "normal"
    bold: bool = False
    center: bool = False


@dataclass(frozen=True)
class BigNumber:
    """The queue number, as large as the paper allows."""

    text: str
    note: str = ""
    """A short mark under the number, e.g. 绿色通道."""


@dataclass(frozen=True)
class Check:
    """One checklist line with an empty box to tick."""

    text: str
    detail: str = ""
    """e.g. 原件 1 · 复印件 2."""


@dataclass(frozen=True)
class Qr:
    """A QR code (drawn as an image, or the printer's native QR in text mode)."""

    data: str
    caption: str = ""


@dataclass(frozen=True)
class FloorMap:
    """A small floor plan with the window marked."""

    svg_path: str | None
    x: float
    y: float
    label: str
    here: tuple[float, float] | None = None
    """The kiosk's own position when it stands on the same floor."""
    route: tuple[tuple[float, float], ...] = ()
    """The walkway route on this floor (:func:`kiosk.route.route_to`, the one the map screen shows)."""


@dataclass(frozen=True)
class Rule:
    """A horizontal line."""


Block = Text | BigNumber | Check | Qr | FloorMap | Rule


@dataclass(frozen=True)
class Slip:
    """A printable slip."""

    kind: Literal["ticket", "guide"]
    name: str
    """File-name friendly id, e.g. ``ticket-A023``."""
    language: Literal["zh", "en"]
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def text_lines(self) -> list[str]:
        """Plain text of every block (tests, logs, the PDF's text layer check)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, (Text, BigNumber)):
                out.append(block.text)
            elif isinstance(block, Check):
                out.append(f"□ {block.text} {block.detail}".rstrip())
            elif isinstance(block, Qr) and block.caption:
                out.append(block.caption)
            elif isinstance(block, FloorMap):
                out.append(block.label)
        return out


_WORDS = {
    "zh": {
        "service": "办理事项",
        "window": "窗口",
        "floor": "位置",
        "ahead": "前面还有 {n} 人",
        "wait": "预计等候约 {m} 分钟",
        "next": "马上就到您，请留意叫号",
        "issued": "取号时间",
        "priority": "绿色通道",
        "keep": "请妥善保管此票，过号请到窗口咨询",
        "qr": "扫码查看办事指南与排队进度",
        "guide": "办事指南",
        "materials": "所需材料（请逐项核对）",
        "original": "原件",
        "copies": "复印件 {n} 份",
        "optional": "（如需）",
        "conditions": "办理条件",
        "fee": "收费",
        "limit": "办理时限",
        "hours": "办理时间",
        "online": "网上办理",
        "updated": "信息更新于",
        "where": "办理地点",
        "here": "您在这里",
    },
    "en": {
        "service": "Service",
        "window": "Window",
        "floor": "Where",
        "ahead": "{n} people ahead of you",
        "wait": "Estimated wait about {m} min",
        "next": "You are next, please watch the screen",
        "issued": "Issued",
        "priority": "Priority lane",
        "keep": "Keep this ticket; if you miss your call, ask at the window",
        "qr": "Scan for the service guide and queue status",
        "guide": "Service guide",
        "materials": "Materials (tick each one)",
        "original": "original",
        "copies": "{n} copies",
        "optional": " (if needed)",
        "conditions": "Conditions",
        "fee": "Fee",
        "limit": "Time limit",
        "hours": "Hours",
        "online": "Online",
        "updated": "Updated",
        "where": "Where to go",
        "here": "You are here",
    },
}


def qr_link(template: str, *, service_id: str, number: str = "", hall_id: str = "") -> str:
    """Fill the QR URL template ({service_id}, {number}, {hall_id}); a bad template gives the raw text."""
    try:
        return template.format(service_id=service_id, number=number, hall_id=hall_id)
    except (KeyError, IndexError, ValueError):
        _LOGGER.warning("bad tickets.qr_url template %r; printing it unfilled", template)
        return template


def _name(item: object, language: str) -> str:
    return localized(item, "name", language)


def where_text(loaded: LoadedCatalog, service: Service, language: str) -> tuple[str, str]:
    """("A1、A2", "一楼 A区") — the service's windows and their floors/zones."""
    catalog = loaded.catalog
    windows = catalog.service_windows(service)
    sep = "、" if language == "zh" else ", "
    ids = sep.join(w.id for w in windows)
    places: list[str] = []
    for window in windows:
        floor = catalog.floor(window.floor)
        text = f"{_name(floor, language) if floor else window.floor} {localized(window, 'zone', language)}".strip()
        if text not in places:
            places.append(text)
    return ids, sep.join(places)


def _map_block(loaded: LoadedCatalog, service: Service, language: str, accessible: bool = False) -> FloorMap | None:
    windows = loaded.catalog.service_windows(service)
    if not windows:
        return None
    window = windows[0]
    path = loaded.map_path(window.floor)
    kiosk = loaded.catalog.hall.kiosk
    here = (kiosk.x, kiosk.y) if kiosk.floor == window.floor else None
    word = _WORDS[language]["window"]
    label = f"{word} {window.id}" if language == "en" else f"{window.id}{word}"
    route = route_to(loaded.catalog, window.id, accessible=accessible)
    points = tuple(route.legs[-1].points) if route.legs else ()
    x, y = points[-1] if points else (window.x, window.y)
    return FloorMap(str(path) if path else None, x, y, label, here, points)


def ticket_slip(
    issued: object,
    loaded: LoadedCatalog,
    *,
    qr_url: str,
    language: Literal["zh", "en"] = "zh",
) -> Slip:
    """The queue ticket for an :class:`kiosk.tickets.IssuedTicket`."""
    words = _WORDS[language]
    ticket = issued.ticket  # type: ignore[attr-defined]
    position = issued.position  # type: ignore[attr-defined]
    catalog = loaded.catalog
    service = catalog.service(ticket.service_id)
    hall = catalog.hall
    blocks: list[Block] = [Text(_name(hall, language), "large", True, True)]
    if language == "zh" and hall.name_en:
        blocks.append(Text(hall.name_en, "small", center=True))
    blocks.append(Rule())
    blocks.append(BigNumber(ticket.label, words["priority"] if ticket.priority else ""))
    service_name = _name(service, language) if service else ticket.service_id
    blocks.append(Text(service_name, "large", True, True))
    if service is not None:
        ids, places = where_text(loaded, service, language)
        blocks.append(Text(f"{words['window']} {ids}  ·  {places}", "normal", True, True))
    blocks.append(Rule())
    if position.people_ahead:
        blocks.append(Text(words["ahead"].format(n=position.people_ahead), "normal", True, True))
        blocks.append(Text(words["wait"].format(m=max(1, position.wait_min)), "normal", center=True))
    else:
        blocks.append(Text(words["next"], "normal", True, True))
    issued_at: datetime = ticket.issued_at
    blocks.append(Text(f"{words['issued']} {issued_at:%Y-%m-%d %H:%M}", "small", center=True))
    link = qr_link(qr_url, service_id=ticket.service_id, number=ticket.label, hall_id=hall.id)
    blocks.append(Qr(link, words["qr"]))
    blocks.append(Text(words["keep"], "small", center=True))
    return Slip("ticket", f"ticket-{ticket.day:%Y%m%d}-{ticket.label}", language, tuple(blocks))


def _material_detail(material: object, language: str) -> str:
    words = _WORDS[language]
    parts = []
    if getattr(material, "original", False):
        parts.append(f"{words['original']} 1" if language == "zh" else f"1 {words['original']}")
    copies = getattr(material, "copies", 0)
    if copies:
        text = words["copies"].format(n=copies)
        parts.append(text.replace("copies", "copy") if language == "en" and copies == 1 else text)
    return " · ".join(parts)


def guide_slip(
    service: Service,
    loaded: LoadedCatalog,
    *,
    qr_url: str,
    language: Literal["zh", "en"] = "zh",
    accessible: bool = False,
) -> Slip:
    """The guidance slip (办事指南) for a catalog service; ``accessible``: the step-free route (lifts only),
    as the map screen shows it when the visitor chose it."""
    words = _WORDS[language]
    catalog = loaded.catalog
    hall = catalog.hall
    blocks: list[Block] = [
        Text(f"{_name(hall, language)} · {words['guide']}", "small", center=True),
        Text(_name(service, language), "large", True, True),
        Rule(),
        Text(words["materials"], "normal", True),
    ]
    for material in service.materials:
        name = _name(material, language)
        if not material.required and words["optional"].strip("（） ()") not in name:
            name += words["optional"]
        blocks.append(Check(name, _material_detail(material, language)))
    conditions = localized_list(service, "conditions", language)
    if conditions:
        blocks.append(Text(words["conditions"], "normal", True))
        blocks.extend(Text(f"· {c}", "small") for c in conditions)
    blocks.append(Rule())
    hours = localized(service, "hours", language) if service.hours else localized(hall, "hours", language)
    for key, value in (("fee", localized(service, "fee", language)),
                       ("limit", localized(service, "time_limit", language)), ("hours", hours)):
        if value:
            blocks.append(Text(f"{words[key]}：{value}" if language == "zh" else f"{words[key]}: {value}", "small"))
    ids, places = where_text(loaded, service, language)
    blocks.append(Text(f"{words['where']}：{words['window']} {ids} · {places}" if language == "zh"
                       else f"{words['where']}: {words['window']} {ids} · {places}", "normal", True))
    floor_map = _map_block(loaded, service, language, accessible)
    if floor_map is not None:
        blocks.append(floor_map)
    if service.online:
        sep = "：" if language == "zh" else ": "
        blocks.append(Text(f"{words['online']}{sep}{localized(service, 'online', language)}", "small"))
    link = qr_link(qr_url, service_id=service.id, number="", hall_id=hall.id)
    blocks.append(Qr(link, words["qr"]))
    if service.updated:
        sep = "：" if language == "zh" else ": "
        blocks.append(Text(f"{words['updated']}{sep}{service.updated.isoformat()}", "small", center=True))
    return Slip("guide", f"guide-{service.id}", language, tuple(blocks))


def here_word(language: str) -> str:
    """"You are here" in the slip's language (the map renderer's legend)."""
    return _WORDS.get(language, _WORDS["zh"])["here"]
