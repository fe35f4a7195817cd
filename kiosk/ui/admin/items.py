"""Closing a staff call or follow-up from a staff page: where it lives (the hall's database or this
kiosk's file), off the GUI thread when that is the network, then audited and the list reloaded."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.insights import OpenItem
from kiosk.ui.admin.background import run_maybe_off_gui
from kiosk.ui.admin.services import AdminServices


def close_item(services: AdminServices, item: OpenItem, action: str, then: Callable[[], None]) -> None:
    """Mark ``item`` handled, record ``action`` in the audit log, then call ``then()`` on the GUI thread."""
    insights = services.insights

    def done(ok: object) -> None:
        where = f" ({item.kiosk_id}, hall)" if item.shared else ""
        services.audit.record(action, "ok" if ok is True else "failed", f"{item.kind} {item.id}{where}")
        then()

    run_maybe_off_gui(insights.shared, lambda: insights.handle(item), done)
