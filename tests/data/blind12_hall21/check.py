#!/usr/bin/env python3
"""Validate questions.tsv against catalog.json (stdlib only). Prints OK or the problems."""
import collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {"offtopic", "injection", "handoff"}
WANT = {"plain": (15, 15), "colloquial": (40, 52), "asr": (18, 26), "english": (10, 10),
        "facility": (12, 15), "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10),
        "injection": (8, 12), "handoff": (8, 8)}
FAMILIES = {  # the catalog's families of related services; a family row must expect one whole family
    "公积金提取": {"yj-gj-gf", "yj-gj-zf", "yj-gj-tx", "yj-gj-hd", "yj-gj-lz"},
    "身份证": {"yj-hz-sfz1", "yj-hz-sfz2", "yj-hz-sfz3", "yj-hz-sfz4"},
    "户口迁移": {"yj-hz-qr-gf", "yj-hz-qr-tk", "yj-hz-qc"},
    "企业登记": {"yj-sj-qysl", "yj-sj-qybg", "yj-sj-qyzx"},
    "婚姻登记": {"yj-mz-jh", "yj-mz-lh", "yj-mz-bl"},
    "社保卡": {"yj-rs-sbk1", "yj-rs-sbk2"},
    "中国公民出入境证件": {"yj-cr-hz", "yj-cr-ga", "yj-cr-tw"},
    "不动产登记": {"yj-bd-xf", "yj-bd-esf", "yj-bd-dy", "yj-bd-zx", "yj-bd-jc"},
}
errs = []
cat = json.load(open(os.path.join(HERE, "catalog.json"), encoding="utf-8"))
digest = hashlib.sha256(open(os.path.join(HERE, "catalog.json"), "rb").read()).hexdigest()
if open(os.path.join(HERE, "catalog.sha256")).read().split()[0] != digest:
    errs.append("catalog.json does not match catalog.sha256")
svc = {s["id"]: s for s in cat["services"]}
plc = {p["id"]: p for p in cat["places"]}
ids = set(svc) | set(plc)
aliases = {}
for x in list(svc.values()) + list(plc.values()):
    for a in x.get("aliases", []):
        if len(a) >= 3:
            aliases.setdefault(a.lower(), set()).add(x["id"])

lines = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().split("\n")
if lines[0] != "question\texpected\tcategory\tboth":
    errs.append("bad header")
rows = [l for l in lines[1:] if l != ""]
if lines[-1] != "":
    errs.append("no final newline")
seen, counts, covered = set(), collections.Counter(), set()
for n, l in enumerate(rows, 2):
    cols = l.split("\t")
    if len(cols) != 4:
        errs.append(f"line {n}: {len(cols)} columns"); continue
    q, e, c, b = cols
    if not q.strip() or q != q.strip():
        errs.append(f"line {n}: empty/unstripped question")
    if '"' in q and q.startswith('"'):
        errs.append(f"line {n}: looks quoted")
    if q in seen:
        errs.append(f"line {n}: duplicate question")
    seen.add(q)
    if c not in WANT:
        errs.append(f"line {n}: bad category {c}"); continue
    counts[c] += 1
    exp = e.split("|")
    if c in WORDS:
        if e != c:
            errs.append(f"line {n}: expected must be '{c}'")
    else:
        bad = [x for x in exp if x not in ids]
        if bad:
            errs.append(f"line {n}: unknown ids {bad}")
        if len(set(exp)) != len(exp):
            errs.append(f"line {n}: repeated id")
        covered.update(exp)
        if c == "facility" and any(x not in plc for x in exp):
            errs.append(f"line {n}: facility row must expect places")
        if c != "facility" and any(x in plc for x in exp):
            errs.append(f"line {n}: non-facility row expects a place")
        if c == "two_needs" and len(exp) != 2:
            errs.append(f"line {n}: two_needs needs exactly 2 ids")
        if c == "family" and len(exp) < 2:
            errs.append(f"line {n}: family needs >= 2 ids")
        if c == "family":
            fam = [f for f in FAMILIES.values() if set(exp) & f]
            if len(fam) != 1 or set(exp) != fam[0]:
                errs.append(f"line {n}: family row must expect exactly one whole family")
    if (b == "both") != (c == "two_needs") or b not in ("", "both"):
        errs.append(f"line {n}: both column wrong")
    if c != "plain":
        low = q.lower()
        for a, owners in aliases.items():
            if a in low:
                errs.append(f"line {n}: non-plain question contains alias '{a}' of {sorted(owners)}")
    if c == "english" and any("\u4e00" <= ch <= "\u9fff" for ch in q):
        errs.append(f"line {n}: english row contains CJK")
for c, (lo, hi) in WANT.items():
    if not lo <= counts[c] <= hi:
        errs.append(f"count {c}={counts[c]} not in [{lo},{hi}]")
missing = ids - covered
if missing:
    errs.append(f"ids never expected: {sorted(missing)}")
total = sum(counts.values())
if not 140 <= total <= 160:
    errs.append(f"total {total}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK", total, "rows", dict(counts))
