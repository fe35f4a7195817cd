# Parses questions.tsv with csv (QUOTE_NONE) and checks every expected id against catalog.json.
import csv, json, collections, pathlib, sys
here = pathlib.Path(__file__).parent
cat = json.loads((here / "catalog.json").read_text(encoding="utf-8"))
ids = {s["id"] for s in cat["services"]} | {p["id"] for p in cat["places"]}
SPECIAL = {"handoff", "offtopic", "injection"}
CATS = {"plain", "colloquial", "asr", "english", "facility", "two_needs", "offtopic", "injection", "handoff", "family"}
bad = 0
counts = collections.Counter()
with open(here / "questions.tsv", encoding="utf-8", newline="") as f:
    r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(r)
    assert header == ["question", "expected", "category"], header
    seen = set()
    for n, row in enumerate(r, 2):
        q, e, c = row[0], row[1], row[2]
        counts[c] += 1
        if c not in CATS: print(n, "bad category", c); bad += 1
        if c == "two_needs":
            if len(row) != 4 or row[3] != "both" or len(e.split("|")) != 2: print(n, "bad two_needs row", row); bad += 1
        elif len(row) != 3: print(n, "wrong column count", row); bad += 1
        if q in seen: print(n, "duplicate question", q); bad += 1
        seen.add(q)
        parts = e.split("|")
        if c in SPECIAL:
            if e != c: print(n, "expected should be", c, "got", e); bad += 1
            continue
        for p in parts:
            if p not in ids: print(n, "unknown id", p); bad += 1
        if c == "family" and len(parts) < 2: print(n, "family needs several ids"); bad += 1
print(dict(counts), "total", sum(counts.values()))
print("problems:", bad)
sys.exit(1 if bad else 0)
