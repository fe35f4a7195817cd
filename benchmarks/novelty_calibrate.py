"""Leave-one-set-out calibration of the novel-content threshold (:data:`kiosk.llm.novelty.MIN_IDF`).

Run: PYTHONPATH=. .venv/bin/python benchmarks/novelty_calibrate.py [--weight 2]

Each grounding bank is scored with every other rule of the check as it is, and the rarest unsupported word
the novel-content layer finds in each sentence. For each bank left out, the threshold is chosen on the
others (fewest missed inventions + ``weight`` × faithful sentences replaced; the highest threshold among
equals) and the left-out bank is measured with it. Prints the per-bank figures at the fitted threshold, the
threshold each fold chose, and the figures at the threshold in the code.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import Catalog, load_catalog
from kiosk.llm import novelty
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.prompt import Grounding

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "assets" / "halls" / "demo" / "catalog.json"
SETS = (
    ("grounding_dev", ROOT / "tests" / "llm" / "data" / "grounding_dev.tsv", DEMO),
    ("grounding_process", ROOT / "tests" / "llm" / "data" / "grounding_process.tsv", DEMO),
    ("process_hall5", ROOT / "tests" / "llm" / "data" / "grounding_process_hall5.tsv",
     ROOT / "tests" / "data" / "blind2_hall5" / "catalog.json"),
    *((f"blind{n}_grounding", ROOT / "tests" / "data" / f"blind{n}_grounding" / "sentences.tsv", DEMO)
      for n in ("", "2", "3", "4", "5")),
    ("blind7_grounding_demo", ROOT / "tests" / "data" / "blind7_grounding_demo" / "sentences.tsv", DEMO),
    ("blind7_grounding_hall9", ROOT / "tests" / "data" / "blind7_grounding_hall9" / "sentences.tsv",
     ROOT / "tests" / "data" / "blind4_hall9" / "catalog.json"),
    ("dev7_grounding_hall7", ROOT / "tests" / "data" / "dev7_grounding_hall7" / "sentences.tsv",
     ROOT / "tests" / "data" / "blind4_hall7" / "catalog.json"),
)  # fmt: skip
GRID = [6.0 + 0.25 * i for i in range(18)]  # 6 … 10.25, below novelty.IDF_CAP


@dataclass(frozen=True)
class Row:
    """One bank row: its label, whether the other rules flag it, the rarest unsupported word's idf."""

    invented: bool
    flagged: bool
    rarity: float


def score(path: Path, catalog: Catalog) -> list[Row]:
    """Rows of one bank, each judged by the other rules and by the novel-content candidates."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for row in rows:
        services = [s for s in (catalog.service(i) for i in re.split(r"[,;| ]+", row["service_ids"]) if i) if s]
        checker = GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)
        problems = checker.check(row["sentence"]).problems
        flagged = any(not p.startswith("unsupported ") for p in problems)
        candidates = novelty.NovelContent.build(checker.source).candidates(row["sentence"])
        out.append(Row(row["label"] == "invented", flagged, max((r for _, r in candidates), default=0.0)))
    return out


def figures(rows: list[Row], threshold: float) -> tuple[int, int, int, int]:
    """(inventions caught, inventions, faithful replaced, faithful) at ``threshold``."""
    hit = [r.flagged or r.rarity >= threshold for r in rows]
    invented = [h for h, r in zip(hit, rows, strict=True) if r.invented]
    faithful = [h for h, r in zip(hit, rows, strict=True) if not r.invented]
    return sum(invented), len(invented), sum(faithful), len(faithful)


def cost(rows: list[Row], threshold: float, weight: float) -> float:
    """Missed inventions + ``weight`` × faithful replaced."""
    caught, invented, replaced, _ = figures(rows, threshold)
    return invented - caught + weight * replaced


def main() -> None:
    """Fit on all banks but one, measure on the one left out, for every bank."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weight", type=float, default=2.0, help="cost of a faithful sentence replaced")
    args = parser.parse_args()
    catalogs: dict[Path, Catalog] = {}
    banks = {}
    for name, path, catalog_path in SETS:
        if catalog_path not in catalogs:
            catalogs[catalog_path] = load_catalog(catalog_path).catalog
        banks[name] = score(path, catalogs[catalog_path])

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "0/0"

    print(f"leave-one-set-out (weight {args.weight:g}); threshold in the code: {novelty.MIN_IDF:g}")
    for name, rows in banks.items():
        others = [r for n, rs in banks.items() if n != name for r in rs]
        best = min(GRID, key=lambda t: (cost(others, t, args.weight), -t))
        caught, invented, replaced, faithful = figures(rows, best)
        base = figures(rows, float("inf"))
        code = figures(rows, novelty.MIN_IDF)
        print(f"  {name:18s} fitted {best:5.2f}: caught {pct(caught, invented)}, replaced {pct(replaced, faithful)}"
              f"  | without the layer {pct(base[0], invented)}, {pct(base[2], faithful)}"
              f"  | at {novelty.MIN_IDF:g}: {pct(code[0], invented)}, {pct(code[2], faithful)}")


if __name__ == "__main__":
    main()
