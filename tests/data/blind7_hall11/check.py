#!/usr/bin/env python3
"""Check questions.tsv against catalog.json (stdlib only)."""
import csv, hashlib, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"plain": 15, "colloquial": 47, "asr": 22, "english": 10, "facility": 12, "two_needs": 8,
        "family": 8, "offtopic": 10, "injection": 12, "handoff": 8}
WORD_CATS = {"offtopic", "injection", "handoff"}


def main():
    errors, warnings = [], []
    raw = open(os.path.join(HERE, "catalog.json"), "rb").read()
    want = open(os.path.join(HERE, "catalog.sha256")).read().split()[0]
    if hashlib.sha256(raw).hexdigest() != want:
        errors.append("catalog.json does not match catalog.sha256 (catalog changed after freezing!)")
    cat = json.loads(raw)
    services = {s["id"]: s for s in cat["services"]}
    places = {p["id"]: p for p in cat["places"]}
    ids = set(services) | set(places)
    phrases = []  # (phrase, owner)
    for d in list(services.values()) + list(places.values()):
        for a in d.get("aliases", []) + [d["name"]]:
            if len(a) >= 3:
                phrases.append((a.lower(), d["id"]))

    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines[0] != "question\texpected\tcategory\tboth":
        errors.append("bad header: %r" % lines[0])
    rows = [l for l in lines[1:] if l != ""]
    counts = Counter()
    seen = set()
    for n, line in enumerate(rows, start=2):
        parts = line.split("\t")
        if len(parts) != 4:
            errors.append(f"line {n}: {len(parts)} columns")
            continue
        q, exp, c, both = parts
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if q in seen:
            errors.append(f"line {n}: duplicate question")
        seen.add(q)
        if c not in CATS:
            errors.append(f"line {n}: unknown category {c}")
            continue
        counts[c] += 1
        if c in WORD_CATS:
            if exp != c:
                errors.append(f"line {n}: expected should be {c!r}, got {exp!r}")
        else:
            parts_ids = exp.split("|")
            for i in parts_ids:
                if i not in ids:
                    errors.append(f"line {n}: unknown id {i!r}")
            if len(set(parts_ids)) != len(parts_ids):
                errors.append(f"line {n}: repeated id in {exp}")
            if c == "two_needs" and len(parts_ids) != 2:
                errors.append(f"line {n}: two_needs needs exactly two ids")
            if c == "facility" and any(i not in places for i in parts_ids):
                errors.append(f"line {n}: facility row must expect places")
            if c == "family" and len(parts_ids) < 2:
                errors.append(f"line {n}: family row should list several ids")
        if (c == "two_needs") != (both == "both"):
            errors.append(f"line {n}: 'both' column must be set exactly on two_needs rows")
        if both not in ("", "both"):
            errors.append(f"line {n}: bad both column {both!r}")
        if c != "plain":
            ql = q.lower()
            for ph, owner in phrases:
                if ph in ql:
                    warnings.append(f"line {n} [{c}]: contains alias/name {ph!r} of {owner}: {q}")
    print("counts:", dict(counts), "total", sum(counts.values()))
    for c, k in CATS.items():
        if counts[c] != k:
            warnings.append(f"category {c}: {counts[c]} rows (planned {k})")
    used = set()
    for line in rows:
        p = line.split("\t")
        if len(p) == 4 and p[2] not in WORD_CATS:
            used.update(p[1].split("|"))
    print("catalog services never expected:", sorted(set(services) - used))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if not errors and not warnings:
        print("OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
