#!/usr/bin/env python3
"""Validate questions.tsv against catalog.json and the brief's rules (stdlib only)."""
import csv, hashlib, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

cat_path = os.path.join(HERE, "catalog.json")
raw = open(cat_path, "rb").read()
frozen = open(os.path.join(HERE, "catalog.sha256")).read().split()[0]
if hashlib.sha256(raw).hexdigest() != frozen:
    errors.append("catalog.json does not match catalog.sha256")
cat = json.loads(raw)
services = {s["id"]: s for s in cat["services"]}
places = {p["id"]: p for p in cat["places"]}
ids = set(services) | set(places)
aliases = []
for obj in list(services.values()) + list(places.values()):
    for a in obj.get("aliases", []):
        if len(a) >= 3:
            aliases.append((a.lower(), obj["id"]))

WORD_CATS = {"offtopic", "injection", "handoff"}
TARGET = {"plain": (15, 15), "colloquial": (40, 55), "asr": (18, 26), "english": (10, 10),
          "facility": (12, 15), "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10),
          "injection": (8, 12), "handoff": (8, 8)}
FAMILIES = {
    "gjj-tq": {"GJJ-TQ-GF", "GJJ-TQ-ZF", "GJJ-TQ-HD", "GJJ-TQ-TX", "GJJ-TQ-LZ"},
    "sfz": {"HZ-SFZ-01", "HZ-SFZ-02", "HZ-SFZ-03", "HZ-SFZ-04"},
    "hk-move": {"HZ-HK-02", "HZ-HK-03"},
    "sbk": {"RS-SBK-01", "RS-SBK-02", "RS-SBK-03"},
    "gth": {"SJ-GT-01", "SJ-GT-02", "SJ-GT-03"},
    "marriage": {"MZ-JH", "MZ-LH", "MZ-BL"},
    "food": {"SJ-SP-01", "SJ-SP-02"},
    "jm-yl": {"RS-YL-01", "RS-YL-02"},
}

with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
header = lines[0].split("\t")
if header != ["question", "expected", "category", "both"]:
    errors.append(f"bad header {header}")
rows = []
for n, line in enumerate(lines[1:], start=2):
    cols = line.split("\t")
    if len(cols) != 4:
        errors.append(f"line {n}: {len(cols)} columns")
        continue
    if '"' in line and line.count('"') % 2:
        pass  # unbalanced quotes are fine (no quoting)
    rows.append((n, *cols))

counts = Counter(r[3] for r in rows)
seen_q = Counter(r[1].strip().lower() for r in rows)
for q, c in seen_q.items():
    if c > 1:
        errors.append(f"duplicate question: {q}")
covered = set()
for n, q, exp, cat_, both in rows:
    if not q.strip():
        errors.append(f"line {n}: empty question")
    if cat_ not in TARGET:
        errors.append(f"line {n}: unknown category {cat_}")
        continue
    parts = exp.split("|")
    if cat_ in WORD_CATS:
        if exp != cat_:
            errors.append(f"line {n}: expected must be '{cat_}'")
    else:
        for p in parts:
            if p not in ids:
                errors.append(f"line {n}: unknown id {p}")
        if len(set(parts)) != len(parts):
            errors.append(f"line {n}: repeated id")
        covered |= set(parts)
    if cat_ == "two_needs":
        if len(parts) != 2 or both != "both":
            errors.append(f"line {n}: two_needs needs exactly 2 ids and both=both")
        if any(p not in services for p in parts):
            errors.append(f"line {n}: two_needs ids must be services")
    elif both:
        errors.append(f"line {n}: both column only for two_needs")
    if cat_ == "family" and set(parts) not in FAMILIES.values():
        errors.append(f"line {n}: family row does not list a whole known family")
    if cat_ == "facility" and any(p not in places for p in parts):
        errors.append(f"line {n}: facility row must point to places")
    if cat_ != "plain":
        ql = q.lower()
        for a, oid in aliases:
            if a in ql:
                errors.append(f"line {n}: alias '{a}' of {oid} copied verbatim")
    if cat_ == "english" and any("\u4e00" <= ch <= "\u9fff" for ch in q):
        errors.append(f"line {n}: english row contains Chinese characters")

missing = ids - covered
if missing:
    errors.append(f"ids never expected: {sorted(missing)}")
fam_rows = [set(r[2].split("|")) for r in rows if r[3] == "family"]
for name, fam in FAMILIES.items():
    if fam not in fam_rows:
        errors.append(f"family {name} has no row")
for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        errors.append(f"category {c}: {counts[c]} rows, want {lo}-{hi}")

print("rows:", len(rows), dict(counts))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
