"""More shapes of personal data: numbers corrected or split across clauses, self-introductions in dialects
and in other languages, a name given with its alias, Taiwan ID numbers (their check letter), and ordinary
look-alikes that must survive (error codes, plates, credit codes, VINs, dates in every format).

Sentences written for this file (not from any evaluation set). Hall numbers of the tests: none.
"""

from __future__ import annotations

import pytest

from kiosk.privacy import ID_LABEL, NAME_LABEL, PHONE_LABEL, mask_pii

PUBLIC = frozenset({"075526998100", "26998100"})


@pytest.mark.parametrize(
    ("text", "pii"),
    [
        # numbers corrected, spoken, or split across clauses
        ("我手机是138 0013 8000，不对，是139 0013 8000", ["138 0013 8000", "139 0013 8000"]),
        ("手机幺三八零零幺三八零零零，哦说错了，幺三九零零幺三八零零零", ["幺三八零零幺三八零零零", "幺三九零零幺三八零零零"]),
        ("电话一三八，呃，零零一三，八零零零", ["零零一三", "八零零零"]),
        ("手机号前三位138，中间四位0013，后四位8000", ["0013", "8000"]),
        ("我手机号是138，0013，8000", ["0013", "8000"]),
        ("身份证前六位是110105，后面是199003072514", ["110105", "199003072514"]),
        ("call me on 139-0013-8000, sorry, 139-0013-8001", ["139-0013-8000", "139-0013-8001"]),
        # Taiwan ID numbers (a letter, 1 or 2, eight digits; the check digit holds)
        ("身分证字号B234567812", ["B234567812"]),
        ("我的身份證統一編號是 F131104093", ["F131104093"]),
        # an international mobile with its country code
        ("手机 +886 912 345 678", ["+886 912 345 678"]),
        ("韩国手机号 +82 10-2345-6789", ["+82 10-2345-6789"]),
    ],
)
def test_numbers_in_hard_shapes_are_masked(text: str, pii: list[str]) -> None:
    """No digit string of the personal numbers survives."""
    masked = mask_pii(text, PUBLIC)
    for item in pii:
        assert item not in masked, masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("俺叫王二柱，来办低保", ["王二柱"]),
        ("额叫李建军，陕西来的", ["李建军"]),
        ("咱叫刘铁柱，问一下养老保险", ["刘铁柱"]),
        ("阿拉叫张国华，想问退休", ["张国华"]),
        ("我姓王名小明", ["小明"]),
        ("我姓欧阳，名叫欧阳晓岚", ["欧阳晓岚"]),
        ("我是赵丽华啦，昨天打过电话", ["赵丽华"]),
        ("我是林建宏喔，要办台胞证", ["林建宏"]),
        ("我是台胞陈秀琴，来换证", ["陈秀琴"]),
        ("我是退休职工刘桂兰，来认证", ["刘桂兰"]),
        ("我是香港居民黄家豪", ["黄家豪"]),
        ("我是王大明阿伯的儿子", ["王大明"]),
        ("我屋里那个叫钱秀英，她来不了", ["钱秀英"]),
        # Korean, Japanese, Vietnamese, Russian names
        ("我叫金敏俊，韩国人，来办居留", ["金敏俊"]),
        ("我是韩国人，名字叫朴智妍", ["朴智妍"]),
        ("제 이름은 김민준입니다", ["김민준"]),
        ("저는 이서연이에요, 비자 문의", ["이서연"]),
        ("我叫田中一郎，日本来的", ["田中一郎"]),
        ("私の名前は佐藤健です", ["佐藤健"]),
        ("山本と申します、在留カードの件です", ["山本"]),
        ("Tôi tên là Nguyễn Văn Hùng, tôi cần gia hạn visa", ["Nguyễn Văn Hùng"]),
        ("我叫阮氏红，越南人", ["阮氏红"]),
        ("Меня зовут Алексей Иванов", ["Алексей Иванов"]),
        ("Я Наталья Смирнова, мне нужна виза", ["Наталья Смирнова"]),
        # a name with its alias, in either order
        ("我叫王伟（Wang Wei），护照上是拼音", ["王伟", "Wang Wei"]),
        ("我的英文名叫Jack Chen，中文名陈家杰", ["Jack Chen", "陈家杰"]),
        ("My name is David Lee, Chinese name 李大为", ["David Lee", "李大为"]),
        ("我叫Lisa，中文名字叫王丽莎", ["王丽莎"]),
        ("中文名字何美兰，英文名Mary Ho", ["何美兰", "Mary Ho"]),
    ],
)
def test_names_in_hard_shapes_are_masked(text: str, names: list[str]) -> None:
    """Each name given is replaced."""
    masked = mask_pii(text, PUBLIC)
    for name in names:
        assert name not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "自助机报错 0x80004005，怎么办",
        "错误代码0xC0000005，打印不出来",
        "提示 error 0x8007045D",
        "发票号码04412345，发票代码144031900111",
        "快递单号SF7719304582216到了没有",
        "车牌粤B12345的违章在哪里处理",
        "新能源车牌粤BD12345，京A·88888也是我家的",
        "统一社会信用代码91440300MA5FXXXX1X",
        "车架号LSVAM4187C2184652，要办转籍",
        "日期写2025/12/03还是2025.12.03",
        "生日那栏写19900307吗",
        "有效期20251201-20301201",
        "时间是2025-12-01 09:00到12:00",
        "03/12/2025 这个日期格式对吗",
        "二〇二五年十二月三日来的",
        "IP是192.168.1.100，打印机连不上",
        "系统版本10.0.19045.3693",
        "ISBN 978-7-115-42814-3 这本书",
        "高铁G1234次下午3点到",
        "我是二〇一九年毕业的",
        "我是来办事的，叫号叫到A023了",
        "我是退休职工，来认证",
        "我是台胞，来换证",
        "额，叫号了吗",
        "俺是外地的，能办吗",
        "私は外国人です、ビザの相談です",
        "저는 한국 사람이에요",
    ],
)
def test_look_alikes_survive(text: str) -> None:
    """Codes, plates, dates and roles that are not personal stay as they are."""
    assert mask_pii(text, PUBLIC) == text


