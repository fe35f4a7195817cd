#!/usr/bin/env python3
"""Checks questions.tsv against catalog.json (stdlib only). Prints OK or a list of problems."""
import json, os, sys, hashlib, collections

HERE = os.path.dirname(os.path.abspath(__file__))
cat = json.load(open(os.path.join(HERE, "catalog.json"), encoding="utf-8"))
problems = []

want = open(os.path.join(HERE, "catalog.sha256")).read().split()[0]
have = hashlib.sha256(open(os.path.join(HERE, "catalog.json"), "rb").read()).hexdigest()
if want != have:
    problems.append("catalog.json does not match catalog.sha256")

svc = {s["id"]: s for s in cat["services"]}
plc = {p["id"]: p for p in cat["places"]}
ids = set(svc) | set(plc)
aliases = {}
for obj in list(svc.values()) + list(plc.values()):
    for a in obj.get("aliases", []):
        if len(a) >= 3:
            aliases[a.lower()] = obj["id"]

FAMILIES = {
    "gjj-tq": {"gjj-tq-gf", "gjj-tq-zf", "gjj-tq-hd", "gjj-tq-tx", "gjj-tq-lz"},
    "hz-sfz": {"hz-sfz-01", "hz-sfz-02", "hz-sfz-03", "hz-sfz-04"},
    "hz-hk-move": {"hz-hk-02", "hz-hk-03"},
    "rs-kb": {"rs-kb-01", "rs-kb-02"},
    "sj-licence": {"sj-gt-sl", "sj-qy-sl", "sj-bg", "sj-zx"},
    "mz-marriage": {"mz-jh", "mz-lh", "mz-bl"},
    "da": {"da-jc", "da-zc", "da-cx"},
    "bdc": {"bdc-zy", "bdc-xf", "bdc-dy", "bdc-jc", "bdc-cx"},
}
COUNTS = {"plain": (15, 15), "colloquial": (40, 50), "asr": (20, 24), "english": (10, 10), "facility": (12, 14),
          "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10), "injection": (9, 11), "handoff": (8, 8)}
WORDS = {"offtopic", "injection", "handoff"}

raw = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read()
if raw.startswith("\ufeff"): problems.append("BOM present")
if "\r" in raw: problems.append("CR characters present")
lines = raw.rstrip("\n").split("\n")
if lines[0] != "question\texpected\tcategory\tboth":
    problems.append("bad header: %r" % lines[0])
seen = set()
counts = collections.Counter()
covered = set()
fam_used = set()
for n, line in enumerate(lines[1:], start=2):
    cols = line.split("\t")
    if len(cols) != 4:
        problems.append(f"line {n}: {len(cols)} columns"); continue
    q, exp, cat_, both = cols
    if not q.strip() or q != q.strip(): problems.append(f"line {n}: empty or padded question")
    if '"' in q and q.startswith('"'): problems.append(f"line {n}: looks quoted")
    key = "".join(q.lower().split())
    if key in seen: problems.append(f"line {n}: duplicate question")
    seen.add(key)
    if cat_ not in COUNTS: problems.append(f"line {n}: unknown category {cat_}"); continue
    counts[cat_] += 1
    parts = exp.split("|")
    if len(set(parts)) != len(parts): problems.append(f"line {n}: repeated id")
    if cat_ in WORDS:
        if exp != cat_: problems.append(f"line {n}: expected must be {cat_}")
    else:
        for p in parts:
            if p not in ids: problems.append(f"line {n}: unknown id {p}")
        covered.update(parts)
    if cat_ == "facility" and not all(p in plc for p in parts): problems.append(f"line {n}: facility must be place ids")
    if cat_ not in ("facility",) and cat_ not in WORDS and any(p in plc for p in parts):
        problems.append(f"line {n}: place id outside facility")
    if cat_ == "two_needs":
        if len(parts) != 2 or both != "both": problems.append(f"line {n}: two_needs needs 2 ids and both=both")
    elif both != "": problems.append(f"line {n}: both column must be empty")
    if cat_ == "family":
        match = [f for f, s in FAMILIES.items() if s == set(parts)]
        if not match: problems.append(f"line {n}: family row is not a whole family")
        fam_used.update(match)
    if cat_ != "plain":
        low = q.lower()
        for a, owner in aliases.items():
            if a in low: problems.append(f"line {n}: contains alias {a!r} of {owner}")
    if cat_ == "english" and any("\u4e00" <= ch <= "\u9fff" for ch in q):
        problems.append(f"line {n}: english row contains Chinese")
    if cat_ == "asr" and any(ch in q for ch in "，。？！,.?!"):
        problems.append(f"line {n}: asr row has punctuation")

for c, (lo, hi) in COUNTS.items():
    if not lo <= counts[c] <= hi: problems.append(f"count {c}={counts[c]} not in {lo}..{hi}")
total = sum(counts.values())
if not 140 <= total <= 160: problems.append(f"total {total}")
missing = ids - covered
if missing: problems.append("never expected: " + ", ".join(sorted(missing)))
if len(fam_used) != len(FAMILIES): problems.append("families without a row: %s" % (set(FAMILIES) - fam_used))

print(dict(counts), "total", total)
if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
