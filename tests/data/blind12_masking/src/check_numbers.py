# mechanics: report ID check digits / Luhn for digit runs in pii and keep
import json,re,sys
sys.path.insert(0,__file__.rsplit('/',1)[0])
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; C="10X98765432"
FW=str.maketrans("０１２３４５６７８９Ｘ","0123456789X")
def norm(s):
    s=s.translate(FW); s=s.replace("叉","X")
    s="".join({"零":"0","洞":"0","〇":"0","幺":"1","一":"1","二":"2","三":"3","四":"4","五":"5","六":"6","七":"7","八":"8","九":"9"}.get(c,c) for c in s)
    return re.sub(r"[^0-9Xx]","",s).upper()
def idok(d): return len(d)==18 and d[:17].isdigit() and C[sum(int(a)*b for a,b in zip(d,W))%11]==d[17]
def luhn(d):
    t=0
    for i,ch in enumerate(reversed(d)):
        n=int(ch)
        if i%2: n*=2; n-=9 if n>9 else 0
        t+=n
    return t%10==0
for r in map(json.loads,open("utterances.jsonl",encoding="utf-8")):
    for tag,lst in (("pii",r["pii"]),("keep",r["keep"])):
        for s in lst:
            d=norm(s)
            if len(d)==18: print(tag,r["kind"],"ID" if idok(d) else "id-invalid",s)
            elif 16<=len(d)<=19 and d.isdigit() and luhn(d): print(tag,r["kind"],"LUHN-ok",s)
            elif r["kind"]=="bank_card" and tag=="pii" and len(d)>=16: print(tag,r["kind"],"luhn-BAD",s)
