#!/usr/bin/env python3
"""Checks questions.tsv against catalog.json (hall10). stdlib only."""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPECIAL = {"offtopic", "injection", "handoff"}
TARGET = {"plain": 15, "colloquial": 45, "asr": 22, "english": 10, "facility": 12, "two_needs": 8,
          "family": 8, "offtopic": 10, "injection": 12, "handoff": 8}


def main():
    errors, warns = [], []
    cat_path = os.path.join(HERE, "catalog.json")
    with open(cat_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(HERE, "catalog.sha256"), encoding="utf-8") as f:
        frozen = f.read().split()[0]
    if digest != frozen:
        errors.append("catalog.json changed since freeze (sha256 mismatch)")
    cat = json.load(open(cat_path, encoding="utf-8"))
    services = {s["id"]: s for s in cat["services"]}
    places = {p["id"]: p for p in cat["places"]}
    ids = set(services) | set(places)
    aliases = []
    for item in list(services.values()) + list(places.values()):
        for a in item.get("aliases", []):
            if len(a) >= 3:
                aliases.append((a.lower(), item["id"]))

    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines[0] != "question\texpected\tcategory\tboth":
        errors.append("bad header: %r" % lines[0])
    if lines[-1] != "":
        errors.append("file must end with a newline")
    rows = [l for l in lines[1:] if l != ""]
    counts = collections.Counter()
    seen = set()
    for n, line in enumerate(rows, 2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        q, exp, cat_, both = cols
        counts[cat_] += 1
        if cat_ not in TARGET:
            errors.append("line %d: unknown category %s" % (n, cat_))
        if not q.strip() or q != q.strip():
            errors.append("line %d: empty or untrimmed question" % n)
        if '"' in q and cat_ not in ("injection", "english"):
            warns.append("line %d: contains double quote" % n)
        if q in seen:
            errors.append("line %d: duplicate question" % n)
        seen.add(q)
        if cat_ in SPECIAL:
            if exp != cat_:
                errors.append("line %d: expected must be %s" % (n, cat_))
            if both:
                errors.append("line %d: both set on %s row" % (n, cat_))
            continue
        parts = exp.split("|")
        for p in parts:
            if p not in ids:
                errors.append("line %d: unknown id %s" % (n, p))
        if len(parts) != len(set(parts)):
            errors.append("line %d: repeated id" % n)
        if cat_ == "two_needs":
            if both != "both" or len(parts) != 2:
                errors.append("line %d: two_needs needs exactly two ids and 'both'" % n)
        elif both:
            errors.append("line %d: 'both' only on two_needs rows" % n)
        if cat_ == "family" and len(parts) < 2:
            errors.append("line %d: family row needs several ids" % n)
        if cat_ == "facility" and any(p not in places for p in parts):
            errors.append("line %d: facility row must expect a place" % n)
        if cat_ != "plain":
            ql = q.lower()
            for a, owner in aliases:
                if a in ql:
                    warns.append("line %d: contains alias %r of %s: %s" % (n, a, owner, q))
    for c, t in TARGET.items():
        print("%-11s %3d (target ~%d)" % (c, counts[c], t))
    print("total      %3d" % sum(counts.values()))
    used = set()
    for line in rows:
        cols = line.split("\t")
        if len(cols) == 4 and cols[2] not in SPECIAL:
            used.update(cols[1].split("|"))
    print("ids covered: %d services of %d, %d places of %d" % (
        len(used & set(services)), len(services), len(used & set(places)), len(places)))
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK" if not warns else "OK with warnings")


if __name__ == "__main__":
    main()
