"""Plain-text answers composed from catalog entries, in Chinese or English.

Everything said here comes from the catalog entry itself: the kiosk never invents a window, a
material or a fee. The text is plain (no markup) so it is safe to show, speak and print.
"""

from __future__ import annotations

from typing import Literal

from kiosk.catalog import Catalog, Material, Place, Service, localized, localized_list
from kiosk.navigator.answer import Aspect

Lang = Literal["zh", "en"]


def service_name(service: Service, lang: Lang) -> str:
    """The service's name in ``lang`` (Chinese when the catalog has no English)."""
    return localized(service, "name", lang)


def material_line(material: Material, lang: Lang) -> str:
    """One checklist line: name, original/copies, optional, note."""
    name = localized(material, "name", lang)
    parts = []
    if lang == "en":
        if material.original:
            parts.append("original")
        if material.copies:
            parts.append(f"{material.copies} cop{'y' if material.copies == 1 else 'ies'}")
        if not material.required:
            parts.append("if applicable")
    else:
        if material.original:
            parts.append("原件")
        if material.copies:
            parts.append(f"复印件{material.copies}份")
        if not material.required:
            parts.append("如有")
    line = f"{name}（{'，'.join(parts)}）" if parts and lang == "zh" else name
    if parts and lang == "en":
        line = f"{name} ({', '.join(parts)})"
    note = localized(material, "note", lang)
    if note:
        line += f"：{note}" if lang == "zh" else f": {note}"
    return line


def location_text(catalog: Catalog, service: Service, lang: Lang) -> str:
    """Where the service is handled: floor, zone and windows, e.g. "1楼 A区 A01、A02号窗口"."""
    groups: dict[tuple[str, str], list[str]] = {}
    for window in catalog.service_windows(service):
        groups.setdefault((window.floor, localized(window, "zone", lang)), []).append(window.id)
    parts = []
    for (floor_id, zone), labels in groups.items():
        floor = catalog.floor(floor_id)
        floor_name = localized(floor, "name", lang) if floor else floor_id
        if lang == "en":
            parts.append(f"{floor_name}, {zone + ', ' if zone else ''}window {', '.join(labels)}")
        else:
            parts.append(f"{floor_name} {zone + ' ' if zone else ''}{'、'.join(labels)}号窗口")
    return "; ".join(parts) if lang == "en" else "；".join(parts)


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
    zh = lang == "zh"
    sections: dict[Aspect, list[str]] = {
        Aspect.MATERIALS: [("需要带的材料：" if zh else "What to bring:"), *materials],
        Aspect.LOCATION: [("办理地点：" if zh else "Where: ") + where],
        Aspect.FEE: [("收费：" if zh else "Fee: ") + (fee or ("请咨询窗口" if zh else "ask at the window"))],
        Aspect.TIME_LIMIT: [("办理时限：" if zh else "Time limit: ") + (time_limit or "—")],
        Aspect.HOURS: [("办理时间：" if zh else "Hours: ") + _hours(catalog, service, lang)],
    }
    if conditions:
        sections[Aspect.CONDITIONS] = [("办理条件：" if zh else "Conditions:"), *(f"· {c}" for c in conditions)]
    if service.appointment:
        sections[Aspect.APPOINTMENT] = [("预约：" if zh else "Appointment: ") + localized(service, "appointment", lang)]
    if service.online:
        sections[Aspect.ONLINE] = [("网上办理：" if zh else "Online: ") + localized(service, "online", lang)]
    order = [Aspect.LOCATION, Aspect.MATERIALS, Aspect.FEE, Aspect.TIME_LIMIT, Aspect.HOURS,
             Aspect.CONDITIONS, Aspect.APPOINTMENT, Aspect.ONLINE]
    if aspect in sections:
        order.remove(aspect)
        order.insert(0, aspect)
    lines = [f"{name}：{summary}" if zh else f"{name}: {summary}"] if summary else [name]
    for key in order:
        lines.extend(sections.get(key, []))
    if service.notes:
        lines.append(("提示：" if zh else "Note: ") + localized(service, "notes", lang))
    return "\n".join(lines)


