import random, json, re
R=random.Random(20261202)
CN='零一二三四五六七八九'
FW=str.maketrans('0123456789','０１２３４５６７８９')
def idcard():
    reg=R.choice(['440304','440305','440306','110105','510107','430102','320106','420111','450103','360102','441302','350203','130104','610113','230103'])
    y=R.randint(1948,2012); m=R.randint(1,12); dd=R.randint(1,28)
    body=f"{reg}{y}{m:02d}{dd:02d}{R.randint(0,999):03d}"
    w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    c='10X98765432'[sum(int(a)*b for a,b in zip(body,w))%11]
    return body+c
def luhn_ok(s):
    t=0
    for i,ch in enumerate(reversed(s)):
        n=int(ch)
        if i%2: n*=2; n-=9 if n>9 else 0
        t+=n
    return t%10==0
def card():
    pre=R.choice(['622202','621700','622848','621226','622588','623668','621483','625906','436742','622609'])
    L=R.choice([16,19,19])
    b=pre+''.join(R.choice('0123456789') for _ in range(L-len(pre)-1))
    for c in '0123456789':
        if luhn_ok(b+c): return b+c
def mobile():
    return R.choice(['138','139','135','136','150','151','158','186','185','176','177','180','189','199','133','153','166','198','147','137','159','188','131','173'])+''.join(R.choice('0123456789') for _ in range(8))
def landline():
    a=R.choice(['0755','0755','0755','020','010','021','0769','0757'])
    n=R.choice('2345678')+''.join(R.choice('0123456789') for _ in range(7))
    return a,n
def passport(): return R.choice('EEG')+''.join(R.choice('0123456789') for _ in range(8))
def hkm():
    # C+8 (往来港澳通行证) or H/M+8/10 (回乡证)
    k=R.random()
    if k<0.5: return 'C'+''.join(R.choice('0123456789') for _ in range(8))
    return R.choice('HM')+''.join(R.choice('0123456789') for _ in range(R.choice([8,10])))
def tw(): return ''.join(R.choice('0123456789') for _ in range(8))
def ss(): return R.choice(['6','7','8'])+''.join(R.choice('0123456789') for _ in range(8))
# formatting
def spoken(s, yao=True, liang=False):
    out=''
    for ch in s:
        if ch.isdigit():
            d=CN[int(ch)]
            if ch=='1' and yao: d='幺'
            if ch=='2' and liang: d='两'
            out+=d
        elif ch=='X': out+='叉'
        else: out+=ch
    return out
def group(s,sizes,sep):
    out=[];i=0
    for z in sizes:
        out.append(s[i:i+z]); i+=z
    if i<len(s): out.append(s[i:])
    return sep.join(x for x in out if x)
def fmt_mobile(m):
    k=R.randint(0,13)
    if k==0: return m
    if k==1: return group(m,[3,4,4],' ')
    if k==2: return group(m,[3,4,4],'-')
    if k==3: return '+86 '+group(m,[3,4,4],' ')
    if k==4: return '+86-'+m
    if k==5: return '0086 '+m
    if k==6: return m.translate(FW)
    if k==7: return spoken(m)
    if k==8: return spoken(m,liang=True)
    if k==9: return group(m,[3,4,4],'杠')
    if k==10: return spoken(m[:3])+m[3:]
    if k==11: return '(+86) '+group(m,[3,4,4],' ')
    if k==12: return group(m,[3,4,4],'.')
    return m[:3]+' '+spoken(m[3:7])+' '+m[7:]
def fmt_id(s):
    k=R.randint(0,8)
    if k==0: return s
    if k==1: return group(s,[6,8,4],' ')
    if k==2: return group(s,[6,4,4,4],' ')
    if k==3: return s.translate(FW)
    if k==4: return spoken(s,yao=R.random()<0.5)
    if k==5: return group(s,[6,8,4],'-')
    if k==6: return s[:6]+' '+spoken(s[6:14],yao=False)+' '+s[14:]
    if k==7: return s.lower() if s.endswith('X') else group(s,[3,3,4,4,4],' ')
    return group(s,[6,8,4],'　')
def fmt_card(s):
    k=R.randint(0,6)
    if k==0: return s
    if k==1: return group(s,[4]*5,' ')
    if k==2: return group(s,[4]*5,'-')
    if k==3: return s.translate(FW)
    if k==4: return spoken(s)
    if k==5: return group(s,[6,len(s)-10,4],' ')
    return group(s,[4]*5,' ').translate(FW)
def fmt_land(a,n):
    k=R.randint(0,9)
    if k==0: return a+'-'+n
    if k==1: return f'({a}){n[:4]} {n[4:]}'
    if k==2: return f'{a} {n[:4]} {n[4:]}'
    if k==3: return n
    if k==4: return n[:4]+'-'+n[4:]
    if k==5: return f'（{a}）{n}'
    if k==6: return spoken(a+n,yao=True)
    if k==7: return '+86 '+a[1:]+' '+n
    if k==8: return (a+'-'+n).translate(FW)
    return a+'杠'+n
