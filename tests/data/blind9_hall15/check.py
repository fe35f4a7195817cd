#!/usr/bin/env python3
"""Checks questions.tsv against catalog.json (stdlib only). Prints OK or the problems found."""
import collections, hashlib, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errs = []

# ---- catalog frozen?
raw = open(os.path.join(HERE, "catalog.json"), "rb").read()
want = open(os.path.join(HERE, "catalog.sha256"), encoding="utf-8").read().split()[0]
if hashlib.sha256(raw).hexdigest() != want:
    errs.append("catalog.json does not match catalog.sha256")
cat = json.loads(raw.decode("utf-8"))
services = {s["id"]: s for s in cat["services"]}
places = {p["id"]: p for p in cat["places"]}
ids = set(services) | set(places)
aliases = {}
for obj in list(services.values()) + list(places.values()):
    for a in obj.get("aliases", []):
        if len(a) >= 3:
            aliases[a.lower()] = obj["id"]

FAMILIES = {
    "gjj-withdraw": {"gjj.tq-buy", "gjj.tq-rent", "gjj.tq-repay", "gjj.tq-retire", "gjj.tq-leave"},
    "idcard": {"hz.idcard-first", "hz.idcard-renew", "hz.idcard-lost", "hz.idcard-temp"},
    "hukou-move": {"hz.hukou-kin", "hz.hukou-talent", "hz.hukou-local"},
    "licence": {"sj.qy-setup", "sj.qy-change", "sj.qy-cancel", "sj.gt-setup"},
    "marriage": {"mz.marriage", "mz.divorce", "mz.cert-reissue"},
    "sbk": {"rs.sbk-apply", "rs.sbk-replace"},
    "invoice": {"sw.invoice-apply", "sw.invoice-daikai"},
    "fishery": {"hy.bulao", "hy.crew"},
}
for fam, members in FAMILIES.items():
    for m in members:
        if m not in services:
            errs.append(f"family {fam}: unknown id {m}")

TARGET = {  # category: (min, max)
    "plain": (15, 15), "colloquial": (42, 50), "asr": (20, 25), "english": (10, 10), "facility": (12, 12),
    "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10), "injection": (9, 11), "handoff": (8, 8),
}
WORD_CATS = {"offtopic", "injection", "handoff"}

# ---- read TSV
text = open(os.path.join(HERE, "questions.tsv"), "rb").read().decode("utf-8")  # must be UTF-8
if text.startswith("\ufeff"):
    errs.append("BOM at start of file")
lines = text.split("\n")
if lines[-1] == "":
    lines = lines[:-1]
if lines[0] != "question\texpected\tcategory\tboth":
    errs.append(f"bad header: {lines[0]!r}")
rows = []
for n, line in enumerate(lines[1:], start=2):
    if "\r" in line:
        errs.append(f"line {n}: CR character")
    cols = line.split("\t")
    if len(cols) != 4:
        errs.append(f"line {n}: {len(cols)} columns")
        continue
    rows.append((n, *cols))

counts = collections.Counter()
covered = set()
seen = {}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


for n, qtext, exp, cat_, both in rows:
    counts[cat_] += 1
    if not qtext.strip():
        errs.append(f"line {n}: empty question")
    if qtext != qtext.strip():
        errs.append(f"line {n}: leading/trailing space")
    if cat_ not in TARGET:
        errs.append(f"line {n}: unknown category {cat_!r}")
        continue
    key = norm(qtext)
    if key in seen:
        errs.append(f"line {n}: duplicate of line {seen[key]}")
    seen[key] = n
    if any(c in qtext for c in '"\t') and cat_ != "injection":
        errs.append(f"line {n}: quote/tab in question")
    # expected
    if cat_ in WORD_CATS:
        if exp != cat_:
            errs.append(f"line {n}: expected must be {cat_!r}, got {exp!r}")
    else:
        parts = exp.split("|")
        if len(parts) != len(set(parts)):
            errs.append(f"line {n}: repeated id in expected")
        for p in parts:
            if p not in ids:
                errs.append(f"line {n}: unknown id {p!r}")
        covered.update(parts)
        if cat_ == "two_needs":
            if len(parts) != 2:
                errs.append(f"line {n}: two_needs needs exactly 2 ids")
            if not all(p in services for p in parts):
                errs.append(f"line {n}: two_needs ids must be services")
        elif cat_ == "family":
            if set(parts) not in FAMILIES.values():
                errs.append(f"line {n}: family expected is not exactly one known family")
        elif cat_ == "facility":
            if not all(p in places for p in parts):
                errs.append(f"line {n}: facility ids must be places")
        else:
            if not all(p in services for p in parts):
                errs.append(f"line {n}: {cat_} ids must be services")
            if len(parts) != 1:
                errs.append(f"line {n}: {cat_} row should have one id")
    # both column
    if cat_ == "two_needs":
        if both != "both":
            errs.append(f"line {n}: two_needs must have both=both")
    elif both != "":
        errs.append(f"line {n}: both column must be empty outside two_needs")
    # aliases (>=3 chars) must not be copied verbatim into non-plain questions
    if cat_ != "plain":
        low = qtext.lower()
        for a, owner in aliases.items():
            if a in low:
                errs.append(f"line {n}: contains alias {a!r} of {owner}")
    # language sanity
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in qtext)
    if cat_ == "english" and has_cjk:
        errs.append(f"line {n}: english row contains CJK")
    if cat_ in ("plain", "colloquial", "asr", "facility", "family") and not has_cjk:
        errs.append(f"line {n}: {cat_} row has no Chinese")
    if cat_ == "asr" and any(ch in qtext for ch in "，。？！,.?!"):
        errs.append(f"line {n}: asr row has punctuation")

for c, (lo, hi) in TARGET.items():
    if not lo <= counts[c] <= hi:
        errs.append(f"category {c}: {counts[c]} rows, want {lo}-{hi}")
missing = sorted(ids - covered)
if missing:
    errs.append(f"never expected: {missing}")

total = sum(counts.values())
if not 140 <= total <= 160:
    errs.append(f"total rows {total}, want about 150")

if errs:
    print("\n".join(errs))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print("counts:", dict(counts), "total", total)
print(f"coverage: {len(covered & set(services))}/{len(services)} services, {len(covered & set(places))}/{len(places)} places")
print("OK")
