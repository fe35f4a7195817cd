"""Staff page "事项清单 Catalog": check a new catalog file (path or USB stick, a JSON file or a backup
``.zip``) with a preview of every problem or of what it changes, apply it, roll back one step, export
the one in use with its floor plans. A refused file changes nothing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.catalog_backup import export_catalog, unpack_catalog
from kiosk.admin.catalog_check import CatalogCheck, check_catalog_file
from kiosk.admin.catalog_diff import compare
from kiosk.catalog import CatalogError, LoadedCatalog
from kiosk.messages import both
from kiosk.ui.admin.background import run_off_gui
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.keyboard_lift import hide_keyboard, latin_field
from kiosk.ui.admin.page import Page, card
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.text import tr_both, tr_lines

_LOGGER = logging.getLogger(__name__)
STACK_BELOW = 1200
"""A page narrower than this (portrait) shows the new file above its preview, not beside it."""


def describe(loaded: LoadedCatalog) -> str:
    """A few lines about a catalog for the preview."""
    c = loaded.catalog
    counts = tr_both("StaffAdminCatalog", "{services} services · {departments} departments · {windows} windows · "
                     "{floors} floors · {places} places").format(
        services=len(c.services), departments=len(c.departments), windows=len(c.windows),
        floors=len(c.hall.floors), places=len(c.places))
    version = tr_both("StaffAdminCatalog", "Version:")
    tag = f" · #{loaded.fingerprint}" if loaded.fingerprint else ""
    return f"{c.hall.name} {c.hall.name_en}\n{version} {c.version()}{tag}\n{counts}"


def _label(loaded: LoadedCatalog) -> str:
    """Version, file fingerprint and path of a catalog (two files of one version differ by the fingerprint)."""
    return loaded.label() if loaded.path is not None else f"{loaded.catalog.version()} " + tr_both(
        "StaffAdminCatalog", "(built in)")


def _short(loaded: LoadedCatalog) -> str:
    """Version and file fingerprint, without the path."""
    return f"{loaded.catalog.version()} · #{loaded.fingerprint}" if loaded.fingerprint else loaded.catalog.version()


def _notes(loaded: LoadedCatalog) -> str:
    """The notes of a usable catalog (floors without walkways…), as lines under the comparison."""
    if not loaded.notes:
        return ""
    head = tr_both("StaffAdminCatalog", "Notes (the catalog can be used):")
    return "\n\n" + head + "\n" + "\n".join(f"  {note}" for note in loaded.notes)


def _load(path: str, imports: Path) -> CatalogCheck:
    """Check a file (a backup ``.zip`` is unpacked under ``imports`` first); a refusal is a result to show."""
    if path.lower().endswith(".zip"):
        try:
            path = str(unpack_catalog(path, imports))
        except CatalogError as exc:
            return CatalogCheck(exc.source, None, tuple(exc.problems))
    return check_catalog_file(path)


class CatalogPage(Page):
    """Load → preview → apply, with one-step rollback and export."""

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminCatalog", "Catalog"), parent)
        self.services = services
        self._checked: LoadedCatalog | None = None
        self.current = make_label("", None, "catalogCurrent")
        self.body.addWidget(self.current)
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(24)
        self.columns = columns
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(make_label(tr_both("StaffAdminCatalog", "New catalog file"), "section"))
        path_row = QHBoxLayout()
        self.path = latin_field(QLineEdit())
        self.path.setObjectName("catalogPath")
        self.path.returnPressed.connect(self._check)
        self.path.setPlaceholderText("/media/usb/hall/catalog.json")
        self.path.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        path_row.addWidget(self.path, 1)
        self.check_button = make_button(tr_both("StaffAdminCatalog", "Check"), "catalogCheck")
        self.check_button.clicked.connect(self._check)
        path_row.addWidget(self.check_button)
        left.addLayout(path_row)
        usb_row = QHBoxLayout()
        usb_row.addWidget(make_label(tr_both("StaffAdminCatalog", "Files on USB sticks"), "muted"), 1)
        self.scan_button = make_button(tr_both("StaffAdminCatalog", "Rescan"), "catalogScan")
        self.scan_button.clicked.connect(self._scan)
        usb_row.addWidget(self.scan_button)
        left.addLayout(usb_row)
        self.usb_list = QListWidget()
        self.usb_list.setObjectName("usbFiles")
        self.usb_list.itemClicked.connect(self._usb_chosen)
        left.addWidget(self.usb_list, 1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(make_label(tr_both("StaffAdminCatalog", "Preview"), "section"))
        self.verdict = make_label(tr_both("StaffAdminCatalog", "Choose a file and check it"), "muted", "catalogVerdict")
        right.addWidget(self.verdict)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("catalogPreview")
        self.preview.setReadOnly(True)
        self.preview.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        right.addWidget(self.preview, 1)
        actions = QHBoxLayout()
        self.apply_button = make_button(tr_both("StaffAdminCatalog", "Apply"), "catalogApply", "primary")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        self.rollback_button = make_button(tr_both("StaffAdminCatalog", "Roll back"), "catalogRollback")
        self.rollback_button.clicked.connect(self._rollback)
        actions.addWidget(self.apply_button)
        actions.addWidget(self.rollback_button)
        right.addLayout(actions)
        columns.addLayout(right, 1)
        self.body.addLayout(columns, 1)
        export_box = card("exportBox")
        export = QHBoxLayout(export_box)
        export.setContentsMargins(18, 10, 18, 10)
        export.addWidget(make_label(tr_both("StaffAdminCatalog", "Export to"), None))
        self.export_path = latin_field(QLineEdit())
        self.export_path.setObjectName("exportPath")
        self.export_path.returnPressed.connect(self._export)
        self.export_path.setPlaceholderText("/media/usb/catalog-backup.zip")
        self.export_path.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        export.addWidget(self.export_path, 1)
        self.export_button = make_button(tr_both("StaffAdminCatalog", "Export"), "catalogExport")
        self.export_button.clicked.connect(self._export)
        export.addWidget(self.export_button)
        self.body.addWidget(export_box)
        self.message = make_label("", "muted", "catalogMessage")
        self.body.addWidget(self.message)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """The new file and its preview side by side, or above each other on a narrow (portrait) page,
        where side by side the path field showed "/me…" and Apply / Roll back were cut (Xvfb walk 10)."""
        super().resizeEvent(event)
        narrow = self.width() < STACK_BELOW
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def refresh(self) -> None:
        """Show the catalog in use and the one Roll back would restore, and rescan USB sticks."""
        self.current.setText(self._live_text())
        self.rollback_button.setEnabled(self.services.catalog_store.previous is not None)
        self._scan()

    def _live_text(self) -> str:
        """Two lines: the catalog in use, and the one Roll back restores (or that there is none)."""
        store = self.services.catalog_store
        live = tr_both("StaffAdminCatalog", "In use:") + f" {_label(store.current)}"
        if store.note is not None:  # e.g. the catalog applied before the restart did not load
            live = "⚠ " + both(store.note.message, **store.note.params) + "\n" + live
        if store.previous is None:
            return live + "\n" + tr_both("StaffAdminCatalog", "Roll back: no earlier catalog kept")
        return live + "\n" + tr_both("StaffAdminCatalog", "Roll back restores:") + f" {_label(store.previous)}"

    def _show_live(self, verdict: str) -> None:
        """After Apply or Roll back: the result panel says what is live now (not the last check's result)."""
        self._checked = None
        self.apply_button.setEnabled(False)
        self._set_verdict("✓ " + verdict, "good")
        self.preview.setPlainText(self._live_text())

    def _scan(self) -> None:
        self.usb_list.clear()
        files = self.services.find_usb_catalogs()
        for path in files:
            root = next((r for r in self.services.usb_roots if path.is_relative_to(r)), None)
            item = QListWidgetItem(str(path.relative_to(root) if root else path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.usb_list.addItem(item)
        if not files:
            self.usb_list.addItem(tr_both("StaffAdminCatalog", "(no .json or .zip files on USB sticks)"))
            self.usb_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _usb_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.path.setText(path)
            self.path.setCursorPosition(0)
            self._check()

    def _set_verdict(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("role", role)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _check(self) -> None:
        hide_keyboard()  # the verdict and the preview must be seen
        text = self.path.text().strip()
        self._checked = None
        self.apply_button.setEnabled(False)
        if not text:
            self._set_verdict(tr_both("StaffAdminCatalog", "Enter a file path"), "error")
            return
        self.check_button.setEnabled(False)
        self._set_verdict(tr_both("StaffAdminCatalog", "Checking…"), "muted")
        imports = self.services.settings.data_dir / "catalog-imports"
        run_off_gui(lambda: _load(text, imports), self._checked_result)

    def _checked_result(self, result: object) -> None:
        self.check_button.setEnabled(True)
        if isinstance(result, Exception):
            self._set_verdict(tr_both("StaffAdminCatalog", "Cannot check:") + f" {result}", "error")
            return
        assert isinstance(result, CatalogCheck)
        if result.loaded is None:
            count = len(result.problems)
            self._set_verdict("✕ " + tr_lines("StaffAdminCatalog", "Refused: {count} problem(s); the catalog in use stays").format(
                count=count), "error")
            self.preview.setPlainText("\n".join(result.problems[:200]))
            self.services.audit.record("catalog.check", "refused", f"{Path(result.source).name}: {count} problems")
            return
        self._checked = result.loaded
        old = self.services.catalog.catalog
        new = result.loaded.catalog
        diff = len(new.services) - len(old.services)
        self._set_verdict(("✓ " + tr_both("StaffAdminCatalog", "Valid — ready to apply")), "good")
        changes = "\n".join(f"  {line}" for line in compare(old, new).lines())
        self.preview.setPlainText(f"{describe(result.loaded)}\n\n" + tr_both("StaffAdminCatalog", "Compared with the one in use "
                                  "({version}): {diff} services").format(version=_short(self.services.catalog), diff=f"{diff:+d}")
                                  + f"\n{changes}" + _notes(result.loaded))
        self.apply_button.setEnabled(True)

    def _apply(self) -> None:
        if self._checked is None or self._checked.path is None:
            return
        try:
            loaded = self.services.catalog_store.replace(self._checked.path)
        except CatalogError as exc:
            self._set_verdict(tr_both("StaffAdminCatalog", "The file changed and was refused"), "error")
            self.preview.setPlainText("\n".join(exc.problems))
            self.services.audit.record("catalog.replace", "refused", f"{len(exc.problems)} problems")
            return
        if self.services.on_catalog_changed is not None:
            self.services.on_catalog_changed(loaded)
        self.services.audit.record("catalog.replace", "ok", loaded.catalog.version())
        self.message.setText(tr_both("StaffAdminCatalog", "Applied:") + f" {_label(loaded)}")
        self._show_live(tr_both("StaffAdminCatalog", "Applied: the new catalog is in use, also after a restart")
                        if self.services.catalog_store.note is None else
                        tr_both("StaffAdminCatalog", "Applied: the new catalog is in use until the kiosk restarts"))
        self.refresh()

    def _rollback(self) -> None:
        if not self.services.catalog_store.rollback():
            return
        loaded = self.services.catalog
        if self.services.on_catalog_changed is not None:
            self.services.on_catalog_changed(loaded)
        self.services.audit.record("catalog.rollback", "ok", loaded.catalog.version())
        self.message.setText(tr_both("StaffAdminCatalog", "Rolled back to") + f" {_label(loaded)}")
        self._show_live(tr_both("StaffAdminCatalog", "Rolled back: the previous catalog is in use"))
        self.refresh()

    def _export(self) -> None:
        hide_keyboard()
        target_text = self.export_path.text().strip()
        loaded = self.services.catalog
        if not target_text or loaded.path is None:
            self.message.setText(tr_both("StaffAdminCatalog", "Enter a folder or a .zip file to export to"))
            return
        try:
            written = export_catalog(loaded, target_text)
        except (OSError, CatalogError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            self.message.setText(tr_both("StaffAdminCatalog", "Export failed:") + f" {reason}")
            self.services.audit.record("catalog.export", "failed", str(reason))
            return
        plans = sum(1 for floor in loaded.catalog.hall.floors if loaded.map_path(floor.id) is not None)
        self.services.audit.record("catalog.export", "ok", f"{written.name} + {plans} floor plans")
        self.message.setText(tr_both("StaffAdminCatalog", "Exported the catalog and {plans} floor plan(s) to").format(
            plans=plans) + f" {written}")
