"""Generate valid-looking personal values (stdlib only, fixed seed) and render them
in the many ways visitors write or say them.  Sentences live in rows.py."""
import random
import re

R = random.Random(20261202)

REGIONS = ["440304", "440305", "440306", "440307", "440308", "440309", "440310", "440303",
           "110105", "110108", "310115", "310104", "430102", "510107", "420106", "360102",
           "450103", "350203", "441302", "445202", "440106", "330106", "230103", "372922",
           "411023", "522101", "130102", "500103", "610113", "441523", "360732", "431021"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def id_card(year=None, sex=None):
    reg = R.choice(REGIONS)
    y = year or R.randint(1950, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS[m - 1])
    q = R.randint(1, 998)
    if sex == "m" and q % 2 == 0 or sex == "f" and q % 2 == 1:
        q += 1                                  # 17th digit: odd = male, even = female
    seq = "%03d" % q
    body = reg + "%04d%02d%02d" % (y, m, d) + seq
    s = sum(int(c) * w for c, w in zip(body, W))
    return body + CHK[s % 11]


MOBILE_PREFIX = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                 "166", "177", "180", "181", "186", "187", "188", "189", "191", "199", "198", "173", "147"]


def mobile():
    return R.choice(MOBILE_PREFIX) + "".join(str(R.randint(0, 9)) for _ in range(8))


AREA = ["0755", "020", "010", "021", "0769", "0752", "0760", "0756", "0731", "028"]


def landline():
    a = R.choice(AREA)
    n = 8 if len(a) <= 4 else 7
    first = str(R.randint(2, 8))
    return a, first + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


BANKS = {"ICBC": [("622202", 19), ("621226", 19)], "CCB": [("621700", 19), ("622700", 19)],
         "ABC": [("622848", 19)], "BOC": [("621661", 19)], "CMB": [("622588", 16), ("621483", 16)],
         "PAB": [("623058", 19)]}
BINS = [b for v in BANKS.values() for b in v]


