#!/usr/bin/env python3
"""Build sentences.tsv from the hand-written src/*.txt files (stdlib only).

Source line format:  label ## kind ## service_ids ## sentence
  label: f (faithful) or i (invented); lines starting with # are comments.
Checks: ids exist in the catalog, no tabs/quotes, kinds valid, labels valid,
no duplicate sentences, faithful kind != none, 'mixed' only for faithful.
Shuffles with a fixed seed and writes ../sentences.tsv.
"""
import json, os, random, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')
CATALOG = '/work/main/tests/data/blind10_hall16/catalog.json'
SRC = ['faithful_zh.txt', 'invented_zh.txt', 'multi_zh.txt', 'english.txt']
KINDS = {'material', 'condition', 'process', 'time', 'fee', 'window', 'floor',
         'phone', 'web', 'hours', 'mixed'}
LABELS = {'f': 'faithful', 'i': 'invented'}

def main():
    ids = {s['id'] for s in json.load(open(CATALOG, encoding='utf-8'))['services']}
    rows, errs, seen = [], [], set()
    for fn in SRC:
        for n, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = [p.strip() for p in line.split(' ## ')]
            where = f'{fn}:{n}'
            if len(parts) != 4:
                errs.append(f'{where}: expected 4 fields, got {len(parts)}'); continue
            lab, kind, sids, sent = parts
            if lab not in LABELS: errs.append(f'{where}: bad label {lab}')
            if kind not in KINDS: errs.append(f'{where}: bad kind {kind}')
            if kind == 'mixed' and lab != 'f': errs.append(f'{where}: mixed only for faithful')
            sl = sids.split('|')
            if not 1 <= len(sl) <= 3 or len(set(sl)) != len(sl):
                errs.append(f'{where}: bad id count {sids}')
            for s in sl:
                if s not in ids: errs.append(f'{where}: unknown id {s}')
            if '\t' in sent or '"' in sent or "'" in sent and False:
                errs.append(f'{where}: tab/quote in sentence')
            if re.search(r'[\t"\r]', sent): errs.append(f'{where}: tab/quote/CR')
            if not sent: errs.append(f'{where}: empty sentence')
            key = re.sub(r'\s+', '', sent)
            if key in seen: errs.append(f'{where}: duplicate sentence')
            seen.add(key)
            rows.append((sids, sent, LABELS[lab], kind))
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    random.Random(20261203).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('service_ids\tsentence\tlabel\tkind\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    # stats
    lab = collections.Counter(r[2] for r in rows)
    kinds = collections.Counter((r[2], r[3]) for r in rows)
    multi = sum(1 for r in rows if '|' in r[0])
    en = sum(1 for r in rows if not re.search(r'[\u4e00-\u9fff]', r[1]) or re.match(r'^[A-Za-z]', r[1]))
    svc = collections.Counter(s for r in rows for s in r[0].split('|'))
    print(f'rows={len(rows)} labels={dict(lab)} multi={multi} ({multi/len(rows):.1%}) '
          f'english={en} ({en/len(rows):.1%}) services={len(svc)}/{len(ids)}')
    for k in sorted(kinds): print('  ', k, kinds[k])
    missing = sorted(ids - set(svc))
    if missing: print('services not cited:', missing)
    if lab['faithful'] < 150 or lab['invented'] < 120 or len(svc) < 35:
        print('WARNING: below minimum counts'); sys.exit(2)

if __name__ == '__main__':
    main()
