"""Seeded generators for invented personal numbers and ordinary numbers.
Everything is invented; nothing is copied from real people."""
import random

FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-",
                   "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－")
CN = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九", "X": "X", "x": "x"}
CN_PHONE = dict(CN, **{"1": "幺"})

# --- check digits -----------------------------------------------------------
W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def gb11643(body17):
    s = sum(int(c) * w for c, w in zip(body17, W11643))
    return "10X98765432"[s % 11]

def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]

# --- helpers ----------------------------------------------------------------
def groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)

def spoken(s, table=CN, sep=""):
    return sep.join(table.get(c, c) for c in s)

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    # ---- personal -------------------------------------------------------
    AREAS = ["440305", "440304", "440306", "440307", "440103", "440106", "445122", "440981", "441581",
             "430524", "431023", "420621", "421281", "360731", "350583", "450881", "510722", "511321",
             "522128", "532128", "610402", "410526", "412722", "340822", "370883", "130682", "110105",
             "310115", "320582", "330382", "230604", "500234", "460002", "441900", "442000"]

    def id_raw(self, want_x=None):
        r = self.r
        def f():
            while True:
                y = r.randint(1938, 2022); m = r.randint(1, 12); d = r.randint(1, 28)
                body = r.choice(self.AREAS) + f"{y:04d}{m:02d}{d:02d}" + f"{r.randint(0, 999):03d}"
                c = gb11643(body)
                if want_x is None or (want_x == (c == "X")):
                    return body + c
        return self._uniq(f)

    def id(self, fmt=None):
        r = self.r
        fmt = fmt or r.choice(["plain"] * 5 + ["sp684", "sp33444", "dash", "fw", "spoken", "x", "mix", "dot"])
        if fmt == "x":
            v = self.id_raw(want_x=True)
            return v[:-1] + r.choice(["x", "X"])
        v = self.id_raw()
        return self.fmt_id(v, fmt)

    def fmt_id(self, v, fmt):
        r = self.r
        if fmt == "plain": return v
        if fmt == "sp684": return groups(v, [6, 8, 4], " ")
        if fmt == "sp33444": return groups(v, [3, 3, 4, 4, 4], " ")
        if fmt == "dash": return groups(v, [6, 8, 4], r.choice(["-", "—", "－"]))
        if fmt == "fw": return v.translate(FW)
        if fmt == "spoken": return spoken(v, r.choice([CN, CN_PHONE]))
        if fmt == "mix": return groups(v, [6, 4, 4, 4], " ")
        if fmt == "dot": return groups(v, [6, 8, 4], ".")
        if fmt == "nl": return groups(v, [r.choice([6, 10, 14])], "\n")
        if fmt == "gang": return groups(v, [6, 8, 4], "杠")
        raise ValueError(fmt)

    MOB = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
           "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178",
           "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "196",
           "197", "198", "199"]

    def mob_raw(self):
        return self._uniq(lambda: self.r.choice(self.MOB) + f"{self.r.randint(0, 99999999):08d}")

    def mob(self, fmt=None):
        r = self.r
        v = self.mob_raw()
        fmt = fmt or r.choice(["plain"] * 4 + ["sp344", "dash", "p86", "p86sp", "0086", "fw", "spoken", "spokensp", "paren86", "sp434", "gang"])
        if fmt == "plain": return v
        if fmt == "sp344": return groups(v, [3, 4, 4], " ")
        if fmt == "sp434": return groups(v, [3, 4, 4], "-")
        if fmt == "dash": return groups(v, [3, 4, 4], "-")
        if fmt == "p86": return "+86" + v
        if fmt == "p86sp": return "+86 " + groups(v, [3, 4, 4], " ")
        if fmt == "0086": return "0086-" + v
        if fmt == "paren86": return "(+86)" + v
        if fmt == "fw": return v.translate(FW)
        if fmt == "spoken": return spoken(v, CN_PHONE)
        if fmt == "spokensp": return groups(spoken(v, CN_PHONE), [3, 4, 4], " ")
        if fmt == "gang": return groups(v, [3, 4, 4], r.choice(["杠", "横"]))
        if fmt == "nl": return groups(v, [r.choice([3, 7])], "\n")
        if fmt == "dot": return groups(v, [3, 4, 4], ".")
        raise ValueError(fmt)

    LAND = [("010", 8), ("020", 8), ("021", 8), ("0755", 8), ("0769", 8), ("0760", 8), ("0757", 8),
            ("0571", 8), ("028", 8), ("027", 8), ("0731", 8), ("0752", 7), ("0668", 7), ("0898", 8)]

    def land(self, fmt=None):
        r = self.r
        def f():
            ac, n = r.choice(self.LAND)
            num = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
            if ac == "0755" and num.startswith("2699"):
                num = "8" + num[1:]
            return ac, num
        ac, num = self._uniq(f)
        fmt = fmt or r.choice(["dash"] * 3 + ["paren", "sp", "dashsp", "plain", "p86", "ext", "fw", "spoken", "slash"])
        h = len(num) // 2
        if fmt == "dash": return f"{ac}-{num}"
        if fmt == "paren": return f"({ac}){num[:h]} {num[h:]}" if r.random() < .5 else f"（{ac}）{num}"
        if fmt == "sp": return f"{ac} {num[:h]} {num[h:]}"
        if fmt == "dashsp": return f"{ac}-{num[:h]} {num[h:]}"
        if fmt == "plain": return ac + num
        if fmt == "p86": return f"+86 {ac[1:]} {num}"
        if fmt == "ext": return f"{ac}-{num}转{r.randint(100, 8999)}"
        if fmt == "fw": return f"{ac}-{num}".translate(FW)
        if fmt == "spoken": return spoken(ac, CN_PHONE) + r.choice(["", "杠"]) + spoken(num, CN_PHONE)
        if fmt == "slash": return f"{ac}/{num}"
        if fmt == "local": return num
        if fmt == "nl": return f"{ac}-\n{num}"
        raise ValueError(fmt)

    def passport(self, fmt=None):
        r = self.r
        kind = r.choice(["E8", "E8", "EL7", "G8"])
        def f():
            if kind == "E8": return "E" + f"{r.randint(0, 99999999):08d}"
            if kind == "G8": return "G" + f"{r.randint(0, 99999999):08d}"
            return "E" + r.choice("ABCDFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 9999999):07d}"
        v = self._uniq(f)
        fmt = fmt or r.choice(["plain"] * 8 + ["sp", "sp", "lower", "fw", "spoken"])
        if fmt == "plain": return v
        if fmt == "sp": return v[0] + " " + groups(v[1:], [4], " ") if v[1].isdigit() else v[:2] + " " + v[2:]
        if fmt == "lower": return v.lower()
        if fmt == "fw": return v.translate(FW)
        if fmt == "spoken": return v[0] + ("" if v[1].isdigit() else v[1]) + spoken(v[1:] if v[1].isdigit() else v[2:], CN_PHONE)
        if fmt == "nl": return v[:5] + "\n" + v[5:]
        raise ValueError(fmt)

    def foreign_passport(self):
        r = self.r
        k = r.choice(["us", "uk", "de", "jp", "kr", "ph", "in"])
        if k in ("us", "uk"): return self._uniq(lambda: str(r.randint(1, 9)) + f"{r.randint(0, 99999999):08d}")
        if k == "de": return self._uniq(lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)))
        if k == "jp": return self._uniq(lambda: r.choice(["TK", "TR", "MZ"]) + f"{r.randint(0, 9999999):07d}")
        if k == "kr": return self._uniq(lambda: "M" + f"{r.randint(0, 99999999):08d}")
        if k == "ph": return self._uniq(lambda: "P" + f"{r.randint(0, 9999999):07d}" + r.choice("ABC"))
        return self._uniq(lambda: r.choice("JKLMNPRSTUVWZ") + f"{r.randint(0, 9999999):07d}")

    def hkm(self, fmt=None):
        """往来港澳通行证 (C+8 / C+letter+7) or 港澳居民来往内地通行证 (H/M+8[+2])."""
        r = self.r
        kind = fmt or r.choice(["C8", "C8", "CL7", "H8", "M8", "H10", "C8sp", "fw"])
        def f():
            if kind in ("C8", "C8sp", "fw"): return "C" + f"{r.randint(0, 99999999):08d}"
            if kind == "CL7": return "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 9999999):07d}"
            if kind == "H8": return "H" + f"{r.randint(0, 99999999):08d}"
            if kind == "M8": return "M" + f"{r.randint(0, 99999999):08d}"
            if kind == "H10": return "H" + f"{r.randint(0, 9999999999):010d}"
            if kind == "lower": return "c" + f"{r.randint(0, 99999999):08d}"
            raise ValueError(kind)
        v = self._uniq(f)
        if kind == "C8sp": return v[:1] + " " + groups(v[1:], [4], " ")
        if kind == "fw": return v.translate(FW)
        return v

    def hkm_resident_id(self):
        """港澳居民居住证 number: 810000/820000 + birth + seq + GB 11643 check."""
        r = self.r
        def f():
            body = r.choice(["810000", "820000"]) + f"{r.randint(1950, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
            return body + gb11643(body)
        return self._uniq(f)

    def tw(self, fmt=None):
        r = self.r
        kind = fmt or r.choice(["L8", "L8", "T8", "T8", "T10", "Lsp"])
        if kind in ("L8", "Lsp"):
            v = self._uniq(lambda: "L" + f"{r.randint(0, 99999999):08d}")
            return v if kind == "L8" else v[0] + " " + groups(v[1:], [4], " ")
        if kind == "T8":
            return self._uniq(lambda: f"{r.randint(0, 99999999):08d}")
        if kind == "T10":
            return self._uniq(lambda: f"{r.randint(0, 9999999999):010d}" + "(" + r.choice("ABCDE") + ")")
        if kind == "TWRES":
            def f():
                body = "830000" + f"{r.randint(1950, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
                return body + gb11643(body)
            return self._uniq(f)
        raise ValueError(kind)

    BINS16 = ["622588", "622575", "625911", "436742", "403391", "524047", "622155", "356833"]
    BINS19 = ["622202", "622208", "621700", "621226", "622848", "621483", "622700", "623052", "621799", "622260", "622150", "621098"]

    def card_raw(self, n=None):
        r = self.r
        n = n or r.choice([16, 19, 19])
        def f():
            b = r.choice(self.BINS16 if n == 16 else self.BINS19)
            body = b + "".join(str(r.randint(0, 9)) for _ in range(n - len(b) - 1))
            return luhn_complete(body)
        return self._uniq(f)

    def card(self, fmt=None):
        r = self.r
        v = self.card_raw()
        fmt = fmt or r.choice(["plain"] * 3 + ["sp4"] * 3 + ["dash", "fw", "spoken", "sp64"])
        if fmt == "plain": return v
        if fmt == "sp4": return groups(v, [4] * 4, " ")
        if fmt == "dash": return groups(v, [4] * 4, "-")
        if fmt == "fw": return groups(v, [4] * 4, " ").translate(FW)
        if fmt == "spoken": return spoken(v, CN_PHONE)
        if fmt == "sp64": return groups(v, [6, 4, 4], " ")
        if fmt == "nl": return groups(v, [8], "\n")
        raise ValueError(fmt)

    def ss(self, fmt=None):
        """Shenzhen social-insurance computer no. (9 digits), social security card no. (letter+8),
        medical insurance no., housing-fund personal account (12 digits)."""
        r = self.r
        kind = fmt or r.choice(["pc9", "pc9", "card9", "card9", "hf12", "pc9sp"])
        if kind == "pc9": return self._uniq(lambda: str(r.randint(6, 9)) + f"{r.randint(0, 99999999):08d}")
        if kind == "pc9sp":
            v = self._uniq(lambda: str(r.randint(6, 9)) + f"{r.randint(0, 99999999):08d}")
            return groups(v, [3, 3], " ")
        if kind == "card9": return self._uniq(lambda: r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 99999999):08d}")
        if kind == "hf12": return self._uniq(lambda: "2" + f"{r.randint(0, 99999999999):011d}")
        if kind == "mi": return self._uniq(lambda: "4403" + f"{r.randint(0, 99999999):08d}" + f"{r.randint(0, 99):02d}")
        raise ValueError(kind)

    SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤温")
    SUR2 = ["欧阳", "司马", "上官", "诸葛", "司徒", "慕容", "东方", "皇甫"]
    GIV = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红鹏辉建国俊飞鑫婷宇浩凯文斌波晨欣怡梓涵子轩雨彤思远佳琪诗雅晓峰振海志坚淑珍桂芬德胜金凤永福春梅嘉豪铭泽一诺若曦")

    def name(self):
        r = self.r
        def f():
            s = r.choice(self.SUR2) if r.random() < .08 else r.choice(self.SUR)
            n = 1 if r.random() < .3 else 2
            return s + "".join(r.choice(self.GIV) for _ in range(n))
        return self._uniq(f)

    PY_S = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Lin", "Guo", "He", "Luo", "Zheng", "Liang", "Xie", "Tang", "Deng", "Feng", "Cao", "Peng", "Zeng"]
    PY_G = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yang", "Tao", "Ming", "Chao", "Xiaoming", "Jianguo", "Haoran", "Yuting", "Zihan", "Jiaqi", "Wenjie", "Shuang", "Lihua", "Xin", "Kaiwen", "Ruoxi"]
    FOREIGN = ["Maria Gonzalez", "Daniel Becker", "Priya Nair", "Tomás Silva", "Kim Min-jun", "Sato Haruka",
               "Olivia Carter", "Nguyen Van An", "Ahmed Hassan", "Elena Petrova", "James O'Connor", "Chloé Martin",
               "Ravi Shankar", "Lucas Moreau", "Anna Kowalski", "Michael Tan", "Siti Rahmah", "John Mendoza"]

    def name_en(self):
        r = self.r
        if r.random() < .45:
            return self._uniq(lambda: r.choice(self.FOREIGN))
        def f():
            s, g = r.choice(self.PY_S), r.choice(self.PY_G)
            return f"{g} {s}" if r.random() < .5 else f"{s} {g}"
        return self._uniq(f)

    # ---- ordinary (keep) ------------------------------------------------
    def date(self):
        r = self.r
        y = r.choice([2025, 2026, 2026, 2027]); m = r.randint(1, 12); d = r.randint(1, 28)
        return r.choice([f"{y}年{m}月{d}日", f"{m}月{d}号", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}"])

    def date_en(self):
        r = self.r
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        m = r.randint(1, 12); d = r.randint(1, 28)
        return r.choice([f"{mon[m-1]} {d}", f"{d} {mon[m-1]}", f"2026-{m:02d}-{d:02d}", f"{mon[m-1][:3]} {d}, 2026"])

    def time(self):
        r = self.r
        h = r.choice([9, 10, 11, 14, 15, 16, 17]); mi = r.choice([0, 0, 15, 30, 45, 10, 20])
        return r.choice([f"{h}:{mi:02d}", f"{h}点" if mi == 0 else f"{h}点{mi}分", f"{h}：{mi:02d}"])

    def win(self):
        r = self.r
        return r.choice([f"A{r.randint(1, 12):02d}", f"B{r.randint(1, 14):02d}", f"C{r.randint(1, 14):02d}"])

    def queue(self):
        r = self.r
        return r.choice([f"{r.choice('ABCDEFGHK')}{r.randint(1, 399):03d}", f"{r.choice('ABC')}{r.randint(1000, 1299)}", f"{r.randint(1, 260)}号"])

    def fee(self):
        r = self.r
        v = r.choice([10, 15, 20, 30, 40, 60, 80, 120, 5, 25])
        return r.choice([f"{v}元", f"{v}块", f"¥{v}", f"{v}块钱", f"{v}.00元"])

    def post(self):
        return self.r.choice(["518000", "518001", "518040", "518101", "518052", "518110", "510000", "518172", "523000"])

    def _nonluhn_digits(self, prefix, n):
        r = self.r
        while True:
            v = prefix + "".join(str(r.randint(0, 9)) for _ in range(n - len(prefix)))
            if not luhn_ok(v) and not (len(v) == 18 and gb11643(v[:17]) == v[17]):
                if v not in self.used:
                    self.used.add(v)
                    return v

    def receipt(self):
        r = self.r
        k = r.choice(["sz", "num14", "num16", "ywh"])
        if k == "sz": return self._uniq(lambda: "MH" + "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + f"{r.randint(0, 99999):05d}")
        if k == "num14": return self._nonluhn_digits("2026" + f"{r.randint(1, 12):02d}", 14)
        if k == "num16": return self._nonluhn_digits("44030026", 16)
        return self._uniq(lambda: "SL" + f"{r.randint(10**9, 10**10-1)}")

    def order(self):
        r = self.r
        k = r.choice(["ems", "emsi", "pay", "sf"])
        if k == "ems": return self._nonluhn_digits("11", 13)
        if k == "emsi": return self._uniq(lambda: "E" + r.choice("AMCL") + f"{r.randint(0, 999999999):09d}" + "CN")
        if k == "sf": return self._uniq(lambda: "SF" + f"{r.randint(10**12, 10**13-1)}")
        return self._nonluhn_digits("2026", 19)

    def invoice(self):
        r = self.r
        return self._nonluhn_digits("2644200000", 20) if r.random() < .7 else self._nonluhn_digits("0440", 12)

    def case(self):
        r = self.r
        return r.choice([f"（2026）粤0305民初{r.randint(1000, 19999)}号", f"深明劳人仲案〔2026〕{r.randint(100, 3999)}号",
                         f"明人社监〔2026〕{r.randint(10, 999)}号",
                         f"HB{r.randint(20260000, 20269999)}{r.randint(100, 999)}"])

    def uscc(self):
        r = self.r
        def f():
            body = r.choice(["91440300", "92440300", "91440101", "52440300"]) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
            return body + uscc_check(body)
        return self._uniq(f)

    def duration(self):
        r = self.r
        return r.choice([f"{r.randint(2, 45)}分钟", f"{r.choice([1, 3, 5, 7, 10, 15, 20])}个工作日", f"{r.randint(1, 3)}个小时", f"{r.choice([30, 60, 90])}天", "半小时"])

    def floor(self):
        return self.r.choice(["一楼", "二楼", "三楼", "1楼", "2楼", "3楼", "2F", "3F", "B1"])

    def house(self):
        r = self.r
        return r.choice([f"明华大道{r.randint(1, 400)}号", f"{r.randint(1, 38)}栋{r.randint(1, 33)}0{r.randint(1, 8)}", f"{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 32)}0{r.randint(1, 6)}室", f"{r.randint(2, 31)}0{r.randint(1, 9)}房"])

    def prop(self):
        return f"粤（2026）深圳市不动产权第{self.r.randint(0, 999999):07d}号"

    def wait(self):
        r = self.r
        return r.choice([f"{r.randint(20, 90)}分钟", f"{r.randint(1, 3)}个小时", "一个半小时", "半小时"])

    def queue_en(self):
        r = self.r
        return r.choice([f"{r.choice('ABCDEFGHK')}{r.randint(1, 399):03d}", f"{r.choice('ABC')}{r.randint(1000, 1299)}"])

    def duration_en(self):
        r = self.r
        return r.choice([f"{r.randint(20, 90)} minutes", f"{r.randint(2, 3)} hours", "an hour and a half", f"{r.choice([3, 5, 7, 10])} working days"])

    def fee_en(self):
        r = self.r
        v = r.choice([10, 15, 20, 40, 60, 120])
        return r.choice([f"{v} yuan", f"RMB {v}", f"¥{v}", f"{v} RMB"])

    def house_en(self):
        r = self.r
        return r.choice([f"Flat {r.randint(1, 33)}0{r.randint(1, 8)}, Building {r.randint(1, 38)}", f"No. {r.randint(1, 400)} Minghua Avenue", f"Room {r.randint(2, 31)}0{r.randint(1, 9)}"])
