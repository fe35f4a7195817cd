#!/usr/bin/env python3
"""Build ../utterances.jsonl from templates.py with a seeded RNG, then check it.
Usage: python3 build.py          (build + check)
       python3 build.py --check  (check only)"""
import json, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as T
from values import Gen, gb11643, luhn_ok, FW

SEED = 20261202
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "utterances.jsonl")
TARGET = [("ordinary", T.ORDINARY + T.ORDINARY_EN, 200), ("id_card", T.ID_CARD, 50), ("mobile", T.MOBILE, 55),
          ("landline", T.LANDLINE, 32), ("passport", T.PASSPORT, 26), ("hk_macau_permit", T.HKM, 24),
          ("taiwan_permit", T.TW, 18), ("bank_card", T.BANK, 34), ("social_security", T.SS, 28),
          ("name", T.NAME, 45), ("mixed", T.MIXED, 38)]
HALL = "0755-2699 8100"
TOK = re.compile(r"\{(=?)([A-Z0-9]+)(?::([A-Za-z0-9]+))?\}|\[\[(.+?)\]\]|<<(.+?)>>")

def render(g, tpl):
    text, pii, keep = [], [], []
    types = []
    pos = 0
    for m in TOK.finditer(tpl):
        text.append(tpl[pos:m.start()]); pos = m.end()
        eq, typ, fmt, lit_keep, lit_pii = m.groups()
        if lit_keep is not None:
            v = lit_keep; keep.append(v)
        elif lit_pii is not None:
            v = lit_pii; pii.append(v); types.append("NAME")
        elif eq:
            v = {"DATE": g.date, "DATEEN": g.date_en, "TIME": g.time, "WIN": g.win, "Q": g.queue, "FEE": g.fee,
                 "POST": g.post, "RCPT": g.receipt, "ORDER": g.order, "INV": g.invoice, "CASE": g.case,
                 "USCC": g.uscc, "DUR": g.duration, "FLOOR": g.floor, "HOUSE": g.house, "PROP": g.prop, "QEN": g.queue_en, "DUREN": g.duration_en, "FEEEN": g.fee_en, "HOUSEEN": g.house_en, "WAIT": g.wait,
                 "HALL": lambda: HALL, "12345": lambda: "12345"}[typ]()
            keep.append(v)
        else:
            f = {"ID": g.id, "MOB": g.mob, "LAND": g.land, "PP": g.passport, "HKM": g.hkm, "TW": g.tw,
                 "CARD": g.card, "SS": g.ss}.get(typ)
            if f: v = f(fmt)
            else: v = {"FPP": g.foreign_passport, "HKMR": g.hkm_resident_id, "NAME": g.name, "NAMEEN": g.name_en}[typ]()
            pii.append(v); types.append(typ)
        text.append(v)
    text.append(tpl[pos:])
    dedup = lambda xs: list(dict.fromkeys(xs))
    return "".join(text), dedup(pii), dedup(keep), types

TYPE_KIND = {"ID": "id_card", "MOB": "mobile", "LAND": "landline", "PP": "passport", "FPP": "passport",
             "HKM": "hk_macau_permit", "HKMR": "hk_macau_permit", "TW": "taiwan_permit", "CARD": "bank_card",
             "SS": "social_security", "NAME": "name", "NAMEEN": "name"}

def derive_kind(list_kind, types):
    """The kind follows the personal values actually in the row: one kind -> that kind, several -> mixed."""
    if list_kind == "ordinary":
        return "ordinary"
    ks = {TYPE_KIND[t] for t in types}
    return ks.pop() if len(ks) == 1 else "mixed"

# ---------------------------------------------------------------- checks
SPOKEN = str.maketrans("零〇洞一幺二两三四五六七拐八九勾", "0001122345677899")
FWBACK = {v: k for k, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-",
                               "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－")}
def norm(s):
    s = "".join(FWBACK.get(c, c) for c in s).translate(SPOKEN)
    return re.sub(r"[\s\-—－.·/杠横()（）+]", "", s)

MOBRE = re.compile(r"^(?:86|0086)?(1(?:3\d|4[57]|5[0-35-9]|66|7[235-8]|8\d|9[135-9])\d{8})$")

