"""The staff figures, read the same way from a kiosk's own SQLite file and from the hall's PostgreSQL.

The queries are written once with ``?`` placeholders and ``{p}`` before every table name; a store
passes its ``run(sql, params)`` (which turns ``?`` into its driver's marks), its table prefix, and
what the kiosk column is (``''`` in a kiosk's own file, ``kiosk_id`` in the hall's tables).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.insights.records import InsightsSummary, OpenItem, StaffAlert, VisitSummary

Run = Callable[[str, tuple[object, ...]], Sequence[Sequence]]
Names = Callable[[str], str] | None

TABLES = ("visits", "questions", "ratings", "follow_ups", "staff_calls", "staff_alerts")
"""Every table of the store, the same names in both (the hall's carry a prefix)."""
HANDLED_COLUMN = {"call": "staff_calls", "follow_up": "follow_ups"}


@dataclass(frozen=True)
class Reader:
    """Reads figures, open items and alerts through ``run``."""

    run: Run
    prefix: str = ""
    kiosk_column: str = "''"
    shared: bool = False

    def _q(self, sql: str, params: tuple[object, ...] = ()) -> Sequence[Sequence]:
        return self.run(sql.format(p=self.prefix, kiosk=self.kiosk_column), params)

    def _one(self, sql: str, params: tuple[object, ...]) -> int:
        rows = self._q(sql, params)
        return int(rows[0][0]) if rows else 0

    def summary(self, days: int, today: date, names: Names = None) -> InsightsSummary:
        """Figures for the ``days`` days up to ``today``; ``names`` maps service ids to names."""
        first = (today - timedelta(days=days - 1)).isoformat()
        out = InsightsSummary(days=days, scope="hall" if self.shared else "kiosk")
        out.visits = self._one("SELECT COUNT(*) FROM {p}visits WHERE day >= ?", (first,))
        out.questions = self._one("SELECT COUNT(*) FROM {p}questions WHERE day >= ?", (first,))
        out.answered_by = {str(by): int(n) for by, n in self._q(
            "SELECT answered_by, COUNT(*) FROM {p}questions WHERE day >= ? GROUP BY answered_by", (first,))}
        top = self._q(
            "SELECT service_id, COUNT(*) AS n FROM {p}questions WHERE day >= ? AND service_id IS NOT NULL "
            "GROUP BY service_id ORDER BY n DESC, service_id LIMIT 8", (first,))
        out.unanswered = [(str(q), int(n)) for q, n in self._q(
            "SELECT question, COUNT(*) AS n FROM {p}questions WHERE day >= ? AND answered_by = 'handoff' "
            "GROUP BY question ORDER BY n DESC, MAX(at) DESC LIMIT 10", (first,))]
        rating_rows = self._q(
            "SELECT day, level, COUNT(*) FROM {p}ratings WHERE day >= ? GROUP BY day, level", (first,))
        out.staff_calls = self._one("SELECT COUNT(*) FROM {p}staff_calls WHERE day >= ?", (first,))
        merged: dict[str, int] = {}  # services no catalog names any more are one line, not several alike
        for sid, n in top:
            name = (names(sid) if names else sid) or sid
            merged[name] = merged.get(name, 0) + int(n)
        out.top_services = sorted(merged.items(), key=lambda item: -item[1])
        for offset in range(days):
            out.ratings_by_day[(today - timedelta(days=days - 1 - offset)).isoformat()] = {}
        for day, level, count in rating_rows:
            out.ratings_by_day.setdefault(str(day), {})[int(level)] = int(count)
            out.ratings_total[int(level)] = out.ratings_total.get(int(level), 0) + int(count)
        return out

    def open_items(self, names: Names = None) -> list[OpenItem]:
        """Staff calls and follow-ups not handled yet, newest first."""
        calls = self._q("SELECT id, at, kiosk_id, location, question, service_id, service_name "
                        "FROM {p}staff_calls WHERE handled_at IS NULL")
        follow_ups = self._q("SELECT id, at, text, service_id, {kiosk} FROM {p}follow_ups WHERE handled_at IS NULL")
        items = [OpenItem(int(r[0]), "call", str(r[1]),
                          VisitSummary(r[2], r[3], r[4], r[5], r[6] or "").text(), str(r[2]), self.shared)
                 for r in calls]
        for ident, at, text, service_id, kiosk in follow_ups:
            if names is not None and service_id and text.endswith(f"事项 {service_id}"):
                text = text[: -len(service_id)] + names(service_id)
            if self.shared and kiosk:
                text = f"{kiosk} · {text}"
            items.append(OpenItem(int(ident), "follow_up", str(at), str(text), str(kiosk or ""), self.shared))
        return sorted(items, key=lambda item: item.at, reverse=True)

    def alerts(self, since_day: date, limit: int = 50) -> list[StaffAlert]:
        """Staff alerts since ``since_day``, newest first."""
        rows = self._q("SELECT at, {kiosk}, source, state, message FROM {p}staff_alerts WHERE day >= ? "
                       "ORDER BY at DESC LIMIT ?", (since_day.isoformat(), limit))
        return [StaffAlert(str(r[0]), str(r[1] or ""), str(r[2]), str(r[3]), str(r[4])) for r in rows]