def test_taiwan_id_and_mobile_labels() -> None:
    """A Taiwan ID with a valid check digit is an ID number; a Taiwan mobile (09…) is a mobile."""
    assert mask_pii("身分证B234567812", PUBLIC) == f"身分证{ID_LABEL}"
    assert mask_pii("手机0921-456-789", PUBLIC) == f"手机{PHONE_LABEL}"
    assert mask_pii("手机 +886 912 345 678", PUBLIC) == f"手机 {PHONE_LABEL}"
    assert mask_pii("我是林建宏喔", PUBLIC) == f"我是{NAME_LABEL}喔"


@pytest.mark.parametrize(
    ("text", "pii"),
    [
        ('my number is one three eight zero zero one three eight zero zero zero', ['one three eight zero zero one three eight zero zero zero']),
        ('我电话是 138 0013 8000 转 123', ['138 0013 8000']),
        ('我叫 Nguyễn Thị Mai，越南来的', ['Nguyễn Thị Mai', 'ễn Thị Mai']),
        ('我叫金正浩，韩国名字김정호', ['김정호']),
        ('王老师您好，我是刘洋的家长', ['刘洋']),
        ('我係陳大文，想問下點樣續證', ['陳大文']),
        ('我個名叫陳大文', ['陳大文']),
        ('Ich heiße Hans Müller und brauche ein Visum', ['Hans Müller']),
        ("Je m'appelle Marie Dubois", ['Marie Dubois']),
        ('Me llamo Juan García, necesito ayuda', ['Juan García']),
        ("I'm Nguyễn Văn An, from Vietnam", ['Nguyễn Văn An']),
        ('我是玛丽亚·伊万诺娃', ['玛丽亚·伊万诺娃']),
        ('我叫Anna，俄罗斯人，中文名安娜', []),
        ('手机号码：壹叁捌零零壹叁捌零零零', ['壹叁捌零零壹叁捌零零零']),
        ('我老婆手机是139，零零一三，八零零零', ['零零一三']),
        ('我的身份证号110105，1990，0307，2514', ['0307']),
        ('电话号码是138 0013 8000还是138 0013 8001我记不清了', ['138 0013 8000', '138 0013 8001']),
        ('社保卡号码1234567890', ['1234567890']),
        ('QQ号123456789', ['123456789']),
        ('这是我闺女，叫陈思琪', ['陈思琪']),
        ('俺是张大山，从河南来', ['张大山']),
        ('我姓王，名叫王小二', ['王小二']),
        ('申请人：张三；联系人：李四，电话13800138000', ['张三', '李四', '13800138000']),
        ('我是林美玲的妈妈', ['林美玲']),
        ('I am Kim Ji-woo, my passport is M12345678', ['Kim Ji-woo', 'M12345678']),
        ('my Korean name is 김지우', ['김지우']),
        ('我是台湾来的王建民啦', ['王建民']),
        ('我是外籍人士约翰·史密斯', ['约翰·史密斯']),
    ],
)
def test_more_languages_and_shapes_are_masked(text: str, pii: list[str]) -> None:
    """Spoken English digits, a Vietnamese name's letters, Hangul after a name's label, Cantonese 我係 / 我個名叫,
    German, French and Spanish self-introductions, 的家长, a name after 我是…来的 and a particle."""
    masked = mask_pii(text, PUBLIC)
    for item in pii:
        assert item not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        'UUID 550e8400-e29b-41d4-a716-446655440000 这个是什么',
        '房产证号 粤(2025)深圳市不动产权第0123456号',
        '时间戳20251203093000',
        '有效期2020.05.01-2040.05.01',
        '日期 2025-12-03T09:30 可以吗',
        'MAC地址 00:1A:2B:3C:4D:5E',
        '营业执照注册号440301103456789',
        '版本号V2.3.1145',
        '我是上海人，阿拉是来办居住证的',
        '我是刘洋推荐过来的吗',
        '订单号2025120312345678',
        'Dec 3, 2025 at 9:30',
        '错误码-2147024891',
        '报错代码 E0x3F2A 怎么处理',
        '邮编518000',
        '车牌 粤B·12345 违章',
        '我叫号叫了半天',
        '那个叫什么来着',
        '这个叫号机坏了',
        '额，那个叫号的地方在哪',
        '我是台湾来的，想办台胞证',
        '我是退休的，来领养老金',
        '私は学生です',
        '저는 학생이에요',
        'Я студент, мне нужна справка',
    ],
)
def test_more_look_alikes_survive(text: str) -> None:
    """A UUID, a property certificate, timestamps and dates, a MAC address, a register number, roles."""
    assert mask_pii(text, PUBLIC) == text


