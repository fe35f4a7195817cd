"""Every grounding bank in tests/data on its own catalog, as one table (the same figures as ``guard.py
--grounding-set <bank> --catalog <its catalog>``: inventions caught, faithful sentences replaced).

Run: .venv/bin/python benchmarks/grounding_banks.py [--misses FILE]  (FILE: each miss and replaced sentence, a line)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # benchmarks/queue.py would shadow the standard library's queue
sys.path.insert(0, str(ROOT))

from kiosk.catalog import load_catalog  # noqa: E402
from kiosk.llm.checker import GroundingChecker  # noqa: E402
from kiosk.llm.prompt import Grounding  # noqa: E402

DATA = ROOT / "tests" / "data"
DEMO = ROOT / "assets" / "halls" / "demo" / "catalog.json"
BANKS = {  # each bank's README names its catalog
    "blind_grounding": DEMO, "blind2_grounding": DEMO, "blind3_grounding": DEMO, "blind4_grounding": DEMO,
    "blind5_grounding": DEMO, "blind7_grounding_demo": DEMO,
    "blind7_grounding_hall9": DATA / "blind4_hall9" / "catalog.json",
    "dev7_grounding_hall7": DATA / "blind4_hall7" / "catalog.json",
    "blind8_grounding_hall10": DATA / "blind7_hall10" / "catalog.json",
    "blind9_grounding_hall12": DATA / "blind8_hall12" / "catalog.json",
    "blind10_grounding_hall14": DATA / "blind9_hall14" / "catalog.json",
    "blind11_grounding_hall16": DATA / "blind10_hall16" / "catalog.json",
    "blind12_grounding_hall19": DATA / "blind11_hall19" / "catalog.json",
}  # fmt: skip


def score(name: str, catalog_path: Path, misses: list[str]) -> tuple[int, int, int, int]:
    """(invented, caught, faithful, replaced) of one bank; its misses and replaced sentences added to ``misses``."""
    catalog = load_catalog(catalog_path).catalog
    with (DATA / name / "sentences.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    checkers: dict[str, GroundingChecker] = {}
    invented = caught = faithful = replaced = 0
    for row in rows:
        ids = row["service_ids"]
        if ids not in checkers:
            services = [s for s in (catalog.service(i) for i in re.split(r"[,;| ]+", ids.strip()) if i) if s]
            checkers[ids] = GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)
        result = checkers[ids].check(row["sentence"])
        if row["label"] == "invented":
            invented += 1
            caught += not result.ok
            if result.ok:
                misses.append(f"MISS\t{name}\t{row['kind']}\t{ids}\t{row['sentence']}")
        else:
            faithful += 1
            replaced += not result.ok
            if not result.ok:
                misses.append(f"REPLACED\t{name}\t{row['kind']}\t{ids}\t{row['sentence']}\t{result.problems}")
    return invented, caught, faithful, replaced


def main() -> None:
    """Print the table; write the misses when asked."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", type=Path, help="write each miss and replaced sentence to this file")
    args = parser.parse_args()
    misses: list[str] = []
    total = [0, 0, 0, 0]
    print(f"{'bank':28} {'caught':>16} {'faithful replaced':>18}")
    for name, path in BANKS.items():
        figures = score(name, path, misses)
        total = [a + b for a, b in zip(total, figures, strict=True)]
        invented, caught, faithful, replaced = figures
        print(f"{name:28} {caught:4}/{invented:<4} {100 * caught / invented:5.1f}%"
              f" {replaced:4}/{faithful:<4} {100 * replaced / faithful:5.1f}%")
    invented, caught, faithful, replaced = total
    print(f"{'pooled':28} {caught:4}/{invented:<4} {100 * caught / invented:5.1f}%"
          f" {replaced:4}/{faithful:<4} {100 * replaced / faithful:5.1f}%")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
