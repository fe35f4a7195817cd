"""Slot renderers. Each returns (surface, role) with role 'pii', 'keep' or None."""
from values import *

MODE = {'m': 'typed'}


def _pick(*opts):
    return R.choice(opts)


def f_id(style=None):
    s = id_number(xwant=True if R.random() < 0.18 else None)
    m = MODE['m']
    if style is None:
        style = {'asr': _pick('spoken', 'spoken', 'spokeng'), 'en': _pick('plain', 'plain', 'sp'),
                 'form': _pick('plain', 'plain', 'sp', 'fw', 'lowx'),
                 'typed': _pick('plain', 'plain', 'plain', 'sp', 'sp2', 'dash', 'fw', 'lowx', 'sp', 'hen')}[m]
    if style == 'plain':
        return s, 'pii'
    if style == 'lowx':
        return s.replace('X', 'x'), 'pii'
    if style == 'sp':
        return f'{s[:6]} {s[6:14]} {s[14:]}', 'pii'
    if style == 'sp2':
        return f'{s[:6]} {s[6:10]} {s[10:14]} {s[14:]}', 'pii'
    if style == 'dash':
        return f'{s[:6]}-{s[6:14]}-{s[14:]}', 'pii'
    if style == 'hen':
        return f'{s[:6]}{_pick("杠", "横")}{s[6:14]}{_pick("杠", "横")}{s[14:]}', 'pii'
    if style == 'fw':
        return s.translate(FW), 'pii'
    if style == 'nl':
        k = R.choice([6, 10, 12, 14])
        return s[:k] + '\n' + s[k:], 'pii'
    if style == 'spoken':
        return spoken(s), 'pii'
    if style == 'spokeng':
        return ' '.join([spoken(s[:6]), spoken(s[6:14]), spoken(s[14:])]), 'pii'
    raise ValueError(style)


def f_mob(style=None):
    s = mobile()
    m = MODE['m']
    if style is None:
        style = {'asr': _pick('spoken', 'spokeng', 'spoken', 'mix'), 'en': _pick('p86', 'p86sp', 'plain', 'sp'),
                 'form': _pick('plain', 'plain', 'dash', 'fw'),
                 'typed': _pick('plain', 'plain', 'plain', 'sp', 'dash', 'p86', 'p0086', 'fw', 'p86sp', 'dot')}[m]
    if style == 'plain':
        return s, 'pii'
    if style == 'sp':
        return f'{s[:3]} {s[3:7]} {s[7:]}', 'pii'
    if style == 'dash':
        return f'{s[:3]}-{s[3:7]}-{s[7:]}', 'pii'
    if style == 'dot':
        return f'{s[:3]}.{s[3:7]}.{s[7:]}', 'pii'
    if style == 'p86':
        return '+86' + s, 'pii'
    if style == 'p86sp':
        return f'+86 {s[:3]} {s[3:7]} {s[7:]}', 'pii'
    if style == 'p0086':
        return '0086-' + s if R.random() < 0.5 else '0086 ' + s, 'pii'
    if style == 'fw':
        return s.translate(FW), 'pii'
    if style == 'nl':
        return s[:7] + '\n' + s[7:], 'pii'
    if style == 'spoken':
        return spoken(s), 'pii'
    if style == 'spokeng':
        return ' '.join([spoken(s[:3]), spoken(s[3:7]), spoken(s[7:])]), 'pii'
    if style == 'mix':  # ASR sometimes emits digits for part
        return s[:3] + spoken(s[3:]), 'pii'
    raise ValueError(style)


