#!/usr/bin/env python3
"""Validate questions.tsv against catalog.json (stdlib only). Prints OK or a list of problems."""
import collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {"offtopic", "injection", "handoff"}
TARGET = {"plain": (15, 15), "colloquial": (40, 50), "asr": (19, 25), "english": (10, 10), "facility": (12, 15),
          "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10), "injection": (8, 12), "handoff": (8, 8)}
FAMILIES = {  # family rows must list exactly one of these id sets
    frozenset({"S-GJJ-01", "S-GJJ-02", "S-GJJ-03", "S-GJJ-04", "S-GJJ-05"}),
    frozenset({"S-HZ-01", "S-HZ-02", "S-HZ-03", "S-HZ-04"}),
    frozenset({"S-HZ-06", "S-HZ-07", "S-HZ-08", "S-HZ-09"}),
    frozenset({"S-SJ-01", "S-SJ-02", "S-SJ-03"}),
    frozenset({"S-SJ-04", "S-SJ-05", "S-SJ-06"}),
    frozenset({"S-RS-01", "S-RS-02", "S-RS-03"}),
    frozenset({"S-MZ-01", "S-MZ-02", "S-MZ-03"}),
    frozenset({"S-BDC-01", "S-BDC-02", "S-BDC-05"}),
}
probs = []
def bad(n, msg):
    probs.append(f"line {n}: {msg}")

cat_path = os.path.join(HERE, "catalog.json")
raw = open(cat_path, "rb").read()
sha = open(os.path.join(HERE, "catalog.sha256")).read().split()[0]
if hashlib.sha256(raw).hexdigest() != sha:
    probs.append("catalog.json does not match catalog.sha256 (catalog changed after freezing)")
cat = json.loads(raw)
svc = {s["id"]: s for s in cat["services"]}
plc = {p["id"]: p for p in cat["places"]}
ids = set(svc) | set(plc)
aliases = {}
for x in list(svc.values()) + list(plc.values()):
    for a in x.get("aliases", []):
        if len(a) >= 3:
            aliases[a.lower()] = x["id"]

lines = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().split("\n")
if lines[-1] == "":
    lines.pop()
if lines[0] != "question\texpected\tcategory\tboth":
    probs.append("bad header")
seen = {}
counts = collections.Counter()
covered = set()
for n, line in enumerate(lines[1:], 2):
    cols = line.split("\t")
    if len(cols) != 4:
        bad(n, f"{len(cols)} columns"); continue
    q, exp, cat_, both = cols
    if not q.strip() or q != q.strip():
        bad(n, "empty question or stray whitespace")
    if '"' in q and q.startswith('"'):
        bad(n, "quoted field")
    key = q.lower().replace(" ", "")
    if key in seen:
        bad(n, f"duplicate of line {seen[key]}")
    seen[key] = n
    if cat_ not in TARGET:
        bad(n, f"unknown category {cat_}"); continue
    counts[cat_] += 1
    parts = exp.split("|")
    if cat_ in WORDS:
        if exp != cat_:
            bad(n, f"expected must be {cat_}")
    else:
        if len(parts) != len(set(parts)):
            bad(n, "repeated id")
        for p in parts:
            if p not in ids:
                bad(n, f"unknown id {p}")
        covered.update(parts)
        if cat_ == "facility" and not all(p in plc for p in parts):
            bad(n, "facility row must expect place ids")
        if cat_ == "family" and frozenset(parts) not in FAMILIES:
            bad(n, "family row does not list a whole family")
        if cat_ == "two_needs" and (len(parts) != 2 or not all(p in svc for p in parts)):
            bad(n, "two_needs needs exactly 2 service ids")
    if (both == "both") != (cat_ == "two_needs") or both not in ("", "both"):
        bad(n, "both column must be 'both' exactly on two_needs rows")
    if cat_ != "plain":
        ql = q.lower()
        for a, owner in aliases.items():
            if a in ql:
                bad(n, f"contains alias '{a}' of {owner} verbatim")
    if cat_ == "english" and any("\u4e00" <= ch <= "\u9fff" for ch in q):
        bad(n, "english row contains Chinese characters")
for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        probs.append(f"category {c}: {counts[c]} rows, want {lo}-{hi}")
missing = ids - covered
if missing:
    probs.append("ids never expected: " + ", ".join(sorted(missing)))
total = sum(counts.values())
if not 140 <= total <= 165:
    probs.append(f"{total} rows, want ~150")
if probs:
    print("\n".join(probs)); sys.exit(1)
print(f"OK — {total} rows; " + ", ".join(f"{c} {counts[c]}" for c in TARGET) + f"; {len(covered)}/{len(ids)} ids covered")
