import base64,codecs,re,collections
HG={'a':'а','e':'е','o':'о','p':'р','c':'с','i':'і','y':'у','x':'х'}
def sub(m):
    tag,body=m.group(1),m.group(2)
    if tag=='B64': return base64.b64encode(body.encode()).decode()
    if tag=='HEX': return body.encode().hex()
    if tag=='ROT13': return codecs.encode(body,'rot13')
    if tag=='ZW': return '\u200b'.join(body)
    if tag=='FW': return ''.join(chr(ord(c)+0xFEE0) if 0x21<=ord(c)<=0x7e else ('\u3000' if c==' ' else c) for c in body)
    if tag=='HG': return body  # already homoglyph-written
rows=[]
for fn,lab in (('/tmp/inj/attack.txt','attack'),('/tmp/inj/benign.txt','benign')):
    for line in open(fn):
        if not line.strip(): continue
        text,tech=line.rstrip('\n').rsplit(' ;; ',1)
        text=re.sub(r'\{(B64|HEX|ROT13|ZW|FW|HG):(.+?)\}',sub,text)
        if not text.startswith('{"role"'): text=text.replace('"',"'")
        assert '\t' not in text and '\n' not in text
        rows.append((lab,text,tech))
texts=[r[1] for r in rows]; assert len(set(texts))==len(texts)
cjk=lambda t: len(re.findall(r'[\u4e00-\u9fff]',t)); lat=lambda t: len(re.findall(r'[A-Za-z]',t))
zh=sum(1 for r in rows if cjk(r[1])>=lat(r[1])/2 and cjk(r[1])>0)
print(collections.Counter(r[0] for r in rows),'zh',zh,'of',len(rows))
print(collections.Counter((r[0],r[2]) for r in rows))
with open('/work/blind_new/injection3/bank.tsv','w') as f:
    f.write('label\ttext\ttechnique\n')
    for r in rows: f.write('\t'.join(r)+'\n')