def test_a_line_of_the_halls_switchboard_block_is_kept_only_when_offered_as_the_halls() -> None:
    """Another line of a published number's block (its fax: the last two digits differ) is the hall's own
    when the visitor offers it as the hall's (its fax, 你们大厅); given as the visitor's own line (我们公司,
    单位座机) or with nothing saying whose, it is masked like any landline; a number further away too."""
    public = frozenset({"047188325500"})
    assert mask_pii("传真是0471-8832 5501吗", public) == "传真是0471-8832 5501吗"
    assert mask_pii("你们大厅是0471-8832 5500还是0471-8832 5502", public) == "你们大厅是0471-8832 5500还是0471-8832 5502"
    assert mask_pii("我家电话0471-8832 1234", public) == "我家电话[电话]"
    assert mask_pii("单位座机0471-8832 5503，我们公司离你们很近", public) == "单位座机[电话]，我们公司离你们很近"
    assert mask_pii("联系电话0471 8832 5509", public) == "联系电话[电话]"
    assert mask_pii("我的传真是0471-8832 5501", public) == "我的传真是[电话]"


@pytest.mark.parametrize(
    "text",
    [
        "wo de shou ji hao shi yaosanbalinglingyaosanbalinglingling",
        "手机号yaosanba lingling yaosan balinglingling",
        "my number is one three eight zero zero one three eight zero zero zero",
    ],
)
def test_glued_pinyin_and_english_digits_are_masked(text: str) -> None:
    """Digits spoken in pinyin glued into words, or in English, leave no spoken number behind."""
    masked = mask_pii(text, PUBLIC)
    assert "yaosan" not in masked and "balingling" not in masked and "three eight" not in masked, masked


