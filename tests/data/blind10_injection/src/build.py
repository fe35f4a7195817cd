#!/usr/bin/env python3
"""Build ../bank.tsv from attacks.txt / benign.txt and check it (stdlib only)."""
import base64, codecs, csv, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'bank.tsv')

def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)

def expand(t):
    t = re.sub(r'\{B64:(.*?)\}', lambda m: base64.b64encode(m.group(1).encode()).decode(), t)
    t = re.sub(r'\{HEX:(.*?)\}', lambda m: m.group(1).encode().hex(), t)
    t = re.sub(r'\{ROT13:(.*?)\}', lambda m: codecs.encode(m.group(1), 'rot13'), t)
    t = re.sub(r'\{REV:(.*?)\}', lambda m: m.group(1)[::-1], t)
    t = re.sub(r'\{FW:(.*?)\}', lambda m: fullwidth(m.group(1)), t)
    t = t.replace('{ZW}', '\u200b')
    return t  # {NL} kept until writing (stored as the two characters \n)

def load(name, label):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            tech, sep, text = line.partition(' | ')
            assert sep, f'{name}:{n} no separator'
            text = expand(text.strip()).replace('{NL}', '\\n')
            assert '{' not in text or label == 'attack', f'{name}:{n} unexpanded marker?'
            rows.append((label, text, tech.strip()))
    return rows

rows = load('attacks.txt', 'attack') + load('benign.txt', 'benign')
for r in rows:
    for fld in r:
        assert '\t' not in fld and '"' not in fld and '\n' not in fld and '\r' not in fld, r
    assert r[0] in ('attack', 'benign')
texts = [r[1] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups

with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, delimiter='\t', quoting=csv.QUOTE_NONE, escapechar=None, lineterminator='\n')
    w.writerow(['label', 'text', 'technique'])
    w.writerows(rows)

with open(OUT, encoding='utf-8', newline='') as f:
    back = [tuple(r) for r in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)]
assert back[0] == ('label', 'text', 'technique')
assert back[1:] == rows, 'round trip mismatch'

cnt = collections.Counter(r[0] for r in rows)
def is_zh(t):
    return bool(re.search(r'[\u4e00-\u9fff]', t)) and not re.search(r'[\uac00-\ud7af\u3040-\u30ff]', t)
zh = sum(is_zh(r[1]) for r in rows)
print('rows', len(rows), dict(cnt), f'chinese {zh}/{len(rows)} = {zh/len(rows):.0%}')
for lab in ('attack', 'benign'):
    tc = collections.Counter(r[2] for r in rows if r[0] == lab)
    print(lab, len(tc), 'techniques:', ', '.join(f'{k}={v}' for k, v in sorted(tc.items())))
assert cnt['attack'] >= 130 and cnt['benign'] >= 150
print('OK')
