"""The map screen: the floor plan(s) with "you are here", the target and the route.

A "step-free" toggle (♿) gives the route that takes lifts only (wheelchairs, pushchairs); the visitor's
choice lasts until the visit is wiped.

When the target is on another floor both floors are shown, each with its step
("① 乘电梯上二楼", "② 出电梯后前往 C1 窗口"): in portrait above each other, each the screen's width; in
landscape one floor large beside the words (first the kiosk's own, the leg the visitor walks now) and the
other small in the words' column, with a button (or a tap on it) that shows it large instead. Side by side
each plan had about 35 % of a 1920-pixel-wide screen, too small to read (Xvfb walk 13).
A service with several windows gets a chooser row.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.catalog import Catalog, CatalogStore, Place, Service, Window, floor_and_zone, localized_only
from kiosk.ui.floor_map import FloorMapView
from kiosk.ui.route import choices_in_order, route_to
from kiosk.ui.text import loc, tr
from kiosk.ui.widgets import PlainLabel, button, discard
from kiosk.visit import Visit

SIDE_COLUMN = 560
"""Width of the words' column beside a one-floor plan in landscape (wider when its buttons need it)."""
SPLIT_COLUMN = 620
"""Width of the words' column in landscape when the route takes two floors (it holds the small plan too)."""