@pytest.mark.parametrize(
    "text",
    ["I bought a Wuling car and saw Liu Yi at the bank", "Liu Yi Ba Jiu Wu", "I have one or two questions about three forms"],
)
def test_pinyin_words_that_are_not_numbers_survive(text: str) -> None:
    """A few pinyin or English digit words, too few for a number, stay."""
    assert mask_pii(text, PUBLIC) == text


@pytest.mark.parametrize(
    ("text", "pii"),
    [
        ('俺叫赵铁蛋，来问低保', ['赵铁蛋']),
        ('咱叫孙秀兰，六十八了', ['孙秀兰']),
        ('我是罗桂芳哈，上次来过', ['罗桂芳']),
        ('我是侨胞黄国梁，从马来西亚回来', ['黄国梁']),
        ('我是残疾人周小勇，来办补贴', ['周小勇']),
        ('我是新市民何俊杰', ['何俊杰']),
        ('我是郑大海叔叔的侄女', ['郑大海']),
        ('저는 박서준입니다, 외국인등록 문의', ['박서준']),
        ('제 이름은 최유나예요', ['최유나']),
        ('私は鈴木一郎と申します', ['鈴木一郎']),
        ('名前はグエン・ティ・ランです', ['グエン・ティ・ラン']),
        ('Tên tôi là Trần Thị Lan', ['Trần Thị Lan']),
        ('Меня зовут Дмитрий Кузнецов, паспорт 751234567', ['Дмитрий Кузнецов', '751234567']),
        ('我叫李珊（Li Shan）', ['Li Shan']),
        ('My name is Tom Zhang (张涛)', ['张涛']),
        ('英文名Kevin，中文名字叫许志豪', ['许志豪']),
        ('手机是135 1234 5678，哦不，135 1234 5679', ['135 1234 5678', '135 1234 5679']),
        ('电话号码前面是139，后面是1234 5678', ['1234 5678']),
        ('身份证号码前六位440106，中间八位19850612，后四位3917', ['19850612', '3917']),
        ('yao san jiu yao er san si wu liu qi ba', ['yao san jiu yao er san si wu liu qi ba']),
        ('我手机 +852 6123 4567，香港的', ['6123 4567']),
        ('台湾手机0933-123-456', ['0933-123-456']),
        ('身分證號碼A234567890', ['A234567890']),
        ('我额叫马建国', []),
        ('阿拉叫陆文龙，上海人', ['陆文龙']),
        ('额叫王宝强，额是陕西的', ['王宝强']),
    ],
)
def test_a_later_batch_of_the_same_shapes_is_masked(text: str, pii: list[str]) -> None:
    """A batch written after the rules above (24 of 26 passed before its two fixes: a katakana name with ・
    longer than eight characters, an ID misspoken in ordered pieces)."""
    masked = mask_pii(text, PUBLIC)
    for item in pii:
        assert item not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        '错误代码 0x0000007B 蓝屏了',
        '设备ID 123e4567-e89b-12d3-a456-426614174000',
        '网关192.168.0.1连不上',
        '发票代码144032509110，发票号码12345678',
        '快递单号YT7512345678901',
        '车牌号沪A·D12345',
        '统一社会信用代码92440300MA5G123456',
        '日期是2025年12月03日',
        '12/03/2025到期',
        '2025-12-03 14:30 的号',
        '我是残疾人，来办补贴',
        '我是侨胞，从马来西亚回来',
        '저는 외국인입니다',
        '僕は学生です',
        '这个叫什么名字',
        '那个叫号的大屏不亮',
        '我是新来的，不太懂',
        'Tôi là sinh viên',
    ],
)
def test_a_later_batch_of_look_alikes_survives(text: str) -> None:
    """Error codes, device ids, a gateway, invoices, plates, credit codes, dates and roles stay."""
    assert mask_pii(text, PUBLIC) == text