def f_tel(style=None):
    a, l = landline()
    m = MODE['m']
    if style is None:
        style = {'asr': _pick('spoken', 'spoken', 'localspoken'), 'en': _pick('p86', 'dash'),
                 'form': _pick('dash', 'paren'),
                 'typed': _pick('dash', 'dash', 'paren', 'plain', 'dashsp', 'p86', 'local', 'fwparen')}[m]
    half = len(l) // 2
    if style == 'dash':
        return f'{a}-{l}', 'pii'
    if style == 'dashsp':
        return f'{a}-{l[:half]} {l[half:]}', 'pii'
    if style == 'paren':
        return f'({a}){l}', 'pii'
    if style == 'fwparen':
        return f'（{a}）{l}'.translate(FW), 'pii'
    if style == 'plain':
        return a + l, 'pii'
    if style == 'p86':
        return f'+86 {a[1:]} {l}', 'pii'
    if style == 'local':
        return f'{l[:half]}-{l[half:]}', 'pii'
    if style == 'spoken':
        return spoken(a) + ' ' + spoken(l), 'pii'
    if style == 'localspoken':
        return spoken(l), 'pii'
    raise ValueError(style)


def f_pp(style=None):
    s = passport_cn()
    if MODE['m'] == 'asr':
        return s[0] + (s[1] if s[1].isalpha() else '') + spoken(s[1:] if s[1].isdigit() else s[2:]), 'pii'
    if style == 'sp' or (style is None and R.random() < 0.15):
        return s[:1] + ' ' + s[1:5] + ' ' + s[5:], 'pii'
    if style is None and R.random() < 0.1:
        return s.lower(), 'pii'
    return s, 'pii'


def f_fpp(style=None):
    return passport_foreign(), 'pii'


def f_hkm(style=None):
    s = hkm_permit()
    if MODE['m'] == 'asr':
        return s[0] + (s[1] if s[1].isalpha() else '') + spoken(s[1:] if s[1].isdigit() else s[2:]), 'pii'
    if R.random() < 0.15:
        return s[:1] + ' ' + s[1:5] + ' ' + s[5:], 'pii'
    if R.random() < 0.1:
        return s.translate(FW).replace('C', 'Ｃ').replace('H', 'Ｈ').replace('M', 'Ｍ'), 'pii'
    return s, 'pii'


def f_tw(style=None):
    s = tw_permit()
    if MODE['m'] == 'asr':
        return (s[0] if s[0] == 'L' else '') + spoken(s[1:] if s[0] == 'L' else s), 'pii'
    if R.random() < 0.15:
        return s[:-4] + ' ' + s[-4:], 'pii'
    return s, 'pii'


def f_bank(style=None):
    s = bank_card()
    m = MODE['m']
    if style is None:
        style = {'asr': _pick('spoken', 'spokeng'), 'en': _pick('plain', 'sp4'), 'form': _pick('plain', 'sp4'),
                 'typed': _pick('plain', 'plain', 'sp4', 'sp4', 'dash4', 'fw', 'sp4')}[m]
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'plain':
        return s, 'pii'
    if style == 'sp4':
        return g, 'pii'
    if style == 'dash4':
        return g.replace(' ', '-'), 'pii'
    if style == 'fw':
        return s.translate(FW), 'pii'
    if style == 'nl':
        return s[:8] + '\n' + s[8:], 'pii'
    if style == 'spoken':
        return spoken(s), 'pii'
    if style == 'spokeng':
        return ' '.join(spoken(s[i:i + 4]) for i in range(0, len(s), 4)), 'pii'
    raise ValueError(style)


def f_ss(style=None):
    s = ss_number()
    if MODE['m'] == 'asr':
        return (s[0] if s[0].isalpha() else '') + spoken(s[1:] if s[0].isalpha() else s), 'pii'
    return s, 'pii'


def f_name(style=None):
    n = cn_name()
    if MODE['m'] == 'en' or style == 'en':
        n = en_name()
    return n, 'pii'


# ---------------- keep slots ----------------
CNNUM = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十', 11: '十一', 12: '十二'}


