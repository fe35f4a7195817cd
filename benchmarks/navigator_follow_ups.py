"""Follow-ups and new questions in one conversation, on every development hall with a question set.

For each hall: up to 25 first questions answered right with one service; after each, (a) eleven generic
follow-ups ("要带什么材料", "在几楼", "多少钱", "How much does it cost?", …) must answer about that service,
and (b) up to twelve other rows of the hall's set that ask about an aspect (where, fee, materials…) of
another entry must not be answered as the first service ("inherited"). Words alone (the lexical index;
the kiosk's fallback and the mode in which the xvfb10 walkthrough saw defect 1). Nothing is fitted here:
the figures are the same on every split.

    PYTHONPATH=. python benchmarks/navigator_follow_ups.py
"""

from __future__ import annotations

import random
from pathlib import Path

from kiosk.catalog import CatalogError, load_catalog
from kiosk.navigator import Conversation, Navigator
from kiosk.navigator.answer import Aspect
from kiosk.settings import DEMO_CATALOG

FOLLOW_UPS = ["要带什么材料", "在几楼", "多少钱", "要多久", "在哪里办", "可以网上办吗", "需要预约吗", "那要带什么材料？",
              "What do I need to bring?", "How much does it cost?", "Where do I go?"]
DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def halls() -> list[tuple[str, Path, Path]]:
    """(name, catalog, questions) of every development hall with a question set, and the demo hall."""
    found = [(d.name, d / "catalog.json", d / "questions.tsv") for d in sorted(DATA.glob("*hall*"))
             if (d / "catalog.json").is_file() and (d / "questions.tsv").is_file()]
    return [*found, ("demo", Path(DEMO_CATALOG), DATA / "navigator_questions.tsv")]


def rows(path: Path) -> list[tuple[str, set[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith(("#", "question\t")) or len(parts) < 2 or parts[1] in ("handoff", "offtopic"):
            continue
        out.append((parts[0], set(parts[1].split("|"))))
    return out


def measure(navigator: Navigator, questions: list[tuple[str, set[str]]]) -> dict[str, int]:
    """pairs / inherited (new questions answered as the first service) / follow_ok / follow_n."""
    rng = random.Random(7)
    firsts = [r for r in questions if len(r[1]) == 1]
    rng.shuffle(firsts)
    seconds = [r for r in questions if navigator.rank(r[0])[0].aspect is not Aspect.GENERAL]
    tally = {"pairs": 0, "inherited": 0, "follow_ok": 0, "follow_n": 0}

    def after(first: str, question: str):  # noqa: ANN202 - an Answer
        conversation = Conversation()
        navigator.ask(first, conversation)
        return navigator.ask(question, conversation)

    for first, expected in firsts[:25]:
        answer = navigator.ask(first)
        if not answer.services or answer.services[0].id not in expected:
            continue
        service = answer.services[0].id
        for follow_up in FOLLOW_UPS:
            got = after(first, follow_up)
            tally["follow_n"] += 1
            tally["follow_ok"] += bool(got.follow_up and got.services and got.services[0].id == service)
        for question, wanted in rng.sample(seconds, min(12, len(seconds))):
            if service in wanted:
                continue
            got = after(first, question)
            tally["pairs"] += 1
            tally["inherited"] += bool(got.follow_up and got.services and got.services[0].id == service)
    return tally


def main() -> None:
    total = {"pairs": 0, "inherited": 0, "follow_ok": 0, "follow_n": 0}
    for name, catalog_path, questions_path in halls():
        try:
            catalog = load_catalog(catalog_path).catalog
        except CatalogError as exc:
            print(f"{name:16s} skipped ({len(exc.problems)} catalog problems)")
            continue
        tally = measure(Navigator(catalog), rows(questions_path))
        print(f"{name:16s} new questions inherited {tally['inherited']:3d}/{tally['pairs']:4d}   "
              f"generic follow-ups {tally['follow_ok']:3d}/{tally['follow_n']:3d}")
        for key in total:
            total[key] += tally[key]
    print(f"{'all':16s} new questions inherited {total['inherited']:3d}/{total['pairs']:4d}   "
          f"generic follow-ups {total['follow_ok']:3d}/{total['follow_n']:3d}")


if __name__ == "__main__":
    main()
