import sys,re,json
sys.path.insert(0,'/tmp/m')
from gen import *
from tpl import T
out=[]
def parse(tmpl):
    keep=re.findall(r'\[\[(.+?)\]\]',tmpl)
    return tmpl.replace('[[','').replace(']]',''),keep
def simple_fmt(v):
    k=R.randint(0,5)
    if k==0: return v.translate(FW)
    if k==1 and len(v)>=9: return v[:1]+' '+v[1:5]+' '+v[5:] if v[0].isalpha() else v[:4]+' '+v[4:]
    if k==2: return spoken(v,yao=R.random()<0.5)
    return v
makers={'mobile':lambda: fmt_mobile(mobile()),'id_card':lambda: fmt_id(idcard()),'bank_card':lambda: fmt_card(card()),
 'landline':lambda: fmt_land(*landline()),'passport':lambda: simple_fmt(passport()),'hk_macau_permit':lambda: simple_fmt(hkm()),
 'taiwan_permit':lambda: simple_fmt(tw()),'social_security':lambda: simple_fmt(ss())}
counts={'mobile':62,'id_card':52,'bank_card':36,'landline':32,'passport':22,'hk_macau_permit':20,'taiwan_permit':15,'social_security':15}
def asr(s):
    if R.random()>=0.2 or '\n' in s: return s
    parts=re.split(r'(\[\[.+?\]\])',s)
    return ''.join(p if p.startswith('[[') else re.sub(r'[，。、：:,！？]',' ' if R.random()<0.3 else '',p) for p in parts)
for kind,n in counts.items():
    ts=T[kind]
    for i in range(n):
        t=ts[i%len(ts)]
        text,keep=parse(asr(t))
        v=makers[kind]()
        text=text.replace('{P}',v)
        out.append({'text':text,'pii':[v],'keep':keep,'kind':kind})
# names
for line in open('/tmp/m/names.txt'):
    line=line.rstrip('\n').replace('\\n','\n')
    if not line: continue
    names=re.findall(r'\{\{(.+?)\}\}',line); line=line.replace('{{','').replace('}}','')
    text,keep=parse(line)
    out.append({'text':text,'pii':names,'keep':keep,'kind':'name'})
NM=['赵海燕','钱思远','孙立新','欧阳明','司徒静','李秀兰','古丽娜尔·吐尔逊','Maria Santos','John Lee','陈一鸣','马晓军','令狐冲远','何晓东','汪雨桐']
mixed=[l.rstrip('\n').replace('\\n','\n') for l in open('/tmp/m/mixed.txt') if l.strip()]
for i in range(42):
    t=mixed[i%len(mixed)]
    pii=[]
    nm=R.choice(NM)
    if '{{N}}' in t: t=t.replace('{{N}}',nm); pii.append(nm)
    for tag,k in [('{ID}','id_card'),('{MOB}','mobile'),('{CARD}','bank_card'),('{SS}','social_security'),('{PP}','passport'),('{HKM}','hk_macau_permit'),('{LAND}','landline'),('{TW}','taiwan_permit')]:
        if tag in t:
            v=makers[k](); t=t.replace(tag,v); pii.append(v)
    text,keep=parse(t)
    out.append({'text':text,'pii':pii,'keep':keep,'kind':'mixed'})
# ordinary
def fix_luhn(s):
    if s.isdigit() and len(s)>=13 and luhn_ok(s):
        return s[:-1]+str((int(s[-1])+1)%10)
    return s
for line in open('/tmp/m/ord.txt'):
    line=line.rstrip('\n')
    if not line: continue
    for k in re.findall(r'\[\[(.+?)\]\]',line):
        f=fix_luhn(k)
        if f!=k: line=line.replace('[['+k+']]','[['+f+']]')
    text,keep=parse(line)
    out.append({'text':text,'pii':[],'keep':keep,'kind':'ordinary'})
