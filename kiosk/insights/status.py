"""The staff status screen's line for the hall's alerts (printer faults, ticket-database outages of every kiosk)."""

from __future__ import annotations

from typing import Any

from kiosk.admin.status import StatusItem
from kiosk.messages import both


def hall_alerts_line(insights: Any) -> StatusItem:
    """The alerts of the last 24 hours (the whole hall's when shared; this kiosk's while the hall is away).

    Reads the hall database: call it off the GUI thread (status checks run on a worker).
    """
    alerts = insights.alerts(hours=24)
    problem = insights.hall_problem()
    scope_zh, scope_en = ("本机", "this kiosk") if problem else ("全大厅", "whole hall")
    if not alerts:
        zh, en = f"{scope_zh}近24小时没有告警", f"No alerts in the last 24 h ({scope_en})"
    else:
        kiosks = len({a.kiosk_id for a in alerts})
        latest = "；".join(a.text() for a in alerts[:3])
        zh = f"{scope_zh}近24小时 {len(alerts)} 条告警（{kiosks} 台自助机），最近：{latest}"
        en = f"{len(alerts)} alert(s) in the last 24 h from {kiosks} kiosk(s) ({scope_en}); latest: {latest}"
    if problem:
        zh, en = f"{zh}（{problem}）", f"{en} ({problem})"
    return StatusItem("hall_alerts", both("Hall alerts"), None if problem else not alerts,
                      f"{zh}\n{en}", zh, en)
