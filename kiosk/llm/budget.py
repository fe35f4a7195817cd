"""The prompt budget: the catalog facts an answer may use, written compactly, fitted to a size.

On-prem models often have a 2k–4k token context, and a CJK tokenizer spends about one token per
Chinese character, so the whole request (system rules, entries, earlier turns, question) is kept
under :data:`PROMPT_BUDGET_CHARS` characters (``llm.prompt_budget_chars``). The entries are plain
labelled lines, not JSON; nothing an answer cannot use goes in (aliases, ids, queue prefixes, dates,
the other language). When a request is still too big, earlier turns go first (oldest first), then
detail in this order: notes, online and booking channels, conditions and material notes, summaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from kiosk.catalog import Catalog, Service, floor_and_zone, localized, localized_list

PROMPT_BUDGET_CHARS = 4000
"""Default size of a whole request, as :func:`request_size` counts it (characters, for Chinese)."""

ASCII_WEIGHT = 1 / 3
"""An ASCII character costs about a third of a CJK one in tokens (a CJK character is ~1 token)."""

DETAIL_LEVELS = 5
"""0 = everything; each level leaves out one more kind of detail (:data:`DROP_AT`)."""

DROP_AT = {"notes": 1, "appointment": 2, "online": 2, "conditions": 3, "material_notes": 3, "summary": 4}
"""The detail level from which a field is left out; windows, materials, fee, time limit, hours stay."""

_LABELS = {
    "zh": {
        "window": "窗口", "summary": "简介", "conditions": "条件", "materials": "材料", "fee": "收费",
        "time_limit": "办理时限", "hours": "办理时间", "appointment": "预约", "online": "网上办理",
        "notes": "提示", "original": "原件", "copies": "复印件{n}份", "optional": "如有", "hall": "大厅",
        "address": "地址", "phone": "电话", "sep": "；", "list": "、",
    },
    "en": {
        "window": "Windows", "summary": "About", "conditions": "Conditions", "materials": "Materials",
        "fee": "Fee", "time_limit": "Time limit", "hours": "Hours", "appointment": "Booking",
        "online": "Online", "notes": "Notes", "original": "original", "copies": "{n} copies",
        "optional": "if any", "hall": "Hall", "address": "Address", "phone": "Phone", "sep": "; ",
        "list": ", ",
    },
}  # fmt: skip


def request_chars(messages: Iterable[Mapping[str, str]]) -> int:
    """The size of a request as the budget counts it: the characters of every message's content."""
    return sum(len(m.get("content", "")) for m in messages)


def request_size(messages: Iterable[Mapping[str, str]]) -> float:
    """What the budget counts: characters, ASCII ones at :data:`ASCII_WEIGHT` (Chinese text: its length)."""
    total = 0.0
    for message in messages:
        text = message.get("content", "")
        ascii_chars = sum(1 for ch in text if ch.isascii())
        total += (len(text) - ascii_chars) + ascii_chars * ASCII_WEIGHT
    return total


def _labels(language: str) -> dict[str, str]:
    return _LABELS["en" if language == "en" else "zh"]


def _windows_line(service: Service, catalog: Catalog | None, language: str) -> str:
    t = _labels(language)
    if catalog is None:
        return t["list"].join(service.windows)
    groups: dict[str, list[str]] = {}
    for window in catalog.service_windows(service):
        floor = catalog.floor(window.floor)
        floor_name = localized(floor, "name", language) if floor else window.floor
        where = floor_and_zone(floor_name, localized(window, "zone", language), floor_id=window.floor)
        place = " ".join(p for p in (where, window.label) if p)
        groups.setdefault(place, []).append(window.id)
    known = {w for ids in groups.values() for w in ids}
    parts = [f"{place} {t['list'].join(ids)}" for place, ids in groups.items()]
    parts.extend(w for w in service.windows if w not in known)
    return t["sep"].join(parts)


def _material(material: object, language: str, level: int) -> str:
    t = _labels(language)
    flags = []
    if getattr(material, "original", False):
        flags.append(t["original"])
    copies = int(getattr(material, "copies", 0) or 0)
    if copies:
        flags.append(t["copies"].format(n=copies))
    if not getattr(material, "required", True):
        flags.append(t["optional"])
    note = localized(material, "note", language) if level < DROP_AT["material_notes"] else ""
    inner = ("，" if language != "en" else ", ").join(flags + ([note] if note else []))
    name = localized(material, "name", language)
    return f"{name}（{inner}）" if inner and language != "en" else (f"{name} ({inner})" if inner else name)


def service_brief(service: Service, catalog: Catalog | None, language: str, level: int = 0) -> str:
    """One service's facts as labelled lines; higher ``level`` leaves more detail out."""
    t = _labels(language)
    name = localized(service, "name", language)
    lines = [f"【{name}】" if language != "en" else f"[{name}]",
             f"{t['window']}: {_windows_line(service, catalog, language)}"]
    summary = localized(service, "summary", language)
    if summary and level < DROP_AT["summary"]:
        lines.append(f"{t['summary']}: {summary}")
    conditions = localized_list(service, "conditions", language)
    if conditions and level < DROP_AT["conditions"]:
        lines.append(f"{t['conditions']}: {t['sep'].join(conditions)}")
    if service.materials:
        lines.append(f"{t['materials']}: {t['sep'].join(_material(m, language, level) for m in service.materials)}")
    for field in ("fee", "time_limit", "hours", "appointment", "online", "notes"):
        value = localized(service, field, language)
        if value and level < DROP_AT.get(field, DETAIL_LEVELS):
            lines.append(f"{t[field]}: {value}")
    return "\n".join(lines)


def hall_brief(catalog: Catalog | None, language: str) -> str:
    """The hall's name, address, hours and phone in one line ('' without a catalog)."""
    if catalog is None:
        return ""
    t = _labels(language)
    hall = catalog.hall
    parts = [localized(hall, "name", language)]
    for field, label in (("address", "address"), ("hours", "hours"), ("phone", "phone")):
        value = localized(hall, field, language)
        if value:
            parts.append(f"{t[label]}: {value}")
    return f"{t['hall']}: " + t["sep"].join(parts)


def entries_brief(services: Sequence[Service], catalog: Catalog | None, language: str, level: int = 0) -> str:
    """The cited services and the hall, compactly, at one detail level."""
    blocks = [service_brief(s, catalog, language, level) for s in services]
    hall = hall_brief(catalog, language)
    if hall:
        blocks.append(hall)
    return "\n\n".join(blocks)