# checks
seen=set(); err=0
for o in out:
    for p in o['pii']+o['keep']:
        if p not in o['text']: print('MISSING',p,o); err+=1
    for p in o['pii']:
        for k in o['keep']:
            if p in k or k in p: print('OVERLAP',p,k); err+=1
        # keep spans overlap
        for k in o['keep']:
            for m in re.finditer(re.escape(k),o['text']):
                for m2 in re.finditer(re.escape(p),o['text']):
                    if m.start()<m2.end() and m2.start()<m.end(): print('SPAN OVERLAP',p,k,o['text']); err+=1
    if o['text'] in seen: print('DUP',o['text']); err+=1
    seen.add(o['text'])
    if o['kind']=='ordinary':
        for run in re.findall(r'\d{13,19}',o['text']):
            if luhn_ok(run): print('LUHN ORD',run); err+=1
print('errors',err)
import collections
print(len(out),collections.Counter(o['kind'] for o in out))
with open('/work/blind_new/masking3/utterances.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# extra hand-specified formats
extra=[]
m=mobile(); v=m[:3]+' '+m[3:7]+'\n'+m[7:]; extra.append(('手机号 '+v+'\n我在[[A区]]等',[v],'mobile'))
m=mobile(); v='，'.join([m[:3],m[3:7],m[7:]]).translate(FW); extra.append(('电话：'+v+'（请勿外传）',[v],'mobile'))
m=mobile(); v='/'.join([m[:3],m[3:7],m[7:]]); extra.append(('tel '+v+' 周末也可以打',[v],'mobile'))
m=mobile(); v=spoken(m[:3])+'横'+spoken(m[3:7])+'横'+spoken(m[7:]); extra.append(('我的号码是'+v+'您记一下',[v],'mobile'))
m=mobile(); v=spoken(m,yao=True,liang=True).replace('','')[:11]; extra.append(('嗯手机'+v+'对就这个你打一下试试',[v],'mobile'))
m=mobile(); v='(+86)'+m; extra.append(('Contact (WeChat same number): '+v,[v],'mobile'))
s=idcard(); v=s[:6]+'横'+s[6:14]+'横'+s[14:]; extra.append(('身份证号'+v+'是这个',[v],'id_card'))
s=idcard(); v=s[:6]+'-'+s[6:10]+'-'+s[10:14]+'-'+s[14:]; extra.append(('ID: '+v,[v],'id_card'))
s=idcard(); v=s[:9]+'\n'+s[9:]; extra.append(('证件号码\n'+v,[v],'id_card'))
s=idcard(); v=spoken(s[:6],yao=True)+s[6:]; extra.append(('身份证号码'+v+'，我[[2026年12月2日]]来补办的',[v],'id_card'))
c=card(); v='.'.join(c[i:i+4] for i in range(0,len(c),4)); extra.append(('卡号 '+v+' 建设银行',[v],'bank_card'))
c=card(); v='/'.join(c[i:i+4] for i in range(0,len(c),4)); extra.append(('卡号是'+v+'我从手机里抄的',[v],'bank_card'))
a,n=landline(); v=a+'-'+n[:4]+'-'+n[4:]; extra.append(('座机'+v+'转[[8023]]',[v],'landline'))
a,n=landline(); v='('+a+') '+n[:4]+'-'+n[4:]; extra.append(('Home phone '+v+', after [[6 pm]] please.',[v],'landline'))
a,n=landline(); v=spoken(n,yao=False,liang=True); extra.append(('我家电话'+v+'没有区号就是深圳的',[v],'landline'))
p=passport(); v=p[0]+' '+p[1:5]+' '+p[5:]; extra.append(('护照 '+v+' 请核对',[v],'passport'))
p=passport(); v=p.translate(FW).replace('E','Ｅ').replace('G','Ｇ'); extra.append(('护照号码'+v,[v],'passport'))
p='C'+tw(); v=p; extra.append(('我通行证号码'+v+'签注要几天',[v],'hk_macau_permit'))
t=tw(); v=spoken(t,yao=True); extra.append(('台胞证'+v+'帮我查一下',[v],'taiwan_permit'))
for t,p,k in extra:
    text,keep=parse(t)
    o={'text':text,'pii':p,'keep':keep,'kind':k}
    assert all(x in text for x in p+keep) and text not in seen
    out.append(o)
with open('/work/blind_new/masking3/utterances.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out),collections.Counter(o['kind'] for o in out))
