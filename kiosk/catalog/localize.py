"""The catalog's English fields: one helper for the composed answers, the screen and the slips."""

from __future__ import annotations

from typing import Any


def localized(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language``: the typed ``<field>_en`` variant for English when it is filled."""
    value = getattr(entry, field, None)
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if isinstance(english, str) and english.strip():
            return english
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def localized_only(entry: Any, field: str, language: str) -> str:
    """``entry.<field>`` in ``language`` and no other: empty in English when ``<field>_en`` is not filled
    (for an optional extra, e.g. a window's label, that is left out rather than shown in Chinese)."""
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        return english if isinstance(english, str) else ""
    return localized(entry, field, language)


def localized_list(entry: Any, field: str, language: str) -> list[str]:
    """A list field (``conditions``) in ``language`` when the catalog has ``<field>_en``."""
    values = list(getattr(entry, field, None) or [])
    if language == "en":
        english = getattr(entry, f"{field}_en", None)
        if isinstance(english, list) and english:
            return [str(v) for v in english]
    return [str(v) for v in values]


def _starts_with(zone: str, floor: str) -> bool:
    """True when ``zone`` begins with ``floor`` as a whole word ("一楼A区" with "一楼"; not "1A" with "1")."""
    z, f = " ".join(zone.split()).casefold(), " ".join(floor.split()).casefold()
    if not f or not z.startswith(f):
        return False
    rest = z[len(f):]
    return not rest or not (rest[0].isascii() and rest[0].isalnum() and f[-1].isascii() and f[-1].isalnum())


_NOTE_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]"}


def without_note(name: str) -> str:
    """A floor's name without the note in brackets at its end: "一楼（临江路入口层）" → "一楼",
    "Level 1 (Linjiang Road entrance)" → "Level 1"; a name that is only a note stays whole."""
    text = name.strip()
    if not text or text[-1] not in _NOTE_BRACKETS.values():
        return text
    for opening, closing in _NOTE_BRACKETS.items():
        if text.endswith(closing):
            start = text.rfind(opening)
            if start > 0:
                return text[:start].strip()
    return text


def zone_has_floor(floor_names: tuple[str, ...] | list[str], zone: str) -> bool:
    """True when the zone's name already names its floor (by any of ``floor_names``, e.g. name and id), the
    floor's name also without its note in brackets ("一楼（临江路入口层）" and "一楼A区": Xvfb walk 12, defect 15)."""
    return any(_starts_with(zone, name) or _starts_with(zone, without_note(name)) for name in floor_names if name)


def floor_and_zone(floor_name: str, zone: str, *, floor_id: str = "") -> str:
    """"一楼 A区" — the floor and the zone as one place; the floor left out when the zone's name already
    begins with it ("一楼A区 公安户政", not "一楼 一楼A区 公安户政"), also when the floor's name carries a note
    in brackets ("一楼（临江路入口层）" with "一楼A区 公安综合窗口" gives the zone alone), in any language."""
    zone = zone.strip()
    if zone and zone_has_floor((floor_name, floor_id), zone):
        return zone
    return f"{floor_name} {zone}".strip()
