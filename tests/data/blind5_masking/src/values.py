"""Seeded value makers for the blind masking corpus. Each maker returns a surface string."""
import random, datetime

R = random.Random(20261202)
FW = str.maketrans('0123456789Xx-', '０１２３４５６７８９Ｘｘ－')
CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']


def spoken(digits, yao=None):
    """digits -> spoken Chinese digits (ASR output). 1 is often 幺, 0 sometimes 洞."""
    if yao is None:
        yao = R.random() < 0.6
    out = []
    for ch in digits:
        if ch.isdigit():
            d = int(ch)
            if d == 1 and yao:
                out.append('幺')
            elif d == 0 and R.random() < 0.15:
                out.append('洞')
            else:
                out.append(CN[d])
        elif ch in 'Xx':
            out.append(R.choice(['叉', '艾克斯', 'X', '叉叉'[:1]]))
        else:
            out.append(ch)
    return ''.join(out)


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) < 2:
        return False
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = '10X98765432'


def id_check(s17):
    return CK[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def id_ok(s):
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


REGIONS = ['440304', '440305', '440306', '440106', '445202', '441302', '510104', '510107', '110105', '110108',
           '320102', '320583', '330106', '330382', '420106', '430102', '430181', '410105', '411323', '370202',
           '370782', '210102', '230103', '350203', '350582', '450102', '450802', '520102', '530102', '610113',
           '620102', '640104', '650102', '652801', '130102', '140105', '150102', '220102', '340104', '341221',
           '360102', '362426', '460105', '500103', '500235', '540102', '630102', '120104', '310115', '310104']


def id_number(xwant=None):
    while True:
        reg = R.choice(REGIONS)
        d = datetime.date(1942, 1, 1) + datetime.timedelta(days=R.randrange(0, 365 * 78))
        s17 = reg + d.strftime('%Y%m%d') + '%03d' % R.randrange(1, 1000)
        c = id_check(s17)
        if xwant is None or (c == 'X') == xwant:
            return s17 + c


MOB_PFX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
           '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183',
           '185', '186', '187', '188', '189', '191', '198', '199']


def mobile():
    return R.choice(MOB_PFX) + ''.join(R.choice('0123456789') for _ in range(8))


AREAS = [('010', 8), ('020', 8), ('021', 8), ('0755', 8), ('0571', 8), ('028', 8), ('027', 8), ('023', 8),
         ('0731', 8), ('0898', 8), ('0769', 8), ('0752', 7), ('0371', 8), ('0531', 8), ('0991', 7), ('0851', 8)]


def landline():
    a, n = R.choice(AREAS)
    while True:
        local = R.choice('2345678') + ''.join(R.choice('0123456789') for _ in range(n - 1))
        if local != '26998100':
            return a, local


BINS = ['622202', '621700', '622848', '621661', '622588', '623058', '621483', '622700', '621226', '622609',
        '621799', '622262', '623668', '625965', '436742', '622155']


def bank_card(n=None):
    n = n or R.choice([16, 19, 19, 19, 16, 18])
    while True:
        s = R.choice(BINS) + ''.join(R.choice('0123456789') for _ in range(n - 7))
        for c in '0123456789':
            if luhn_ok(s + c):
                return s + c


def digits(n, first='123456789'):
    return R.choice(first) + ''.join(R.choice('0123456789') for _ in range(n - 1))


def safe_digits(n, first='123456789'):
    """An ordinary long number: must not pass Luhn nor the ID check."""
    while True:
        s = digits(n, first)
        if not luhn_ok(s) and not id_ok(s):
            return s


def passport_cn():
    k = R.random()
    if k < 0.5:
        return 'E' + digits(8, '0123456789')
    if k < 0.8:
        return 'E' + R.choice('ABCDEFGHJKLM') + digits(7, '0123456789')
    return 'G' + digits(8, '0123456789')


def passport_foreign():
    k = R.random()
    if k < 0.3:
        return digits(9, '5')  # US-like 9 digits
    if k < 0.5:
        return 'C' + ''.join(R.choice('0123456789CFGHJKLMNPRTVWXYZ') for _ in range(8))  # German-like
    if k < 0.7:
        return R.choice('TMK') + digits(8, '0123456789')  # Korean/Japanese-like
    if k < 0.85:
        return R.choice(['PA', 'PB', 'PC']) + digits(7, '0123456789')
    return digits(9, '123456789')


def hkm_permit():
    k = R.random()
    if k < 0.55:
        return 'C' + digits(8, '0123456789')
    if k < 0.75:
        return 'C' + R.choice('ABCDEFGHJKLMN') + digits(7, '0123456789')
    return R.choice('HM') + digits(8, '0123456789')  # 回乡证


def tw_permit():
    if R.random() < 0.5:
        return 'L' + digits(8, '0123456789')
    return digits(8, '0123456789')  # 台胞证 8 digits


def ss_number():
    k = R.random()
    if k < 0.4:
        return digits(9, '6')  # Shenzhen 社保电脑号
    if k < 0.7:
        return R.choice('ABCDEFGHJKLMNPQ') + digits(8, '0123456789')  # 社会保障卡卡号
    return safe_digits(12)  # 公积金个人账号


SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃')
SURN2 = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容', '皇甫']
GIVEN = list('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅玉兰文辉浩然子涵雨欣梓萱宇轩一诺思远晓东春生德福国庆海燕佳怡')
MINZU = ['阿依古丽·买买提', '艾力·吐尔逊', '扎西次仁', '格桑卓玛', '巴特尔', '热依汗古丽', '阿卜杜热合曼·艾则孜', '央金拉姆',
         '乌云其木格', '木合塔尔·阿不都']


def cn_name():
    r = R.random()
    if r < 0.06:
        return R.choice(MINZU)
    s = R.choice(SURN2) if r < 0.14 else R.choice(SURN)
    g = R.choice(GIVEN) + (R.choice(GIVEN) if R.random() < 0.65 else '')
    return s + g


PINYIN_S = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Lin', 'Guo', 'He', 'Ma']
PINYIN_G = ['Wei', 'Fang', 'Xiuying', 'Jianguo', 'Haiyan', 'Zihan', 'Yuxuan', 'Min', 'Lei', 'Jing', 'Tao', 'Xiaodong']
WEST = ['John Smith', 'Maria Garcia', 'Daniel Müller', 'Anna Kowalski', 'Kenji Tanaka', 'Kim Min-jun',
        'Olivia Brown', 'Ahmed Hassan', 'Nguyen Van An', 'Priya Sharma', "Sean O'Brien", 'Lucas Oliveira',
        'Sophie Martin', 'Ivan Petrov', 'Fatima Al-Sayed', 'Thomas Becker', 'Emily Clarke', 'Raj Patel',
        'Chloe Dubois', 'Mohammed Rahman', 'Park Ji-woo', 'Liam Wilson', 'Elena Rossi', 'Hiroshi Sato']


def en_name():
    if R.random() < 0.35:
        return R.choice(PINYIN_S) + ' ' + R.choice(PINYIN_G)
    return R.choice(WEST)