def cn_small(n):
    if n <= 10:
        return CNNUM[n] if n else '零'
    if n < 20:
        return '十' + (CNNUM[n - 10] if n > 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


def k_date(style=None):
    y, mo, d = R.choice([2024, 2025, 2026, 2026]), R.randint(1, 12), R.randint(1, 28)
    m = MODE['m']
    if m == 'asr':
        return _pick(f'{spoken(str(y), False)}年{cn_small(mo)}月{cn_small(d)}号', f'{cn_small(mo)}月{cn_small(d)}号',
                     f'{mo}月{d}号'), 'keep'
    if m == 'en':
        mon = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][mo - 1]
        return _pick(f'{mon} {d}', f'{d} {mon} {y}', f'{y}-{mo:02d}-{d:02d}'), 'keep'
    return _pick(f'{y}年{mo}月{d}日', f'{y}-{mo:02d}-{d:02d}', f'{mo}月{d}号', f'{y}/{mo}/{d}', f'{y}.{mo:02d}.{d:02d}',
                 f'{mo}月{d}日'), 'keep'


def k_time(style=None):
    m = MODE['m']
    if m == 'asr':
        return _pick('下午两点半', '上午九点', '十一点四十', '下午三点一刻', '早上八点半', '五点五十'), 'keep'
    if m == 'en':
        return _pick('9:30', '2 pm', '11:45 am', '17:00', '3:15'), 'keep'
    return _pick('9:30', '14:00', '11:50', '下午3点', '17:45', '8点半', '16:20'), 'keep'


WINS = [f'A{i:02d}' for i in range(1, 13)] + [f'B{i:02d}' for i in range(1, 15)] + [f'C{i:02d}' for i in range(1, 15)]


def k_win(style=None):
    w = R.choice(WINS)
    if MODE['m'] == 'asr':
        return _pick(w[0] + spoken(w[1:], False), f'{cn_small(int(w[1:]))}号窗口'), 'keep'
    return _pick(w, w, f'{int(w[1:])}号窗口', w + '窗口'), 'keep'


def k_queue(style=None):
    q = R.choice('ABC') + '%03d' % R.randint(1, 299)
    if MODE['m'] == 'asr':
        return q[0] + spoken(q[1:], False), 'keep'
    return q, 'keep'


def k_fee(style=None):
    v = R.choice([10, 15, 20, 30, 40, 60, 80, 100, 120, 400, 550, 800, 1000, 3500, 12800, 260])
    if MODE['m'] == 'asr':
        return _pick(f'{v}块', f'{v}块钱', f'{v}元'), 'keep'
    if MODE['m'] == 'en':
        return _pick(f'{v} yuan', f'RMB {v}', f'¥{v}'), 'keep'
    return _pick(f'{v}元', f'{v}块', f'¥{v}', f'{v}.00元', f'￥{v}'), 'keep'


def k_floor(style=None):
    f = R.randint(1, 3)
    if MODE['m'] == 'en':
        return _pick(f'{f}F', f'floor {f}'), 'keep'
    if MODE['m'] == 'asr':
        return _pick(f'{cn_small(f)}楼', f'{cn_small(f)}层'), 'keep'
    return _pick(f'{f}楼', f'{f}F', f'{f}层'), 'keep'


ROADS = ['明华大道', '深南大道', '福华路', '建设路', '人民南路', '解放西路', '中山二路', '幸福里', '桃园路', '新安三路']


def k_house(style=None):
    r = R.choice(ROADS)
    if MODE['m'] == 'asr':
        return f'{r}{cn_small(R.randint(1, 99))}号', 'keep'
    return _pick(f'{r}{R.randint(1, 399)}号', f'{R.randint(1, 30)}栋{R.randint(1, 33)}0{R.randint(1, 8)}',
                 f'{R.randint(1, 33)}0{R.randint(1, 8)}室', f'{r}{R.randint(1, 399)}号{R.randint(1, 12)}栋'), 'keep'


def k_post(style=None):
    return R.choice(['518000', '518040', '518101', '510000', '100000', '610041', '430000', '200120', '518057']), 'keep'


def k_dur(style=None):
    if MODE['m'] == 'en':
        return _pick('7 working days', '20 working days', '30 minutes', '3 days', '2 hours'), 'keep'
    if MODE['m'] == 'asr':
        return _pick('二十个工作日', '七个工作日', '半个小时', '三天', '四十五个工作日'), 'keep'
    return _pick('20个工作日', '7个工作日', '15个工作日', '30分钟', '3天', '45个工作日', '2小时', '10个工作日'), 'keep'


