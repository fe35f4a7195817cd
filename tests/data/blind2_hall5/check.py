import csv, json, collections, sys
cat = json.load(open("catalog.json", encoding="utf-8"))
ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat["places"]}
special = {"handoff", "offtopic", "injection"}
rows = list(csv.reader(open("questions.tsv", encoding="utf-8", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
assert rows[0] == ["question", "expected", "category"], rows[0]
bad = 0
for i, r in enumerate(rows[1:], 2):
    if len(r) not in (3, 4) or (len(r) == 4 and (r[2] != "two_needs" or r[3] != "both")):
        print("bad shape", i, r); bad += 1; continue
    if r[2] == "two_needs" and (len(r) != 4 or len(r[1].split("|")) != 2):
        print("two_needs needs both + 2 ids", i, r); bad += 1
    if any(x[:1] in "\"'" for x in r):
        print("leading quote", i, r); bad += 1
    for e in r[1].split("|"):
        if e not in ids and not (e in special and "|" not in r[1]):
            print("unknown id", i, e); bad += 1
print("rows:", len(rows) - 1)
for k, v in sorted(collections.Counter(r[2] for r in rows[1:]).items()): print(f"  {k}: {v}")
used = {e for r in rows[1:] for e in r[1].split("|")}
print("catalog ids never expected:", sorted(ids - used))
sys.exit(1 if bad else 0)
