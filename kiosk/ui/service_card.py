"""The service card (办事指南卡): what it is, conditions, materials checklist, fee, windows, hours."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog import Catalog, Material, Service, floor_and_zone
from kiosk.ui.text import loc, loc_list, tr
from kiosk.ui.widgets import PlainLabel, card_frame


def material_counts(material: Material) -> str:
    """"原件1份 · 复印件2份" in the UI language."""
    parts = []
    if material.original:
        parts.append(tr("original ×1"))
    if material.copies:
        parts.append(tr("copies ×{0}").format(material.copies))
    if not material.required:
        parts.append(tr("if applicable"))
    return " · ".join(parts)


def service_location(catalog: Catalog, service: Service, language: str) -> str:
    """"一楼 A区" style text for the service's windows' floors and zones."""
    out: list[str] = []
    for window in catalog.service_windows(service):
        floor = catalog.floor(window.floor)
        floor_name = loc(floor, "name", language) if floor else window.floor
        zone = loc(window, "zone", language)
        text = floor_and_zone(floor_name, zone, floor_id=window.floor)
        if text not in out:
            out.append(text)
    return tr(", ").join(out)


def service_windows(catalog: Catalog, service: Service) -> str:
    """The service's window labels, e.g. "A1、A2"."""
    return tr(", ").join(w.id for w in catalog.service_windows(service))


class ServiceCard(QWidget):
    """One service, laid out as sections of plain text; rebuilt on every language change."""

    def __init__(self, catalog: Catalog, service: Service, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceCard")
        self.service = service
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card_frame("serviceCardFrame")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(32, 26, 32, 28)
        box.setSpacing(10)

        department = catalog.department(service.department)
        title = PlainLabel(loc(service, "name", language), "title")
        title.setObjectName("cardTitle")
        box.addWidget(title)
        if department is not None:
            box.addWidget(PlainLabel(loc(department, "name", language), "muted"))
        summary = loc(service, "summary", language)
        if summary:
            box.addWidget(self._section(tr("What it is")))
            lbl = PlainLabel(summary)
            lbl.setObjectName("cardSummary")
            box.addWidget(lbl)

        conditions = loc_list(service, "conditions", language)
        if conditions:
            box.addWidget(self._section(tr("Who can apply")))
            for item in conditions:
                box.addWidget(PlainLabel(f"•  {item}"))

        box.addWidget(self._section(tr("Materials to bring")))
        for index, material in enumerate(service.materials):
            row = QHBoxLayout()
            row.setSpacing(12)
            name = PlainLabel(f"☐  {loc(material, 'name', language)}")
            name.setObjectName(f"material{index}")
            row.addWidget(name, 3)
            counts = PlainLabel(material_counts(material), "muted")
            row.addWidget(counts, 2)
            box.addLayout(row)
            note = loc(material, "note", language)
            if note:
                box.addWidget(PlainLabel(f"     {note}", "muted"))

        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(8)
        facts.setColumnStretch(1, 1)
        rows = [
            (tr("Fee"), loc(service, "fee", language)),
            (tr("Time limit"), loc(service, "time_limit", language)),
            (tr("Window"), service_windows(catalog, service)),
            (tr("Floor and zone"), service_location(catalog, service, language)),
            (tr("Hours"), loc(service, "hours", language) if service.hours else loc(catalog.hall, "hours", language)),
            (tr("Appointment"), loc(service, "appointment", language)),
            (tr("Online"), loc(service, "online", language)),
            (tr("Notes"), loc(service, "notes", language)),
        ]
        box.addWidget(self._section(tr("Where and when")))
        r = 0
        for key, value in rows:
            if not value:
                continue
            key_label = PlainLabel(key, "muted")
            facts.addWidget(key_label, r, 0)
            value_label = PlainLabel(value)
            facts.addWidget(value_label, r, 1)
            r += 1
        box.addLayout(facts)
        if service.updated:
            updated = PlainLabel(tr("Information updated {0}").format(service.updated.isoformat()), "muted")
            updated.setObjectName("cardUpdated")
            box.addWidget(updated)

    @staticmethod
    def _section(text: str) -> PlainLabel:
        return PlainLabel(text, "section")