def service_key_line(catalog: Catalog, service: Service, aspect: Aspect, lang: Lang) -> str:
    """One short sentence to speak at once, focused on the asked aspect."""
    name = service_name(service, lang)
    where = location_text(catalog, service, lang)
    count = sum(1 for m in service.materials if m.required)
    extra = len(service.materials) - count
    bring_en = f"Bring the {count} required items listed on the screen" + (
        f" ({extra} more only if they apply)." if extra else ".")
    bring_zh = f"需要带{count}样材料" + (f"（另有{extra}样视情况提供）" if extra else "") + "，请看屏幕上的清单。"
    if lang == "en":
        if aspect is Aspect.FEE:
            return f"{name}: the fee is {localized(service, 'fee', lang) or 'given at the window'}."
        if aspect is Aspect.TIME_LIMIT:
            return f"{name}: time limit {localized(service, 'time_limit', lang) or 'given at the window'}."
        if aspect is Aspect.HOURS:
            return f"{name} is handled {_hours(catalog, service, lang)}."
        if aspect is Aspect.MATERIALS:
            return f"For {name}: {bring_en[0].lower()}{bring_en[1:]}"
        return f"For {name}, please go to {where}. {bring_en}"
    if aspect is Aspect.FEE:
        return f"{name}的收费是：{service.fee or '请咨询窗口'}。"
    if aspect is Aspect.TIME_LIMIT:
        return f"{name}的办理时限是：{service.time_limit or '请咨询窗口'}。"
    if aspect is Aspect.HOURS:
        return f"{name}的办理时间是：{_hours(catalog, service, lang)}。"
    if aspect is Aspect.MATERIALS:
        return f"办理{name}{bring_zh}"
    return f"{name}请到{where}办理，{bring_zh}"


def place_answer(catalog: Catalog, place: Place, lang: Lang) -> str:
    """Where a hall facility is."""
    floor = catalog.floor(place.floor)
    floor_name = localized(floor, "name", lang) if floor else place.floor
    name = localized(place, "name", lang)
    notes = localized(place, "notes", lang)
    text = f"{name}: {floor_name}. See the map." if lang == "en" else f"{name}在{floor_name}，请看地图。"
    if notes:
        text += "\n" + notes
    return text


def place_key_line(catalog: Catalog, place: Place, lang: Lang) -> str:
    """One short sentence about a facility."""
    return place_answer(catalog, place, lang).split("\n")[0]


def place_name(place: Place, lang: Lang) -> str:
    """The place's name in ``lang`` (Chinese when the catalog has no English)."""
    return place.name_en if lang == "en" and place.name_en else place.name


def choice_text(names: list[str], lang: Lang) -> str:
    """Asks the citizen to choose among several close matches (or none of them: staff)."""
    if lang == "en":
        return "Did you mean: " + "; ".join(names) + "? If none of these, a member of staff can help."
    return "您是不是要办：" + "、".join(names) + "？都不是的话，可以找工作人员。"


HANDOFF = {
    "zh": "抱歉，我没能确定您要办理的事项。您可以换个说法再问一次，或点击“找工作人员”，工作人员会为您服务。",
    "en": "Sorry, I could not tell which service you need. Please try other words, or tap “Call staff” and a member "
    "of staff will help you.",
}
OFF_TOPIC = {
    "zh": "抱歉，我只能解答本大厅的办事问题，比如办什么事、带什么材料、去哪个窗口。其他问题请咨询工作人员。",
    "en": "Sorry, I can only help with services in this hall: what to bring, which window, where to go. "
    "For anything else please ask a member of staff.",
}
STAFF = {
    "zh": "好的，请点击“找工作人员”，工作人员马上过来为您服务。",
    "en": "Of course. Tap “Call staff” and a member of staff will come to help you.",
}
GREETING = {
    "zh": "您好！请告诉我您要办什么事，比如“身份证丢了”“公积金怎么提取”，或者点下面的常用事项。",
    "en": "Hello! Tell me what you need, for example “I lost my ID card”, or tap one of the popular services.",
}
FOLLOW_UP_NONE = {
    "zh": "请先告诉我您要办理什么事项，我再告诉您需要的材料、地点和费用。",
    "en": "Please tell me first which service you need; then I can tell you what to bring, where to go and the fee.",
}
