"""Build ../utterances.jsonl from the hand-written rows in rows.py and check it.
Markup inside a row's text:  [[...]] personal string (pii),  <<...>> must-keep string,
{kind:fmt} a generated personal value (pii) from values.py."""
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(__file__))
import values
from rows import ROWS

TOK = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{(\w+)(?::(\w+))?\}", re.S)
KINDS = {"id_card", "mobile", "landline", "passport", "hk_macau_permit", "taiwan_permit", "bank_card",
         "social_security", "name", "mixed", "ordinary"}
ALWAYS_KEEP = ["0755-2699 8100", "12345"]


def parse(src):
    out, pii, keep, spans_p, spans_k, pos = [], [], [], [], [], 0
    last = 0
    for m in TOK.finditer(src):
        out.append(src[last:m.start()])
        pos = sum(len(x) for x in out)
        if m.group(1) is not None:
            s = m.group(1); pii.append(s); spans_p.append((pos, pos + len(s)))
        elif m.group(2) is not None:
            s = m.group(2); keep.append(s); spans_k.append((pos, pos + len(s)))
        else:
            s = values.make(m.group(3), m.group(4) or "plain"); pii.append(s); spans_p.append((pos, pos + len(s)))
        out.append(s)
        last = m.end()
    out.append(src[last:])
    return "".join(out), pii, keep, spans_p, spans_k


def occurrences(text, s):
    i = text.find(s)
    while i >= 0:
        yield (i, i + len(s))
        i = text.find(s, i + 1)


SPOKEN = {"零": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "八": "8", "九": "9", "叉": "X"}


def normalise(s):
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    s = "".join(SPOKEN.get(c, c) for c in s).upper()
    return re.sub(r"[\s\-./杠横()（），,+]", "", s)


def validate(kind, p):
    """Check generated values: GB 11643 check digit for ID numbers, Luhn for bank cards, mobile prefix."""
    v = normalise(p)
    if kind in ("id_card", "mixed") and re.fullmatch(r"\d{17}[\dX]", v):
        body = v[:17]
        return values.CHK[sum(int(c) * w for c, w in zip(body, values.W)) % 11] == v[17] and v[:6] in values.REGIONS
    if kind in ("bank_card", "mixed") and re.fullmatch(r"62\d{14}|62\d{17}", v):
        return values.luhn_ok(v)
    if kind == "bank_card":
        return False
    if kind == "id_card":
        return False
    return True


def main():
    rows, errs = [], []
    for n, (kind, src) in enumerate(ROWS):
        text, pii, keep, sp, sk = parse(src)
        for k in ALWAYS_KEEP:
            if k in text and k not in keep:
                keep.append(k)
        pii = list(dict.fromkeys(pii)); keep = list(dict.fromkeys(keep))
        if kind not in KINDS: errs.append((n, "kind", kind))
        if kind == "ordinary" and pii: errs.append((n, "ordinary with pii", pii))
        if kind != "ordinary" and not pii: errs.append((n, "no pii", text))
        for p in pii:
            if not validate(kind, p): errs.append((n, "invalid value", p))
        for s in pii + keep:
            if s not in text: errs.append((n, "missing", s))
        for a, b in sp:
            for c, d in sk:
                if a < d and c < b: errs.append((n, "overlap", text[a:b], text[c:d]))
        pocc = [o for s in pii for o in occurrences(text, s)]
        for k in keep:      # every keep must have an occurrence outside all pii spans
            if all(any(a < d and c < b for a, b in pocc) for c, d in occurrences(text, k)):
                errs.append((n, "keep only inside pii", k))
        rows.append({"text": text, "pii": pii, "keep": keep, "kind": kind})
    seen = collections.Counter(r["text"] for r in rows)
    for t, c in seen.items():
        if c > 1: errs.append(("dup", t))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "utterances.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = collections.Counter(r["kind"] for r in rows)
    eng = sum(1 for r in rows if sum(ch.isascii() and ch.isalpha() for ch in r["text"]) > 0.5 * len(r["text"]))
    print("rows", len(rows), dict(sorted(cnt.items())), "english~", eng)
    for e in errs: print("ERR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
