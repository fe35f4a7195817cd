# helper: ID check digits and Luhn completion only (mechanics)
import sys
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; C="10X98765432"
def idc(s17): return s17+C[sum(int(a)*b for a,b in zip(s17,W))%11]
def luhn(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,ch in enumerate(reversed(s)):
            n=int(ch)
            if i%2: n*=2; n-= 9 if n>9 else 0
            t+=n
        if t%10==0: return s
for a in sys.argv[1:]:
    print(idc(a[2:]) if a.startswith("i:") else luhn(a[2:]))
