import json,re,unicodedata
d=json.load(open('/work/main/assets/halls/demo/catalog.json'))
S={s['id']:s for s in d['services']}
raw=json.dumps(d,ensure_ascii=False)
rows=[]
for fn,lab in (('/tmp/g_f.txt','faithful'),('/tmp/g_i.txt','invented')):
    for line in open(fn):
        if not line.strip(): continue
        ids,sent,kind=[x.strip() for x in line.split(' ;; ')]
        rows.append((ids,sent,lab,kind))
err=0
kinds={'window','floor','fee','time','phone','web','material','hours','condition','process','mixed'}
for ids,sent,lab,kind in rows:
    for i in ids.split('|'):
        if i not in S: print('BAD ID',i); err+=1
    assert '\t' not in sent and '"' not in sent, sent
    assert kind in kinds,(kind)
    if lab=='invented': assert kind!='mixed'
    n=unicodedata.normalize('NFKC',sent)
    wins=set(re.findall(r'\b([ABC]\d\d)\b',n))
    allowed=set(w for i in ids.split('|') for w in S[i]['windows'])
    # windows mentioned in notes of cited services
    notes=''.join(S[i]['notes']+S[i]['online'] for i in ids.split('|'))
    allowed|=set(re.findall(r'([ABC]\d\d)',notes))
    if lab=='faithful' and not wins<=allowed: print('FAITHFUL WIN',wins-allowed,sent); err+=1
    if lab=='invented':
        for ph in re.findall(r'0755-[\d ]+\d',n):
            if ph in raw: print('PHONE IN CATALOG',ph,sent); err+=1
        for w in re.findall(r"www\.[\w.-]+|'[^']+'",n):
            if w.strip("'") in raw and kind=='web': print('WEB IN CATALOG',w,sent); err+=1
    if lab=='faithful':
        for ph in re.findall(r'0755-[\d ]+\d',n):
            if ph not in raw: print('FAITHFUL PHONE',ph); err+=1
        for w in re.findall(r"'([^']+)'",n):
            if w not in raw: print('FAITHFUL APP',w,sent); err+=1
print('errors',err)
from collections import Counter
print(Counter(r[2] for r in rows)); print(Counter((r[2],r[3]) for r in rows))
with open('/work/blind_new/grounding3/sentences.tsv','w') as f:
    f.write('service_ids\tsentence\tlabel\tkind\n')
    for r in rows: f.write('\t'.join(r)+'\n')
