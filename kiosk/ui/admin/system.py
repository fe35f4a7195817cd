"""Staff page "系统 System": test print, restart the kiosk, exit the kiosk (each confirmed)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.admin.background import run_off_gui
from kiosk.ui.admin.confirm import ConfirmStrip
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.page import Page, card
from kiosk.ui.text import tr_both, tr_lines


class SystemPage(Page):
    """Test print and leaving the kiosk."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminSystem", "System"), parent)
        self.services = services
        print_box = card("printBox")
        row = QHBoxLayout(print_box)
        row.setContentsMargins(24, 16, 24, 16)
        from kiosk.printing.transports import printer_label  # pdf:// is named a test printer

        row.addWidget(make_label(tr_both("StaffAdminSystem", "Printer:") + f" {printer_label(services.settings.printer.uri)}"), 1)
        self.print_button = make_button(tr_both("StaffAdminSystem", "Test print"), "testPrint", "primary")
        self.print_button.clicked.connect(self._test_print)
        row.addWidget(self.print_button)
        self.body.addWidget(print_box)
        self.print_result = make_label("", "muted", "printResult")
        self.body.addWidget(self.print_result)
        self.body.addWidget(make_label(tr_both("StaffAdminSystem", "Exit or restart"), "section"))
        buttons = QHBoxLayout()
        self.restart_button = make_button(tr_both("StaffAdminSystem", "Restart kiosk"), "restartKiosk")
        self.exit_button = make_button(tr_both("StaffAdminSystem", "Exit kiosk"), "exitKiosk", "danger")
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.exit_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        help_lines = (tr_lines("StaffAdminSystem", "Restart: the service starts the kiosk again within seconds."),
                      tr_lines("StaffAdminSystem", "Exit: the kiosk stays closed until the next boot or a manual start."))
        self.help = make_label("\n".join(help_lines), "muted", "systemHelp")  # each language on its own line
        self.body.addWidget(self.help)
        self.confirm = ConfirmStrip("", tr_both("StaffAdminSystem", "Yes"), "systemConfirm")
        self.confirm.confirmed.connect(self._confirmed)
        self.body.addWidget(self.confirm)
        self.body.addStretch(1)
        self._pending: str | None = None
        self.restart_button.clicked.connect(lambda: self._ask("restart", tr_both("StaffAdminSystem", "Restart the kiosk now?")))
        self.exit_button.clicked.connect(lambda: self._ask("exit", tr_both("StaffAdminSystem", "Exit the kiosk now?")))

    def refresh(self) -> None:
        """Enable what is available."""
        self.print_button.setEnabled(self.services.test_print is not None)
        if self.services.test_print is None:
            self.print_result.setText(tr_both("StaffAdminSystem", "Printing is not available"))
        self.restart_button.setEnabled(self.services.restart_app is not None)
        self.exit_button.setEnabled(self.services.exit_app is not None)

    def _test_print(self) -> None:
        if self.services.test_print is None:
            return
        self.print_button.setEnabled(False)
        self.print_result.setText(tr_both("StaffAdminSystem", "Printing…"))
        run_off_gui(self.services.test_print, self._printed)

    def _printed(self, result: object) -> None:
        self.print_button.setEnabled(True)
        failed = isinstance(result, Exception)
        text = (tr_both("StaffAdminSystem", "Failed:") if failed else tr_both("StaffAdminSystem", "Printed:")) + f" {result}"
        self.print_result.setText(text)
        self.services.audit.record("printer.test", "failed" if failed else "ok", str(result))

    def _ask(self, what: str, question: str) -> None:
        self._pending = what
        self.confirm.ask(question)

    def _confirmed(self) -> None:
        what, self._pending = self._pending, None
        if what == "exit" and self.services.exit_app is not None:
            self.services.audit.record("kiosk.exit", "ok")
            self.services.exit_app()
        elif what == "restart" and self.services.restart_app is not None:
            self.services.audit.record("kiosk.restart", "ok")
            self.services.restart_app()
