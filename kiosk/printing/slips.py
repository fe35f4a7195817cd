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

from kiosk.catalog import LoadedCatalog, Service, floor_and_zone, localized, localized_list
from kiosk.messages import Translator, translator
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


def _words(language: str) -> Translator:
    """The slip's messages in ``language`` (context "slip" in the catalogs)."""
    return translator(language)


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
    sep = _words(language).ctx("slip", ", ")
    ids = sep.join(w.id for w in windows)
    places: list[str] = []
    for window in windows:
        floor = catalog.floor(window.floor)
        text = floor_and_zone(_name(floor, language) if floor else window.floor, localized(window, 'zone', language),
                              floor_id=window.floor)
        if text not in places:
            places.append(text)
    return ids, sep.join(places)


def _map_blocks(loaded: LoadedCatalog, service: Service, language: str, accessible: bool = False,
                window_id: str | None = None) -> list[Block]:
    """The slip's plan(s): one of the window's floor; when the visitor must change floor, first the kiosk's
    floor to the lift or stairs and then the window's floor from there, each under its step, as the map
    screen shows them (the slip left out the lift and the first floor: Xvfb walk 11, defect 7)."""
    catalog = loaded.catalog
    windows = catalog.service_windows(service)
    if not windows:
        return []
    _ = _words(language)
    window = next((w for w in windows if w.id == window_id), windows[0])
    kiosk = catalog.hall.kiosk
    label = _.ctx("slip", "Window {id}", id=window.id)
    route = route_to(catalog, window.id, accessible=accessible)
    if not route.floor_change:
        path = loaded.map_path(window.floor)
        here = (kiosk.x, kiosk.y) if kiosk.floor == window.floor else None
        points = tuple(route.legs[-1].points) if route.legs else ()
        x, y = points[-1] if points else (window.x, window.y)
        return [FloorMap(str(path) if path else None, x, y, label, here, points)]
    first, last = route.legs[0], route.legs[-1]
    floor = catalog.floor(window.floor)
    floor_name = _name(floor, language) if floor else window.floor
    lift = _name(first.connector, language) if first.connector else _.ctx("slip", "lift or stairs")
    blocks: list[Block] = []
    for step, leg, tag in (
        (_.ctx("slip", "① Take the {lift} to {floor}", lift=lift, floor=floor_name), first,
         _.ctx("slip", "{lift} → {floor}", lift=lift, floor=floor_name)),
        (_.ctx("slip", "② On {floor}, leave the {lift} and go to window {id}", floor=floor_name, lift=lift,
               id=window.id), last, label),
    ):
        path = loaded.map_path(leg.floor)
        x, y = leg.points[-1]
        blocks.append(Text(step, "normal", True))
        blocks.append(FloorMap(str(path) if path else None, x, y, tag, leg.points[0] if leg.start_is_kiosk else None,
                               tuple(leg.points)))
    return blocks


def ticket_slip(
    issued: object,
    loaded: LoadedCatalog,
    *,
    qr_url: str,
    language: Literal["zh", "en"] = "zh",
    test: bool = False,
) -> Slip:
    """The queue ticket for an :class:`kiosk.tickets.IssuedTicket`; ``test``: a staff test print, marked
    as such under the number and in place of the queue figures (nobody waits for it)."""
    _ = _words(language)
    ticket = issued.ticket  # type: ignore[attr-defined]
    position = issued.position  # type: ignore[attr-defined]
    catalog = loaded.catalog
    service = catalog.service(ticket.service_id)
    hall = catalog.hall
    blocks: list[Block] = [Text(_name(hall, language), "large", True, True)]
    if hall.name_en and hall.name_en != _name(hall, language):  # the English name under the Chinese one
        blocks.append(Text(hall.name_en, "small", center=True))
    blocks.append(Rule())
    mark = _.ctx("slip", "TEST PRINT") if test else _.ctx("slip", "Priority lane") if ticket.priority else ""
    blocks.append(BigNumber(ticket.label, mark))
    service_name = _name(service, language) if service else ticket.service_id
    blocks.append(Text(service_name, "large", True, True))
    if service is not None:
        ids, places = where_text(loaded, service, language)
        blocks.append(Text(_.ctx("slip", "Window {ids}  ·  {places}", ids=ids, places=places), "normal", True, True))
    blocks.append(Rule())
    if test:
        blocks.append(Text(_.ctx("slip", "Test print: not a queue number, nobody is waiting for it"), "normal",
                           True, True))
    elif position.people_ahead:
        blocks.append(Text(_.ctx_plural("slip", "{n} person ahead of you", "{n} people ahead of you",
                                                 position.people_ahead, n=position.people_ahead), "normal", True, True))
        blocks.append(Text(_.ctx("slip", "Estimated wait about {m} min", m=max(1, position.wait_min)), "normal",
                           center=True))
    else:
        blocks.append(Text(_.ctx("slip", "You are next, please watch the screen"), "normal", True, True))
    issued_at: datetime = ticket.issued_at
    stamp = issued_at.strftime("%Y-%m-%d %H:%M")
    blocks.append(Text(_.ctx("slip", "Issued {time}", time=stamp), "small", center=True))
    link = qr_link(qr_url, service_id=ticket.service_id, number=ticket.label, hall_id=hall.id)
    blocks.append(Qr(link, _.ctx("slip", "Scan for the service guide and queue status")))
    blocks.append(Text(_.ctx("slip", "Keep this ticket; if you miss your call, ask at the window"), "small",
                       center=True))
    return Slip("ticket", f"ticket-{ticket.day:%Y%m%d}-{ticket.label}", language, tuple(blocks))


