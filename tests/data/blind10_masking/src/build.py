import json, re, sys, os, importlib
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C = "10X98765432"
def idc(s17):
    return s17 + C[sum(int(a)*b for a,b in zip(s17,W)) % 11]
def exp(s):
    return re.sub(r"\{ID:(\d{17})\}", lambda m: idc(m.group(1)), s)
KINDS = {"id_card","mobile","landline","passport","hk_macau_permit","taiwan_permit","bank_card","social_security","name","mixed","ordinary"}
rows = []
errs = []
for mod in ["d_id","d_mobile","d_other","d_name","d_mixed","d_extra","d_ord1","d_ord2"]:
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    for r in m.ROWS:
        kind, text, pii, keep = r
        text = exp(text); pii = [exp(p) for p in pii]; keep = [exp(k) for k in keep]
        rows.append({"text": text, "pii": pii, "keep": keep, "kind": kind, "_src": mod})
seen = set()
for i, r in enumerate(rows):
    t = r["text"]
    if r["kind"] not in KINDS: errs.append((i, "kind", r["kind"]))
    if t in seen: errs.append((i, "dup", t))
    seen.add(t)
    if r["kind"] == "ordinary" and r["pii"]: errs.append((i, "ordinary with pii", t))
    if r["kind"] != "ordinary" and not r["pii"]: errs.append((i, "no pii", t))
    for p in r["pii"] + r["keep"]:
        if p not in t: errs.append((i, "not substring", p, t))
    for p in r["pii"]:
        for k in r["keep"]:
            if p in k or k in p: errs.append((i, "overlap str", p, k))
            # span overlap
            for ms in re.finditer(re.escape(p), t):
                for mk in re.finditer(re.escape(k), t):
                    if ms.start() < mk.end() and mk.start() < ms.end():
                        errs.append((i, "overlap span", p, k))
for e in errs: print("ERR", e)
cnt = Counter(r["kind"] for r in rows)
print(len(rows), dict(cnt), "ordinary %.1f%%" % (100*cnt["ordinary"]/max(1,len(rows))))
if not errs:
    with open(os.path.join(HERE, "..", "utterances.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            r.pop("_src")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("written")
