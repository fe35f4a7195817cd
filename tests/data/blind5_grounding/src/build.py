#!/usr/bin/env python3
"""Build ../sentences.tsv from invented.txt and faithful.txt and run sanity checks.
Each source line: service_ids<TAB>sentence<TAB>kind."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CAT = '/work/main/assets/halls/demo/catalog.json'
cat = json.load(open(CAT, encoding='utf-8'))
S = {s['id']: s for s in cat['services']}
hall = cat['hall']
hall_txt = hall['address'] + hall['hours'] + hall['phone'] + hall.get('address_en', '') + hall.get('hours_en', '')
all_txt = open(CAT, encoding='utf-8').read()
KINDS_INV = {'window', 'floor', 'fee', 'time', 'phone', 'web', 'material', 'hours', 'condition', 'process'}
KINDS_FAI = KINDS_INV | {'mixed'}
rows, errs = [], []
def entry_text(ids):
    return ''.join(json.dumps(S[i], ensure_ascii=False) for i in ids) + hall_txt
def phones(s):
    return [re.sub(r'\s', '', p) for p in re.findall(r'\d{3,4}-\d{4}[ ]?\d{0,4}|(?<!\d)1\d{4}(?!\d)', s)]
def apps(s):
    return re.findall(r'“([^”]+)”', s) + re.findall(r'(?:www\.[\w.]+|https?://\S+)', s)
for fn, label in (('invented.txt', 'invented'), ('faithful.txt', 'faithful')):
    for n, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            errs.append(f'{fn}:{n} fields={len(parts)}'); continue
        ids_s, sent, kind = parts
        ids = ids_s.split('|')
        if not 1 <= len(ids) <= 3 or any(i not in S for i in ids):
            errs.append(f'{fn}:{n} bad ids {ids_s}')
            continue
        if '"' in sent:
            errs.append(f'{fn}:{n} double quote')
        if kind not in (KINDS_INV if label == 'invented' else KINDS_FAI):
            errs.append(f'{fn}:{n} bad kind {kind}')
        et = entry_text(ids)
        et_ns = re.sub(r'\s', '', et)
        wins = set(re.findall(r'(?<![A-Za-z0-9])([ABC]\d\d)(?!\d)', sent))
        own = set(w for i in ids for w in S[i]['windows'])
        if label == 'faithful':
            for w in wins:
                if w not in own and w not in et:
                    errs.append(f'{fn}:{n} faithful window {w} not in cited entries')
            for p in phones(sent):
                if p not in et_ns:
                    errs.append(f'{fn}:{n} faithful phone {p} not in entries/hall')
            for a in apps(sent):
                if a not in et:
                    errs.append(f'{fn}:{n} faithful app/web {a} not in cited entries')
        else:
            if kind == 'window' and not (wins - own):
                errs.append(f'{fn}:{n} invented window row has no foreign window')
            if kind == 'phone':
                ps = phones(sent)
                if not ps or any(p in re.sub(r'\s', '', all_txt) for p in ps):
                    errs.append(f'{fn}:{n} invented phone missing or in catalog {ps}')
            if kind == 'web':
                new = [a for a in apps(sent) if a not in all_txt]
                if not new:
                    errs.append(f'{fn}:{n} invented web/app is in catalog {apps(sent)}')
        rows.append((ids_s, sent, label, kind))
if errs:
    print('\n'.join(errs)); sys.exit(1)
out = os.path.join(HERE, '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8') as f:
    f.write('service_ids\tsentence\tlabel\tkind\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
c = collections.Counter((r[2], r[3]) for r in rows)
print('rows', len(rows), collections.Counter(r[2] for r in rows))
for k in sorted(c):
    print(k, c[k])
