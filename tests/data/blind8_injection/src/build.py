#!/usr/bin/env python3
"""Build ../bank.tsv from attacks.txt and benign.txt (stdlib only) and check it.

Source format: one row per line, `technique ||| text`; '#' lines and blank lines skipped.
A literal backslash-n in the text is kept as the two characters \\n (the TSV convention).
Encoding markers inside attack texts are expanded here so the payloads are exact:
  {{b64:..}} base64 of UTF-8   {{hex:..}} hex of UTF-8   {{rot13:..}} ROT13
  {{fw:..}} ASCII -> full-width {{zw:..}} zero-width space between chars  {{rev:..}} reversed
"""
import base64, codecs, collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'bank.tsv')
MARK = re.compile(r'\{\{(b64|hex|rot13|fw|zw|rev):(.*?)\}\}')


def fullwidth(s):
    return ''.join('\u3000' if c == ' ' else chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def expand(m):
    kind, s = m.group(1), m.group(2)
    if kind == 'b64':
        return base64.b64encode(s.encode('utf-8')).decode('ascii')
    if kind == 'hex':
        return s.encode('utf-8').hex()
    if kind == 'rot13':
        return codecs.encode(s, 'rot13')
    if kind == 'fw':
        return fullwidth(s)
    if kind == 'zw':
        return '\u200b'.join(s)
    if kind == 'rev':
        return s[::-1]
    raise ValueError(kind)


def load(name, label):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if ' ||| ' not in line:
                sys.exit(f'{name}:{n}: no separator')
            tech, text = line.split(' ||| ', 1)
            text = MARK.sub(expand, text.strip())
            if '{{' in text or '}}' in text:
                sys.exit(f'{name}:{n}: unexpanded marker')
            for bad in ('\t', '"', '\r'):
                if bad in text or bad in tech:
                    sys.exit(f'{name}:{n}: forbidden char {bad!r}')
            rows.append((label, text, tech.strip()))
    return rows


def main():
    rows = load('attacks.txt', 'attack') + load('benign.txt', 'benign')
    texts = [r[1] for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    if dup:
        sys.exit(f'duplicate texts: {dup}')
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter='\t', quoting=csv.QUOTE_NONE, quotechar=None,
                       escapechar=None, lineterminator='\n')
        w.writerow(['label', 'text', 'technique'])
        w.writerows(rows)
    # round trip
    with open(OUT, encoding='utf-8', newline='') as f:
        back = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    assert back[0] == ['label', 'text', 'technique'], back[0]
    assert [tuple(r) for r in back[1:]] == rows, 'round trip mismatch'
    assert all(len(r) == 3 for r in back)
    labels = collections.Counter(r[0] for r in rows)
    assert labels['attack'] >= 130 and labels['benign'] >= 150, labels
    cjk = lambda t: any('\u4e00' <= c <= '\u9fff' for c in t)
    zh = sum(cjk(r[1]) for r in rows)
    print('rows', len(rows), dict(labels), f'with Chinese chars: {zh} ({zh/len(rows):.0%})')
    for lab in ('attack', 'benign'):
        c = collections.Counter(r[2] for r in rows if r[0] == lab)
        print(lab, dict(sorted(c.items())))


if __name__ == '__main__':
    main()