class MapScreen(QWidget):
    """Wayfinding to a service window or a hall facility."""

    def __init__(self, catalog_store: CatalogStore, visit: Visit) -> None:
        super().__init__()
        self._store, self._visit = catalog_store, visit
        self.setObjectName("mapScreen")
        self.setProperty("screen", True)
        self.service: Service | None = None
        self.places: list[Place] = []
        self.note = ""
        self.window_index = 0
        self.outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(40, 20, 40, 12)
        self.outer.setSpacing(16)
        self.info = QWidget()
        info = QVBoxLayout(self.info)
        self.info_col = info
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(12)
        self.title = PlainLabel(role="title")
        self.title.setObjectName("mapTitle")
        info.addWidget(self.title)
        self.detail = PlainLabel()
        self.detail.setObjectName("mapDetail")
        info.addWidget(self.detail)
        self.choices_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.choices_row.setSpacing(12)
        self.choices_label = PlainLabel(role="muted")
        self.choices = QWidget()
        self.choices.setLayout(self.choices_row)
        info.addWidget(self.choices)
        self.step_free = False
        """True when the visitor asked for a route without stairs or escalators."""
        self.step_free_button = button("stepFreeButton")
        self.step_free_button.setCheckable(True)
        self.step_free_button.toggled.connect(self.set_step_free)
        info.addWidget(self.step_free_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.info_stretch = QWidget()
        info.addWidget(self.info_stretch, 1)
        self.outer.addWidget(self.info)
        self._portrait = False
        self.maps = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.maps.setSpacing(20)
        self.panels: list[tuple[QWidget, PlainLabel, FloorMapView]] = []
        self.swap_buttons: list[QPushButton] = []
        """Under the small plan of a two-floor route in landscape: show that floor large instead."""
        self.large_leg = 0
        """Which leg a two-floor route in landscape shows large (0: the kiosk's own floor)."""
        self._split = False
        for i in range(2):
            panel = QWidget()
            col = QVBoxLayout(panel)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(6)
            step = PlainLabel(role="section")
            step.setObjectName(f"mapStep{i + 1}")
            view = FloorMapView(f"floorMap{i + 1}")
            col.addWidget(step)
            col.addWidget(view, 1)
            swap = button(f"mapSwap{i + 1}")
            swap.clicked.connect(lambda _=False, leg=i: self.show_leg_large(leg))
            swap.hide()
            col.addWidget(swap)
            view.installEventFilter(self)
            self.maps.addWidget(panel, 1)
            self.panels.append((panel, step, view))
            self.swap_buttons.append(swap)
        self.outer.addLayout(self.maps, 1)
        self._text_px = 24
        self._side = False

    @property
    def _catalog(self) -> Catalog:
        return self._store.current.catalog

    # -- targets ----------------------------------------------------------------------------------
    def show_service(self, service: Service, window_index: int = 0) -> None:
        """Route to one of the service's windows."""
        self.service, self.places, self.note = service, [], ""
        self.window_index = window_index
        self.large_leg = 0
        self._render()

    def show_places(self, places: list[Place], note: str = "") -> None:
        """Route to a facility (several = choose: the one the answer names, then the nearest by walking)."""
        self.places = choices_in_order(self._catalog, places)  # the one the answer names comes first
        self.service, self.note, self.window_index = None, note, 0
        self.large_leg = 0
        self._render()

    def chosen_window(self, service_id: str) -> str | None:
        """The window the visitor picked on the map for ``service_id`` (None when another target is shown)."""
        if self.service is None or self.service.id != service_id:
            return None
        targets = self._targets()
        return targets[min(self.window_index, len(targets) - 1)][0] if targets else None

    def choose(self, index: int) -> None:
        """Pick another window/place of the current target."""
        self.window_index = index
        self._render()

    def show_leg_large(self, leg: int) -> None:
        """Show leg ``leg`` of a two-floor route large (landscape; the other goes small)."""
        if leg != self.large_leg:
            self.large_leg = leg
            self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A tap on the small plan shows it large."""
        if event.type() == QEvent.Type.MouseButtonRelease and self._split:
            for i, (_panel, _step, view) in enumerate(self.panels):
                if watched is view and i != self.large_leg:
                    self.show_leg_large(i)
                    return True
        return super().eventFilter(watched, event)

    def set_step_free(self, on: bool) -> None:
        """Show the lifts-only route (or the shortest one again)."""
        if on != self.step_free:
            self.step_free = on
            self._render()

    def _targets(self) -> list[tuple[str, str, float, float, str]]:
        """(id, floor, x, y, label) of every candidate target."""
        catalog, lang = self._catalog, self._visit.language
        if self.service is not None:
            out = []
            for w in catalog.service_windows(self.service):
                out.append((w.id, w.floor, w.x, w.y, self._window_label(w)))
            return out
        return [(p.id, p.floor, p.x, p.y, loc(p, "name", lang)) for p in self.places]

    def _window_label(self, window: Window) -> str:
        return tr("Window {0}").format(window.id)

    def _floor_name(self, floor_id: str) -> str:
        floor = self._catalog.floor(floor_id)
        return loc(floor, "name", self._visit.language) if floor else floor_id

    def _render(self) -> None:
        catalog, lang = self._catalog, self._visit.language
        while self.choices_row.count():
            item = self.choices_row.takeAt(0)
            assert item is not None  # count() > 0
            if item.widget() is not None and item.widget() is not self.choices_label:
                discard(cast(QWidget, item.widget()))
        targets = self._targets()
        if not targets:
            self.title.clear()
            self.detail.clear()
            for _panel, step, view in self.panels:
                step.clear()
                view.set_leg(None, "", "", "")
            self.choices.hide()
            return
        self.window_index = min(self.window_index, len(targets) - 1)
        tid, floor_id, _x, _y, label = targets[self.window_index]
        route = route_to(catalog, tid, accessible=self.step_free)  # the walkway route the printed slip shows too
        self.step_free_button.blockSignals(True)
        self.step_free_button.setChecked(self.step_free)
        self.step_free_button.blockSignals(False)
        free = self.step_free_button
        free.setText(("✓ " if self.step_free else "") + "♿ " + tr("Step-free route (lifts only)"))
        free.ensurePolished()
        free.setMinimumWidth(free.fontMetrics().horizontalAdvance(free.text()) + 2 * free.fontMetrics().height() + 24)
        # landscape with one floor: the words on the left, a big plan on the right; the column is as wide
        # as the step-free button needs (English large text: wider than 560 px, its border was cut)
        side = not self._portrait and not route.floor_change
        split = not self._portrait and route.floor_change and len(route.legs) > 1
        self._side, self._split = side or split, split
        beside = side or split
        self.outer.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        column = max(SPLIT_COLUMN if split else SIDE_COLUMN, free.minimumWidth())
        self.info.setMinimumWidth(column if beside else 0)
        self.info.setMaximumWidth(column if beside else 16777215)
        self.info_stretch.setVisible(side)
        self._place_panels(split)
        if self.service is not None:
            window = catalog.window(tid)
            self.title.setText(loc(self.service, "name", lang))
            zone = loc(window, "zone", lang) if window else ""
            # the window's own label only in its language: no Chinese label left in English (walk 10, defect 13)
            own = localized_only(window, "label", lang) if window else ""
            where = tr("{0} ({1})").format(label, own) if own else label
            where_on_floor = floor_and_zone(self._floor_name(floor_id), zone, floor_id=floor_id)
            self.detail.setText(tr("Go to {0}: {1} {2}").format(where, where_on_floor, "").strip())
        else:
            place = self.places[self.window_index]
            self.title.setText(loc(place, "name", lang))
            parts = [tr("{0}: {1}").format(label, self._floor_name(floor_id))]
            if self.note:
                parts.append(self.note)
            elif loc(place, "notes", lang):
                parts.append(loc(place, "notes", lang))
            self.detail.setText("\n".join(parts))
        if len(targets) > 1:
            self.choices_label.setText(tr("Also possible:") if self.service is None else tr("Choose a window:"))
            self.choices_row.addWidget(self.choices_label)
            self.choices_label.show()
            for i, (cid, cfloor, _, _, clabel) in enumerate(targets):
                b = button(f"mapChoice_{cid}")
                b.setCheckable(True)
                b.setChecked(i == self.window_index)
                text = f"{clabel} · {self._floor_name(cfloor)}"
                b.setText(("✓ " if i == self.window_index else "") + text)
                b.clicked.connect(lambda _=False, idx=i: self.choose(idx))
                self.choices_row.addWidget(b)
                b.show()
            if not side:
                self.choices_row.addStretch(1)
            self.choices.show()
        else:
            self.choices.hide()
        self._arrange_choices()

        you = tr("You are here")
        for i, (panel, step, view) in enumerate(self.panels):
            if i >= len(route.legs):
                panel.hide()
                view.set_leg(None, "", "", "")
                continue
            leg = route.legs[i]
            panel.show()
            small = split and i != self.large_leg
            view.text_px = round(self._text_px * 0.8) if small else self._text_px
            swap = self.swap_buttons[i]
            swap.setVisible(small)
            swap.setText(tr("Show {0} large").format(self._floor_name(leg.floor)))
            view.set_plan(self._store.current.map_path(leg.floor))
            floor_tag = f"【{self._floor_name(leg.floor)}】 "
            connector = ""
            if route.floor_change:
                lift = loc(leg.connector, "name", lang) if leg.connector else tr("lift or stairs")
                if i == 0:
                    step.setText(floor_tag + tr("① Take the {0} to {1}").format(lift, self._floor_name(floor_id)))
                    connector = tr("{0} → {1}").format(lift, self._floor_name(floor_id))
                else:
                    step.setText(floor_tag + tr("② On {0}, leave the {1} and go to {2}").format(
                        self._floor_name(floor_id), lift, label))
                    connector = lift
            elif leg.straight:  # no walkways known: the line is a direction, not a route (Xvfb walk 11, defect 5)
                step.setText(floor_tag + tr("Head for {0}; the dotted line only shows the direction").format(label))
            else:
                step.setText(floor_tag + tr("Follow the line from \"You are here\" to {0}").format(label))
            view.set_leg(leg, label, you, connector)

    def _place_panels(self, split: bool) -> None:
        """Two floors in landscape: the large leg's plan beside the words, the other's in their column;
        else both plans in the maps row (or column), in the route's order."""
        self.large_leg = min(self.large_leg, len(self.panels) - 1)
        for panel, _step, _view in self.panels:
            self.info_col.removeWidget(panel)
            self.maps.removeWidget(panel)
        if split:
            small = self.panels[1 - self.large_leg][0]
            self.info_col.insertWidget(self.info_col.indexOf(self.info_stretch), small, 1)
            self.maps.addWidget(self.panels[self.large_leg][0], 1)
        else:
            for panel, _step, _view in self.panels:
                self.maps.addWidget(panel, 1)

    def _arrange_choices(self) -> None:
        """The window buttons side by side where they fit whole (with "Choose a window:" before them),
        else above each other: in portrait English large text a row cut them to "Window A01 · First flo"
        and wrapped the label onto three lines (Xvfb walk 10, defect 8)."""
        items = [self.choices_row.itemAt(i) for i in range(self.choices_row.count())]
        widgets = [w for w in (item.widget() for item in items if item is not None) if w is not None and not w.isHidden()]
        room = self.width() - self.outer.contentsMargins().left() - self.outer.contentsMargins().right()
        need = sum(w.sizeHint().width() for w in widgets) + self.choices_row.spacing() * max(0, len(widgets) - 1)
        across = not self._side and need <= room
        self.choices_row.setDirection(QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Re-arrange the window buttons for the new width."""
        super().resizeEvent(event)
        self._arrange_choices()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._render()

    def apply_mode(self, large: bool, portrait: bool) -> None:
        """Two floors side by side in landscape, above each other in portrait."""
        self.maps.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._text_px = 30 if large else 24
        self._portrait = portrait

    def wipe(self) -> None:
        """Forget the target (and the visitor's step-free choice)."""
        self.service, self.places, self.note = None, [], ""
        self.step_free = False
        self.large_leg = 0
        self._render()

