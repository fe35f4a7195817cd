"""Every masking corpus in tests/data at once: one table row per corpus.

Run: PYTHONPATH=. .venv/bin/python benchmarks/masking_corpora.py [--data tests/data] [--show N] [--only NAME]

Scores each ``blind*_masking/utterances.jsonl`` the way ``benchmarks/guard.py --masking-set`` does (a personal
item is masked when its text no longer appears; a number item is one with a digit or four spoken digits in a
row, "other items" are the rest — names, and numbers spoken in short pieces —, "name rows" the items of rows
of kind ``name``, guard's "name" figure; an ordinary line counts as changed when masking alters it at all), with the demo hall's phone public, plus the
halls' own numbers a corpus's README names as ``--hall-phone "…"`` (blind9: Chengdu and Xiamen). A corpus
whose README's status line does not yet call it a DEVELOPMENT set is skipped: it is still blind (being written,
or not yet scored) and must not be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # benchmarks/queue.py would shadow the standard library's queue

ROOT = Path(__file__).resolve().parent.parent

from kiosk.catalog import load_catalog  # noqa: E402
from kiosk.privacy import mask_pii, public_numbers_in  # noqa: E402

DEMO = ROOT / "assets" / "halls" / "demo" / "catalog.json"
NUMBER = re.compile(r"\d|[零〇一二三四五六七八九幺两洞拐]{4,}")


@dataclass
class Score:
    """One corpus's figures and misses."""

    numbers: int = 0
    numbers_leaked: int = 0
    names: int = 0
    names_leaked: int = 0
    name_rows: int = 0
    name_rows_leaked: int = 0
    ordinary: int = 0
    changed: int = 0
    keep: int = 0
    keep_lost: int = 0
    misses: list[str] = field(default_factory=list)


def is_development(folder: Path) -> bool:
    """True when the corpus's README (its status line) calls it a DEVELOPMENT set, or it has no README (the
    oldest corpora); a blind corpus still being written or not yet scored says nothing of the kind."""
    readme = folder / "README.md"
    return not readme.exists() or "DEVELOPMENT" in readme.read_text(encoding="utf-8")[:2000]


def hall_phones(folder: Path) -> list[str]:
    """The ``--hall-phone "…"`` numbers the corpus's README asks for."""
    readme = folder / "README.md"
    return re.findall(r'--hall-phone "([^"]+)"', readme.read_text(encoding="utf-8")) if readme.exists() else []


def score(path: Path, public: frozenset[str]) -> Score:
    """Mask every line of one corpus."""
    result = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, kind = row["text"], row.get("kind", "")
        masked = mask_pii(text, public)
        for pii in row.get("pii") or []:
            leaked = pii in masked
            if NUMBER.search(pii):
                result.numbers += 1
                result.numbers_leaked += leaked
            else:
                result.names += 1
                result.names_leaked += leaked
            if kind == "name":
                result.name_rows += 1
                result.name_rows_leaked += leaked
            if leaked:
                result.misses.append(f"  leak [{kind}] {pii!r}: {text!r} -> {masked!r}")
        for keep in row.get("keep") or []:
            result.keep += 1
            if keep not in masked:
                result.keep_lost += 1
                result.misses.append(f"  lost [{kind}] {keep!r}: {text!r} -> {masked!r}")
        if kind == "ordinary":
            result.ordinary += 1
            if masked != text:
                result.changed += 1
                result.misses.append(f"  changed: {text!r} -> {masked!r}")
    return result


def corpus_key(folder: Path) -> tuple[int, str]:
    """blind_masking first, then by the number in the name."""
    digits = re.sub(r"\D", "", folder.name)
    return (int(digits) if digits else 0, folder.name)


def main() -> None:
    """Print the table, then up to ``--show`` misses per corpus."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--only", help="score only the corpus of this folder name")
    args = parser.parse_args()
    base = frozenset(public_numbers_in(load_catalog(DEMO).catalog.hall.phone))
    folders = sorted(
        (f for f in args.data.glob("blind*_masking") if is_development(f)), key=corpus_key
    )
    if args.only:
        folders = [f for f in folders if f.name == args.only]
    print(
        f"{'corpus':18s} {'numbers masked':>16s} {'other items':>12s} {'name rows':>10s} {'ordinary changed':>17s} "
        f"{'keep lost':>10s}"
    )
    scored = []
    for folder in folders:
        public = base.union(*map(public_numbers_in, hall_phones(folder)))
        s = score(folder / "utterances.jsonl", public)
        scored.append((folder.name, s))
        print(
            f"{folder.name:18s} {s.numbers - s.numbers_leaked:>9d}/{s.numbers:<6d} "
            f"{s.names - s.names_leaked:>6d}/{s.names:<5d} {s.name_rows - s.name_rows_leaked:>4d}/{s.name_rows:<5d} "
            f"{s.changed:>10d}/{s.ordinary:<6d} "
            f"{s.keep_lost:>4d}/{s.keep:<5d}"
        )
    if args.show:
        for name, s in scored:
            if s.misses:
                print(f"== {name}")
                for miss in s.misses[: args.show]:
                    print(miss)


if __name__ == "__main__":
    main()
