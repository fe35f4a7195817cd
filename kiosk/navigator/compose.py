"""Plain-text answers composed from catalog entries, in Chinese or English.

Everything said here comes from the catalog entry itself: the kiosk never invents a window, a
material or a fee. The text is plain (no markup) so it is safe to show, speak and print.
"""

from __future__ import annotations

from typing import Literal

from kiosk.catalog import Catalog, Material, Place, Service, localized, localized_list, zone_has_floor
from kiosk.messages import Phrase, translator
from kiosk.navigator.answer import Aspect

Lang = Literal["zh", "en"]


def service_name(service: Service, lang: Lang) -> str:
    """The service's name in ``lang`` (Chinese when the catalog has no English)."""
    return localized(service, "name", lang)


def material_line(material: Material, lang: Lang) -> str:
    """One checklist line: name, original/copies, optional, note."""
    _ = translator(lang)
    name = localized(material, "name", lang)
    parts = []
    if material.original:
        parts.append(_("original"))
    if material.copies:
        parts.append(_.plural("{n} copy", "{n} copies", material.copies, n=material.copies))
    if not material.required:
        parts.append(_("if applicable"))
    line = _("{name} ({details})", name=name, details=_.ctx("material details", ", ").join(parts)) if parts else name
    note = localized(material, "note", lang)
    if note:
        line = _("{line}: {note}", line=line, note=note)
    return line


def location_text(catalog: Catalog, service: Service, lang: Lang) -> str:
    """Where the service is handled: floor, zone and windows, e.g. "1楼 A区 A01、A02号窗口"."""
    _ = translator(lang)
    groups: dict[tuple[str, str], list[str]] = {}
    for window in catalog.service_windows(service):
        groups.setdefault((window.floor, localized(window, "zone", lang)), []).append(window.id)
    parts = []
    for (floor_id, zone), labels in groups.items():
        floor = catalog.floor(floor_id)
        floor_name = localized(floor, "name", lang) if floor else floor_id
        windows = _.ctx("window list", ", ").join(labels)
        if zone and zone_has_floor((floor_name, floor_id), zone):
            floor_name, zone = zone, ""
        parts.append(_("{floor}, {zone}, window {windows}", floor=floor_name, zone=zone, windows=windows) if zone
                     else _("{floor}, window {windows}", floor=floor_name, windows=windows))
    return _.ctx("location list", "; ").join(parts)


def _hours(catalog: Catalog, service: Service, lang: Lang) -> str:
    return localized(service, "hours", lang) if service.hours else localized(catalog.hall, "hours", lang)


def service_answer(catalog: Catalog, service: Service, aspect: Aspect, lang: Lang) -> str:
    """The full catalog answer for one service, the asked aspect first."""
    name = service_name(service, lang)
    summary = localized(service, "summary", lang)
    fee = localized(service, "fee", lang)
    time_limit = localized(service, "time_limit", lang)
    conditions = localized_list(service, "conditions", lang)
    where = location_text(catalog, service, lang)
    materials = [f"{i}. {material_line(m, lang)}" for i, m in enumerate(service.materials, 1)]
    _ = translator(lang)
    sections: dict[Aspect, list[str]] = {
        Aspect.MATERIALS: [_("What to bring:"), *materials],
        Aspect.LOCATION: [_("Where: {where}", where=where)],
        Aspect.FEE: [_("Fee: {fee}", fee=fee or _("ask at the window"))],
        Aspect.TIME_LIMIT: [_("Time limit: {time_limit}", time_limit=time_limit or "—")],
        Aspect.HOURS: [_("Hours: {hours}", hours=_hours(catalog, service, lang))],
    }
    if conditions:
        sections[Aspect.CONDITIONS] = [_("Conditions:"), *(f"· {c}" for c in conditions)]
    if service.appointment:
        sections[Aspect.APPOINTMENT] = [_("Appointment: {text}", text=localized(service, "appointment", lang))]
    if service.online:
        sections[Aspect.ONLINE] = [_("Online: {text}", text=localized(service, "online", lang))]
    order = [Aspect.LOCATION, Aspect.MATERIALS, Aspect.FEE, Aspect.TIME_LIMIT, Aspect.HOURS,
             Aspect.CONDITIONS, Aspect.APPOINTMENT, Aspect.ONLINE]
    if aspect in sections:
        order.remove(aspect)
        order.insert(0, aspect)
    lines = [_("{name}: {summary}", name=name, summary=summary)] if summary else [name]
    for key in order:
        lines.extend(sections.get(key, []))
    if service.notes:
        lines.append(_("Note: {notes}", notes=localized(service, "notes", lang)))
    return "\n".join(lines)


