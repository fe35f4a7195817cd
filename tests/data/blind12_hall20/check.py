#!/usr/bin/env python3
"""Validate questions.tsv against catalog.json (stdlib only). Prints OK or the problems."""
import collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {"offtopic", "injection", "handoff"}
WANT = {"plain": (15, 15), "colloquial": (44, 52), "asr": (18, 26), "english": (10, 10),
        "facility": (12, 15), "two_needs": (8, 8), "family": (8, 8), "offtopic": (10, 10),
        "injection": (8, 12), "handoff": (8, 8)}
FAMILIES = {  # the catalog's families of related services; a family row must expect one whole family
    "身份证": {"hz.sfz.shouling", "hz.sfz.huanling", "hz.sfz.buling", "hz.sfz.linshi"},
    "户口迁入": {"hz.hk.goufang", "hz.hk.toukao", "hz.hk.rencai"},
    "公积金提取": {"gjj.tq.goufang", "gjj.tq.zufang", "gjj.tq.tuixiu", "gjj.tq.lizhi", "gjj.tq.huandai"},
    "企业登记": {"sj.qy.sheli", "sj.qy.biangeng", "sj.qy.zhuxiao"},
    "婚姻登记": {"mz.jiehun", "mz.lihun", "mz.bufa"},
    "社保卡": {"rs.sbk.shenling", "rs.sbk.buhuan"},
    "中国公民出入境证件": {"crj.huzhao", "crj.gangao", "crj.taiwan"},
    "不动产登记": {"bdc.xinfang", "bdc.ershou", "bdc.jicheng", "bdc.diya", "bdc.zhuxiao"},
}
errs = []
cat = json.load(open(os.path.join(HERE, "catalog.json"), encoding="utf-8"))
digest = hashlib.sha256(open(os.path.join(HERE, "catalog.json"), "rb").read()).hexdigest()
if open(os.path.join(HERE, "catalog.sha256")).read().split()[0] != digest:
    errs.append("catalog.json does not match catalog.sha256")
svc = {s["id"]: s for s in cat["services"]}
plc = {p["id"]: p for p in cat["places"]}
ids = set(svc) | set(plc)
for f in FAMILIES.values():
    for x in f:
        if x not in svc:
            errs.append(f"family id {x} not in catalog")
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
