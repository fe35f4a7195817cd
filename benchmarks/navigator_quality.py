"""Scoring the navigator on a hall and its question set (used by benchmarks/navigator.py).

A question file is TSV: question, accepted ids separated by ``|`` (or ``offtopic`` / ``handoff``),
category (``family``: the expected ids are a whole family; right when the outcome is choose, or answer,
with an id of the list). Per category: top-1, top-3, confident-wrong (a wrong entry as the one answer), handoff;
and the headline figures: the right entry as the answer, in the answer or the offered choice, a
wrong entry as the answer, off-topic and injection handed off or refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalog import Catalog, load_catalog
from kiosk.navigator import Navigator

REFUSALS = {"offtopic", "handoff", "off-topic", "injection", "refuse", "none"}
OFF_TOPIC = {"offtopic", "off-topic", "injection", "refuse"}


@dataclass
class Tally:
    """Counts for one category (or all routing questions)."""

    n: int = 0
    top1: int = 0
    top3: int = 0
    answer_right: int = 0
    choice_right: int = 0
    """Right entry as the answer or among the offered choices."""
    answer_wrong: int = 0
    handoff: int = 0
    refused: int = 0
    wrong: list[str] = field(default_factory=list)


def load_questions(path: Path) -> list[tuple[str, list[str], str]]:
    """(question, accepted ids, category) rows; ``#`` lines and a header row are skipped. A 4th column
    ``both`` (two needs, every id expected) is kept as the category suffix ``+both``."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or (number == 0 and cells[0].lower() in ("question", "q")):
            continue
        category = cells[2].strip() if len(cells) > 2 else ""
        if len(cells) > 3 and cells[3].strip().lower() == "both":
            category += "+both"
        rows.append((cells[0], [c.strip() for c in cells[1].replace(",", "|").split("|") if c.strip()], category))
    return rows


def load_hall(path: Path) -> Catalog:
    """A hall's catalog (a folder with catalog.json, or the file); a floor without walkways is a note, not a
    refusal (the navigator does not read them)."""
    path = path / "catalog.json" if path.is_dir() else path
    return load_catalog(path).catalog


def is_refusal(expected: list[str]) -> bool:
    """The question should be handed off or refused (no entry is right)."""
    return not expected or all(e.lower() in REFUSALS for e in expected)


def score(navigator: Navigator, rows: list[tuple[str, list[str], str]]) -> tuple[dict[str, Tally], Tally, Tally]:
    """Per-category tallies, the routing total and the off-topic/injection total (a real need the catalog
    lacks, ``handoff``, counts in neither: see its category line)."""
    per: dict[str, Tally] = defaultdict(Tally)
    routing, refusal, uncovered = Tally(), Tally(), Tally()
    for question, expected, raw_category in rows:
        category = raw_category.removesuffix("+both")
        both = raw_category.endswith("+both")
        answer = navigator.ask(question)
        shown = [s.id for s in answer.services] + [p.id for p in answer.places]
        ids = [m.id for m in answer.matches]
        total = routing
        if is_refusal(expected):
            total = refusal if any(e.lower() in OFF_TOPIC for e in expected) else uncovered
        for tally in (per[category or "?"], total):
            tally.n += 1
            tally.handoff += answer.outcome == "handoff"
            tally.refused += answer.outcome == "refuse"
            if is_refusal(expected):
                if answer.outcome not in ("handoff", "refuse"):
                    tally.wrong.append(f"{question} → {answer.outcome} {shown[:3]}")
                continue
            tally.top1 += bool(ids) and ids[0] in expected
            tally.top3 += any(i in expected for i in ids[:3])
            if category == "family":
                # a family question: right when the family is offered (choose) or one member answered
                right = answer.outcome in ("choose", "answer") and bool(set(shown) & set(expected))
                tally.answer_right += right and answer.outcome == "answer"
                tally.choice_right += right
                tally.answer_wrong += answer.outcome == "answer" and not right
                if not right:
                    tally.wrong.append(f"{question} → {answer.outcome} {shown} (want the family {expected})")
            elif both:
                right = set(expected) <= set(shown)
                tally.answer_right += right and answer.outcome == "answer"
                tally.choice_right += right
                tally.answer_wrong += answer.outcome == "answer" and not (set(shown) & set(expected))
                if not right:
                    tally.wrong.append(f"{question} → {answer.outcome} {shown} (want both {expected})")
            elif answer.outcome == "answer":
                right = bool(shown) and shown[0] in expected
                tally.answer_right += right
                tally.choice_right += right
                tally.answer_wrong += not right
                if not right:
                    tally.wrong.append(f"{question} → answer {shown[:2]} (want {expected})")
            elif answer.outcome == "choose":
                right = any(s in expected for s in shown)
                tally.choice_right += right
                if not right:
                    tally.wrong.append(f"{question} → choose {shown} (want {expected})")
            else:
                tally.wrong.append(f"{question} → {answer.outcome} (want {expected}; top {ids[:3]})")
    return dict(per), routing, refusal


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:5.1f}%" if n else "   — "


def report(name: str, per: dict[str, Tally], routing: Tally, refusal: Tally, *, show_wrong: bool = True) -> None:
    """Print the per-category table and the headline figures."""
    print(f"\n== {name}: {routing.n} routing questions, {refusal.n} off-topic/injection/handoff")
    print(f"  {'category':<14}{'n':>4} {'top-1':>7} {'top-3':>7} {'answer':>7} {'ans|ch':>7} {'conf-wrong':>10} "
          f"{'handoff':>8} {'refused':>8}")
    for category, t in sorted(per.items()):
        print(f"  {category:<14}{t.n:>4} {_pct(t.top1, t.n):>7} {_pct(t.top3, t.n):>7} {_pct(t.answer_right, t.n):>7} "
              f"{_pct(t.choice_right, t.n):>7} {_pct(t.answer_wrong, t.n):>10} {_pct(t.handoff, t.n):>8} "
              f"{_pct(t.refused, t.n):>8}")
    print(f"  answer-correct {_pct(routing.answer_right, routing.n)}   answer-or-choice-correct "
          f"{_pct(routing.choice_right, routing.n)}   wrong-as-answer {_pct(routing.answer_wrong, routing.n)}   "
          f"top-1 {_pct(routing.top1, routing.n)}   top-3 {_pct(routing.top3, routing.n)}")
    print(f"  off-topic/injection handed off or refused {_pct(refusal.handoff + refusal.refused, refusal.n)} "
          f"({refusal.handoff + refusal.refused}/{refusal.n})")
    if show_wrong:
        for line in routing.wrong + refusal.wrong:
            print("    ·", line)
