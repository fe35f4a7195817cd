import csv,json,collections,sys
cat=json.load(open("catalog.json"))
ids={s["id"] for s in cat["services"]}|{p["id"] for p in cat["places"]}
ok={"handoff","offtopic","injection"}
rows=list(csv.reader(open("questions.tsv",encoding="utf-8"),delimiter="\t",quoting=csv.QUOTE_NONE))
hdr=rows[0]; assert hdr==["question","expected","category"],hdr
c=collections.Counter(); bad=0; seen=set()
for i,r in enumerate(rows[1:],2):
    if len(r) not in (3,4): print("bad cols",i,r); bad+=1; continue
    q,e,cat_=r[:3]
    if q in seen: print("dup",i,q)
    seen.add(q)
    if q[:1] in "\"'": print("quote start",i)
    for x in e.split("|"):
        if x not in ids and x not in ok: print("unknown id",i,x); bad+=1
    if len(r)==4 and (r[3]!="both" or cat_!="two_needs"): print("bad 4th",i); bad+=1
    if cat_=="two_needs" and (len(r)!=4 or len(e.split("|"))!=2): print("two_needs form",i); bad+=1
    c[cat_]+=1
print(dict(c),"total",sum(c.values()),"errors",bad)
used=collections.Counter(x for r in rows[1:] for x in r[1].split("|"))
print("ids never expected:",sorted(ids-set(used)))
sys.exit(1 if bad else 0)