def _material_detail(material: object, language: str) -> str:
    _ = _words(language)
    parts = []
    if getattr(material, "original", False):
        parts.append(_.ctx("slip", "1 original"))
    copies = getattr(material, "copies", 0)
    if copies:
        parts.append(_.ctx_plural("slip", "{n} copy", "{n} copies", copies, n=copies))
    note = localized(material, "note", language)  # when it is needed at all (walk 10, defect 22)
    return "\n".join(line for line in (" · ".join(parts), note) if line)


def guide_slip(
    service: Service,
    loaded: LoadedCatalog,
    *,
    qr_url: str,
    language: Literal["zh", "en"] = "zh",
    accessible: bool = False,
    window_id: str | None = None,
) -> Slip:
    """The guidance slip (办事指南) for a catalog service; ``accessible``: the step-free route (lifts only),
    as the map screen shows it when the visitor chose it; ``window_id``: the window the visitor chose there
    (the map leads to it; default the service's first window)."""
    _ = _words(language)
    catalog = loaded.catalog
    hall = catalog.hall
    blocks: list[Block] = [
        Text(_.ctx("slip", "{hall} · Service guide", hall=_name(hall, language)), "small", center=True),
        Text(_name(service, language), "large", True, True),
        Rule(),
        Text(_.ctx("slip", "Materials (tick each one)"), "normal", True),
    ]
    optional = _.ctx("slip", " (if needed)")
    for material in service.materials:
        name = _name(material, language)
        if not material.required and optional.strip("（） ()") not in name:
            name += optional
        blocks.append(Check(name, _material_detail(material, language)))
    conditions = localized_list(service, "conditions", language)
    if conditions:
        blocks.append(Text(_.ctx("slip", "Conditions"), "normal", True))
        blocks.extend(Text(f"· {c}", "small") for c in conditions)
    blocks.append(Rule())
    hours = localized(service, "hours", language) if service.hours else localized(hall, "hours", language)
    for line, value in ((_.ctx("slip", "Fee: {value}"), localized(service, "fee", language)),
                        (_.ctx("slip", "Time limit: {value}"), localized(service, "time_limit", language)),
                        (_.ctx("slip", "Hours: {value}"), hours)):
        if value:
            blocks.append(Text(line.format(value=value), "small"))
    ids, places = where_text(loaded, service, language)
    blocks.append(Text(_.ctx("slip", "Where to go: Window {ids} · {places}", ids=ids, places=places), "normal", True))
    blocks.extend(_map_blocks(loaded, service, language, accessible, window_id))
    if service.online:
        blocks.append(Text(_.ctx("slip", "Online: {value}", value=localized(service, "online", language)), "small"))
    link = qr_link(qr_url, service_id=service.id, number="", hall_id=hall.id)
    blocks.append(Qr(link, _.ctx("slip", "Scan for the service guide and queue status")))
    if service.updated:
        blocks.append(Text(_.ctx("slip", "Updated: {date}", date=service.updated.isoformat()), "small", center=True))
    return Slip("guide", f"guide-{service.id}", language, tuple(blocks))


def here_word(language: str) -> str:
    """"You are here" in the slip's language (the map renderer's legend)."""
    return _words(language).ctx("slip", "You are here")
