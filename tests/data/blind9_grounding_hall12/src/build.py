#!/usr/bin/env python3
"""Build sentences.tsv from the hand-written src/rows_*.txt files (stdlib only).

Source line format:  service_ids ## f|i ## kind ## sentence ## audit-note
Lines starting with '#' and blank lines are ignored.  The audit note is not exported.
Checks: ids exist in the catalog, 1-3 ids, label/kind valid, no tabs or ASCII quotes,
no duplicate sentences, invented rows never use kind 'mixed'.  Shuffles with a fixed seed.
"""
import collections
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'sentences.tsv')
CATALOG = '/work/main/tests/data/blind8_hall12/catalog.json'
KINDS = {'material', 'condition', 'process', 'time', 'fee', 'window', 'floor', 'phone', 'web', 'hours', 'mixed'}
LABELS = {'f': 'faithful', 'i': 'invented'}
SEED = 20261203


def is_english(s):
    letters = sum(c.isascii() and c.isalpha() for c in s)
    cjk = sum('\u4e00' <= c <= '\u9fff' for c in s)
    return letters > 3 * cjk


def main():
    ids = {s['id'] for s in json.load(open(CATALOG, encoding='utf-8'))['services']}
    rows, errors, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(HERE, 'rows_*.txt'))):
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            where = '%s:%d' % (os.path.basename(path), n)
            parts = [p.strip() for p in line.split('##')]
            if len(parts) != 5:
                errors.append('%s: expected 5 fields, got %d' % (where, len(parts)))
                continue
            sids, lab, kind, sent, _note = parts
            sid_list = sids.split('|')
            if not 1 <= len(sid_list) <= 3 or len(set(sid_list)) != len(sid_list):
                errors.append('%s: bad id list %s' % (where, sids))
            for s in sid_list:
                if s not in ids:
                    errors.append('%s: unknown service id %s' % (where, s))
            if lab not in LABELS:
                errors.append('%s: bad label %s' % (where, lab))
            if kind not in KINDS:
                errors.append('%s: bad kind %s' % (where, kind))
            if lab == 'i' and kind == 'mixed':
                errors.append('%s: invented row cannot be mixed' % where)
            if any(c in sent for c in '\t"\'\r'):
                errors.append('%s: tab or quote in sentence' % where)
            if not sent:
                errors.append('%s: empty sentence' % where)
            if sent in seen:
                errors.append('%s: duplicate sentence' % where)
            seen.add(sent)
            rows.append((sids, sent, LABELS.get(lab, lab), kind))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    random.Random(SEED).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        f.write('service_ids\tsentence\tlabel\tkind\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    # stats
    lab = collections.Counter(r[2] for r in rows)
    kinds = collections.Counter((r[2], r[3]) for r in rows)
    services = {s for r in rows for s in r[0].split('|')}
    multi = sum('|' in r[0] for r in rows)
    eng = collections.Counter(r[2] for r in rows if is_english(r[1]))
    print('rows', len(rows), dict(lab))
    print('services covered', len(services), 'of', len(ids))
    print('multi-cite rows %d (%.1f%%)' % (multi, 100.0 * multi / len(rows)))
    print('english rows %d (%.1f%%) %s' % (sum(eng.values()), 100.0 * sum(eng.values()) / len(rows), dict(eng)))
    for l in ('faithful', 'invented'):
        print(l, {k: v for (ll, k), v in sorted(kinds.items()) if ll == l})
    print('wrote', OUT)


if __name__ == '__main__':
    main()
