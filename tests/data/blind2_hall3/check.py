# Checks questions.tsv parses (csv, QUOTE_NONE) and every expected id exists in catalog.json; prints counts.
import csv, json, collections, pathlib
here = pathlib.Path(__file__).parent
cat = json.load(open(here / "catalog.json", encoding="utf-8"))
ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat["places"]}
special = {"handoff", "offtopic", "injection"}
cnt = collections.Counter(); bad = []; qs = set()
with open(here / "questions.tsv", encoding="utf-8", newline="") as f:
    r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    assert next(r) == ["question", "expected", "category"]
    for i, row in enumerate(r, 2):
        q, exp, c = row[:3]
        cnt[c] += 1
        if q in qs: bad.append((i, "duplicate question"))
        qs.add(q)
        if q[:1] in "\"'": bad.append((i, "starts with quote"))
        if c == "two_needs":
            if len(row) != 4 or row[3] != "both" or len(exp.split("|")) != 2: bad.append((i, "two_needs format"))
        elif len(row) != 3: bad.append((i, "column count"))
        for e in exp.split("|"):
            if e not in ids and not (e in special and exp == e): bad.append((i, "unknown id " + e))
        if (c in special or exp in special) and c != exp: bad.append((i, "category/expected mismatch"))
want = dict(plain=18, colloquial=45, asr=20, english=12, facility=14, two_needs=9, family=6, offtopic=10, injection=8, handoff=8)
for k in want: print(f"{k:11s} {cnt[k]:3d}")
print("total      ", sum(cnt.values()))
print("problems:", bad or "none")
print("count mismatches:", {k: cnt[k] for k in want if cnt[k] != want[k]} or "none")
