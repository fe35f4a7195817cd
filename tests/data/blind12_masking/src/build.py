#!/usr/bin/env python3
"""Build utterances.jsonl from raw/*.tsv and validate it (stdlib only).

raw format: one item per line, fields separated by '‖':  kind ‖ text ‖ pii ‖ keep
  - kind may be abbreviated (id mob tel pp hk tw bank ss name mix ord)
  - pii / keep: items separated by '||' (surrounding spaces stripped; may be empty)
  - the two-character sequence \\n in any field becomes a real line break
  - lines starting with '#' and blank lines are ignored
"""
import json, sys, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"id_card","mobile","landline","passport","hk_macau_permit","taiwan_permit",
         "bank_card","social_security","name","mixed","ordinary"}
ABBR = {"id":"id_card","mob":"mobile","tel":"landline","pp":"passport","hk":"hk_macau_permit",
        "tw":"taiwan_permit","bank":"bank_card","ss":"social_security","mix":"mixed","ord":"ordinary"}
def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i+len(s))); i = text.find(s, i+1)
    return out
def main():
    rows, errs = [], []
    for fn in sorted(glob.glob(os.path.join(ROOT, "raw", "*.tsv"))):
        for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"): continue
            parts = [p.strip() for p in line.split("‖")]
            where = f"{os.path.basename(fn)}:{ln}"
            if len(parts) != 4:
                errs.append(f"{where}: {len(parts)} fields"); continue
            kind, text, pii, keep = [p.replace("\\n", "\n") for p in parts]
            pii = [p.strip() for p in pii.split("||") if p.strip()]
            keep = [k.strip() for k in keep.split("||") if k.strip()]
            kind = ABBR.get(kind.strip(), kind.strip())
            if kind not in KINDS: errs.append(f"{where}: bad kind {kind}")
            if kind == "ordinary" and pii: errs.append(f"{where}: ordinary with pii")
            if kind != "ordinary" and not pii: errs.append(f"{where}: {kind} without pii")
            for s in pii + keep:
                if s not in text: errs.append(f"{where}: not substring: {s!r}")
                if s != s.strip(): errs.append(f"{where}: untrimmed: {s!r}")
            ps = [sp for s in pii for sp in spans(text, s)]
            ks = [sp for s in keep for sp in spans(text, s)]
            for a in ps:
                for b in ks:
                    if a[0] < b[1] and b[0] < a[1]:
                        errs.append(f"{where}: pii/keep overlap {text[a[0]:a[1]]!r} ~ {text[b[0]:b[1]]!r}")
            if len(set(pii)) != len(pii) or len(set(keep)) != len(keep):
                errs.append(f"{where}: duplicate entries")
            rows.append({"text": text, "pii": pii, "keep": keep, "kind": kind, "_w": where})
    seen = collections.Counter(r["text"] for r in rows)
    for t, c in seen.items():
        if c > 1: errs.append(f"duplicate text: {t[:40]!r}")
    for e in errs: print("ERR", e)
    cnt = collections.Counter(r["kind"] for r in rows)
    n = len(rows)
    print(f"rows={n}")
    for k in sorted(cnt, key=lambda k: -cnt[k]): print(f"  {k:16s}{cnt[k]:4d}  {cnt[k]/max(n,1):.1%}")
    print("pii strings:", sum(len(r["pii"]) for r in rows), " keep strings:", sum(len(r["keep"]) for r in rows))
    if "--write" in sys.argv and not errs:
        with open(os.path.join(ROOT, "utterances.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                r = {k: v for k, v in r.items() if k != "_w"}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("written utterances.jsonl")
    return 1 if errs else 0
if __name__ == "__main__": sys.exit(main())