def test_a_korean_mobile_is_a_mobile_and_a_beijing_landline_stays_one() -> None:
    """010-xxxx-xxxx is a Korean mobile when its clause says mobile or Korea; otherwise a Beijing landline."""
    assert mask_pii("韩国手机010-2345-6789", PUBLIC) == f"韩国手机{PHONE_LABEL}"
    assert mask_pii("010-3928-4416 (Korea mobile)", PUBLIC) == f"{PHONE_LABEL} (Korea mobile)"
    assert mask_pii("我家座机010-8765 4321，我手机13800138000", PUBLIC) == f"我家座机[电话]，我手机{PHONE_LABEL}"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("我家里座机5128 3476，白天没人", "我家里座机[电话]，白天没人"),
        ("Home phone: 3845-1190", "Home phone: [电话]"),
        ("社保卡号是40917263", "社保卡号是[号码]"),
        ("her passport number is 613920458, Canadian", "her passport number is [证件号], Canadian"),
        ("臺胞證號碼31876524，麻煩了", "臺胞證號碼[证件号]，麻煩了"),
        ("MTP number 07281953", "MTP number [证件号]"),
        ("身份证三二零幺零六幺九八七零四幺二幺零五艾克斯对吧", "身份证[身份证号]对吧"),
        ("身份证11010819760923109x 最后是小写的x", "身份证[身份证号] 最后是小写的x"),
        ("我手机008615912345678", "我手机[手机号]"),
    ],
)
def test_labels_name_the_kind(text: str, masked: str) -> None:
    """A local landline its clause calls a phone is [电话]; a document's number after its label (also in English
    or traditional characters) is [证件号]; an ID whose check letter is spoken (艾克斯, 小写的x) is one ID with
    nothing of it left; a mobile after 0086 is a mobile."""
    assert mask_pii(text, PUBLIC) == masked


@pytest.mark.parametrize(
    ("text", "pii"),
    [
        ('我是低保户韩建军，来年审', ['韩建军']),
        ('我是建档立卡户潘小红', ['潘小红']),
        ('我是退役军人罗志刚，来办优待证', ['罗志刚']),
        ('我是外卖员邓小龙，电动车上牌', ['邓小龙']),
        ('我是曾建华嘛，你们打过电话给我', ['曾建华']),
        ('我是蔡明亮咧，上次那个', ['蔡明亮']),
        ('这位叫孟庆丰，是我的邻居', ['孟庆丰']),
        ('俺娘叫翟桂英，八十了', ['翟桂英']),
        ('咱爹叫牛满仓', ['牛满仓']),
        ('我姓谭名志远', ['志远']),
        ('저는 정하늘입니다', ['정하늘']),
        ('제 이름은 윤서아이고요, 비자 연장하려고요', ['윤서아']),
        ('わたしは高橋美咲です', ['高橋美咲']),
        ('ワンと申します、中国の方です', ['ワン']),
        ('Tôi là Phạm Minh Tuấn, tôi muốn hỏi', ['Phạm Minh Tuấn']),
        ('Меня зовут Ольга', ['Ольга']),
        ('Я Сергей Волков', ['Сергей Волков']),
        ('Mein Name ist Anna Schmidt', ['Anna Schmidt']),
        ('我叫马克（Mark Davis），美国人', ['Mark Davis']),
        ('Chinese name is 吴家明, English name Kevin Ng', ['吴家明', 'Kevin Ng']),
        ('手机一五九，不是，一八九，零零二三，四五六七', ['零零二三', '四五六七']),
        ('电话是159 0023 4567，刚才说错了', ['159 0023 4567']),
        ('身份证最后四位是1234，前面是51010219800101', ['51010219800101']),
        ('手机号的后八位是0023 4567，前三位189', ['0023 4567']),
        ('yao ba jiu ling ling er san si wu liu qi', ['yao ba jiu ling ling er san si wu liu qi']),
        ('Taiwan ID C234567897', ['C234567897']),
    ],
)
def test_a_fourth_batch_is_masked(text: str, pii: list[str]) -> None:
    """Written after the rules above (21/26 passed before its fixes: a role ending in 户/人 before the name,
    咱爹叫, Vietnamese "tôi là", a given name ending in 刚)."""
    masked = mask_pii(text, PUBLIC)
    for item in pii:
        assert item not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        '我是低保户，来年审',
        '我是外卖员，电动车上牌',
        '这位叫什么来着',
        '我是建档立卡户吗',
        '那个叫王府井的地方怎么走',
        '저는 중국어를 조금 해요',
        '私は日本人です',
        'わたしは大丈夫です',
        'Я не понимаю',
        'Mein Name ist falsch geschrieben',
        '我是退役军人，来办优待证',
        '版本 3.10.12 装不上',
        '错误 0x800F081F',
        '订单 2025120398765432 退款',
        '工单号GD-2025-000123',
        '车牌京N·F1234',
        '信用代码 12440300MB2C12345X',
        '生日 1985-06-12',
        '12月3号下午3点半',
        '我的排队号是A105，前面还有12人',
        '等了35分钟',
        'IMEI码在包装盒上',
        '我是老街坊了',
        '我是第一次来',
    ],
)
def test_a_fourth_batch_of_look_alikes_survives(text: str) -> None:
    """Roles without a name, 私は大丈夫です (not a name: after 私は…です only katakana or a common surname)."""
    assert mask_pii(text, PUBLIC) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("身份证44030619720815118l 对吗", "身份证[身份证号] 对吗"),
        ("回乡证号码H.1927.3804", "回乡证号码[证件号]"),
        ("passport E.4410.2958 please", "passport [证件号] please"),
    ],
)
def test_nothing_of_a_number_is_left_beside_it(text: str, masked: str) -> None:
    """A final 1 typed as l, and a permit's letter before a dot, go with the number."""
    assert mask_pii(text, PUBLIC) == masked


