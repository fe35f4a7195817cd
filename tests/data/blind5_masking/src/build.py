#!/usr/bin/env python3
"""Build ../utterances.jsonl from templates.py + fixed.py with a seeded RNG, then check it.
Usage: python3 build.py          (build + check)
       python3 build.py --check  (check only)"""
import json, os, re, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values
from values import luhn_ok, id_ok, R
import slots
from templates import T
from fixed import F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'utterances.jsonl')
TARGET = {'ordinary': 200, 'id_card': 45, 'mobile': 45, 'landline': 22, 'passport': 22, 'hk_macau_permit': 20,
          'taiwan_permit': 15, 'bank_card': 30, 'social_security': 20, 'name': 45, 'mixed': 36}
SLOT_RE = re.compile(r'\{(\w+)(?::(\w+))?\}')


def render(tpl):
    mode, body = tpl.split('|', 1)
    slots.MODE['m'] = {'A': 'asr', 'T': 'typed', 'F': 'form', 'E': 'en'}[mode]
    pii, keep, out, pos = [], [], [], 0
    for m in SLOT_RE.finditer(body):
        out.append(body[pos:m.start()])
        surf, role = slots.SLOTS[m.group(1)](m.group(2))
        out.append(surf)
        (pii if role == 'pii' else keep).append(surf)
        pos = m.end()
    out.append(body[pos:])
    text = ''.join(out)
    if mode == 'A':  # ASR output: no punctuation
        text = re.sub(r'[，。？！,?!]', ' ', text).strip()
    dd = lambda xs: list(dict.fromkeys(xs))
    return text, dd(pii), dd(keep)


def spans(text, s):
    i, r = text.find(s), []
    while i >= 0:
        r.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return r


def problems(row):
    t, p, k = row['text'], row['pii'], row['keep']
    errs = []
    for s in p + k:
        if not s or s not in t:
            errs.append(f'missing {s!r}')
    if len(set(p)) != len(p) or len(set(k)) != len(k):
        errs.append('duplicate item')
    ps = [sp for s in p for sp in spans(t, s)]
    ks = [sp for s in k for sp in spans(t, s)]
    for a in ps:
        for b in ks:
            if a[0] < b[1] and b[0] < a[1]:
                errs.append(f'overlap {t[a[0]:a[1]]!r} / {t[b[0]:b[1]]!r}')
    if row['kind'] == 'ordinary' and p:
        errs.append('ordinary with pii')
    if row['kind'] != 'ordinary' and not p:
        errs.append('non-ordinary without pii')
    for s in k:  # ordinary long numbers must pass neither Luhn nor the ID check
        for run in re.findall(r'[0-9Xx]{13,}', s.replace(' ', '').replace('-', '')):
            if (run.isdigit() and luhn_ok(run)) or id_ok(run):
                errs.append(f'keep number passes a check: {s!r}')
    for s in p:  # sanity of generated ids / cards in plain ASCII form
        flat = re.sub(r'[\s\-杠横]', '', s)
        if row['kind'] == 'id_card' and re.fullmatch(r'\d{17}[\dXx]', flat) and not id_ok(flat):
            errs.append(f'bad id {s!r}')
        if row['kind'] == 'bank_card' and re.fullmatch(r'\d{16,19}', flat) and not luhn_ok(flat):
            errs.append(f'bad card {s!r}')
    return errs


def build():
    rows, seen = [], set()
    for kind, text, p, k in F:
        rows.append({'text': text, 'pii': p, 'keep': k, 'kind': kind})
        seen.add(text)
    have = {kd: sum(r['kind'] == kd for r in rows) for kd in TARGET}
    for kind, n in TARGET.items():
        tpls = list(T[kind])
        tries = 0
        while have[kind] < n:
            R.shuffle(tpls)
            for tpl in tpls:
                if have[kind] >= n:
                    break
                tries += 1
                assert tries < 20000, kind
                text, p, k = render(tpl)
                row = {'text': text, 'pii': p, 'keep': k, 'kind': kind}
                if text in seen or problems(row):
                    continue
                if tpl.startswith('E|') and R.random() > 0.62:
                    continue
                if '\n' in text and R.random() > 0.42:
                    continue
                seen.add(text)
                rows.append(row)
                have[kind] += 1
    random.Random(7).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def check():
    rows = [json.loads(l) for l in open(OUT, encoding='utf-8')]
    bad = 0
    texts = set()
    for i, r in enumerate(rows, 1):
        e = problems(r)
        if r['text'] in texts:
            e.append('duplicate text')
        texts.add(r['text'])
        if r['kind'] not in TARGET:
            e.append('bad kind')
        if e:
            bad += 1
            print(f'line {i}: {e}')
    from collections import Counter
    c = Counter(r['kind'] for r in rows)
    en = sum(1 for r in rows if not re.search(r'[\u4e00-\u9fff]', r['text']))
    nl = sum(1 for r in rows if '\n' in r['text'])
    print(f'{len(rows)} rows, {bad} bad; english(no CJK)={en}; with line break={nl}')
    print(dict(c))
    print('pii items', sum(len(r['pii']) for r in rows), 'keep items', sum(len(r['keep']) for r in rows))
    return bad == 0


if __name__ == '__main__':
    if '--check' not in sys.argv:
        build()
    sys.exit(0 if check() else 1)