def service_key_line(catalog: Catalog, service: Service, aspect: Aspect, lang: Lang) -> str:
    """One short sentence to speak at once, focused on the asked aspect."""
    _ = translator(lang)
    name = service_name(service, lang)
    where = location_text(catalog, service, lang)
    count = sum(1 for m in service.materials if m.required)
    extra = len(service.materials) - count
    if extra:
        bring = _.plural("Bring the {count} required item listed on the screen ({extra} more only if they apply).",
                         "Bring the {count} required items listed on the screen ({extra} more only if they apply).",
                         count, count=count, extra=extra)
    else:
        bring = _.plural("Bring the {count} required item listed on the screen.",
                         "Bring the {count} required items listed on the screen.", count, count=count)
    if aspect is Aspect.FEE:
        return _("{name}: the fee is {fee}.", name=name, fee=localized(service, "fee", lang) or _("given at the window"))
    if aspect is Aspect.TIME_LIMIT:
        return _("{name}: time limit {time_limit}.", name=name,
                 time_limit=localized(service, "time_limit", lang) or _("given at the window"))
    if aspect is Aspect.HOURS:
        return _("{name} is handled {hours}.", name=name, hours=_hours(catalog, service, lang))
    if aspect is Aspect.MATERIALS and extra:
        return _.plural("{name} — bring the {count} required item listed on the screen ({extra} more only if they "
                        "apply).", "{name} — bring the {count} required items listed on the screen ({extra} more only "
                        "if they apply).", count, name=name, count=count, extra=extra)
    if aspect is Aspect.MATERIALS:
        return _.plural("{name} — bring the {count} required item listed on the screen.",
                        "{name} — bring the {count} required items listed on the screen.", count, name=name, count=count)
    return _("{name} — please go to {where}. {bring}", name=name, where=where, bring=bring)


def place_answer(catalog: Catalog, place: Place, lang: Lang) -> str:
    """Where a hall facility is."""
    floor = catalog.floor(place.floor)
    floor_name = localized(floor, "name", lang) if floor else place.floor
    name = localized(place, "name", lang)
    notes = localized(place, "notes", lang)
    _ = translator(lang)
    text = _("{name}: {floor}. See the map.", name=name, floor=floor_name)
    if notes:
        text += "\n" + notes
    return text


def place_key_line(catalog: Catalog, place: Place, lang: Lang) -> str:
    """One short sentence about a facility."""
    return place_answer(catalog, place, lang).split("\n")[0]


def place_name(place: Place, lang: Lang) -> str:
    """The place's name in ``lang`` (Chinese when the catalog has no English)."""
    return localized(place, "name", lang)


def choice_text(names: list[str], lang: Lang, *, places: bool = False) -> str:
    """Asks the citizen to choose among several close matches (or none of them: staff); ``places``: a facility
    is among them (it is found, not done: "您是不是要找")."""
    _ = translator(lang)
    joined = _.ctx("choice list", "; ").join(names)
    if places:
        return _("Are you looking for: {names}? If none of these, a member of staff can help.", names=joined)
    return _("Did you mean: {names}? If none of these, a member of staff can help.", names=joined)


# English quotes are straight: the hall's CJK font draws “ ” full-width (walk 10, defect 15)
HANDOFF = Phrase("Sorry, I could not tell which service you need. Please try other words, or tap \"Call staff\" "
                 "and a member of staff will help you.")
OFF_TOPIC = Phrase("Sorry, I can only help with services in this hall: what to bring, which window, where to go. "
                   "For anything else please ask a member of staff.")
STAFF = Phrase("Of course. Tap \"Call staff\" and a member of staff will come to help you.")
GREETING = Phrase("Hello! Tell me what you need, for example \"I lost my ID card\", or tap one of the popular "
                  "services.")
FOLLOW_UP_NONE = Phrase("Please tell me first which service you need; then I can tell you what to bring, where to go "
                        "and the fee.")
