"""What a new catalog changes compared with the one in use, for the staff preview before applying.

Entries are matched by id in each list (services, places, windows, departments, floors); for an
entry in both, the changed fields are named. Fields other parts of the kiosk add later (walkways,
say) are compared like any other, because the comparison works on the validated data as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.catalog import Catalog
from kiosk.messages import N_, both, translator

KINDS: dict[str, str] = {
    "services": N_("services"),
    "places": N_("places"),
    "windows": N_("windows"),
    "departments": N_("departments"),
    "floors": N_("floors"),
}
"""List → its word for the preview (a message of kiosk/locale, read in Chinese and English)."""


@dataclass(frozen=True)
class Change:
    """One entry present in both catalogs whose fields differ."""

    id: str
    name: str
    fields: tuple[str, ...]


@dataclass
class KindDiff:
    """Added, removed and changed entries of one list (added/removed as (id, name))."""

    added: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class CatalogDiff:
    """The difference between the catalog in use (``old``) and a checked one (``new``)."""

    kinds: dict[str, KindDiff]
    hall_fields: tuple[str, ...] = ()
    """Changed fields of the hall itself (name, hours, kiosk position… floors counted apart)."""

    @property
    def same(self) -> bool:
        """True when nothing differs."""
        return not self.hall_fields and not any(self.kinds.values())

    def lines(self, limit: int = 8) -> list[str]:
        """Plain lines for the preview, Chinese and English on each."""
        if self.same:
            return [both("Same content as the catalog in use")]
        out = []
        if self.hall_fields:
            out.append(both("Hall changed:") + " " + ", ".join(self.hall_fields))
        for kind, diff in self.kinds.items():
            word = KINDS[kind]
            if diff.added:
                out.append(_both_kind(N_("{kind} added:"), word, len(diff.added), " · ") + " " + _names(diff.added, limit))
            if diff.removed:
                out.append(_both_kind(N_("{kind} removed:"), word, len(diff.removed), " · ") + " "
                           + _names(diff.removed, limit))
            for change in diff.changed[:limit]:
                out.append(_both_kind(N_("{kind} changed:"), word, 1)
                           + f" {change.name}（{change.id}）— {', '.join(change.fields)}")
            if len(diff.changed) > limit:
                out.append("… " + _both_kind(N_("{n} more {kind} changed"), word, len(diff.changed) - limit))
        return out


def _both_kind(message: str, word: str, n: int, sep: str = " ") -> str:
    """``message`` in Chinese and English, ``{kind}`` filled with ``word`` in each language (``{n}``: the count)."""
    zh, en = translator("zh"), translator("en")
    return f"{zh(message, kind=zh(word), n=n)}{sep}{en(message, kind=en(word), n=n)}"


def _names(entries: list[tuple[str, str]], limit: int) -> str:
    shown = "、".join(f"{name}（{ident}）" if name != ident else ident for ident, name in entries[:limit])
    return shown + (f" … +{len(entries) - limit}" if len(entries) > limit else "")


def _entries(catalog: Catalog, kind: str) -> dict[str, dict[str, Any]]:
    items = catalog.hall.floors if kind == "floors" else getattr(catalog, kind)
    return {item.id: item.model_dump(mode="json") for item in items}


def _label(entry: dict[str, Any]) -> str:
    return str(entry.get("name") or entry.get("label") or entry.get("id"))


def compare(old: Catalog, new: Catalog) -> CatalogDiff:
    """The difference from ``old`` (in use) to ``new`` (checked)."""
    kinds = {}
    for kind in KINDS:
        before, after = _entries(old, kind), _entries(new, kind)
        diff = KindDiff()
        diff.added = [(i, _label(after[i])) for i in after if i not in before]
        diff.removed = [(i, _label(before[i])) for i in before if i not in after]
        for ident in after:
            if ident in before and after[ident] != before[ident]:
                keys = sorted(set(after[ident]) | set(before[ident]))
                fields = tuple(k for k in keys if after[ident].get(k) != before[ident].get(k))
                diff.changed.append(Change(ident, _label(after[ident]), fields))
        kinds[kind] = diff
    hall_old = old.hall.model_dump(mode="json", exclude={"floors"})
    hall_new = new.hall.model_dump(mode="json", exclude={"floors"})
    hall_fields = tuple(k for k in sorted(set(hall_old) | set(hall_new)) if hall_old.get(k) != hall_new.get(k))
    return CatalogDiff(kinds, hall_fields)