def bank_card(bank=None):
    b, n = R.choice(BANKS[bank] if bank else BINS)
    body = b + "".join(str(R.randint(0, 9)) for _ in range(n - len(b) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def passport():
    k = R.randint(0, 2)
    if k == 0:
        return "E" + digits(8)
    if k == 1:
        return "E" + R.choice(LET) + digits(7)
    return "G" + digits(8)


def hk_macau():
    k = R.randint(0, 3)
    if k == 0:
        return "C" + digits(8)
    if k == 1:
        return "C" + R.choice(LET) + digits(7)
    return R.choice("HM") + str(R.randint(0, 1)) + digits(7)


def taiwan():
    if R.random() < 0.55:
        return "L" + digits(8)
    return "%08d" % R.randint(10000000, 99999999)


def social():
    k = R.randint(0, 2)
    if k == 0:
        return str(R.randint(6, 7)) + digits(8)         # 深圳社保电脑号 9 位
    if k == 1:
        return R.choice("ABCDEFGHJKLM") + digits(8)    # 社保卡卡号（9 位）
    return "%010d" % R.randint(1000000000, 9999999999)   # 其他地区个人编号 10 位


# ---------------- rendering ----------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-+()"}
SP1 = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九",
       "X": "叉", "x": "叉"}
SP2 = dict(SP1, **{"0": "洞", "2": "两"})
SP3 = dict(SP1, **{"1": "一"})


def fullwidth(s):
    return "".join(FW.get(c, "\u3000" if c == " " else c) for c in s)


def spoken(s, table=SP1):
    return "".join(table.get(c, c) for c in s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


GROUPS = {"id": [6, 8, 4], "mob": [3, 4, 4], "bank": [4, 4, 4, 4, 4], "ss": [3, 3, 3]}


def render(kind, fmt, v):
    g = GROUPS.get(kind, [4, 4])
    if fmt == "plain":
        return v
    if fmt == "low":
        return v.lower()
    if fmt == "sp":
        return group(v, g, " ")
    if fmt == "dash":
        return group(v, g, "-")
    if fmt == "dot":
        return group(v, g, ".")
    if fmt == "slash":
        return group(v, g, "/")
    if fmt == "fw":
        return fullwidth(v)
    if fmt == "fwsp":
        return fullwidth(group(v, g, " "))
    if fmt == "say":
        return spoken(v, SP1)
    if fmt == "say2":
        return spoken(v, SP2)
    if fmt == "say3":
        return spoken(group(v, g, " "), SP3)
    if fmt == "half":
        k = len(v) // 2
        return spoken(v[:k], SP1) + v[k:]
    if fmt == "half2":
        k = g[0]
        return v[:k] + spoken(v[k:], SP2)
    if fmt == "nl":
        k = len(v) // 2
        return v[:k] + "\n" + v[k:]
    if fmt == "gang":
        return group(v, g, "杠")
    if fmt == "heng":
        return group(v, g, "横")
    if fmt == "p86":
        return "+86 " + group(v, g, " ")
    if fmt == "p86b":
        return "+86-" + v
    if fmt == "0086":
        return "0086" + v
    if fmt == "paren86":
        return "(+86)" + v
    if fmt == "paren":          # mobile written as (138)1234-5678
        return "(%s)%s-%s" % (v[:3], v[3:7], v[7:])
    if fmt == "id4":            # id grouped 6 4 4 4
        return group(v, [6, 4, 4, 4], " ")
    raise ValueError(fmt)


def render_landline(fmt, a, n):
    if fmt == "plain":
        return a + "-" + n
    if fmt == "nodash":
        return a + n
    if fmt == "paren":
        return "(%s)%s" % (a, n)
    if fmt == "fwparen":
        return fullwidth("(%s)" % a).replace("\uff08", "（").replace("\uff09", "）") + fullwidth(n)
    if fmt == "sp":
        return a + " " + n[:4] + " " + n[4:]
    if fmt == "local":
        return n
    if fmt == "say":
        return spoken(a, SP2) + "，" + spoken(n, SP1)
    if fmt == "gang":
        return a + "杠" + n
    if fmt == "p86":
        return "+86 " + a[1:] + " " + n
    if fmt == "fw":
        return fullwidth(a + "-" + n)
    raise ValueError(fmt)


GEN = {"id": id_card, "mob": mobile, "bank": bank_card, "pp": passport, "hk": hk_macau,
       "tw": taiwan, "ss": social}


def value(kind):
    if kind == "tel":
        return landline()
    return GEN[kind]()


SUB = {
    "bankICBC": lambda: bank_card("ICBC"), "bankCCB": lambda: bank_card("CCB"),
    "bankABC": lambda: bank_card("ABC"), "bankBOC": lambda: bank_card("BOC"), "bankCMB": lambda: bank_card("CMB"),
    "twL": lambda: "L" + digits(8),                           # 大陆居民往来台湾通行证
    "tw8": lambda: "%08d" % R.randint(10000000, 99999999),    # 台胞证
    "hkC": lambda: "C" + digits(8),
    "hkCL": lambda: "C" + R.choice(LET) + digits(7),
    "hkH": lambda: "H" + str(R.randint(0, 1)) + digits(7),    # 回乡证（香港）
    "hkM": lambda: "M" + str(R.randint(0, 1)) + digits(7),    # 回乡证（澳门）
    "ppE": lambda: "E" + digits(8),
    "ppEL": lambda: "E" + R.choice(LET) + digits(7),
    "ppG": lambda: "G" + digits(8),
    "ss9": lambda: str(R.randint(6, 7)) + digits(8),
    "sscard": lambda: R.choice("ABCDEFGHJKLM") + digits(8),
    "ss10": lambda: "%010d" % R.randint(1000000000, 9999999999),
}
GROUPKIND = {"bankICBC": "bank", "bankCCB": "bank", "bankABC": "bank", "bankBOC": "bank", "bankCMB": "bank","twL": "x", "tw8": "x", "hkC": "x", "hkCL": "x", "hkH": "x", "hkM": "x", "ppE": "x",
             "ppEL": "x", "ppG": "x", "ss9": "ss", "sscard": "x", "ss10": "x", "tw": "x", "hk": "x",
             "pp": "x", "ss": "ss"}


def make(kind, fmt):
    """Draw a fresh value of `kind` and render it with `fmt`."""
    if kind == "tel":
        a, n = landline()
        return render_landline(fmt, a, n)
    m = re.match(r"^id(?:y(\d{4}))?([fm])?(X)?$", kind)
    if m and kind != "id":   # id[y<year>][f|m][X], e.g. idy1951f: a woman born in 1951
        while True:
            v = id_card(int(m.group(1)) if m.group(1) else None, m.group(2))
            if not m.group(3) or v.endswith("X"):
                break
        kind = "id"
    else:
        v = SUB[kind]() if kind in SUB else GEN[kind]()
    return render(GROUPKIND.get(kind, kind), fmt, v)


def _id_x():
    while True:
        v = id_card()
        if v.endswith("X"):
            return v


GROUPKIND["idX"] = "id"
