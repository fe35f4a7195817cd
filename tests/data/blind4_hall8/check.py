"""Sanity checks for hall8/questions.tsv against hall8/catalog.json. Prints counts; exits 1 on errors."""
import csv, json, pathlib, sys, collections

HERE = pathlib.Path(__file__).parent
CATS = {"plain", "colloquial", "asr", "english", "facility", "two_needs", "family",
        "offtopic", "injection", "handoff"}
WORDS = {"offtopic", "injection", "handoff"}

cat = json.loads((HERE / "catalog.json").read_text(encoding="utf-8"))
ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat["places"]}
errors = []
seen = set()
counts = collections.Counter()
with open(HERE / "questions.tsv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
if rows[0] != ["question", "expected", "category"]:
    errors.append(f"bad header {rows[0]}")
for n, r in enumerate(rows[1:], start=2):
    if any(c.startswith('"') for c in r) or any('"' in c for c in r):
        errors.append(f"line {n}: double quote in a field")
    if len(r) < 3:
        errors.append(f"line {n}: {len(r)} columns"); continue
    q, exp, c = r[0], r[1], r[2]
    want = 4 if c == "two_needs" else 3
    if len(r) != want:
        errors.append(f"line {n}: {len(r)} columns, want {want}")
    if c not in CATS:
        errors.append(f"line {n}: unknown category {c!r}")
    if not q.strip():
        errors.append(f"line {n}: empty question")
    if q in seen:
        errors.append(f"line {n}: duplicate question {q!r}")
    seen.add(q)
    parts = exp.split("|")
    if c in WORDS:
        if exp != c:
            errors.append(f"line {n}: expected should be {c!r}, got {exp!r}")
    else:
        for p in parts:
            if p not in ids:
                errors.append(f"line {n}: unknown id {p!r}")
        if len(set(parts)) != len(parts):
            errors.append(f"line {n}: repeated id in {exp!r}")
    if c == "two_needs":
        if len(parts) != 2:
            errors.append(f"line {n}: two_needs needs exactly two ids")
        if len(r) == 4 and r[3] != "both":
            errors.append(f"line {n}: 4th column must be 'both'")
    counts[c] += 1

for c in ["plain", "colloquial", "asr", "english", "facility", "two_needs", "family",
          "offtopic", "injection", "handoff"]:
    print(f"{c:11s} {counts[c]:4d}")
print(f"{'total':11s} {sum(counts.values()):4d}")
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
