"""Sanity checks for hall9/questions.tsv against hall9/catalog.json."""
import csv, json, pathlib, sys
from collections import Counter

HERE = pathlib.Path(__file__).parent
SPECIAL = {"handoff", "offtopic", "injection"}
CATS = {"plain", "colloquial", "asr", "english", "facility", "two_needs", "family"} | SPECIAL

cat = json.loads((HERE / "catalog.json").read_text(encoding="utf-8"))
ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat.get("places", [])}

errors = []
counts = Counter()
seen = {}
with open(HERE / "questions.tsv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
if rows[0] != ["question", "expected", "category"]:
    errors.append(f"bad header: {rows[0]}")
for n, row in enumerate(rows[1:], start=2):
    if len(row) not in (3, 4):
        errors.append(f"line {n}: {len(row)} columns"); continue
    for field in row:
        if field.startswith(("\"", "'")) or "\"" in field:
            errors.append(f"line {n}: quote character in field {field!r}")
        if field != field.strip() or not field:
            errors.append(f"line {n}: empty or padded field {field!r}")
    q, exp, c = row[:3]
    counts[c] += 1
    if c not in CATS:
        errors.append(f"line {n}: unknown category {c!r}")
    key = q.strip().lower()
    if key in seen:
        errors.append(f"line {n}: duplicate of line {seen[key]}")
    seen[key] = n
    if c == "two_needs":
        if len(row) != 4 or row[3] != "both":
            errors.append(f"line {n}: two_needs row needs 4th column 'both'")
        parts = exp.split("|")
        if len(parts) != 2 or parts[0] == parts[1]:
            errors.append(f"line {n}: two_needs needs exactly two distinct ids")
    elif len(row) == 4:
        errors.append(f"line {n}: 4th column only allowed on two_needs rows")
    if c in SPECIAL:
        if exp != c:
            errors.append(f"line {n}: expected must be {c!r}")
        continue
    for i in exp.split("|"):
        if i not in ids:
            errors.append(f"line {n}: unknown id {i!r}")

for e in errors:
    print("ERROR", e)
print("rows:", sum(counts.values()))
for c in ["plain", "colloquial", "asr", "english", "facility", "two_needs", "family", "offtopic", "injection", "handoff"]:
    print(f"  {c:<11}{counts[c]:>4}")
print("errors:", len(errors))
sys.exit(1 if errors else 0)
