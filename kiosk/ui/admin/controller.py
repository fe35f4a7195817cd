"""Staff mode and the citizen-side staff features, driven by the kiosk window's signals.

Staff: ``admin_requested`` → PIN pad (or the "no PIN set" notice) → PIN checked off the GUI thread
against the salted hash, wrong PINs counted by the persistent lockout → the staff panel; the
session ends after ``admin.session_idle_s`` without a touch. Every step goes to the audit log.

Citizens: ``staff_requested`` → a staff call with the visit's masked summary is stored (status
page alert, log) and "工作人员马上到" is shown; :meth:`AdminController.offer_rating` shows the
five-level rating and then calls its continuation (the UI wipes the visit only after that).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.admin.pin import verify_pin
from kiosk.insights import Rating, VisitSummary
from kiosk.ui.admin.background import run_off_gui
from kiosk.ui.admin.citizen import RatingPanel, StaffOnTheWay, ThanksPanel
from kiosk.ui.admin.panel import AdminPanel
from kiosk.ui.admin.pinpad import NoPinNotice, PinPad
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.text import tr_both, tr_lines
from kiosk.visit import answered_service

if TYPE_CHECKING:
    from kiosk.admin.watchdog import Watchdog
    from kiosk.llm.answerer import LlmResult
    from kiosk.navigator import Answer
    from kiosk.ui.lockdown import KioskLockdown
    from kiosk.ui.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)


class AdminController(QObject):
    """Owns the PIN pad, the staff session and the citizen rating / staff-call flows.

    Signals:
        session_started(): a staff member signed in.
        session_ended(str): signed out; the reason is ``logout``, ``idle`` or ``replaced``.
        staff_called(object): a :class:`kiosk.insights.VisitSummary` was recorded.
        rated(int): a rating 1..5 was stored.
    """

    session_started = Signal()
    session_ended = Signal(str)
    staff_called = Signal(object)
    rated = Signal(int)

    def __init__(self, window: MainWindow, services: AdminServices, idle_s: float | None = None,
                 before_panel: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._before_panel = before_panel
        self.window = window
        self.services = services
        self.pin_pad: PinPad | None = None
        self.panel: AdminPanel | None = None
        self._rating_done: Callable[[], None] | None = None
        self._rated_this_visit = False
        self._idle = QTimer(self, singleShot=True)
        self._idle.setInterval(int(1000 * (idle_s if idle_s is not None else services.settings.admin.session_idle_s)))
        self._idle.timeout.connect(lambda: self.end_session("idle"))
        self._last_question_id: int | None = None
        self.lockdown: KioskLockdown | None = None
        """The kiosk lockdown filter (set by the wiring)."""
        self.watchdog: Watchdog | None = None
        """The GUI-stall watchdog (set by the wiring)."""

    @property
    def in_session(self) -> bool:
        """True while a staff member is signed in."""
        return self.panel is not None

    # -- staff entry ---------------------------------------------------------------------------
    def begin_login(self) -> None:
        """The hidden gesture was made: show the PIN pad (or explain how to set a PIN)."""
        if self.in_session:
            assert self.panel is not None  # in_session means a panel
            self.window.show_overlay(self.panel)
            return
        if self.services.pin_hash() is None:
            self.services.audit.record("login", "no_pin")
            notice = NoPinNotice(str(self.services.settings_path()))
            notice.closed.connect(self.window.close_overlay)
            self.window.show_overlay(notice)
            return
        self.pin_pad = PinPad()
        self.pin_pad.pin_entered.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self._cancel_login)
        self._show_lock_state()
        self.window.show_overlay(self.pin_pad)

    def _show_lock_state(self) -> bool:
        pad, lockout = self.pin_pad, self.services.lockout
        if pad is None:
            return False
        left = lockout.locked_for()
        if left > 0:
            minutes = max(1, round(left / 60))
            pad.set_message(tr_lines("StaffAdminController", "Too many wrong PINs — try again in {minutes} min").format(
                minutes=minutes), "error")
            pad.set_locked(True)
            return True
        pad.set_locked(False)
        return False

    def _cancel_login(self) -> None:
        self.pin_pad = None
        self.window.close_overlay()

    def _check_pin(self, pin: str) -> None:
        pad = self.pin_pad
        if pad is None or self._show_lock_state():
            return
        pad.set_busy(True)
        pad.set_message(tr_both("StaffAdminController", "Checking…"))
        secret = self.services.pin_hash()  # read again: a PIN set meanwhile works at once
        run_off_gui(lambda: verify_pin(pin, secret), self._pin_checked)

    def _pin_checked(self, ok: object) -> None:
        pad = self.pin_pad
        if pad is None:
            return
        pad.clear()
        if ok is True:
            self.services.lockout.record_success()
            self.services.audit.record("login", "ok")
            self.pin_pad = None
            self._open_panel()
            return
        locked = self.services.lockout.record_failure()
        if locked:
            self.services.audit.record("login", "locked", f"{self.services.lockout.max_attempts} wrong PINs")
            self._show_lock_state()
            return
        left = self.services.lockout.attempts_left()
        self.services.audit.record("login", "failed", f"{left} attempts left")
        pad.set_busy(False)
        pad.set_message(tr_lines("StaffAdminController", "Wrong PIN — {left} attempt(s) left").format(left=left), "error")

    def _open_panel(self) -> None:
        if self._before_panel is not None:
            self._before_panel()
        self.panel = AdminPanel(self.services)
        self.panel.set_idle_minutes(round(self._idle.interval() / 60000, 1))
        self.panel.logout_requested.connect(lambda: self.end_session("logout"))
        self.panel.activity.connect(self._on_activity)
        self.panel.install_activity_filter()
        self.panel.destroyed.connect(self._panel_destroyed)
        self.window.show_overlay(self.panel)
        self._idle.start()
        self.session_started.emit()

    def _panel_destroyed(self) -> None:
        # Another overlay replaced the staff panel (the window deletes replaced panels): sign out.
        if self.panel is not None:
            self.panel = None
            self._idle.stop()
            self.services.audit.record("logout", "replaced")
            self.session_ended.emit("replaced")

    def _on_activity(self) -> None:
        self._idle.start()
        self.window.touch()

    def end_session(self, reason: str = "logout") -> None:
        """Sign the staff member out and close the panel."""
        if self.panel is None:
            return
        self._idle.stop()
        panel, self.panel = self.panel, None
        self.services.audit.record("logout", reason)
        if shiboken6.isValid(panel) and self.window.overlay.widget is panel:
            self.window.close_overlay()
        if reason != "replaced":
            self.window.end_visit()  # the next person sees the attract screen, not the last citizen's answer
        self.session_ended.emit(reason)

    # -- citizen side --------------------------------------------------------------------------
    def visit_summary(self) -> VisitSummary:
        """Masked summary of the visit on screen, with where this kiosk stands."""
        settings, catalog = self.services.settings, self.services.catalog.catalog
        floor = catalog.floor(catalog.hall.kiosk.floor)
        location = f"{floor.id} {floor.name}" if floor else catalog.hall.kiosk.floor
        answer = self.window.current_answer
        question, service_id, service_name = "", None, ""
        if answer is not None:
            question = answer.query or ""
            top = answered_service(answer)  # a choice on screen, or "none of these": no service
            if top is not None:
                service_id, service_name = top.id, top.name
        from kiosk.admin.masking import mask_text

        return VisitSummary(settings.hall.kiosk_id, location, mask_text(question)[:200], service_id, service_name)

    def call_staff(self) -> VisitSummary:
        """Record a call for staff and tell the citizen someone is coming."""
        summary = self.visit_summary()
        try:
            self.services.insights.record_staff_call(summary)
        except Exception:  # noqa: BLE001 - the citizen still gets the message; log has the call
            _LOGGER.exception("could not store the staff call")
        _LOGGER.warning("STAFF CALL: %s", summary.text())
        panel = StaffOnTheWay(self.window.language)
        panel.closed.connect(self._close_staff_panel)
        self.window.show_overlay(panel)
        self.staff_called.emit(summary)
        return summary

    def _close_staff_panel(self) -> None:
        self.window.close_overlay()

    def record_answer(self, answer: Answer) -> None:
        """Count an answer shown on screen (masked question, who answered, top service)."""
        try:
            by = "handoff" if answer.handoff else answer.answered_by
            top = answered_service(answer)  # a choice credits nothing: the option picked is counted when shown
            self._last_question_id = self.services.insights.record_question(answer.query, by,
                                                                            top.id if top else None)
        except Exception:  # noqa: BLE001 - statistics never break the citizen's visit
            _LOGGER.exception("could not record an answer in the statistics")

    def record_llm_result(self, result: LlmResult) -> None:
        """The LLM's answer stood for the last recorded question: count it as answered by the LLM."""
        question_id = self._last_question_id
        if question_id and result.answered_by == "llm":
            try:
                self.services.insights.set_answered_by(question_id, "llm")
            except Exception:  # noqa: BLE001
                _LOGGER.exception("could not update the statistics")

    def visit_started(self) -> None:
        """A new visit: count it and allow one rating."""
        self._rated_this_visit = False
        try:
            self.services.insights.record_visit()
        except Exception:  # noqa: BLE001
            _LOGGER.exception("could not record a visit")

    def offer_rating(self, then: Callable[[], None] | None = None) -> bool:
        """Show the rating panel once per visit; ``then()`` runs after rating or skipping.

        Returns False (and calls ``then`` at once) when this visit was already rated.
        """
        if self._rated_this_visit:
            if then is not None:
                then()
            return False
        self._rated_this_visit = True
        self._rating_done = then
        top = answered_service(self.window.current_answer)
        panel = RatingPanel(self.window.language)
        panel.rated.connect(lambda level, reason: self._rated(level, reason, top.id if top else None))
        panel.skipped.connect(self._rating_finished)
        self.window.show_overlay(panel)
        return True

    def _rated(self, level: int, reason: str, service_id: str | None) -> None:
        follow_up = None
        try:
            follow_up = self.services.insights.record_rating(Rating(level), reason, service_id)
        except Exception:  # noqa: BLE001
            _LOGGER.exception("could not store a rating")
        self.rated.emit(level)
        thanks = ThanksPanel(follow_up is not None)
        thanks.closed.connect(self._rating_finished)
        self.window.show_overlay(thanks)

    def _rating_finished(self) -> None:
        self.window.close_overlay()
        then, self._rating_done = self._rating_done, None
        if then is not None:
            then()
