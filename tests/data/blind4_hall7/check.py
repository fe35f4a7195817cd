"""Checks questions.tsv against catalog.json (hall7). Prints counts and errors; exit 1 on any error."""
import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
CATS = {"plain", "colloquial", "asr", "english", "facility", "two_needs", "family",
        "offtopic", "injection", "handoff"}
WORD = {"offtopic", "injection", "handoff"}


def main():
    cat = json.loads((HERE / "catalog.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat.get("places", [])}
    aliases = [(a, s["id"]) for s in cat["services"] + cat.get("places", []) for a in s.get("aliases", [])]
    errors, warnings = [], []
    with open(HERE / "questions.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != ["question", "expected", "category"]:
        errors.append(f"bad header {rows[0]}")
    seen, counts = {}, Counter()
    for n, row in enumerate(rows[1:], start=2):
        if any(field.startswith(("'", '"')) for field in row) or any('"' in field for field in row):
            errors.append(f"line {n}: quote character in a field")
        if len(row) < 3:
            errors.append(f"line {n}: {len(row)} columns")
            continue
        q, exp, c = row[0], row[1], row[2]
        counts[c] += 1
        if c not in CATS:
            errors.append(f"line {n}: unknown category {c!r}")
        if c == "two_needs":
            if len(row) != 4 or row[3] != "both":
                errors.append(f"line {n}: two_needs row needs 4th column 'both'")
            parts = exp.split("|")
            if len(parts) != 2 or parts[0] == parts[1]:
                errors.append(f"line {n}: two_needs needs exactly two distinct ids")
        elif len(row) != 3:
            errors.append(f"line {n}: {len(row)} columns, expected 3")
        if not q.strip() or q != q.strip():
            errors.append(f"line {n}: empty or padded question")
        if q in seen:
            errors.append(f"line {n}: duplicate of line {seen[q]}")
        seen[q] = n
        if c in WORD:
            if exp != c:
                errors.append(f"line {n}: expected must be {c!r}")
        else:
            for e in exp.split("|"):
                if e not in ids:
                    errors.append(f"line {n}: unknown id {e!r}")
            hits = [a for a, _ in aliases if len(a) >= 3 and a.lower() in q.lower()]
            if hits and c != "plain":
                warnings.append(f"line {n} ({c}): contains alias {hits}")
    for c in sorted(CATS):
        print(f"{c:11s} {counts[c]}")
    print(f"{'total':11s} {sum(counts.values())}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