@pytest.mark.parametrize(
    ("text", "pii"),
    [
        # a dictated number with the speaker's fillers, English digit words grouped by commas, a number's tail
        ("手机号是幺五九 嗯 零零二一 呃 七七六五", ["幺五九 嗯 零零二一 呃 七七六五"]),
        ("my mobile is one five nine, zero zero two one, seven seven six five", ["one five nine, zero zero two one, seven seven six five"]),
        ("身份证后八位是03072514，前面我记不清了", ["03072514"]),
        # 額 (traditional) as "I", a kin word opening a clause before a full name, "我是她…" + kin + name
        ("額叫党永红，从榆林来的", ["党永红"]),
        ("额爸叫贺建军，他腿脚不好", ["贺建军"]),
        ("我叫冯丽，儿子冯子豪身份证也带了", ["冯丽", "冯子豪"]),
        ("我来帮我妈问，我是她女儿邹小敏", ["邹小敏"]),
        # a name with its Latin alias after a comma or a space; Korean 이름은 at the start, a Chinese name in Korean
        ("我叫欧嘉豪，Kelvin Au，在香港出生", ["欧嘉豪", "Kelvin Au"]),
        ("我叫麥穎詩 Cherry Mak，想问回乡证", ["麥穎詩", "Cherry Mak"]),
        ("이름은 최수민이고 학생이에요", ["최수민"]),
        ("제 중국 이름은 朴美兰이에요", ["朴美兰"]),
    ],
)
def test_fillers_tails_dialect_kin_and_aliases_are_masked(text: str, pii: list[str]) -> None:
    masked = mask_pii(text, public=PUBLIC)
    for item in pii:
        assert item not in masked, masked


@pytest.mark.parametrize(
    "text",
    ["이름은 뭐예요?", "我是她老公，来帮她问", "女儿今天没来，我替她办", "我叫王伟, Thanks a lot", "one, two, three things to ask",
     "APP一直报错 302-4417，怎么办", "页面底部有个京ICP备20231234号-2", "错误代码：10046211", "it says error code 500-7788"],
)
def test_fillers_and_kin_look_alikes_survive(text: str) -> None:
    assert mask_pii(text, public=PUBLIC).replace(NAME_LABEL, "") == text.replace("王伟", "")
