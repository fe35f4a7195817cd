#!/usr/bin/env python3
"""Build ../sentences.tsv from the hand-written src/faithful.txt and src/invented.txt (stdlib only).

Checks: service ids exist in the catalog; 1-3 ids per row; no tabs / ASCII quotes in fields;
kinds are valid; window ids, phone numbers and web/app names (text in Chinese quotes, URLs)
and floor mentions in faithful rows are supported by the cited entries or the hall block;
in invented rows of kind window/phone/web/floor at least one such item is NOT supported,
while in the other invented rows all such items are supported (so the one invented fact
is of the labelled kind)."""
import json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')
CATALOG = '/work/main/assets/halls/demo/catalog.json'

KINDS = {'material', 'condition', 'process', 'time', 'fee', 'window', 'floor', 'phone', 'web', 'hours'}
FAITHFUL_KINDS = KINDS | {'mixed'}

cat = json.load(open(CATALOG, encoding='utf-8'))
services = {s['id']: s for s in cat['services']}
win_floor = {w['id']: w['floor'] for w in cat['windows']}
hall = cat['hall']
hall_text = ' '.join(str(hall.get(k, '')) for k in
                     ('name', 'name_en', 'address', 'address_en', 'hours', 'hours_en', 'phone'))

WIN_RE = re.compile(r'(?<![A-Za-z0-9])([ABC]\d{2})(?!\d)')
PHONE_RE = re.compile(r'(?<![\dA-Za-z])(0\d{2,3}-?\s?\d{3,4}\s?\d{4}|1\d{4})(?!\d)')
QUOTE_RE = re.compile(r'“([^”]+)”')
URL_RE = re.compile(r'((?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:gov\.cn|com\.cn|com|cn|org|net))')
FLOOR_WORDS = {'一楼': '1F', '二楼': '2F', '三楼': '3F', '1F': '1F', '2F': '2F', '3F': '3F',
               'first floor': '1F', 'second floor': '2F', 'third floor': '3F'}


def norm_phone(s):
    return re.sub(r'[\s\-–]', '', s)


def cited_text(ids):
    parts = [json.dumps(services[i], ensure_ascii=False) for i in ids]
    return ' '.join(parts) + ' ' + hall_text


def floors_allowed(ids, text):
    fl = {win_floor[w] for i in ids for w in services[i]['windows']}
    fl |= set(re.findall(r'(?<![A-Za-z0-9])([123]F)', text))
    return fl


def items(sentence):
    wins = WIN_RE.findall(sentence)
    phones = PHONE_RE.findall(sentence)
    webs = QUOTE_RE.findall(sentence) + URL_RE.findall(sentence)
    low = sentence.lower()
    floors = [v for k, v in FLOOR_WORDS.items() if k.lower() in low]
    return wins, phones, webs, floors


def unsupported(sentence, ids):
    text = cited_text(ids)
    ntext = norm_phone(text)
    wins, phones, webs, floors = items(sentence)
    allowed_fl = floors_allowed(ids, text)
    return {
        'window': [w for w in wins if w not in text],
        'phone': [p for p in phones if norm_phone(p) not in ntext],
        'web': [w for w in webs if w not in text],
        'floor': [f for f in floors if f not in allowed_fl],
    }


def load(name, label):
    rows, errors = [], []
    path = os.path.join(HERE, name)
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        f = line.split('\t')
        where = f'{name}:{n}'
        if len(f) != 3:
            errors.append(f'{where}: expected 3 tab-separated fields, got {len(f)}')
            continue
        sid, sent, kind = (x.strip() for x in f)
        ids = sid.split('|')
        if not 1 <= len(ids) <= 3 or len(set(ids)) != len(ids):
            errors.append(f'{where}: bad id list {sid}')
        for i in ids:
            if i not in services:
                errors.append(f'{where}: unknown service id {i}')
        for x in (sid, sent, kind):
            if '"' in x or "'" in x or '\t' in x:
                errors.append(f'{where}: tab or ASCII quote in field: {x}')
        valid = FAITHFUL_KINDS if label == 'faithful' else KINDS
        if kind not in valid:
            errors.append(f'{where}: invalid kind {kind}')
        if any(i not in services for i in ids):
            continue
        bad = unsupported(sent, ids)
        if label == 'faithful':
            for k, v in bad.items():
                if v:
                    errors.append(f'{where}: faithful row mentions unsupported {k}: {v}')
        else:
            if kind in bad and not bad[kind]:
                errors.append(f'{where}: invented {kind} row has no unsupported {kind}')
            for k, v in bad.items():
                if k != kind and v:
                    errors.append(f'{where}: invented {kind} row also has unsupported {k}: {v}')
        rows.append((sid, sent, label, kind))
    return rows, errors


def main():
    fa, e1 = load('faithful.txt', 'faithful')
    inv, e2 = load('invented.txt', 'invented')
    errors = e1 + e2
    sents = Counter(r[1] for r in fa + inv)
    errors += [f'duplicate sentence: {s}' for s, c in sents.items() if c > 1]
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} error(s); sentences.tsv not written', file=sys.stderr)
        sys.exit(1)
    rows = fa + inv
    random.Random(7).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='') as fh:
        fh.write('service_ids\tsentence\tlabel\tkind\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    en = lambda rs: sum(1 for r in rs if not re.search(r'[\u4e00-\u9fff]', r[1]))
    multi = sum(1 for r in rows if '|' in r[0])
    svc = {i for r in rows for i in r[0].split('|')}
    print(f'wrote {OUT}: {len(rows)} rows ({len(fa)} faithful, {len(inv)} invented)')
    print(f'services covered: {len(svc)}; multi-id rows: {multi} ({100*multi/len(rows):.0f}%); '
          f'English rows: {en(rows)} (faithful {en(fa)}, invented {en(inv)})')
    print('invented kinds:', dict(sorted(Counter(r[3] for r in inv).items())))
    print('faithful kinds:', dict(sorted(Counter(r[3] for r in fa).items())))


if __name__ == '__main__':
    main()
