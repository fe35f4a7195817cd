"""What a new catalog changes compared with the one in use, for the staff preview before applying.

Entries are matched by id in each list (services, places, windows, departments, floors); for an
entry in both, the changed fields are named. Fields other parts of the kiosk add later (walkways,
say) are compared like any other, because the comparison works on the validated data as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.catalog import Catalog

KINDS: dict[str, tuple[str, str]] = {
    "services": ("事项", "services"),
    "places": ("场所", "places"),
    "windows": ("窗口", "windows"),
    "departments": ("部门", "departments"),
    "floors": ("楼层", "floors"),
}
"""List → (Chinese, English) words for the preview."""


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
            return ["与当前清单内容相同  Same content as the catalog in use"]
        out = []
        if self.hall_fields:
            out.append(f"大厅信息修改 Hall changed: {', '.join(self.hall_fields)}")
        for kind, diff in self.kinds.items():
            zh, en = KINDS[kind]
            if diff.added:
                out.append(f"新增{zh} {len(diff.added)} · {en} added: {_names(diff.added, limit)}")
            if diff.removed:
                out.append(f"删除{zh} {len(diff.removed)} · {en} removed: {_names(diff.removed, limit)}")
            for change in diff.changed[:limit]:
                out.append(f"修改{zh} {en} changed: {change.name}（{change.id}）— {', '.join(change.fields)}")
            if len(diff.changed) > limit:
                out.append(f"… 另有 {len(diff.changed) - limit} 项修改 more changed {en}")
        return out


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