def k_receipt(style=None):
    return _pick('SL' + safe_digits(14, '2'), 'YS' + safe_digits(12, '2'), safe_digits(16, '2'),
                 'MH-' + safe_digits(8, '2') + '-' + safe_digits(4, '0123456789')), 'keep'


def k_order(style=None):
    return _pick(safe_digits(19, '4'), safe_digits(28, '4'), 'DD' + safe_digits(15, '2'), safe_digits(20, '2')), 'keep'


def k_case(style=None):
    return _pick(f'（2025）粤0304民初{R.randint(1000, 9999)}号', f'深明劳监投字〔2026〕{R.randint(100, 999)}号',
                 f'MHBJ{safe_digits(10, "2")}', safe_digits(13, '2')), 'keep'


def k_invoice(style=None):
    return _pick(safe_digits(20, '2'), safe_digits(8, '0123456789'), safe_digits(12, '0') if R.random() < 0.5 else safe_digits(12, '1')), 'keep'


def k_track(style=None):
    return _pick('SF' + safe_digits(13, '1'), 'EA' + digits(9, '0123456789') + 'CN', 'YT' + safe_digits(13, '7'),
                 'JDVA' + safe_digits(11, '2'), safe_digits(13, '1'), safe_digits(14, '7')), 'keep'


def k_contract(style=None):
    return _pick(f'HT-2025-{R.randint(1, 9999):04d}', f'SZ2026-FW-{R.randint(1, 99999):05d}',
                 f'明房租赁〔2025〕{R.randint(1, 9999)}号', 'ZL' + safe_digits(12, '2')), 'keep'


PROV = '粤京沪川湘鄂豫鲁浙苏闽桂赣黔云陕'


def k_plate(style=None):
    p = R.choice(PROV)
    L = R.choice('ABCDEFGHJK')
    body = ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))
    return _pick(f'{p}{L}{R.randint(0, 9)}{body}', f'{p}{L}·{R.randint(1, 9)}{body}', f'{p}{L}D{R.randint(10000, 99999)}',
                 f'{p}{L} {R.randint(1, 9)}{body}'), 'keep'


USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def k_uscc(style=None):
    while True:
        reg = R.choice(['440304', '440305', '440300', '110108', '510100'])
        s17 = R.choice(['91', '92', '93', '12']) + reg + ''.join(R.choice(USCC_CH) for _ in range(9))
        c = 31 - sum(USCC_CH.index(a) * w for a, w in zip(s17, USCC_W)) % 31
        c = USCC_CH[0 if c == 31 else c]
        s = s17 + c
        if not id_ok(s) and not (s.isdigit() and luhn_ok(s)):
            return s, 'keep'


def k_hall(style=None):
    return '0755-2699 8100', 'keep'


def k_hot(style=None):
    return '12345', 'keep'


def k_count(style=None):
    return _pick('2份', '3张', '1寸', '两寸', '5份', '4张'), 'keep'


def k_amount(style=None):
    return _pick('3万', '5000元', '1.2万', '80万', '2300块', '6800元'), 'keep'


def k_age(style=None):
    return _pick('16周岁', '60岁', '70岁', '80周岁', '3岁', '18岁'), 'keep'


SLOTS = {'ID': f_id, 'MOB': f_mob, 'TEL': f_tel, 'PP': f_pp, 'FPP': f_fpp, 'HKM': f_hkm, 'TW': f_tw, 'BANK': f_bank,
         'SS': f_ss, 'NAME': f_name,
         'DATE': k_date, 'TIME': k_time, 'WIN': k_win, 'Q': k_queue, 'FEE': k_fee, 'FLOOR': k_floor, 'HOUSE': k_house,
         'POST': k_post, 'DUR': k_dur, 'RCPT': k_receipt, 'ORDER': k_order, 'CASE': k_case, 'INV': k_invoice,
         'TRACK': k_track, 'CONTRACT': k_contract, 'PLATE': k_plate, 'USCC': k_uscc, 'HALL': k_hall, 'HOT': k_hot,
         'CNT': k_count, 'AMT': k_amount, 'AGE': k_age}
