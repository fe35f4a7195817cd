#!/usr/bin/env python3
"""Check questions.tsv against catalog.json (stdlib only)."""
import collections, hashlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

raw = open(os.path.join(HERE, "catalog.json"), "rb").read()
sha = open(os.path.join(HERE, "catalog.sha256")).read().split()[0]
if hashlib.sha256(raw).hexdigest() != sha:
    err("catalog.json does not match catalog.sha256")
cat = json.loads(raw)
svc = {s["id"]: s for s in cat["services"]}
plc = {p["id"]: p for p in cat["places"]}
ids = set(svc) | set(plc)
aliases = []
for obj in list(svc.values()) + list(plc.values()):
    for a in obj.get("aliases", []):
        if len(a) >= 3:
            aliases.append((a.lower(), obj["id"]))

TARGET = {"plain": (15, 15), "colloquial": (40, 50), "asr": (20, 25), "english": (10, 10),
          "facility": (12, 12), "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10),
          "injection": (8, 12), "handoff": (8, 8)}
WORDS = {"offtopic", "injection", "handoff"}
text = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read()
if "\r" in text:
    err("CR characters present")
lines = text.split("\n")
if lines[-1] == "":
    lines = lines[:-1]
if lines[0] != "question\texpected\tcategory\tboth":
    err("bad header: %r" % lines[0])
counts = collections.Counter()
seen = {}
covered = set()
for n, line in enumerate(lines[1:], start=2):
    cols = line.split("\t")
    if len(cols) != 4:
        err("line %d: %d columns" % (n, len(cols))); continue
    q, exp, catg, both = cols
    if not q.strip():
        err("line %d: empty question" % n)
    if '"' in q and q.startswith('"'):
        err("line %d: looks quoted" % n)
    key = "".join(ch for ch in q.lower() if ch.isalnum())
    if key in seen:
        err("line %d: duplicate of line %d" % (n, seen[key]))
    seen[key] = n
    if catg not in TARGET:
        err("line %d: unknown category %r" % (n, catg)); continue
    counts[catg] += 1
    if catg in WORDS:
        if exp != catg:
            err("line %d: expected should be %r" % (n, catg))
        if both:
            err("line %d: both must be empty" % n)
        continue
    parts = exp.split("|")
    if len(parts) != len(set(parts)):
        err("line %d: repeated id" % n)
    for p in parts:
        if p not in ids:
            err("line %d: unknown id %r" % (n, p))
        covered.add(p)
    if catg == "two_needs":
        if len(parts) != 2 or both != "both":
            err("line %d: two_needs needs exactly 2 ids and both=both" % n)
        if any(p not in svc for p in parts):
            err("line %d: two_needs ids should be services" % n)
    elif both:
        err("line %d: both only for two_needs" % n)
    if catg == "family" and len(parts) < 2:
        err("line %d: family needs >=2 ids" % n)
    if catg == "facility" and any(p not in plc for p in parts):
        err("line %d: facility ids must be places" % n)
    if catg in ("plain", "colloquial", "asr", "english") and any(p not in svc for p in parts):
        err("line %d: %s ids must be services" % (n, catg))
    if catg != "plain":
        ql = q.lower()
        for a, oid in aliases:
            if a in ql:
                err("line %d: contains alias %r of %s" % (n, a, oid))
for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        err("category %s: %d rows, want %d..%d" % (c, counts[c], lo, hi))
missing = sorted(ids - covered)
if missing:
    err("not covered: %s" % ", ".join(missing))
print("rows:", sum(counts.values()), dict(counts))
if errors:
    print("\n".join(errors)); print("FAIL (%d)" % len(errors)); sys.exit(1)
print("OK")
