"""Build and check utterances.jsonl from the hand-written rows_*.py files (stdlib only)."""
import json, re, sys, collections, importlib.util, pathlib, unicodedata
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "utterances.jsonl"
KINDS = {"id_card","mobile","landline","passport","hk_macau_permit","taiwan_permit","bank_card",
         "social_security","name","mixed","ordinary"}
FILES = ["rows_id","rows_mobile","rows_land","rows_docs","rows_bank","rows_name","rows_mixed",
         "rows_ord1","rows_ord2","rows_ord3","rows_ord4"]
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; C="10X98765432"
def id_ok(s): return len(s)==18 and s[:17].isdigit() and C[sum(int(x)*w for x,w in zip(s,W))%11]==s[17].upper()
def luhn_ok(s):
    t=0
    for i,ch in enumerate(reversed(s)):
        d=int(ch)
        if i%2: d=d*2-9 if d>4 else d*2
        t+=d
    return t%10==0
def spans(text, sub):
    out=[]; i=text.find(sub)
    while i!=-1:
        out.append((i,i+len(sub))); i=text.find(sub,i+1)
    return out
rows=[]; errors=[]; notes=[]
for f in FILES:
    spec=importlib.util.spec_from_file_location(f, HERE/f"{f}.py"); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for j,r in enumerate(m.R):
        kind,text,pii,keep=r
        where=f"{f}[{j}]"
        if kind not in KINDS: errors.append(f"{where}: bad kind {kind}")
        for s in pii+keep:
            if not s or s not in text: errors.append(f"{where}: not a substring: {s!r}")
        if len(set(pii))!=len(pii) or len(set(keep))!=len(keep): errors.append(f"{where}: duplicate item")
        ps=[sp for s in pii for sp in spans(text,s)]; ks=[sp for s in keep for sp in spans(text,s)]
        for a in ps:
            for b in ks:
                if a[0]<b[1] and b[0]<a[1]: errors.append(f"{where}: pii/keep overlap {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
        if kind=="ordinary" and pii: errors.append(f"{where}: ordinary row with pii")
        if kind!="ordinary" and not pii: errors.append(f"{where}: non-ordinary row without pii")
        if kind=="mixed" and len(pii)<2 and not keep: errors.append(f"{where}: mixed row should mix")
        for s in pii:
            d=unicodedata.normalize("NFKC",s)
            if re.fullmatch(r"\d{17}[\dXx]",d) and kind in ("id_card","mixed") and not id_ok(d): notes.append(f"{where}: ID check digit off (intended?) {s!r}")
            if kind=="bank_card" and re.fullmatch(r"\d{16,19}",re.sub(r"[\s.\-]","",d)) and not luhn_ok(re.sub(r"[\s.\-]","",d)): notes.append(f"{where}: Luhn off {s!r}")
        rows.append({"text":text,"pii":pii,"keep":keep,"kind":kind})
texts=collections.Counter(r["text"] for r in rows)
for t,c in texts.items():
    if c>1: errors.append(f"duplicate text: {t!r}")
with open(OUT,"w",encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
# re-read as JSON to be sure
back=[json.loads(l) for l in open(OUT,encoding="utf-8")]
assert len(back)==len(rows)
cnt=collections.Counter(r["kind"] for r in rows)
print("rows",len(rows)); 
for k in sorted(cnt,key=lambda k:-cnt[k]): print(f"  {k:16s}{cnt[k]:4d}  {cnt[k]/len(rows):.1%}")
print("pii items",sum(len(r["pii"]) for r in rows),"keep items",sum(len(r["keep"]) for r in rows))
for n in notes: print("NOTE",n)
for e in errors: print("ERROR",e)
sys.exit(1 if errors else 0)
