#!/usr/bin/env python3
"""Build ../sentences.tsv from the hand-written sources in this folder (stdlib only)."""
import json, random, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/main/tests/data/blind9_hall14/catalog.json"
KINDS = {"material", "condition", "process", "time", "fee", "window", "floor",
         "phone", "web", "hours", "mixed"}
SOURCES = [("faithful_a.txt", "faithful"), ("faithful_b.txt", "faithful"),
           ("invented_a.txt", "invented"), ("invented_b.txt", "invented"),
           ("english.txt", None), ("multi.txt", None)]

def main():
    ids = {s["id"] for s in json.load(open(CATALOG, encoding="utf-8"))["services"]}
    rows, errs = [], []
    for fn, label in SOURCES:
        for n, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(" @@ ")]
            lab = label
            if label is None:
                lab = {"F": "faithful", "I": "invented"}.get(parts[0])
                parts = parts[1:]
            if lab is None or len(parts) != 3:
                errs.append(f"{fn}:{n}: bad line"); continue
            sids, kind, sent = parts
            for sid in sids.split("|"):
                if sid not in ids:
                    errs.append(f"{fn}:{n}: unknown id {sid}")
            if len(sids.split("|")) > 3:
                errs.append(f"{fn}:{n}: more than 3 ids")
            if kind not in KINDS or (kind == "mixed" and lab != "faithful"):
                errs.append(f"{fn}:{n}: bad kind {kind} for {lab}")
            if any(c in sent for c in '\t"\r') or not sent:
                errs.append(f"{fn}:{n}: tab/quote/empty in sentence")
            rows.append((sids, sent, lab, kind))
    seen = collections.Counter(r[1] for r in rows)
    errs += [f"duplicate sentence: {s}" for s, c in seen.items() if c > 1]
    if errs:
        print("\n".join(errs)); sys.exit(1)
    random.Random(20261203).shuffle(rows)
    with open(os.path.join(HERE, "..", "sentences.tsv"), "w", encoding="utf-8") as f:
        f.write("service_ids\tsentence\tlabel\tkind\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    # stats
    lab = collections.Counter(r[2] for r in rows)
    kinds = collections.Counter((r[2], r[3]) for r in rows)
    svc = {s for r in rows for s in r[0].split("|")}
    multi = sum(1 for r in rows if "|" in r[0])
    eng = sum(1 for r in rows if not any('\u4e00' <= c <= '\u9fff' for c in r[1][:12]))
    print("rows", len(rows), dict(lab))
    print("services covered", len(svc), "of", len(ids))
    print("multi-cite", multi, f"{multi/len(rows):.0%}", "english", eng, f"{eng/len(rows):.0%}")
    for k in sorted(KINDS):
        print(f"  {k:10s} faithful={kinds[('faithful',k)]:3d} invented={kinds[('invented',k)]:3d}")

if __name__ == "__main__":
    main()
