"""Install staff mode, lockdown, the GUI watchdog, statistics, ratings and calls for staff.

``install(window, context)`` connects to the kiosk window's contract signals:

- ``admin_requested`` → PIN pad → staff panel (:class:`AdminController`)
- ``staff_requested`` → staff call with the visit's masked summary + "工作人员马上到"
- ``answer_shown`` → counted in the statistics (masked); ``visit_started`` → a visit counted
- the "结束 / Done" tap → rating first, then the wipe (``window.set_end_visit_gate``).
- it publishes ``context.staff`` (``offer_rating(then)``, e.g. after a ticket was taken) and counts
  the LLM area's finished turns (``context.llm``).
"""

from __future__ import annotations

import logging
from typing import Any, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.admin.audit import AuditLog
from kiosk.admin.lockout import Lockout
from kiosk.admin.watchdog import Watchdog
from kiosk.ui.admin.controller import AdminController
from kiosk.ui.admin.printer_checks import printer_check, test_print
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.admin.speech_checks import speech_check
from kiosk.ui.context import AppContext, StaffPort
from kiosk.ui.lockdown import KioskLockdown
from kiosk.ui.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)

EXIT_STAFF_STOPPED = 64
"""Exit code of "exit kiosk": the systemd unit does not restart on it (RestartPreventExitStatus)."""
EXIT_RESTART = 75
"""Exit code of "restart kiosk": systemd starts the kiosk again."""


def _quit(lockdown: KioskLockdown, code: int) -> None:
    app = cast(QApplication, QApplication.instance())
    lockdown.allow_exit()
    app.setProperty("kiosk_exit_code", code)
    app.exit(code)
    app.quit()


def build_services(context: AppContext, lockdown: KioskLockdown | None = None) -> AdminServices:
    """The :class:`AdminServices` for the area context (the context's ticket store and insights)."""
    settings = context.settings
    admin = settings.admin
    services = AdminServices(
        settings=settings,
        catalog_store=context.catalog_store,
        audit=AuditLog.in_data_dir(settings.data_dir),
        insights=context.insights,
        lockout=Lockout(settings.data_dir / "admin-lockout.json", admin.max_attempts, admin.lockout_s),
        tickets=context.tickets,
        on_catalog_changed=lambda _loaded: context.navigator.rebuild(),
        test_print=test_print(settings),
    )
    bind_other_areas(services, context)
    if lockdown is not None:
        services.exit_app = lambda: _quit(lockdown, EXIT_STAFF_STOPPED)
        services.restart_app = lambda: _quit(lockdown, EXIT_RESTART)
    return services


def bind_other_areas(services: AdminServices, context: AppContext) -> None:
    """Use what the other areas published on the context (called again whenever the staff panel opens).

    Status lines come from ``context.status`` (speech, printer, llm), falling back to checks built
    from the settings; the test print from ``context.printer``; the microphone level from ``context.voice``.
    """
    settings = services.settings
    published = {line.key: line.check for line in context.status.lines()}
    fallback = {"speech": speech_check(settings), "printer": printer_check(settings)}
    services.extra_checks = [published.get(k) or fallback[k] for k in ("speech", "printer")]
    services.extra_checks += [c for k, c in published.items() if k not in ("speech", "printer", "llm")]
    services.llm_check = published.get("llm")
    if context.printer.value is not None:
        services.test_print = context.printer.value.test_print
    if context.voice.value is not None:
        services.mic_level = context.voice.value.mic_level


def apply_saved_settings(window: MainWindow, keys: frozenset[str]) -> None:
    """Put saved settings to work without a restart where the kiosk can: the idle time at once (timer and
    privacy notice), the default language and text size from the next visit. The rest waits for a restart
    (:data:`kiosk.admin.settings_file.RESTART_NEEDED`)."""
    ui = window.settings.ui
    if "ui.idle_timeout_s" in keys:
        window.set_idle_timeout(ui.idle_timeout_s)
    if "ui.language" in keys:
        window.visit.default_language = ui.language
    if "ui.elderly_mode" in keys:
        window.visit.default_large_text = ui.elderly_mode


def start_watchdog(settings: Any, parent: Any) -> Watchdog:
    """The GUI-stall watchdog, ticked every 100 ms by a QTimer on the GUI thread."""
    admin = settings.admin
    dog = Watchdog(admin.watchdog_stall_s, dump_path=settings.data_dir / "stalls.log", exit_s=admin.watchdog_exit_s)
    timer = QTimer(parent)
    timer.setObjectName("watchdogHeartbeat")
    timer.setInterval(100)
    timer.timeout.connect(dog.tick)
    timer.start()
    dog.start()
    cast(QApplication, QApplication.instance()).aboutToQuit.connect(dog.stop)
    return dog


def install(window: MainWindow, context: AppContext) -> AdminController:
    """Wire staff mode and the citizen staff features into ``window``; returns the controller."""
    settings = context.settings
    kiosk_mode = bool(settings.ui.fullscreen) and not context.windowed
    lockdown = KioskLockdown(kiosk_mode).install(cast(QApplication, QApplication.instance()))
    services = build_services(context, lockdown)
    services.on_settings_saved = lambda keys: apply_saved_settings(window, keys)
    controller = AdminController(window, services, before_panel=lambda: bind_other_areas(services, context))
    controller.lockdown = lockdown
    controller.watchdog = start_watchdog(settings, controller)
    window.admin_requested.connect(controller.begin_login)
    window.staff_requested.connect(controller.call_staff)
    window.answer_shown.connect(controller.record_answer)
    window.visit_started.connect(controller.visit_started)
    window.set_end_visit_gate(lambda proceed: controller.offer_rating(proceed))
    context.staff.publish(StaffPort(offer_rating=controller.offer_rating))
    context.llm.when_ready(lambda port: port.turn_finished.connect(controller.record_llm_result))
    _LOGGER.info("staff mode installed (kiosk lockdown %s)", "on" if kiosk_mode else "off")
    return controller