def spans(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return out

def infer(p, kind):
    """Type of a pii item when the build-time type is not at hand (check-only mode)."""
    v = norm(p).upper()
    if re.fullmatch(r"\d{17}[\dX]", v): return "HKMR" if v[:2] in ("81", "82", "83") else "ID"
    if kind in ("bank_card", "mixed") and re.fullmatch(r"\d{16}|\d{19}", v): return "CARD"
    if kind in ("mobile", "mixed") and re.fullmatch(r"(?:86|0086)?1\d{10}", v): return "MOB"
    return None

def check(rows):
    errs = []
    seen = set()
    for n, r in enumerate(rows, 1):
        t, pii, keep, kind = r["text"], r["pii"], r["keep"], r["kind"]
        e = lambda m: errs.append(f"line {n}: {m}: {t!r}")
        if set(r) - {"_types"} != {"text", "pii", "keep", "kind"}: e("bad keys")
        if t in seen: e("duplicate text")
        seen.add(t)
        if len(set(pii)) != len(pii) or len(set(keep)) != len(keep): e("duplicate item")
        for x in pii + keep:
            if not x or x not in t: e(f"item not in text: {x!r}")
            if x != x.strip(): e(f"item has edge whitespace: {x!r}")
        for k in keep:
            for p in pii:
                if k in p or p in k: e(f"keep/pii nested {k!r}/{p!r}")
                for a in spans(t, k):
                    for b in spans(t, p):
                        if a[0] < b[1] and b[0] < a[1]: e(f"keep/pii overlap {k!r}/{p!r}")
        if kind == "ordinary" and pii: e("ordinary with pii")
        if kind != "ordinary" and not pii: e("personal row without pii")
        # ordinary long numbers must not look like cards / IDs / mobiles
        for k in keep:
            for run in re.findall(r"\d{11,}", norm(k)):
                if len(run) >= 13 and luhn_ok(run): e(f"keep passes Luhn: {k!r}")
                if len(run) == 18 and gb11643(run[:17]) == run[17]: e(f"keep passes GB11643: {k!r}")
                if len(run) == 11 and MOBRE.match(run): e(f"keep looks like mobile: {k!r}")
        if kind == "ordinary":
            for run in re.findall(r"\d{13,}", t):
                if luhn_ok(run): e(f"ordinary text has Luhn run {run}")
        # personal values sanity
        for p, typ in zip(pii, r.get("_types") or [infer(p, kind) for p in pii]):
            v = norm(p).upper()
            if typ == "ID" and not (len(v) == 18 and gb11643(v[:17]) == v[17]): e(f"bad ID {p!r}")
            if typ == "CARD" and not (v.isdigit() and luhn_ok(v)): e(f"bad card {p!r}")
            if typ == "MOB" and not MOBRE.match(v): e(f"bad mobile {p!r}")
            if typ == "HKMR" and not gb11643(v[:17]) == v[17]: e(f"bad HKMR {p!r}")
    return errs

def build():
    g = Gen(SEED)
    rows, texts = [], set()
    for kind, tpls, target in TARGET:
        order = [tpl for rep, tpl in tpls for _ in range(rep)]
        i, made = 0, 0
        while made < target:
            tpl = order[i % len(order)]; i += 1
            if i > 20 * target: raise SystemExit(f"{kind}: not enough distinct rows")
            for attempt in range(50):
                text, pii, keep, types = render(g, tpl)
                row = {"text": text, "pii": pii, "keep": keep, "kind": derive_kind(kind, types), "_types": types}
                if text not in texts and not check([row]):
                    break
            else:
                if text in texts: continue   # literal template already used
                raise SystemExit(f"cannot render {tpl!r}: {check([row])}")
            texts.add(text); rows.append(row); made += 1
    errs = check(rows)
    if errs:
        print("\n".join(errs)); raise SystemExit(1)
    g.r.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "pii", "keep", "kind")}, ensure_ascii=False) + "\n")
    return rows

def load():
    return [json.loads(l) for l in open(OUT, encoding="utf-8")]

def report(rows):
    c = Counter(r["kind"] for r in rows)
    cjk = re.compile(r"[\u4e00-\u9fff]")
    print("rows", len(rows))
    for k, _, _ in TARGET: print(f"  {k:16s} {c[k]}")
    print("english (no CJK)", sum(1 for r in rows if not cjk.search(r["text"])))
    print("with line breaks", sum(1 for r in rows if "\n" in r["text"]))
    print("line break inside a pii item", sum(1 for r in rows if any("\n" in p for p in r["pii"])))
    print("pii items", sum(len(r["pii"]) for r in rows), "keep items", sum(len(r["keep"]) for r in rows))

if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    rows = load()
    errs = check(rows)
    print("\n".join(errs) or "check OK")
    report(rows)
    sys.exit(1 if errs else 0)
