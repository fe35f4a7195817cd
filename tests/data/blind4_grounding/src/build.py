#!/usr/bin/env python3
"""Build ../sentences.tsv from the hand-written rows_*.txt and run sanity checks
against the demo catalog. Usage: python3 build.py [path/to/catalog.json]"""
import json, re, sys, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = sys.argv[1] if len(sys.argv) > 1 else '/work/main/assets/halls/demo/catalog.json'
KINDS = {'window','floor','fee','time','phone','web','material','hours','condition','process','mixed'}

cat = json.load(open(CAT, encoding='utf-8'))
svc = {s['id']: s for s in cat['services']}
all_windows = {w['id'] for w in cat['windows']}

def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)

CAT_TEXT = '\n'.join(strings(cat))
HALL_TEXT = '\n'.join(cat['hall'][k] for k in ('address','hours','phone','address_en','hours_en'))
def svc_text(i): return '\n'.join(strings(svc[i]))

WIN_RE = re.compile(r'(?<![A-Za-z0-9])([ABC]\d{2})(?!\d)')
PHONE_RE = re.compile(r'0755-\d{4} ?\d{4}|(?<![\d.])1\d{4}(?![\d])|(?<![\d.])12\d(?![\d])')
QUOTE_RE = re.compile(r'“([^”]+)”')

rows, errs = [], []
for f in sorted(glob.glob(os.path.join(HERE, 'rows_*.txt'))):
    for n, line in enumerate(open(f, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        head, _, rest = line.partition(' :: ')
        parts = rest.split(' :: ')
        sent = parts[0].strip(); probe = parts[1].strip() if len(parts) > 1 else None
        lab, kind, ids = head.split()
        where = f'{os.path.basename(f)}:{n}'
        label = {'F': 'faithful', 'I': 'invented'}[lab]
        idl = ids.split('|')
        if not 1 <= len(idl) <= 3: errs.append(f'{where}: {len(idl)} ids')
        for i in idl:
            if i not in svc: errs.append(f'{where}: unknown id {i}')
        if kind not in KINDS: errs.append(f'{where}: kind {kind}')
        if label == 'invented' and kind == 'mixed': errs.append(f'{where}: invented mixed')
        if any(c in sent for c in '\t"\n'): errs.append(f'{where}: bad char')
        rows.append((ids, sent, label, kind, probe, where))

seen = Counter(r[1] for r in rows)
for s, c in seen.items():
    if c > 1: errs.append(f'duplicate sentence: {s}')

for ids, sent, label, kind, probe, where in rows:
    idl = ids.split('|')
    if any(i not in svc for i in idl): continue
    ctx = '\n'.join(svc_text(i) for i in idl) + '\n' + HALL_TEXT
    cited_w = set(w for i in idl for w in svc[i]['windows']) | set(WIN_RE.findall(ctx))
    wins = set(WIN_RE.findall(sent))
    for w in wins:
        if w not in all_windows: errs.append(f'{where}: window {w} not in catalog at all')
    if label == 'faithful':
        if probe: errs.append(f'{where}: faithful row with probe')
        for w in wins - cited_w: errs.append(f'{where}: faithful mentions uncited window {w}')
        for p in PHONE_RE.findall(sent):
            if p not in ctx.replace('\u00a0', ' '): errs.append(f'{where}: faithful phone {p} not in cited ctx')
        for q in QUOTE_RE.findall(sent):
            if q not in ctx: errs.append(f'{where}: faithful app/name “{q}” not in cited ctx')
    else:
        if kind in ('window', 'phone', 'web') and not probe: errs.append(f'{where}: {kind} row lacks probe')
        if probe:
            if probe not in sent: errs.append(f'{where}: probe not in sentence')
            if kind == 'window':
                if probe in cited_w: errs.append(f'{where}: invented window {probe} is cited service window')
            elif probe in CAT_TEXT: errs.append(f'{where}: invented {kind} {probe} found in catalog')

out = os.path.join(HERE, '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('service_ids\tsentence\tlabel\tkind\n')
    for ids, sent, label, kind, probe, where in rows:
        fh.write(f'{ids}\t{sent}\t{label}\t{kind}\n')

c = Counter((r[2], r[3]) for r in rows)
lab = Counter(r[2] for r in rows)
print('rows', len(rows), dict(lab))
for l in ('invented', 'faithful'):
    print(l, {k: v for (ll, k), v in sorted(c.items()) if ll == l})
print('english rows', sum(1 for r in rows if re.search(r'[A-Za-z]{4,} [A-Za-z]{3,}', r[1])))
print('multi-id rows', sum(1 for r in rows if '|' in r[0]))
print('services covered', len({i for r in rows for i in r[0].split('|')}), 'of', len(svc))
inv = Counter(r[3] for r in rows if r[2] == 'invented')
assert lab['invented'] >= 130 and lab['faithful'] >= 130
assert inv['condition'] >= 20 and inv['process'] >= 15 and inv['material'] >= 15
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
