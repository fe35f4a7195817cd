#!/usr/bin/env python3
"""Check questions.tsv against catalog.json (stdlib only). Prints OK or a list of problems."""
import csv, hashlib, json, os, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
problems = []
cat_path = os.path.join(here, "catalog.json")
raw = open(cat_path, "rb").read()
want = open(os.path.join(here, "catalog.sha256"), encoding="utf-8").read().split()[0]
if hashlib.sha256(raw).hexdigest() != want:
    problems.append("catalog.json does not match catalog.sha256")
cat = json.loads(raw)
services = {s["id"]: s for s in cat["services"]}
places = {p["id"]: p for p in cat["places"]}
ids = set(services) | set(places)
aliases = []
for obj in list(services.values()) + list(places.values()):
    for a in obj.get("aliases", []):
        if len(a) >= 3:
            aliases.append((a.lower(), obj["id"]))

FAMILIES = {  # family name -> all ids of the family (must match exactly in family rows)
    "身份证": {"hz-sfz-01", "hz-sfz-02", "hz-sfz-03", "hz-sfz-04"},
    "公积金提取": {"gjj-tq-01", "gjj-tq-02", "gjj-tq-03", "gjj-tq-04", "gjj-tq-05"},
    "户口迁移": {"hz-hk-01", "hz-hk-02", "hz-hk-03"},
    "社保卡": {"rs-sbk-01", "rs-sbk-02"},
    "企业登记": {"sc-qy-01", "sc-qy-02", "sc-qy-03"},
    "婚姻登记": {"mz-hy-01", "mz-hy-02", "mz-hy-03"},
    "人事档案": {"rs-da-01", "rs-da-02"},
    "出入境证件": {"crj-hz-01", "crj-ga-01", "crj-tw-01"},
}
TARGET = {"plain": (13, 17), "colloquial": (40, 50), "asr": (19, 25), "english": (9, 11), "facility": (11, 14),
          "two_needs": (8, 8), "family": (8, 8), "offtopic": (9, 11), "injection": (9, 11), "handoff": (8, 8)}
WORDS = {"offtopic", "injection", "handoff"}

with open(os.path.join(here, "questions.tsv"), encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
if lines[-1] == "":
    lines.pop()
if lines[0] != "question\texpected\tcategory\tboth":
    problems.append("bad header: %r" % lines[0])
rows = []
for n, line in enumerate(lines[1:], start=2):
    cols = line.split("\t")
    if len(cols) != 4:
        problems.append("line %d: %d columns" % (n, len(cols)))
        continue
    if any(c != c.strip() or '"' == c[:1] for c in cols):
        problems.append("line %d: stray whitespace or quoting" % n)
    rows.append((n,) + tuple(cols))

seen = Counter(r[1] for r in rows)
for q, k in seen.items():
    if k > 1:
        problems.append("duplicate question: %s" % q)
counts = Counter(r[3] for r in rows)
covered = set()
for n, q, exp, cat_, both in rows:
    if not q:
        problems.append("line %d: empty question" % n)
    if cat_ not in TARGET:
        problems.append("line %d: unknown category %s" % (n, cat_))
        continue
    if cat_ in WORDS:
        if exp != cat_:
            problems.append("line %d: expected must be %s" % (n, cat_))
    else:
        parts = exp.split("|")
        for p in parts:
            if p not in ids:
                problems.append("line %d: unknown id %s" % (n, p))
        if len(set(parts)) != len(parts):
            problems.append("line %d: repeated id" % n)
        covered.update(parts)
        if cat_ == "facility" and not all(p in places for p in parts):
            problems.append("line %d: facility row must expect place ids" % n)
        if cat_ != "facility" and any(p in places for p in parts):
            problems.append("line %d: non-facility row expects a place" % n)
        if cat_ == "two_needs" and len(parts) != 2:
            problems.append("line %d: two_needs needs exactly 2 ids" % n)
        if cat_ == "family" and set(parts) not in FAMILIES.values():
            problems.append("line %d: family row is not a whole known family" % n)
        if cat_ not in ("two_needs", "family") and len(parts) != 1:
            problems.append("line %d: %s row should have one id" % (n, cat_))
    if (cat_ == "two_needs") != (both == "both"):
        problems.append("line %d: both column wrong" % n)
    if both not in ("", "both"):
        problems.append("line %d: both column must be empty or both" % n)
    if cat_ != "plain":
        ql = q.lower()
        for a, oid in aliases:
            if a in ql:
                problems.append("line %d: copies alias %r of %s" % (n, a, oid))
for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        problems.append("count %s=%d outside %d..%d" % (c, counts[c], lo, hi))
missing = sorted(ids - covered)
if missing:
    problems.append("never expected: " + ", ".join(missing))
fam_rows = [set(r[2].split("|")) for r in rows if r[3] == "family"]
for name, fam in FAMILIES.items():
    if fam not in fam_rows:
        problems.append("family %s has no row" % name)

print("rows:", len(rows), dict(sorted(counts.items())))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
