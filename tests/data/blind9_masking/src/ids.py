import sys
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C="10X98765432"
def idc(b): return b+C[sum(int(x)*w for x,w in zip(b,W))%11]
def luhn(b):
    s=0
    for i,ch in enumerate(reversed(b)):
        d=int(ch)
        if i%2==0:
            d*=2
            if d>9:d-=9
        s+=d
    return b+str((10-s%10)%10)
for a in sys.argv[1:]:
    print(idc(a) if len(a)==17 and not a.startswith('6') else luhn(a))
