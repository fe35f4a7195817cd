#!/usr/bin/env python3
"""Build ../utterances.jsonl from the hand-written rows_*.txt files and validate it.

Row format (one per line):  kind ## text ## pii1 ;; pii2 ## keep1 ;; keep2
  - literal "\\n" in a field becomes a real line break
  - "§" right after a 17-digit ID body is replaced by the GB 11643 check character
  - "¤" right after a bank-card body is replaced by the Luhn check digit
  (digits may be Arabic, full-width or spoken Chinese, with separators in between;
   the check character is written in the same style as the digit before it)
Stdlib only.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'utterances.jsonl')
KINDS = {'id': 'id_card', 'mob': 'mobile', 'tel': 'landline', 'pp': 'passport',
         'hk': 'hk_macau_permit', 'tw': 'taiwan_permit', 'bank': 'bank_card',
         'ss': 'social_security', 'name': 'name', 'mix': 'mixed', 'ord': 'ordinary'}
VALID = set(KINDS.values())
CN = {'零': 0, '〇': 0, '洞': 0, '一': 1, '幺': 1, '二': 2, '三': 3, '四': 4, '五': 5,
      '六': 6, '七': 7, '八': 8, '九': 9}
CN_OUT = '零一二三四五六七八九'
SEPS = set(' \u3000-－—/.．，,\n杠横')


def digit_of(ch):
    if '0' <= ch <= '9':
        return int(ch), 'a'
    if '０' <= ch <= '９':
        return ord(ch) - ord('０'), 'f'
    if ch in CN:
        return CN[ch], 'c'
    return None, None


def render(d, style):
    if d == 10:
        return {'a': 'X', 'f': 'Ｘ', 'c': 'X'}[style]
    return {'a': str(d), 'f': chr(ord('０') + d), 'c': CN_OUT[d]}[style]


def digits_before(s, pos, limit=None):
    out, style, i = [], None, pos - 1
    while i >= 0:
        d, st = digit_of(s[i])
        if d is not None:
            out.append(d)
            style = style or st
            if limit and len(out) == limit:
                break
        elif s[i] not in SEPS:
            break
        i -= 1
    return out[::-1], style


def id_check(ds):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2][sum(a * b for a, b in zip(ds, w)) % 11]


def luhn_check(ds):
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return (10 - tot % 10) % 10


def expand(s):
    while '§' in s or '¤' in s:
        i = min(p for p in (s.find('§'), s.find('¤')) if p >= 0)
        if s[i] == '§':
            ds, st = digits_before(s, i, 17)
            assert len(ds) == 17, (s, ds)
            c = render(id_check(ds), st)
        else:
            ds, st = digits_before(s, i)
            assert 14 <= len(ds) <= 18, (s, ds)
            c = render(luhn_check(ds), st)
        s = s[:i] + c + s[i + 1:]
    return s


def occ(text, sub):
    res, start = [], 0
    while True:
        j = text.find(sub, start)
        if j < 0:
            return res
        res.append((j, j + len(sub)))
        start = j + 1


def main():
    rows, errors = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, 'rows_*.txt'))):
        for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#!'):
                continue
            parts = line.split(' ##')
            parts = [p.strip() for p in parts]
            if len(parts) != 4:
                errors.append(f'{fn}:{ln}: {len(parts)} fields')
                continue
            k, text, pii, keep = parts
            conv = lambda x: expand(x.replace('\\n', '\n'))
            lst = lambda f: [conv(x.strip()) for x in f.split(';;') if x.strip()]
            rows.append(dict(text=conv(text), pii=lst(pii), keep=lst(keep),
                             kind=KINDS.get(k, k), _src=f'{os.path.basename(fn)}:{ln}'))
    seen = set()
    for r in rows:
        t, src = r['text'], r['_src']
        if r['kind'] not in VALID:
            errors.append(f'{src}: bad kind {r["kind"]}')
        if t in seen:
            errors.append(f'{src}: duplicate text')
        seen.add(t)
        if r['kind'] == 'ordinary' and r['pii']:
            errors.append(f'{src}: ordinary with pii')
        if r['kind'] != 'ordinary' and not r['pii']:
            errors.append(f'{src}: non-ordinary without pii')
        for s in r['pii'] + r['keep']:
            if s not in t:
                errors.append(f'{src}: not a substring: {s!r}')
        for k in r['keep']:
            for p in r['pii']:
                if k in p or p in k:
                    errors.append(f'{src}: keep/pii contain each other: {k!r} {p!r}')
                for a in occ(t, k):
                    for b in occ(t, p):
                        if a[0] < b[1] and b[0] < a[1]:
                            errors.append(f'{src}: overlap keep {k!r} pii {p!r}')
        # report 18-char Arabic IDs whose check char is wrong (informational)
        for p in r['pii']:
            m = re.fullmatch(r'[0-9 \-]+[0-9Xx]', p)
            if m and r['kind'] in ('id_card', 'mixed'):
                ds = [int(c) for c in p if c.isdigit()]
                last = p[-1]
                if len(ds) + (last in 'Xx') == 18:
                    body = [int(c) for c in re.sub(r'[^0-9Xx]', '', p)[:17]]
                    want = render(id_check(body), 'a')
                    if want != last.upper():
                        print(f'note {src}: ID check mismatch {p!r} (want {want})')
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith('_')}
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # re-read to prove it is valid JSONL
    back = [json.loads(l) for l in open(OUT, encoding='utf-8')]
    c = Counter(r['kind'] for r in back)
    n = len(back)
    print(f'rows: {n}')
    for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
        print(f'  {k:17s} {v:4d}  {100*v/n:5.1f}%')
    print('pii strings:', sum(len(r['pii']) for r in back),
          ' keep strings:', sum(len(r['keep']) for r in back))
    print('rows with a line break:', sum('\n' in r['text'] for r in back))
    print('rows with ASCII letters only-ish (English/foreign):',
          sum(not re.search(r'[\u4e00-\u9fff]', r['text']) for r in back))


if __name__ == '__main__':
    main()
