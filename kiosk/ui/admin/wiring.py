"""Install staff mode, lockdown, the GUI watchdog, statistics, ratings and calls for staff.

``install(window, context)`` connects to the kiosk window's contract signals:

- ``admin_requested`` → PIN pad → staff panel (:class:`AdminController`)
- ``staff_requested`` → staff call with the visit's masked summary + "工作人员马上到"
- ``answer_shown`` → counted in the statistics (masked); ``visit_started`` → a visit counted
- the "结束 / Done" tap → rating first, then the wipe. The window offers this through
  ``set_end_visit_gate(gate)`` when it has it (``gate(proceed)`` must call ``proceed()`` to wipe);
  otherwise the Done button (``window.end_button``) is re-routed through the rating.
- other areas may call ``controller.offer_rating(then)`` (e.g. after a ticket was taken).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.admin.audit import AuditLog
from kiosk.admin.lockout import Lockout
from kiosk.admin.status import from_callable
from kiosk.admin.watchdog import Watchdog
from kiosk.insights import Insights
from kiosk.ui.admin.adapters import printer_check, speech_check, test_print
from kiosk.ui.admin.controller import AdminController
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.lockdown import KioskLockdown

_LOGGER = logging.getLogger(__name__)

EXIT_STAFF_STOPPED = 64
"""Exit code of "exit kiosk": the systemd unit does not restart on it (RestartPreventExitStatus)."""
EXIT_RESTART = 75
"""Exit code of "restart kiosk": systemd starts the kiosk again."""


def _open_tickets(settings: Any) -> Any | None:
    try:
        from kiosk.tickets import open_store
    except ImportError:
        return None
    try:
        return open_store(settings)
    except Exception:  # noqa: BLE001 - the queue page says it is not available
        _LOGGER.exception("cannot open the ticket store for the staff queue page")
        return None


def _quit(lockdown: KioskLockdown, code: int) -> None:
    app = QApplication.instance()
    lockdown.allow_exit()
    app.setProperty("kiosk_exit_code", code)
    app.exit(code)
    app.quit()


def build_services(context: Any, lockdown: KioskLockdown | None = None) -> AdminServices:
    """The :class:`AdminServices` for an :class:`kiosk.ui.context.AppContext`."""
    settings = context.settings
    data_dir = settings.data_dir
    admin = settings.admin

    def catalog_changed(_loaded: Any) -> None:
        rebuild = getattr(context, "rebuild_navigator", None)
        if rebuild is not None:
            rebuild()

    speech = speech_check(settings)
    speech.key = "speech"  # type: ignore[attr-defined]
    checks = [speech]
    printer = printer_check(settings)
    if printer is not None:
        printer.key = "printer"  # type: ignore[attr-defined]
        checks.append(printer)
    services = AdminServices(
        settings=settings,
        catalog_store=context.catalog_store,
        audit=AuditLog.in_data_dir(data_dir),
        insights=Insights.in_data_dir(data_dir),
        lockout=Lockout(data_dir / "admin-lockout.json", admin.max_attempts, admin.lockout_s),
        tickets=None,
        on_catalog_changed=catalog_changed,
        extra_checks=checks,
        test_print=test_print(settings),
    )
    if lockdown is not None:
        services.exit_app = lambda: _quit(lockdown, EXIT_STAFF_STOPPED)
        services.restart_app = lambda: _quit(lockdown, EXIT_RESTART)
    return services


def bind_other_areas(services: AdminServices, context: Any) -> None:
    """Use what other areas published on the context (they install after this area).

    The tickets area publishes ``context.tickets`` (the ticket store), ``context.printer_check``
    and ``context.ticket_test_print``; an LLM area may publish ``context.llm_check``. Without
    them the staff screens fall back to their own: a ticket store on the same SQLite file and
    a printer check/test print built from the settings.
    """
    tickets = getattr(context, "tickets", None)
    if tickets is not None and hasattr(tickets, "call_next"):
        services.tickets = tickets
    elif services.tickets is None:
        services.tickets = _open_tickets(services.settings)
    printer = getattr(context, "printer_check", None)
    if callable(printer):
        services.extra_checks = [c for c in services.extra_checks if getattr(c, "key", "") != "printer"]
        services.extra_checks.append(from_callable("printer", "打印机 Printer", printer))
    test = getattr(context, "ticket_test_print", None)
    if callable(test):
        services.test_print = test
    llm = getattr(context, "llm_check", None)
    if callable(llm):
        services.llm_check = from_callable("llm", "大模型服务 LLM", llm)
    speech = getattr(context, "speech_check", None)
    if callable(speech):
        services.extra_checks = [c for c in services.extra_checks if getattr(c, "key", "") != "speech"]
        live = from_callable("speech", "语音 Speech", speech)
        live.key = "speech"  # type: ignore[attr-defined]
        services.extra_checks.insert(0, live)
    level = getattr(context, "mic_level", None)
    if callable(level):
        services.mic_level = level


def _follow_llm_turns(window: Any, controller: AdminController) -> None:
    """Count questions the LLM answered (its controller installs after this area)."""
    from kiosk.ui.llm_wiring import LlmController

    llm = window.findChild(LlmController)
    if llm is not None:
        llm.turn_finished.connect(controller.record_llm_result)


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
    QApplication.instance().aboutToQuit.connect(dog.stop)
    return dog


def route_done_button(window: Any, controller: AdminController) -> bool:
    """Make "结束 / Done" offer the rating before the visit is wiped."""
    gate = getattr(window, "set_end_visit_gate", None)
    if gate is not None:
        gate(lambda proceed: controller.offer_rating(proceed))
        return True
    button = getattr(window, "end_button", None)
    if button is None:
        return False
    try:
        button.clicked.disconnect(window.end_visit)
    except (RuntimeError, TypeError):
        _LOGGER.warning("could not re-route the Done button; ratings are offered by offer_rating() only")
        return False
    button.clicked.connect(lambda: controller.offer_rating(window.end_visit))
    return True


def install(window: Any, context: Any) -> AdminController:
    """Wire staff mode and the citizen staff features into ``window``; returns the controller."""
    settings = context.settings
    kiosk_mode = bool(settings.ui.fullscreen) and not context.windowed
    lockdown = KioskLockdown(kiosk_mode).install(QApplication.instance())
    services = build_services(context, lockdown)
    controller = AdminController(window, services, before_panel=lambda: bind_other_areas(services, context))
    controller.lockdown = lockdown  # type: ignore[attr-defined]
    controller.watchdog = start_watchdog(settings, controller)  # type: ignore[attr-defined]
    window.admin_requested.connect(controller.begin_login)
    window.staff_requested.connect(controller.call_staff)
    window.answer_shown.connect(controller.record_answer)
    window.visit_started.connect(controller.visit_started)
    route_done_button(window, controller)
    window.admin_controller = controller
    context.admin = controller  # other areas: context.admin.offer_rating(then)
    QTimer.singleShot(0, lambda: bind_other_areas(services, context))
    QTimer.singleShot(0, lambda: _follow_llm_turns(window, controller))
    _LOGGER.info("staff mode installed (kiosk lockdown %s)", "on" if kiosk_mode else "off")
    return controller
