import csv, json, collections, sys
cat = json.load(open('catalog.json', encoding='utf-8'))
ids = {s['id'] for s in cat['services']} | {p['id'] for p in cat['places']}
special = {'handoff', 'offtopic', 'injection'}
want = dict(plain=18, colloquial=45, asr=20, english=14, facility=14, two_needs=9, family=6, offtopic=10, injection=8, handoff=8)
with open('questions.tsv', encoding='utf-8', newline='') as f:
    rd = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    header = next(rd); assert header == ['question', 'expected', 'category'], header
    rows = list(rd)
cnt = collections.Counter(); seen = set(); bad = 0
for i, r in enumerate(rows, 2):
    q, exp, c = r[0], r[1], r[2]
    if c == 'two_needs':
        assert len(r) == 4 and r[3] == 'both' and len(exp.split('|')) == 2, (i, r)
    else:
        assert len(r) == 3, (i, r)
    assert q and q[0] not in '"\'', (i, q)
    assert q not in seen, ('dup', q); seen.add(q)
    for e in exp.split('|'):
        if e not in ids and e not in special:
            print('unknown id line', i, e); bad += 1
    if c in special: assert exp == c, (i, r)
    cnt[c] += 1
print('rows', len(rows)); print(dict(cnt))
for k, v in want.items():
    if cnt[k] != v: print('COUNT MISMATCH', k, cnt[k], v); bad += 1
used = {e for r in rows for e in r[1].split('|')} & ids
print('distinct catalog ids used', len(used), 'of', len(ids)); print('unused:', sorted(ids - used))
sys.exit(1 if bad else 0)
