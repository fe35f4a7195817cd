#!/usr/bin/env python3
"""Build sentences.tsv from the hand-written sources in this folder (stdlib only)."""
import collections, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')
CATALOG = '/work/main/tests/data/blind11_hall19/catalog.json'
SOURCES = ['faithful_zh.txt', 'invented_zh.txt', 'multi_zh.txt', 'english.txt']
KINDS = {'material', 'condition', 'process', 'time', 'fee', 'window', 'floor', 'phone', 'web', 'hours', 'mixed'}
LABELS = {'f': 'faithful', 'i': 'invented'}
SEED = 20261204
MIN_FAITHFUL, MIN_INVENTED = 120, 110


def main():
    ids = {s['id'] for s in json.load(open(CATALOG, encoding='utf-8'))['services']}
    rows, errors, seen = [], [], set()
    english = 0
    for name in SOURCES:
        for n, line in enumerate(open(os.path.join(HERE, name), encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            where = '%s:%d' % (name, n)
            parts = [p.strip() for p in line.split(' ## ')]
            if len(parts) != 4:
                errors.append(where + ' needs 4 fields'); continue
            lab, kind, sids, sent = parts
            if lab not in LABELS:
                errors.append(where + ' bad label ' + lab)
            if kind not in KINDS:
                errors.append(where + ' bad kind ' + kind)
            if kind == 'mixed' and lab != 'f':
                errors.append(where + ' mixed only for faithful')
            sl = sids.split('|')
            if not 1 <= len(sl) <= 3 or len(set(sl)) != len(sl):
                errors.append(where + ' need 1-3 distinct ids')
            for s in sl:
                if s not in ids:
                    errors.append(where + ' unknown id ' + s)
            if any(c in sent for c in '\t"\r'):
                errors.append(where + ' tab, ASCII double quote or CR in sentence')
            if sent in seen:
                errors.append(where + ' duplicate sentence')
            seen.add(sent)
            if name == 'english.txt':
                english += 1
            rows.append((sids, sent, LABELS.get(lab, lab), kind))
    c = collections.Counter(r[2] for r in rows)
    if c['faithful'] < MIN_FAITHFUL or c['invented'] < MIN_INVENTED:
        errors.append('too few rows: %s' % dict(c))
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    random.Random(SEED).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('service_ids\tsentence\tlabel\tkind\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    cited = {s for r in rows for s in r[0].split('|')}
    multi = sum(1 for r in rows if '|' in r[0])
    print('%d rows: %d faithful, %d invented' % (len(rows), c['faithful'], c['invented']))
    print('services cited: %d of %d; missing: %s' % (len(cited), len(ids), sorted(ids - cited)))
    print('multi-entry rows: %d (%.1f%%); English rows: %d (%.1f%%)' % (multi, 100 * multi / len(rows), english, 100 * english / len(rows)))
    for lab in ('faithful', 'invented'):
        k = collections.Counter(r[3] for r in rows if r[2] == lab)
        print(lab, 'by kind:', ', '.join('%s %d' % kv for kv in k.most_common()))


if __name__ == '__main__':
    main()
