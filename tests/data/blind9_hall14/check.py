#!/usr/bin/env python3
"""Validate questions.tsv against catalog.json (stdlib only). Prints OK or a list of problems."""
import csv, hashlib, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []

cat_path = os.path.join(HERE, "catalog.json")
raw = open(cat_path, "rb").read()
want = open(os.path.join(HERE, "catalog.sha256"), encoding="utf-8").read().split()[0]
if hashlib.sha256(raw).hexdigest() != want:
    problems.append("catalog.json does not match catalog.sha256")
cat = json.loads(raw.decode("utf-8"))
services = {s["id"]: s for s in cat["services"]}
places = {p["id"]: p for p in cat["places"]}
all_ids = set(services) | set(places)

TARGET = {"plain": (15, 15), "colloquial": (40, 50), "asr": (18, 26), "english": (10, 10),
          "facility": (11, 14), "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10),
          "injection": (8, 12), "handoff": (8, 8)}
WORD = {"offtopic", "injection", "handoff"}

aliases = []  # (alias_lower, owner id)
for d in list(services.values()) + list(places.values()):
    for a in d.get("aliases", []):
        if len(a) >= 3:
            aliases.append((a.lower(), d["id"]))

with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
if lines[-1] == "":
    lines = lines[:-1]
if lines[0] != "question\texpected\tcategory\tboth":
    problems.append("bad header: %r" % lines[0])
rows = []
for n, line in enumerate(lines[1:], start=2):
    parts = line.split("\t")
    if len(parts) != 4:
        problems.append("line %d: %d columns" % (n, len(parts)))
        continue
    rows.append((n, *parts))

seen = {}
covered = set()
counts = Counter()
for n, q, exp, catg, both in rows:
    counts[catg] += 1
    if catg not in TARGET:
        problems.append("line %d: unknown category %r" % (n, catg))
        continue
    if not q.strip() or q != q.strip():
        problems.append("line %d: empty question or stray whitespace" % n)
    if '"' in q and q.startswith('"'):
        problems.append("line %d: starts with a quote" % n)
    key = re.sub(r"[\s\W_]+", "", q.lower())
    if key in seen:
        problems.append("line %d: duplicate of line %d" % (n, seen[key]))
    seen[key] = n
    if catg in WORD:
        if exp != catg:
            problems.append("line %d: expected must be %r" % (n, catg))
        if both:
            problems.append("line %d: both must be empty" % n)
        continue
    ids = exp.split("|")
    if len(ids) != len(set(ids)):
        problems.append("line %d: repeated id" % n)
    for i in ids:
        if i not in all_ids:
            problems.append("line %d: unknown id %r" % (n, i))
    covered.update(ids)
    if catg == "two_needs":
        if len(ids) != 2 or both != "both":
            problems.append("line %d: two_needs needs exactly 2 ids and both=both" % n)
        if any(i not in services for i in ids):
            problems.append("line %d: two_needs ids must be services" % n)
    elif both:
        problems.append("line %d: both column only for two_needs" % n)
    if catg == "family" and (len(ids) < 2 or any(i not in services for i in ids)):
        problems.append("line %d: family needs >=2 service ids" % n)
    if catg == "facility" and any(i not in places for i in ids):
        problems.append("line %d: facility ids must be places" % n)
    if catg in ("plain", "colloquial", "asr", "english") and (len(ids) != 1 or ids[0] not in services):
        problems.append("line %d: %s rows take exactly one service id" % (n, catg))
    if catg != "plain":
        ql = q.lower()
        for a, owner in aliases:
            if a in ql:
                problems.append("line %d: copies alias %r (of %s)" % (n, a, owner))

for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        problems.append("count %s=%d not in %d..%d" % (c, counts[c], lo, hi))
missing = sorted(all_ids - covered)
if missing:
    problems.append("ids never expected: %s" % ", ".join(missing))
if not 140 <= len(rows) <= 160:
    problems.append("total rows %d not in 140..160" % len(rows))

print("rows:", len(rows), dict(sorted(counts.items())))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
