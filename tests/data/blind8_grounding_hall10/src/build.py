#!/usr/bin/env python3
"""Build ../sentences.tsv from src/rows_*.txt (stdlib only).

Source line format:  service_ids ## F|I ## kind ## sentence
Lines starting with '#' and blank lines are ignored.
Checks: ids exist in the catalog, label/kind valid, 'mixed' only for faithful,
no tabs / ASCII double quotes / newlines, no duplicate sentences, 1-3 ids.
Shuffles with a fixed seed and prints summary counts.
"""
import glob, json, os, random, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'sentences.tsv')
CATALOG = '/work/main/tests/data/blind7_hall10/catalog.json'
KINDS = {'material', 'condition', 'process', 'time', 'fee', 'window', 'floor',
         'phone', 'web', 'hours', 'mixed'}
LABELS = {'F': 'faithful', 'I': 'invented'}
SEED = 20261015


def main():
    ids = {s['id'] for s in json.load(open(CATALOG, encoding='utf-8'))['services']}
    rows, errs, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(HERE, 'rows_*.txt'))):
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            where = f'{os.path.basename(path)}:{n}'
            parts = [p.strip() for p in line.split(' ## ')]
            if len(parts) != 4:
                errs.append(f'{where}: expected 4 fields, got {len(parts)}'); continue
            sid, lab, kind, sent = parts
            sids = sid.split('|')
            if not 1 <= len(sids) <= 3 or len(set(sids)) != len(sids):
                errs.append(f'{where}: bad id list {sid}')
            for s in sids:
                if s not in ids:
                    errs.append(f'{where}: unknown service id {s}')
            if lab not in LABELS:
                errs.append(f'{where}: bad label {lab}'); continue
            if kind not in KINDS:
                errs.append(f'{where}: bad kind {kind}')
            if kind == 'mixed' and lab != 'F':
                errs.append(f'{where}: mixed is for faithful rows only')
            if '\t' in sent or '"' in sent or '\r' in sent or not sent:
                errs.append(f'{where}: tab/quote/empty in sentence')
            key = re.sub(r'\s+', ' ', sent)
            if key in seen:
                errs.append(f'{where}: duplicate sentence')
            seen.add(key)
            rows.append((sid, sent, LABELS[lab], kind))
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    random.Random(SEED).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('service_ids\tsentence\tlabel\tkind\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    # summary
    lab = collections.Counter(r[2] for r in rows)
    kinds = collections.Counter((r[2], r[3]) for r in rows)
    svc = collections.Counter(s for r in rows for s in r[0].split('|'))
    multi = sum(1 for r in rows if '|' in r[0])
    eng = sum(1 for r in rows if not re.search(r'[\u4e00-\u9fff]', r[1]))
    print(f'rows={len(rows)} {dict(lab)}')
    print(f'services covered={len(svc)}/{len(ids)}; multi-cite={multi} ({multi/len(rows):.0%}); english={eng} ({eng/len(rows):.0%})')
    for l in ('faithful', 'invented'):
        print(l, {k: v for (ll, k), v in sorted(kinds.items()) if ll == l})
    print('uncovered:', sorted(ids - set(svc)))
    assert lab['invented'] >= 120 and lab['faithful'] >= 150, 'label minimums not met'
    assert len(svc) >= 35
    print('wrote', OUT)


if __name__ == '__main__':
    main()
