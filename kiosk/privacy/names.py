"""Names a visitor gives in a self-introduction: "我叫张三", "我姓王", "我妈妈叫李秀英", "my name is Dan Lee".

Only names *given* after such a cue are masked (the kiosk has no list of people): a Chinese name is a
common surname and one or two more characters (three with a compound surname), cut before words
that cannot be part of a name (的, 了, 想, 要, 身份证…); after an explicit cue (我叫, 名字是, my name is)
any two to four characters standing alone; after 我是/本人 a name without a common surname only when
every character is one transliterated names are spelled with (格桑, 巴雅尔, 热依拉), and never a role
or an origin (我是研究生, 我是揭阳人). An English or pinyin name is one to three words after "my name is",
"I'm", "call me", "wo jiao"…, capitalised unless the cue is explicit and the word is pinyin. A name opening a record line before a
personal field ("沈佳宜，4401…", "Sarah Johnson, US passport …") and a Russian self-introduction
("Меня зовут …", "Я Имя Фамилия") are names too; so are names after "I" in dialects (俺/咱/额/阿拉叫, 我係),
after a role or status (我是台胞林志明, 我是退休职工…), a name's alias in brackets or after 中文名/英文名, and
Korean (제 이름은…), Japanese (…と申します), Vietnamese (tôi tên là…), German, French and Spanish
self-introductions; a form's example ("示例名字是张三") is no one's. Without a cue, a full name an errand is for
("帮我查下孙丽华的材料", "给陈志强补一张身份证": three characters of a common surname and given-name characters, then
the errand or 的 + a personal record), a name's wrong spelling set right ("我叫林静，不是林晶", "不是王芳是王方"),
and a name spelled with spaces between its characters ("本人：李 建 国").
"""

from __future__ import annotations

import re

NAME_LABEL = "[姓名]"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # with Vietnamese (Nguyễn, Hùng)
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u01b0\u1ea1-\u1ef9"

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧冼蔺晁邰钮"
    "洪赖阎储郁冀鞠荆谈况湛闻宣封芮井乌巴弓牧班厉戎祖束幸薄宿鄂索屠胥贡劳扶郦雍寿燕浦慕茹鱼戈庾匡禄阙蔚勾巢"
    "逯桓邸阚扈濮郜逄亓茅漆揭笪谌练邴危战惠荀滑嵇仝晋靖凤粟植钦雒仉暴佴訾旷税乐朴衣"
    "奚"
    # traditional forms (Hong Kong, Macau, Taiwan visitors)
    "陳劉張黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯傅楊聶莊顏龐樊溫喬倪戴賴閻鄺儲麥關歐駱鄔區"
)  # fmt: skip
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "西门",
    "夏侯", "端木", "独孤", "南宫", "万俟", "轩辕",
)
# Characters that end a name: function words, verbs and nouns a sentence goes on with.
_STOP = set(
    "們來補辦證號個這那麼為員還與從給讓說問麼嗎"
    "的了想要来在是今现我你他她它们身手办丢补请刚能需和与跟住从到去把被给让叫姓说问"
    "找啊呀吧呢吗嘛哦噢，。！？、,.!?；;：: 就也都还又已曾将该应得着过个位女男"
    "今昨年日号岁里这那哪什怎么为因所以但而且或如果户口证卡件照表地"
)  # fmt: skip
# Words that begin with a surname character but are not names ("我是高中生", "我是外地人").
_NOT_NAMES = (
    "高中", "高龄", "高三", "黄牛", "周末", "方便", "安全", "成年", "老人", "老年", "万一", "华侨", "明天", "明年",
    "时候", "单位", "单身", "文盲", "和平", "关于", "连续", "于是", "全家", "全部", "应该", "常住", "路过", "尚未",
    "向您", "申请", "商户", "党员", "车主", "宁可", "司机", "房东", "房主", "农民", "农村", "古代", "吉林", "江西",
    "江苏", "湖南", "广东", "武汉", "宁夏", "云南", "贵州", "甘肃", "安徽", "山东", "石家庄", "包头", "长沙", "温州",
    "常州", "金华", "台湾", "香港", "澳门", "齐全", "简单", "任何", "于今", "向前", "向左", "向右", "向后", "向东",
    "向西", "向南", "向北",
    # words a 申请人/联系人/我是 phrase goes on with
    "关系", "范围", "方式", "方面", "程序", "程度", "时间", "项目", "周一", "周二", "周三", "周四", "周五", "周六",
    "周日", "周岁", "马上", "马路", "余额", "毛病", "严重", "曾经", "成功", "管理", "费用", "江湖", "石头",
)

_RELATIVES = "|".join(
    (
        "妈妈", "爸爸", "母亲", "父亲", "老公", "老婆", "丈夫", "妻子", "爱人", "孩子", "儿子", "女儿", "爷爷", "奶奶",
        "外公", "外婆", "姥姥", "姥爷", "哥哥", "姐姐", "弟弟", "妹妹", "朋友", "同事", "老板", "家人", "亲戚", "孙子",
        "孙女", "公公", "婆婆", "岳父", "岳母", "委托人", "代理人", "申请人", "当事人", "法人",
    )
)
_KIN_WORDS: tuple[str, ...] = (
    # parents, spouses, children, grandparents
    "妈妈", "爸爸", "母亲", "父亲", "老妈", "老爸", "老娘", "老爹", "妈", "爸", "娘", "爹", "老公", "老婆", "丈夫",
    "妻子", "爱人", "先生", "太太", "媳妇儿", "媳妇", "老伴儿", "老伴", "对象", "男朋友", "女朋友", "男友", "女友",
    "未婚夫", "未婚妻", "孩子", "小孩", "儿子", "女儿", "闺女", "宝宝", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷",
    "祖父", "祖母", "外祖父", "外祖母", "太爷爷", "太奶奶",
    # siblings and the wider family
    "哥哥", "姐姐", "弟弟", "妹妹", "大哥", "大姐", "二哥", "二姐", "小弟", "小妹", "哥", "姐", "弟", "妹", "舅舅",
    "舅妈", "姑姑", "姑父", "姑妈", "姨妈", "姨父", "小姨", "叔叔", "婶婶", "伯伯", "伯父", "伯母", "大伯", "表哥",
    "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "侄子", "侄女", "外甥女", "外甥", "孙子", "孙女",
    "外孙女", "外孙", "公公", "婆婆", "岳父", "岳母", "丈人", "丈母娘", "儿媳妇", "儿媳", "女婿", "嫂子", "弟媳",
    "姐夫", "妹夫", "家人", "亲戚",
    # regional words for the same people (Sichuan/Chongqing, Minnan/Taiwan, Cantonese, Wu)
    "老汉儿", "老汉", "老妈儿", "幺儿", "幺妹", "阿嬷", "阿嫲", "阿公", "阿妈", "阿母", "阿爸", "阿爹", "阿伯", "阿姆",
    "老豆", "老母", "阿爷", "阿婆", "姆妈", "老头子", "老太婆",
    # Wu (Shanghai, Suzhou, Hangzhou): 新妇 daughter-in-law, 爷叔 uncle, 伢儿 child, 囡囡 daughter, 娘舅 uncle
    "新妇", "爷叔", "伢儿", "小伢儿", "囡囡", "囡儿", "娘舅", "好婆", "老娘舅", "大阿哥", "阿姐", "阿妹",
)  # fmt: skip
_ASSOCIATES = ("朋友", "同学", "同事", "室友", "邻居", "老板", "领导", "客户", "员工")
"""People a visitor acts for who are not family (我同事叫…; "我是华为的员工" names no one)."""
_FAMILY = "|".join(sorted(set(_KIN_WORDS), key=len, reverse=True))
_KIN_WORDS += _ASSOCIATES
_KIN_ALL = "|".join(sorted(set(_KIN_WORDS), key=len, reverse=True))
"""Every kin word after 我/俺 (我妈, 我老伴, 俺娘, 我表哥…), longest first."""
_KIN_LONG = "|".join(w for w in sorted(set(_KIN_WORDS), key=len, reverse=True) if len(w) >= 2 and w not in ("先生", "太太"))
"""The kin words that name a relative without 我 before them (孩子爸爸叫…, 老婆叫…)."""
# People a sentence names without a kin word: "户主叫…", "老人叫…", "新生儿叫…", "死者叫…".
_PERSON_NOUNS = "户主|老人家|老人|老太太|老爷子|老先生|小朋友|学生|新生儿|婴儿|小宝宝|宝宝|小孩|孩子|死者|逝者|病人|患者|当事人|本人|申请人|委托人|受托人|代理人"
# 我/俺 or 我妈/俺娘/孩子他爸 (+ 的 + 名字…) + a time (以前, 现在) + 叫: a name follows at once
_NAMING_TIME = r"(?:现在|以前|原来|原先|之前|本来|曾经|后来|从前|过去|小时候|一直|都|也|就)?"
_KIN_CUE = re.compile(
    rf"(?:(?:我|俺|咱|阿拉|额|額|偶)(?:的|家|家的|家里的)?(?:{_KIN_ALL})|(?:{_KIN_LONG})|(?<![\u4e00-\u9fff])(?:{_PERSON_NOUNS})|"
    rf"(?:孩子|小孩|宝宝)(?:他|她)?(?:爸爸|妈妈|爸|妈))"
    rf"(?:的)?{_NAMING_TIME}(?:的)?(?:(?:名字|姓名|全名|大名|真名|本名|小名|乳名)(?:叫做|叫|是|为)?\s*[:：]?|叫做|名叫|叫)\s*"
)
# 我 + a time + 叫 ("我以前叫…", "我现在叫…"), and "I" in dialects (俺叫, 咱叫, 额叫 in Shaanxi, 阿拉叫 in
# Shanghai, 偶叫, 吾叫): a name of one's own
_SELF_CUE = re.compile(rf"(?:我|俺|咱|额|額|阿拉|偶|吾){_NAMING_TIME}(?:叫做|名叫|叫)(?![我你他她号了过])\s*")
# 他叫…, 叫我…, 称呼我…: a name with a common surname, standing alone
_OTHER_CUE = re.compile(
    rf"(?:他|她|那个|这个|那位|这位){_NAMING_TIME}(?:叫做|名叫|叫)\s*|(?:叫|称呼|喊)(?:我|俺)\s*"
)
_KIN_START = re.compile(rf"(?:{_RELATIVES}|{_KIN_ALL}|家里|小名|大名|名字|全名|外号|全称)")
_FILLERS = r"(?:(?:那个|这个|就是|呃|嗯|额)\s*)*"
_EXPLICIT_ZH = r"我叫|我(?:個|个)名(?:字)?(?:叫做|叫|係|系|是)|(?:本人|我的?)姓名(?:是|为|叫)?\s*[:：]?|我的名字(?:是|叫)\s*[:：]?|名字(?:(?:是|叫)\s*[:：]?|\s*[:：]|\s?(?=[A-Z][a-z]+ [A-Z][a-z]+))|(?:英文|中文|拼音|外文|汉语|华文)名(?:字)?(?:是|叫)\s*[:：]?|姓名(?:是|为|叫)?\s*[:：]?|名叫|全名(?:是|叫)?\s*[:：]?"
_ZH_CUE = re.compile(
    rf"(?:{_EXPLICIT_ZH}|本人(?:叫|是)|我姓(?!名)|免贵姓|(?:英文|中文|拼音|外文|汉语|华文|韩文|韩国|日文|日本|越南|俄文|俄罗斯)名(?:字)?\s*[:：]?|"
    rf"(?:{_RELATIVES})(?:叫|名叫|的名字(?:叫|是))|(?:申请人|联系人|户名|开户名|持卡人|收件人|经办人|代办人|办理人|委托人|受托人|被监护人|原名|曾用名|现用名)(?:是|叫|为)?\s*[:：]?|本人\s*[:：]|"
    rf"(?:家长|签名|签字|户主|监护人|法人代表|法定代表人|负责人|委托人|受托人|代理人|患者|乘车人|寄件人|取件人)\s*(?:是|为|[:：])|"
    rf"我(?:妈|爸|老妈|老爸|媳妇|闺女|老伴)(?:叫|名叫)|"
    rf"叫做|(?:^|(?<=[，,。\s])){_NAMING_TIME}叫|(?<=姓[\u4e00-\u9fff])叫|(?<=姓[\u4e00-\u9fff]{{2}})叫)\s*{_FILLERS}"
)
_EXPLICIT_ZH_CUE = re.compile(rf"^(?:{_EXPLICIT_ZH})")
# after 我是 + a name, what may follow: the next phrase ("我是张伟手机号…", "我是王芳本人", "我是刘明啊")
_AFTER_SOFT_NAME = set("我想要来手电身证号办啊呀呢吧哈本啦喔哦嘛咯噢哟嘞咧")
_FUNCTION_WORDS = set(
    "的了过着是在和与跟把被给让叫说问想要来去到也都就还又已不没很太再才只有无吗呢吧啊呀嘛哦噢，。！？、,.!?；;：: "
)  # fmt: skip
_NOT_BARE_START = _FUNCTION_WORDS | set("号车人外这个什怎一几我你您他她它栏啥谁哪多写请填签按")
# Characters Tibetan, Mongolian, Uyghur, Kazakh… names are transliterated with (扎西, 格桑卓玛, 巴特尔,
# 其其格, 热依拉, 艾尔肯): a name of these alone, after 我是/本人, is a name even without a common surname.
_TRANSLITERATION = set(
    "扎西次仁卓玛格桑央金拉姆达瓦尼多吉旦增措顿珠洛强巴索朗德普布边曲珍琼青益嘉罗贡丹群培米嘎宗"
    "乌兰图雅其尔朝鲁斯琴娃额敦音哈阿坦敖登萨孟赛罕毕勒依古丽买提热艾肯吐逊努卜杜曼帕迪娜木克塔沙吾托"
    "库班肉孜荪穆默夏汗加玉苏日那特江洪合"
    "云娃仁宝顺满都和图巴麦平白玛央嘎买沙力达布卓"
)  # fmt: skip
_ZH_SOFT_CUE = re.compile(
    rf"(?:我是|这是|我就是|我系|我係|俺是|本人|鄙人|在下|敝人|(?:{_RELATIVES}|{_KIN_LONG}|(?:我|俺)(?:的)?(?:{_KIN_ALL}))是|(?:户主|家属|病人|死者|逝者|患者|当事人|改名为|改名成|改名叫|改成|改为|改叫)(?=[\u4e00-\u9fff])|"
    rf"(?:(?:帮|替|给|为|陪|带|代)\s*)(?:我|俺|阿拉|咱)(?:的|家)?(?:{_KIN_ALL})(?:是|叫)?)"
    rf"\s*{_FILLERS}"
)
# What a role or an origin ends with: "我是毕业生", "我是包工头", "我是陆丰人", "我是业务员" (not names)
_ROLE_END = re.compile(r"(?:人|员|者|工|户|族|头|属|客|商|警|长|家|主|士|事|师|官|队|职|[学业届究考医习士校读新中]生)$")
_EN_CUE = re.compile(
    r"\b(?:my name is|my name's|name's|name is|name:|i am called|i'm called|call me|i go by|i am|i'm|"
    r"(?:the )?(?:applicant|card ?holder|holder)(?:'s name)? is|"
    r"(?:my|our) (?:mother|father|mum|mom|dad|wife|husband|son|daughter|friend|brother|sister|grandmother|"
    r"grandfather|grandma|grandpa|partner|child|baby|uncle|aunt|cousin|nephew|niece|boss|colleague)"
    r"(?:'s name is|'s name's| is called| is named| goes by| named| called| is)|"
    r"(?:chinese|english|pinyin|legal|full|given|maiden|korean|japanese|vietnamese|russian) name(?:\s+is|:)?|"
    r"ich hei(?:ß|ss)e|mein name ist|je m['’]appelle|mon nom est|me llamo|mi nombre es|mi chiamo|meu nome é|"
    r"tôi tên là|tên tôi là|tôi tên|em tên là|tên em là|mình tên là|tôi là|"  # Vietnamese: "my name is", "I am"
    r"wo jiao|wo de ming zi shi|wo xing)\s+",
    re.IGNORECASE,
)
_THIS_IS = re.compile(
    rf"\bthis is ((?:[A-ZÀ-Ö][{_LATIN}'\-]+\s+){{0,2}}[A-ZÀ-Ö][{_LATIN}'\-]+)(?=\s*,?\s*(?:speaking|here|calling)\b)", re.I
)
# "This is Kim Min-jun, I came…", "Hi, this is Maria Gonzalez. I need…": two or three capitalised words
# opening the message, then a new clause; and "Maria Gonzalez here, …".
_THIS_IS_OPENING = re.compile(
    r"^(?:(?:hi|hello|good (?:morning|afternoon|evening))[,!. ]+)?this is ((?:[A-Z][a-z'\-]+\s+){1,2}[A-Z][a-z'\-]+)"
    r"(?=\s*[,.;!]\s*(?:I|I'm|my|and|can|could|please|we)\b)",
    re.I,
)
_IS_MY_NAME = re.compile(rf"((?:[A-ZÀ-Ö][{_LOWER}'\-]+\s+){{0,2}}[A-ZÀ-Ö][{_LOWER}'\-]+),?\s+is my (?:full )?name\b")
# A relative named in English: "my wife, Maria Garcia", "My mother Li Meifang cannot come", "Name Sarah Johnson,".
_EN_KIN_NAMED = re.compile(
    r"\b(?:[Mm]y|[Oo]ur) (?:wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather|"
    r"grandma|grandpa|granny|aunt|uncle|partner|fianc[eé]e?|child|baby|niece|nephew|cousin|grandson|granddaughter)"
    r",?\s+((?:[A-Z][a-z'\-]+\s+){0,2}[A-Z][a-z'\-]+)\b"
    r"|(?:^|(?<=[\n,;.]\s)|(?<=[\n,;]))Name\s+((?:[A-Z][a-z'\-]+\s+){0,2}[A-Z][a-z'\-]+)\b"
)
_HERE_OPENING = re.compile(r"^((?:[A-Z][a-z'\-]+\s+){1,2}[A-Z][a-z'\-]+) here\b")
_NOT_PERSON_WORDS = re.compile(
    r"\b(?:District|Road|Street|Avenue|Hall|Center|Centre|Office|Bureau|Station|Building|Park|Square|Window|Floor|"
    r"Service|Services|City|Province|County|Town|Village|Bank|Hospital|University|School|Company|Ltd|Limited)\b"
)
_EXPLICIT_EN = re.compile(
    r"name|call|called|go by|goes by|wo jiao|wo de|wo xing|tên|hei(?:ß|ss)e|appelle|nom est|llamo|nombre|chiamo|nome",
    re.IGNORECASE,
)
_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|"
    r"in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|a|o|e|i|u|v))"
)
_PINYIN = re.compile(rf"{_SYLLABLE}{{1,4}}")
"""A word spelled as one to four pinyin syllables (zhang, xiaoming, ouyang)."""
_WORD = re.compile(rf"[{_LATIN}][{_LATIN}'\-]*")
"""A word in Latin letters, accented ones too (Müller, José, Nguyễn's base letters)."""
_NOT_EN_NAMES = {
    "a", "an", "the", "here", "not", "looking", "trying", "going", "from", "at", "in", "on", "new", "old", "lost",
    "sorry", "confused", "asking", "waiting", "your", "my", "so", "very", "really", "just", "also", "still",
    "retired", "elderly", "disabled", "pregnant", "foreign", "foreigner", "student", "resident", "citizen",
    "calling", "interested", "applying", "planning", "moving", "done", "finished", "ready", "sure", "fine", "ok",
    "okay", "good", "happy", "unable", "able", "married", "single", "divorced", "self", "currently", "now",
    "number", "is", "and", "or", "but", "with", "for", "to", "of", "about", "that", "this", "it", "who", "what",
    "when", "where", "how", "why", "please", "thanks", "thank", "hello", "hi", "yes", "no", "blind", "deaf",
    "unemployed", "employed", "self-employed", "legal", "representative", "agent", "here's", "there", "late",
    "chinese", "american", "british", "english", "canadian", "australian", "japanese", "korean", "german", "french",
    "indian", "russian", "hong", "taiwanese", "macanese", "mr", "mrs", "ms", "miss", "dr", "sir", "madam",
}  # fmt: skip
# Words that may follow "my mother" capitalised (a typo's capital, a place) and are not names.
_NOT_AFTER_KIN = _NOT_EN_NAMES | {
    "can", "could", "will", "would", "was", "has", "had", "does", "did", "may", "might", "must", "should", "cannot",
    "beijing", "shanghai", "shenzhen", "guangzhou", "china", "school", "hospital",
}  # fmt: skip


def _zh_name_end(text: str, pos: int, *, surname_alone: bool = False) -> int:
    """End of a Chinese name starting at ``pos`` (``pos`` when none starts there)."""
    if pos >= len(text) or text.startswith(_NOT_NAMES, pos):
        return pos
    if text.startswith(COMPOUND_SURNAMES, pos):
        surname, longest = 2, 4
    elif text[pos] in SURNAMES:
        surname, longest = 1, 3
    else:
        return pos
    end = pos + surname
    if text.startswith(_TITLES, end):
        return pos  # "王师傅", "刘阿姨": a surname and a title name no one
    while end < len(text) and end - pos < longest and _is_han(text[end]) and not _name_stops(text, end):
        end += 1
    if end - pos == surname and end < len(text) and _given_alone(text, end):
        end += 1  # "本人夏刚，": a given name of one character that could also begin a phrase, standing alone
    if end - pos == surname and not surname_alone:
        return pos
    return end


def _name_stops(text: str, pos: int) -> bool:
    """Whether a name ends before ``text[pos]``: a word a sentence goes on with (的, 想, 身份证…), or 可
    that begins 可以/可能/可不可 (可 in a given name stays: 郁可欣), or 刚 before more of the sentence
    (刚来, 刚才; a name's last 刚 stays: 罗志刚，)."""
    if text[pos] == "刚":
        return pos + 1 < len(text) and _is_han(text[pos + 1])
    return text[pos] in _STOP or (text[pos] == "可" and text.startswith(("可以", "可能", "可不", "可否"), pos))


def _given_alone(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is one Chinese character standing alone before punctuation or the end."""
    return (
        _is_han(text[pos]) and text[pos] not in _PARTICLES and (pos + 1 == len(text) or not _is_han(text[pos + 1]))
    )


_TITLES = (
    "阿姨", "叔叔", "师傅", "老师", "大姐", "大哥", "大爷", "大妈", "先生", "女士", "小姐", "同志", "主任", "经理", "医生",
    "阿婆", "阿公", "伯伯", "婆婆", "奶奶", "爷爷", "老板", "总", "局", "科长", "处长", "书记", "姐", "哥",
    # regional titles (Minnan, Cantonese, northern): 阿伯, 阿叔, 大叔, 大娘…
    "阿伯", "阿叔", "阿婶", "阿嬷", "阿姐", "阿哥", "大叔", "大伯", "大娘", "大婶", "婶子", "伯",
)
_PARTICLES = set("的了吗呢吧啊呀嘛哦噢么是在我你您他她它们")


_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・.．][\u4e00-\u9fff]{1,8})+")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_LATIN_NAME = re.compile(
    rf"[{_UPPER}][{_LATIN}'\-]+(?:\s+[{_UPPER}][{_LATIN}'\-]+){{0,2}}|[a-z]+(?:\s+[a-z]+)?(?=\s*(?:[，。,.!?！？]|$))"
    r"|[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])|[\u30a1-\u30fa\u30fc・]{2,12}"
)  # a Latin-script name (Nguyễn Thị Mai too), a Korean one in Hangul, a Japanese one in katakana


def _other_script_name(text: str, pos: int) -> int:
    """End of a transliterated name with ``·`` (阿依古丽·买买提) or a Latin-script name after a cue."""
    m = _DOTTED.match(text, pos) or _LATIN_NAME.match(text, pos)
    return m.end() if m else pos


def _dotted_name_end(text: str, pos: int) -> int:
    """End of a transliterated name with ``·`` (尼格买提·托合提) at ``pos``, or ``pos``."""
    m = _DOTTED.match(text, pos)
    return m.end() if m and "." not in m.group() and "．" not in m.group() else pos


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Han characters spoken apart, one or two at a time (speech recognition, or a visitor spelling a name out):
# "本人：李 建 国", "我叫 陈 国 栋".
_SPACED_RUN = re.compile(
    rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
    rf"|(?:{'|'.join(COMPOUND_SURNAMES)})[ \u3000][\u4e00-\u9fff]"
)  # a character standing alone (李 建 国, 刘 德华) or a compound surname apart (欧阳 娜娜)


def find_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of names given in ``text`` after a self-introduction cue, also a name spelled with spaces
    between its characters ("本人：李 建 国")."""
    spans = _names_in(text)
    if " " in text or "\u3000" in text:
        spans = sorted(set(spans) | set(_spaced_names(text)))
    return spans


def _spaced_names(text: str) -> list[tuple[int, int]]:
    """Names that read as one once the spaces between single Han characters are taken out: the text is read
    without them and a name found across a removed space is mapped back (the spaces inside it masked too)."""
    if not _SPACED_RUN.search(text):
        return []
    keep: list[int] = []  # positions of the compact text in ``text``
    for i, ch in enumerate(text):
        if ch in " \u3000" and 0 < i < len(text) - 1 and _is_han(text[i - 1]) and _is_han(text[i + 1]):
            continue
        keep.append(i)
    if len(keep) == len(text):
        return []
    compact = "".join(text[i] for i in keep)
    found = []
    for start, end in _names_in(compact):
        lo, hi = keep[start], keep[end - 1] + 1
        if hi - lo > end - start and end - start <= 4:  # a name read across a removed space
            found.append((lo, hi))
    return found


def _names_in(text: str) -> list[tuple[int, int]]:
    """(start, end) of names given in ``text`` as written."""
    view = _reading_view(text)
    spans = _chinese_names(view) + _english_names(view)
    spans += _kin_named(view)
    spans += _record_names(view)
    spans += _kin_bare_named(view)
    spans += _surname_then_name(view)
    if re.search("[\u0400-\u04ff]", view):
        spans += [m.span(1) for m in _CYRILLIC_CUE.finditer(view)]
        spans += [m.span(1) for m in _CYRILLIC_I_AM.finditer(view)]
    if re.search("[\uac00-\ud7a3]", view):
        spans += _korean_names(view)
    if re.search("[\u3040-\u30ff]", view):
        spans += [
            m.span(g) for m in _JAPANESE_CUE.finditer(view) for g in (1, 2)
            if m.group(g) and not _JAPANESE_NOT_NAME.search(m.group(g)) and _japanese_name(m.group(0), m.group(g))
        ]
    if spans:
        spans += _aliases(view, spans)
    if "不" in view or "成" in view:
        spans += _corrections(view, spans)
    spans += _errand_names(view)
    if "名" in view:
        spans += _field_names(view)
    if "-" in view or "." in view:
        spans += _spelled_out(view, spans)
    return _repeats(text, [s for s in spans if not _EXAMPLE_BEFORE.search(view[max(0, s[0] - 12) : s[0]])])


# "Я Наталья Смирнова, …": "I" and a capitalised first name and surname (Russian writes roles in lower case).
_CYRILLIC_I_AM = re.compile(r"(?:^|(?<=[\s,.!?]))Я\s+([А-ЯЁ][а-яё'\-]+(?:\s+[А-ЯЁ][а-яё'\-]+){1,2})")
# Korean: "제 이름은 김민준입니다" (any name after 이름은), "저는 이서연이에요" (a common surname first),
# "김민준이라고 합니다".
_HANGUL_NAME = "[\uac00-\ud7a3]{2,4}?"
_KOREAN_COPULA = r"(?:입니다|이에요|예요|이고|인데요|이라고|라고)"
_KOREAN_CUE = re.compile(
    rf"(?:(?:(?:제|내|저의|나의)\s*|(?:^|(?<=[\s,.]))(?=(?:중국|한국|영어|영문)?\s*이름은))(?:(?:중국|한국|영어|영문)\s*)?이름은\s*({_HANGUL_NAME}|[\u4e00-\u9fff]{{2,4}}?)(?={_KOREAN_COPULA}|\s*[,.!?]|\s*$)|"
    rf"(?:저는|나는|전|난)\s*({_HANGUL_NAME})(?={_KOREAN_COPULA})|"
    rf"(?:^|(?<=[\s,.]))({_HANGUL_NAME})(?=(?:이라고|라고)\s*(?:합니다|해요)))"
)
_KOREAN_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설"
    "마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌"
)  # fmt: skip
_KOREAN_NOT_NAME = re.compile(r"(?:국인|사람|학생|회사원|선생님|주부|직원|의사|교수|군인)$|^(?:뭐|무엇|누구|어떻게|어떤)")


def _korean_names(text: str) -> list[tuple[int, int]]:
    """Names in a Korean self-introduction; after 저는/나는 only one that begins with a common surname."""
    spans = []
    for m in _KOREAN_CUE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        name = m.group(group)
        if _KOREAN_NOT_NAME.search(name) or (group > 1 and name[0] not in _KOREAN_SURNAMES):
            continue
        spans.append(m.span(group))
    return spans


# Japanese: "私の名前は佐藤健です", "山本と申します", "僕はグエンといいます" (kanji or katakana).
_JA_NAME = "[\u4e00-\u9fff\u30a1-\u30fa\u30fc・]{1,12}?"
_JAPANESE_CUE = re.compile(
    rf"(?:(?:私|わたし|僕|ぼく|俺)(?:の名前)?は|名前は)\s*({_JA_NAME})\s*(?:です|と申します|といいます|と言います)|"
    rf"(?:^|(?<=[\s、。，,]))({_JA_NAME})(?=\s*(?:と申します|といいます|と言います))"
)
_JAPANESE_SURNAMES = (
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
    "松本", "井上", "木村", "斎藤", "斉藤", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川",
    "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子",
    "岡本", "藤原", "中野", "三浦", "原田", "松田", "竹内", "中川", "小野", "田村", "和田", "石田", "森田", "上田", "原",
    "林", "森", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "島田", "谷口", "大野", "丸山",
)  # fmt: skip
"""Common Japanese surnames: after 私は…です (which also says 私は大丈夫です) only a name that opens with one."""
_JAPANESE_NOT_NAME = re.compile(r"(?:人|者|員|生|師|家|客)$")
def _japanese_name(cue: str, name: str) -> bool:
    """Whether ``name`` is one: after 名前は or before と申します any; after 私は…です katakana or a common surname."""
    if "名前" in cue or not cue.rstrip().endswith("です"):
        return True
    return bool(re.fullmatch("[\u30a1-\u30fa\u30fc・]{2,}", name)) or name.startswith(_JAPANESE_SURNAMES)


# A name's wrong spelling, set right or pointed out: "我叫林静，不是林晶", "不是王芳是王方", "系统里写成了何智明".
_WRONG_CUE = re.compile(r"(?:不是|而不是|并不是|不叫|写成了?|打成了?|弄成了?|错成了?|登记成了?|印成了?)\s*")
_SET_RIGHT = re.compile(r"[，,\s]*(?:不对|不是|说错了|错了)[，,\s]*(?:是|应该是)?\s*")
_CORRECTION = re.compile(r"不是\s*([\u4e00-\u9fff]{2,4}?)\s*[，,、]?\s*(?:而)?是\s*([\u4e00-\u9fff]{2,4})")
_NOT_A_NAME_END = re.compile(r"(?:省|州|区|市|县|镇|村|路|街|园|楼|层|厅|馆|站|门|口|号|所|局|院|部|处|科|室|栏|页|表|色|天|年|月|次)$")


def _name_like(name: str) -> bool:
    """A common surname and a given name of the characters given names are made of (no cue needed)."""
    surname = 2 if name.startswith(COMPOUND_SURNAMES) else 1
    return (
        (surname == 2 or name[0] in SURNAMES) and 1 <= len(name) - surname <= 2 and not name.startswith(_NOT_NAMES)
        and all(c in _GIVEN_CHARS for c in name[surname:]) and not _NOT_A_NAME_END.search(name)
    )


def _corrections(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name's other spelling: after a name found, one of the same surname and length that the visitor says
    it is not, or that it was written as ("我叫林静，不是林晶"); and two such names set against each other
    without a cue ("不是王芳是王方", "不是张伟，是张玮")."""
    found = []
    names = {text[a:b] for a, b in spans if b - a >= 2 and _is_han(text[a])}
    for m in _WRONG_CUE.finditer(text) if names else ():
        for name in names:
            other = text[m.end() : m.end() + len(name)]
            if len(other) == len(name) and other != name and other[:1] == name[:1] and all(_is_han(c) for c in other) and (
                m.end() + len(name) == len(text) or not _is_han(text[m.end() + len(name)])
                or text[m.end() + len(name)] in _AFTER_SOFT_NAME
            ):
                found.append((m.end(), m.end() + len(name)))
    for a0, b0 in spans:  # "我叫王芳，不对，是汪芳", "我叫李建，不是，李剑": set right right after it, any surname
        right = _SET_RIGHT.match(text, b0)
        if not right or b0 - a0 < 2 or not _is_han(text[a0]):
            continue
        other = text[right.end() : right.end() + (b0 - a0)]
        after = right.end() + len(other)
        if len(other) == b0 - a0 and all(_is_han(c) for c in other) and (other[0] == text[a0] or _name_like(other)) \
                and (after == len(text) or not _is_han(text[after]) or text[after] in _AFTER_SOFT_NAME):
            found.append((right.end(), after))
    for m in _CORRECTION.finditer(text):
        a, b = m.group(1), m.group(2)
        b = b[: len(a)]
        after = m.start(2) + len(b)
        alone = after == len(text) or not _is_han(text[after]) or text[after] in _AFTER_SOFT_NAME
        if a != b and a[0] == b[0] and alone and (_name_like(a) or _name_like(b)) and not (
            _NOT_A_NAME_END.search(a) or _NOT_A_NAME_END.search(b) or b.startswith(_NOT_NAMES)
        ):
            found += [m.span(1), (m.start(2), after)]
    return found


# A full name the visitor acts for or asks about, without a naming cue: "帮我查下孙丽华的材料", "给陈志强补一张
# 身份证", "郑海燕的户口迁移手续要带什么". What comes before: the phrase's start or the verb of the errand.
_ERRAND_BEFORE = set("，,。；;！？!?、：: \n查问看找帮给替为代把和跟与下是及")
_ERRAND_AFTER = re.compile(
    r"(?:办|补|查|交|取|领|申请|续|开|迁|改|登记|预约|报名|打印|注销|挂失|缴|提取)"
    r"|的[\u4e00-\u9fff]{0,2}(?:进度|手续|材料)|的(?:材料|资料|身份证|社保|医保|户口|户籍|护照|证件|档案|手续|申请|进度|业务|信息|名字|驾照|驾驶证|居住证|通行证|"
    r"结婚证|出生证|出生医学证明|退休|养老|公积金|房产证|不动产|低保|残疾证|准生证|学籍|补贴|津贴|银行卡|手机|电话)"
)


def _errand_names(text: str) -> list[tuple[int, int]]:
    """A three-character name (a common surname and two characters given names are made of) that an errand is
    for, at a phrase's start or after the errand's verb, then 的 + a personal record or the errand itself."""
    found = []
    for i, ch in enumerate(text):
        if ch not in SURNAMES or (i > 0 and text[i - 1] not in _ERRAND_BEFORE):
            continue
        for size in (3, 4) if text.startswith(COMPOUND_SURNAMES, i) else (3,):
            name = text[i : i + size]
            if len(name) == size and _name_like(name) and _ERRAND_AFTER.match(text, i + size):
                found.append((i, i + size))
                break
    return found


# An alias in brackets right after a name found: "我叫王伟（Wang Wei）", "Lisa Wang (王丽莎)".
_ALIAS = re.compile(
    rf"\s*[(（]\s*([A-Z][{_LOWER}'\-]+(?:[ \-][A-Z][{_LOWER}'\-]+){{0,2}}|[\u4e00-\u9fff]{{2,4}})\s*[)）]"
)


_LATIN_ALIAS = re.compile(rf"(?:[，,]\s*|\s+)((?:[{_UPPER}][{_LATIN}'\-]+)(?:[ \-][{_UPPER}][{_LATIN}'\-]+){{1,2}})(?=\s*(?:[，,。.；;!?！？(（]|$))")


def _aliases(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The alias written right after a Chinese name found (the same person in another script): in brackets, or
    a capitalised first and last name after a comma or a space ("我叫卢卡斯，Lucas Müller")."""
    found = []
    for start, end in spans:
        latin = _LATIN_ALIAS.match(text, end) if _is_han(text[start]) else None
        if latin and not {w.lower() for w in latin.group(1).split()} & _NOT_EN_NAMES:
            found.append(latin.span(1))
        m = _ALIAS.match(text, end)
        if m and m.group(1).lower() not in _NOT_EN_NAMES and (
            not _is_han(m.group(1)[0]) or _zh_name_end(text, m.start(1)) == m.end(1)
        ):
            found.append(m.span(1))
    return found


# A self-introduction in Russian (or another Cyrillic-script language): "Меня зовут Ольга Смирнова".
_CYRILLIC_CUE = re.compile(
    r"(?:меня зовут|моё имя|мое имя|моя фамилия|его зовут|её зовут|ее зовут)\s*[:—-]?\s*"
    r"((?-i:[А-ЯЁ][а-яё'\-]+(?:\s+[А-ЯЁ][а-яё'\-]+){0,2}))",
    re.IGNORECASE,
)

# A name given as a form's example or a placeholder, not the visitor's own ("示例名字是张三", "比如写李四");
# "比如我叫…" still introduces the speaker.
_EXAMPLE_BEFORE = re.compile(
    r"(?:示例|示范|范例|样例|例子|举例|比如|例如|譬如|模板|样表|样本)[^，,。；;！？!?\n我俺]{0,8}$"
    r"|\b(?:e\.g\.|for example|for instance|sample|example|placeholder|dummy)\b(?![^,.;!?\n]*\b(?:I|my|me)\b)[^,.;!?\n]{0,16}$",
    re.IGNORECASE,
)


_FULL_WIDTH_CHAR = re.compile("[\uff01-\uff5e\u3000]")
_FULL_WIDTH: dict[int, int] = {0x3000: 0x20, **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}
_DECLARED_SURNAME = re.compile(r"(?:我|俺|本人|免贵|他|她|(?<![\u4e00-\u9fff]))姓([\u4e00-\u9fff])(?=[，,、。\s]|$|的|是|叫|名)")


def _reading_view(text: str) -> str:
    """``text`` as the name grammar reads it, of the same length: full-width letters as ASCII (ＬＩ　ＭＩＮＧ),
    and a surname the visitor declares ("我姓阎，叫阎正伟") written as a common one wherever it occurs."""
    view = text.translate(_FULL_WIDTH) if _FULL_WIDTH_CHAR.search(text) else text
    if "姓" in view:
        for m in _DECLARED_SURNAME.finditer(view):
            ch = m.group(1)
            if ch not in SURNAMES and ch not in _STOP and ch not in _NOT_SURNAME:
                view = view.replace(ch, "王")
    return view


_NOT_SURNAME = set("什啥哪谁名氏甚")
# A stammer or a pause between a cue and the name: "我叫，呃，陈丽华", "我叫张……张永强", "我叫王，王小明".
_PAUSE = re.compile(r"(?:[，,…\.。\-—~～\s:：]|呃|嗯|额|啊|那个|这个|就是)+")
_STAMMER = re.compile(r"(?:[，,、…\.。\-—~～\s]|呃|嗯|额|啊)+")
_VERB_END = re.compile(r"(?:叫|是|为|叫做)\s*(?:(?:那个|这个|就是|呃|嗯|额)\s*)*$")
# A name spoken with pauses between its characters (speech recognition): "刘 德华", "林 晓 东".
_SPACED = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:[ \u3000][\u4e00-\u9fff]{1,2}){1,2}(?![\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff]{1,2}(?:[…]+[\u4e00-\u9fff]{1,2}){1,2}(?![\u4e00-\u9fff…])"
)  # or with a pause (……) between them, as an elderly visitor spells a name out: "沈……阿……毛", "范……阿四"
_SPACING = re.compile(r"[ \u3000…]")


def _explicit_end(text: str, start: int, *, strict: bool = False, pause: bool = True) -> tuple[int, int]:
    """(start, end) of a name right after an explicit cue (我叫, 名字是, 我妈叫), or (start, start).

    A name with a common surname, a transliterated one, or any 2–4 characters standing alone
    (``strict``: only before punctuation or the end, as after 我妈叫); past a pause or a stammer
    ("我叫，呃，陈丽华", "我叫张……张永强"; past a field's label, ``pause`` False, only a name with a common
    surname: "姓名，王芳" but not "姓名、性别"); spoken with spaces ("我叫刘 德华")."""
    for pos, first in _name_starts(text, start):
        end = max(_zh_name_end(text, pos), _other_script_name(text, pos))
        if end == pos and (pause or pos == start):
            end = max(_bare_name_end(text, pos, strict=strict), _transliterated_end(text, pos, longest=8))
        if end == pos and (pause or pos == start):
            end = _spaced_name_end(text, pos)
        if end > pos:
            return first, end  # a stammered first character is the name's too ("袁……袁福生")
    return start, start


def _name_starts(text: str, start: int) -> list[tuple[int, int]]:
    """Where a name after a cue at ``start`` may begin, with where its span then starts: there, past a pause,
    past a stammered first character (there or after the pause: "我叫……嗯……袁……袁福生", the stammer taken in)."""
    starts = [(start, start)]
    pause = _PAUSE.match(text, start)
    if pause and pause.end() < len(text):
        starts.append((pause.end(), pause.end()))
    for at, _ in list(starts):
        if at + 1 < len(text) and _is_han(text[at]):
            again = _STAMMER.match(text, at + 1)
            if again and again.end() < len(text) and text.startswith(text[at], again.end()):
                starts.append((again.end(), at))
    return starts


def _spaced_name_end(text: str, pos: int) -> int:
    """End of a name of 2–4 characters spoken with spaces between them ("刘 德华", "闻 一 多"), or ``pos``."""
    m = _SPACED.match(text, pos)
    if not m:
        return pos
    compact = _SPACING.sub("", m.group())
    if len(compact) > 4 or compact[0] in _NOT_BARE_START or any(c in _FUNCTION_WORDS for c in compact):
        return pos
    return m.end()


def _chinese_names(text: str) -> list[tuple[int, int]]:
    """Names after the Chinese cues: explicit (我叫, 名字是, 我妈叫), a surname required (我姓, 申请人：, 他叫),
    soft (我是, 本人, 帮我妈…)."""
    spans: list[tuple[int, int]] = []
    for m in _ZH_CUE.finditer(text):
        start = m.end()
        if m.group().lstrip("，,。 ").startswith(("名", "叫")) and _NOT_PERSON_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "店名叫 阿毛面馆", "公司名字叫 钱江源 科技": a shop's or a company's name, not a person's
        if _BARE_CALLED.fullmatch(m.group()) and _PLACE_END.search(
            text[start : max(_zh_name_end(text, start), _bare_name_end(text, start))]
        ):
            continue  # "…老社区拆了伐，叫 顾家宅": a place's name
        if _EXPLICIT_ZH_CUE.match(m.group()):
            # "我叫乌兰图雅", "我叫阿依古丽买买提": a name without a common surname too
            span = _explicit_end(text, start, pause=bool(_VERB_END.search(m.group())))
        else:  # a surname alone ("我姓王，…") identifies no one: kept
            span = (start, max(_zh_name_end(text, start), _other_script_name(text, start)))
        if span[1] > span[0]:
            spans.append(span)
    naming = "叫" in text or "名" in text
    for m in _KIN_CUE.finditer(text) if naming else ():
        span = _explicit_end(text, m.end(), strict=True)
        if span[1] > span[0]:
            spans.append(span)
    for m in _SELF_CUE.finditer(text) if naming else ():
        span = _explicit_end(text, m.end())
        if span[1] > span[0]:
            spans.append(span)
    for m in _OTHER_CUE.finditer(text) if naming or "称呼" in text or "喊" in text else ():
        end = _soft_name_end(text, m.end())
        if end > m.end() and text[m.end()] in SURNAMES | _COMPOUND_FIRST:
            spans.append((m.end(), end))
    for m in _SELF_DESCRIBED.finditer(text) if "的" in text else ():
        for de in re.finditer("的", text[m.end() : m.end() + 14]):
            pos = m.end() + de.end()
            if "，" in text[m.end() : pos] or "," in text[m.end() : pos]:
                break
            end = _soft_name_end(text, pos)
            if end - pos >= 2 and (end == len(text) or not _is_han(text[end]) or text[end] in _FINAL_PARTICLES):
                spans.append((pos, end))
                break
    for m in _ZH_SOFT_CUE.finditer(text):
        start = m.end()
        end = _soft_name_end(text, start)
        if end > start:
            spans.append((start, end))
            continue
        end = _transliterated_end(text, start)
        if end == start and (latin := _LATIN_ALONE.match(text, start)):  # "我是Lisa，我想办签证"
            end = latin.end() if latin.group().lower() not in _NOT_EN_NAMES else start
        if end > start:
            spans.append((start, end))
        elif (named := _role_then_name(text, start)) is not None:
            spans.append(named)
    return spans


# What a name is given for when it is not a person's: a shop, a company, a brand, a place, a pet ("店名叫",
# "公司名字叫", "小区的名字是", "狗叫").
_NOT_PERSON_BEFORE = re.compile(
    r"(?:店|公司|企业|厂|商铺|门店|铺子|饭店|餐馆|面馆|品牌|牌子|商标|字号|小区|社区|楼盘|村|学校|单位|机构|协会|项目|产品|网站|"
    r"网店|公众号|群|狗|猫|宠物|地方|路|街|桥|站)(?:的)?$"
)
_BARE_CALLED = re.compile(rf"(?:^|[，,。\s])?{_NAMING_TIME}叫\s*{_FILLERS}")
"""The bare 叫 of a clause with no subject ("…，叫 顾家宅"): whatever was talked about is called so."""
_PLACE_END = re.compile(r"(?:宅|弄|巷|浜|村|庄|桥|湾|塘|坊|镇|街|路|苑|寺|庙|楼|站|埠|泾|港|墩|坝|岭|寨|屯)$")
# A name given on a form's field without a verb ("名字朱志华，…", "名字写 何秋菊，…"): a common surname and a
# given name of the characters given names are made of, standing alone.
_FIELD_NAME_CUE = re.compile(r"(?:名字|姓名)(?:(?:要|就)?(?:写|填)(?:的是|的|作|成)?)?[ \u3000]?(?=[\u4e00-\u9fff])")


def _field_names(text: str) -> list[tuple[int, int]]:
    """A full name right after 名字/姓名 with no verb, or after 名字写/填, standing alone."""
    spans = []
    for m in _FIELD_NAME_CUE.finditer(text):
        pos = m.end()
        end = _zh_name_end(text, pos)
        if end - pos >= 2 and _name_like(text[pos:end]) and (end == len(text) or not _is_han(text[end])):
            spans.append((pos, end))
    return spans


# A Latin name spelled out letter by letter after it is given ("I am John Smith. J-O-H-N S-M-I-T-H.").
_SPELLED = re.compile(r"(?<![A-Za-z])[A-Za-z](?:[-.][A-Za-z])+(?:\s+[A-Za-z](?:[-.][A-Za-z])+)*(?![A-Za-z])")


def _spelled_out(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Letter-by-letter spellings of a Latin-script name found (the whole name or one of its words)."""
    found = []
    wanted: set[str] = set()
    for a, b in spans:
        name = text[a:b]
        if re.search("[A-Za-z]", name):
            words = [re.sub(r"[^A-Za-z]", "", w).lower() for w in name.split()]
            wanted |= {w for w in words if len(w) >= 2} | {"".join(words)}
    for m in _SPELLED.finditer(text) if wanted else ():
        if re.sub(r"[^A-Za-z]", "", m.group()).lower() in wanted:
            found.append(m.span())
    return found


# What a role or a status before a name ends with: "我是退休职工刘桂兰", "我是台胞陈美玲", "我是香港居民黄家豪".
_ROLE_BEFORE = re.compile(r"(?:胞|侨|民|[^\W\d_a-zA-Z]{0,4}(?:人|员|者|工|户|属|商|长|主|士|师|官|职|生))$")


def _role_then_name(text: str, start: int) -> tuple[int, int] | None:
    """A name with a common surname right after the role or origin the visitor gives first (2–6 characters:
    "我是台胞陈美玲，…", "我是退休职工刘桂兰"); the name must stand alone or be followed by the next phrase."""
    for length in range(2, 7):
        pos = start + length
        if pos >= len(text) or not _is_han(text[pos - 1]) or text[pos - 1] in _FUNCTION_WORDS:
            return None
        if not _ROLE_BEFORE.search(text, start, pos) or text[pos] not in SURNAMES | _COMPOUND_FIRST:
            continue
        end = _soft_name_end(text, pos)
        if end - pos >= 2 and (end == len(text) or not _is_han(text[end]) or text[end] in _AFTER_SOFT_NAME):
            return pos, end
    return None


_LATIN_ALONE = re.compile(rf"[A-Z][{_LOWER}'\-]+(?:\s+[A-Z][{_LOWER}'\-]+){{0,2}}(?![A-Za-z\u4e00-\u9fff])")


_COMPOUND_FIRST = {s[0] for s in COMPOUND_SURNAMES}
_FINAL_PARTICLES = set("啦喔哦嘛咯噢哟嘞咧啊呀呢吧哈")
_HANGUL_ALONE = re.compile("[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])")
# 我是 + what one did + 的 + a name standing alone: "我是那个上午预约的刘晓燕，…", "我是昨天打电话来的王明。"
_SELF_DESCRIBED = re.compile(r"(?:我是|我就是|本人是|我系)(?:那个|这个)?(?=[^，,。！？!?\s]{1,12}的)")
_AFTER_SURNAME = re.compile(
    rf"(?:姓|我是老|我是小|我就是老|我是|本人|我叫|我名字叫|名字是|我的名字是)({'|'.join(COMPOUND_SURNAMES)}|[\u4e00-\u9fff])(?=[，,、。\s])"
)  # "我叫吴，口天吴，吴晓燕": the surname said first, then how it is written, then the full name
_PHRASE = re.compile(r"[，,、。；;\s]+")


def _surname_then_name(text: str) -> list[tuple[int, int]]:
    """A surname declared (姓孙, 我是老赵, 我叫吴), then a later phrase that is a full name with it: "免贵姓孙，孙立平",
    "我姓张，弓长张，张海洋", "我是老赵，赵德胜", "我叫吴，口天吴，吴晓燕" ("我姓李，李白的李" names no one)."""
    spans = []
    for m in _AFTER_SURNAME.finditer(text):
        surname = m.group(1)
        for sep in _PHRASE.finditer(text, m.end()):
            pos = sep.end()
            if text.startswith(surname, pos):
                end = _soft_name_end(text, pos)
                if end - pos >= 2:
                    spans.append((pos, end))
    return spans


def _english_names(text: str) -> list[tuple[int, int]]:
    """Names after the English cues (my name is, I'm, call me, my wife…) and in English openings."""
    spans: list[tuple[int, int]] = []
    for m in _EN_CUE.finditer(text):
        explicit = bool(_EXPLICIT_EN.search(m.group()))
        pos = m.end()
        if explicit and (hangul := _HANGUL_ALONE.match(text, pos)):  # "my Korean name is 김지우"
            spans.append(hangul.span())
            continue
        if pos < len(text) and _is_han(text[pos]):  # "My name is 何晓东", "I am 王芳"
            end = max(_zh_name_end(text, pos), _dotted_name_end(text, pos))
            if end == pos and explicit:
                end = _bare_name_end(text, pos)
            if end > pos:
                spans.append((pos, end))
            continue
        words: list[tuple[int, int]] = []
        while len(words) < 3:
            w = _WORD.match(text, pos)
            if w is None:
                break
            word = w.group()
            if word.lower() in _NOT_EN_NAMES:
                break
            if not word[0].isupper() and (
                not explicit or not _PINYIN.fullmatch(word.lower()) or (words and text[words[0][0]].isupper())
            ):
                break  # "my name is wrong on the card": a lower-case name after a cue is pinyin ("zhang wei")
            words.append((w.start(), w.end()))
            pos = w.end()
            while pos < len(text) and text[pos] == " ":
                pos += 1
        if len(words) == 1 and text[words[0][0] : words[0][1]].lower().endswith("'s") and not explicit:
            continue  # "I am Li's mother": a surname as another's, not a name given
        if words and not _describes(text, words, explicit):
            spans.append((words[0][0], words[-1][1]))
    spans += [m.span(1) for m in _THIS_IS.finditer(text) if m.group(1)[0].isupper()]  # "This is Li Wei speaking"
    for m in _EN_KIN_NAMED.finditer(text):
        group = 1 if m.group(1) else 2
        named: list[str] = m.group(group).split()
        while named and named[-1].lower() in _NOT_AFTER_KIN:
            named.pop()
        if named and named[0].lower() not in _NOT_AFTER_KIN and not _NOT_PERSON_WORDS.search(" ".join(named)):
            start = m.start(group)
            spans.append((start, start + len(" ".join(named))))
    for opening in (_THIS_IS_OPENING, _HERE_OPENING, _IS_MY_NAME):
        spans += [
            m.span(1)
            for m in opening.finditer(text)
            if m.group(1)[0].isupper()
            and not _NOT_PERSON_WORDS.search(m.group(1))
            and not any(w.lower() in _NOT_EN_NAMES for w in m.group(1).split())
        ]
    return spans


# What may follow a name given after 我是/本人 without punctuation: the next phrase of the sentence — when
# ("我是刘振华上周来过的"), what the visitor did or wants ("我是孙建国预约的", "帮我妈赵淑珍办个社保卡").
_NEXT_PHRASE = re.compile(
    r"(?:上周|上次|上回|上个月|昨天|今天|前天|明天|今年|明年|年纪|一直|刚|刚才|刚刚|之前|以前|前几天|去年|早上|上午|下午|中午|晚上|"
    r"预约|来过|办过|打过|问过|问|拿|取|交|补|领|查|申请|咨询|打|过来|已经|这边|那边|在线|现在|需要|准备|还|也|又|说|就|"
    rf"(?:{'|'.join(_TITLES)})?的(?:{_FAMILY}|家属|家长|监护人|代理人|委托人)|是我)"
)  # "我是陈金水阿伯的女儿": a parent named with the title the speaker's neighbours call them by
# An office, not a name: "我是金融办的", "我是信访办公室的".
_OFFICE_AFTER = ("办的", "办公", "办事处")
# An origin, not a name: "我是张家界来的", "我是黄石过来的", "我是周口人".
_ORIGIN_AFTER = re.compile(r"(?:过来的|来的|那边的|人(?![员工])|籍|市|县|区|镇|村)")


def _soft_name_end(text: str, pos: int) -> int:
    """End of a name given after a soft cue (我是, 本人, 鄙人, 帮我妈…) at ``pos``, or ``pos``.

    The name must stand alone — punctuation, the end, a particle — or be followed by the next phrase of
    the sentence (:data:`_NEXT_PHRASE`); the longest such reading wins ("我是曾文上周…": 曾文). Never a
    role ("我是毕业生") nor an origin ("我是张家界来的")."""
    longest = max(_zh_name_end(text, pos), _dotted_name_end(text, pos))
    if longest - pos < 2:
        return _transliterated_end(text, pos)
    shortest = pos + (3 if text.startswith(COMPOUND_SURNAMES, pos) else 2)
    for end in range(longest, min(shortest, longest) - 1, -1):
        if _ROLE_END.search(text[pos:end]) or _ORIGIN_AFTER.match(text, end) or text.startswith(_OFFICE_AFTER, end):
            continue
        alone = end == len(text) or not _is_han(text[end]) or text[end] in _AFTER_SOFT_NAME
        if alone or _NEXT_PHRASE.match(text, end):
            return end
    return _transliterated_end(text, pos)


# Characters Chinese given names are commonly made of (general knowledge of naming, not any list of people):
# a relative's name followed only by punctuation or 的 counts when its given name is made of these
# ("我奶奶宁翠花，…", "我外公乔继业的房子"), while "我妈高血压，" or "我儿子成绩单的…" do not.
_GIVEN_CHARS = set(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月"
    "莺媛瑞凡佳嘉琼勤珍贞莉娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚"
    "苑婕馨瑗琰韵园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣滢馥筠柔竹凝晓欢霄枫芸菲寒伊亚宜可舒影荔阳妮宝贝初"
    "程恒鸿桦骅剑娇纪宽灵琪晴容睿烁唯威韦雯萱彦宇雨忠宗曼紫逸贤蝶菡翠轩涵子墨诗浩博文天泽思一梓雅若依语"
    "晨辰铭昊然俊豪鹏飞峰斌辉波宏志建国新立永福德海林山水金成东庆祥生发富贵才武振家民友义兴良安全仁元光"
    "达和中启克利清正世学长进胜江河保继业招淑惠慧琴芝翔龙虎彪松柏桃杏菊花兵锋铁钢鑫鹤凯乐笑航帆远岩磊"
    "瀚琛璇瑜婧妤彤晗昕炎焱煜蕾薇芮芷沁汐潇湘楠桐杨柳梁栋材树森杭坤培基垚城尧舜禹汉唐宋明清朝阳旭东"
    "秀美凤娟芹琳莉萍霞燕鸣鹃鹰鹏雄威武勇毅坚刚强健康福寿喜庆春夏秋冬梅兰竹菊玉珠宝珍翡翠金银钰锐铭"
    "小大二三四五六七八九十"
)  # fmt: skip
_KIN_BARE = re.compile(
    rf"(?:(?:我|俺|额|額|咱|阿拉)(?:的|家)?(?:{_KIN_ALL})|(?:我是(?:他|她)(?:的)?|(?<=[，,。；;]))(?:{_KIN_LONG})"
    rf"|(?<=联系人)(?:是)?(?:他|她|伊|其)(?:的)?(?:{_KIN_LONG}))(?=[\u4e00-\u9fff])"
)


# What the sentence goes on with after a relative's name (with a given name of common characters):
# "我丈夫韩东明在外地", "我叔叔杜建华让我来问问", "我奶奶林淑珍不识字".
_KIN_NEXT = re.compile(r"(?:在|让|叫|不|没|因为|他|她|和|跟|都|就|去世|过世|住院|生病|委托|出差|行动|腿|身体|户口|社保|医保|护照|退休)")


def _kin_bare_named(text: str) -> list[tuple[int, int]]:
    """A relative's full name right after the kin word, the sentence going on about them: "我妈刘桂英今年七十",
    "我老婆王丽身份证丢了". Without 叫/是 a name counts only when the next phrase follows it at once
    ("我妈高血压", "我儿子成绩单丢了" are not names)."""
    spans = []
    for m in _KIN_BARE.finditer(text):
        pos = m.end()
        if (
            text.startswith(COMPOUND_SURNAMES, pos) or text[pos] not in SURNAMES or text.startswith(_NOT_NAMES, pos)
            or text.startswith(_TITLES, pos + 1)
        ):
            continue
        acting = m.start() > 0 and text[m.start() - 1] in "帮替给为代" and text[pos + 2 : pos + 3] != "一"  # 高兴一下
        for end in (pos + 3, pos + 2):
            if (end == len(text) or (acting and end == pos + 3 and end < len(text))) and all(
                c in _GIVEN_CHARS and not _name_stops(text, i) for i, c in enumerate(text[pos + 1 : end], pos + 1)
            ):  # "…我奶奶宁翠花"; acting for them, a full name before the errand: "给我婆婆柳翠兰续一下医保"
                spans.append((pos, end))
                break
            if end >= len(text) or not all(_is_han(text[i]) and not _name_stops(text, i) for i in range(pos + 1, end)):
                continue
            if text[end] in _AFTER_SOFT_NAME or _NEXT_PHRASE.match(text, end):
                spans.append((pos, end))
                break
            if (text[end] == "的" or not _is_han(text[end]) or _KIN_NEXT.match(text, end)) and all(
                c in _GIVEN_CHARS for c in text[pos + 1 : end]
            ):
                spans.append((pos, end))  # "我奶奶宁翠花，九十一了", "我外婆聂桂香的户口"
                break
    return spans


_RECORD_START = re.compile(r"(?:^|(?<=\n))\s*(?:名字|姓名)?\s*[:：]?\s*(?=[\u4e00-\u9fff])")
_RECORD_FIELD = re.compile(r"\s*[，,、:：;；\s]\s*(?:身份证|证件|手机|电话|护照|通行证|联系)")
_RECORD_NUMBER = re.compile(r"\s*[，,、:：;；\s]\s*(?:[0-9０-９][0-9０-９\s\-]{10,}|[A-Za-z][0-9]{7,})")


# A Latin-script name opening a record line, then a personal field: "Nguyen Van An, passport C1234567",
# "Kim Min-jun / M12345678 / …" (two or three capitalised words; a field's label or a number after).
_LATIN_RECORD = re.compile(
    rf"(?:^|(?<=\n))\s*([A-Z][{_LOWER}'\-]+(?:[ \-][A-Z][{_LOWER}'\-]+){{1,2}})\s*[,/，、;；]\s*"
    r"(?=(?-i:[A-Z]{2,3}\s+)?(?:passport|phone|mobile|tel|id\b|ssn|wechat|e-?mail|dob|born|nationality|ni\b|"
    r"护照|身份证|手机|电话|证件|通行证|签证|居留)|"
    r"[A-Z]{0,2}\d{6,}|\+?\d[\d\s\-]{8,})",
    re.IGNORECASE,
)


def _record_names(text: str) -> list[tuple[int, int]]:
    """A name opening a line that then gives a personal number, as on a form or a pasted record:
    "沈佳宜，440106199201294700，17323043862", "名字周雨桐，身份证…", "Sarah Johnson, US passport …"."""
    spans = []
    for m in _RECORD_START.finditer(text):
        end = _zh_name_end(text, m.end())
        follows = _RECORD_NUMBER.match(text, end) or (m.group().strip() and _RECORD_FIELD.match(text, end))
        if end - m.end() >= 2 and follows:
            spans.append((m.end(), end))
    for m in _LATIN_RECORD.finditer(text) if text[:1].isupper() or "\n" in text else ():
        words = m.group(1).split(" ")
        # a short word after the first is a name's part, capitalised as it is ("Nguyen Van An"), not "an"
        capitalised = all(w[:1].isupper() for w in words)
        if capitalised and not any(w.lower() in _NOT_EN_NAMES and (i == 0 or len(w) > 2) for i, w in enumerate(words)):
            spans.append(m.span(1))
    return spans


_PHRASE_START = re.compile(r"(?:^|(?<=[，,。；;！？!?\s：:]))(?=[\u4e00-\u9fff])")
_IS_MY_KIN = re.compile(
    rf"是我(?:的)?(?:{_RELATIVES}|{_KIN_ALL}|阿姨)"
    r"(?=$|[^\u4e00-\u9fff]|[他她也都要想来让在不没已刚就还和跟])"
)


def _kin_named(text: str) -> list[tuple[int, int]]:
    """Names that open a phrase and are said to be the speaker's relative: "王建国是我爸爸", "刘洋是我的同事"."""
    if "是我" not in text:
        return []
    spans = []
    for m in _PHRASE_START.finditer(text):
        end = _zh_name_end(text, m.start())
        if end - m.start() >= 2 and _IS_MY_KIN.match(text, end):
            spans.append((m.start(), end))
    return spans


_NATIONALITY_END = re.compile(r"(?:ese|ish|ian|ean|ican|ist|ic|ani|ali|ch|ss)$")
_PERSON_NOUN = re.compile(
    r"[ \t]*(?:resident|citizen|national|native|local|permanent|student|visitor|tourist|worker|employee|company|"
    r"passport|people|person|man|woman|family|origin|descent)s?\b",
    re.IGNORECASE,
)


def _describes(text: str, words: list[tuple[int, int]], explicit: bool) -> bool:
    """Capitalised words after "I am" that describe rather than name: a nationality, an ethnic group or a
    faith standing alone ("I am Tibetan", "I'm Catholic"), or a place before a noun ("I am Macau resident")."""
    if not explicit and _PERSON_NOUN.match(text, words[-1][1]):
        return True
    word = text[words[0][0] : words[0][1]].lower()
    return not explicit and len(words) == 1 and (bool(_NATIONALITY_END.search(word)) or word in _FAITHS_PEOPLES)


_FAITHS_PEOPLES = {
    "muslim", "hindu", "jewish", "sikh", "thai", "lao", "hui", "kazakh", "uyghur", "uighur", "tibetan", "mongolian",
    "zhuang", "miao", "yi", "manchu", "dai", "bai", "dong", "yao", "tujia", "buyi", "korean", "swiss", "greek", "turk",
    "filipino", "filipina", "maori", "inuit", "kyrgyz", "tajik", "uzbek", "mormon", "protestant", "orthodox", "baptist",
}  # fmt: skip


def _bare_name_end(text: str, pos: int, *, strict: bool = False) -> int:
    """End of 2–4 Chinese characters standing alone after an explicit cue ("我叫那日苏，"), or ``pos``.

    Only function words stop such a name (a name may hold 那, 日, 年, 以…); one that opens the phrase
    ("我叫不出…", "我叫了…", "我叫号…") means no name follows. ``strict``: before punctuation or the end
    only (after 我妈叫, "我老板叫财务过来" names no one)."""
    if pos < len(text) and (text[pos] in _NOT_BARE_START or _KIN_START.match(text, pos)):
        return pos
    if text.startswith("那", pos):  # 那一栏, 那边 — unless a transliterated name (那日苏)
        return _transliterated_end(text, pos)
    end = pos
    while end < len(text) and end - pos < 4 and _is_han(text[end]) and text[end] not in _FUNCTION_WORDS:
        end += 1
    if end - pos < 2 or (end < len(text) and _is_han(text[end]) and (strict or text[end] not in _AFTER_SOFT_NAME)):
        return pos
    return end


def _transliterated_end(text: str, pos: int, longest: int = 5) -> int:
    """End of a transliterated name without a common surname (格桑, 巴雅尔, 热依拉, 其其格) standing
    alone at ``pos`` after 我是/本人, or ``pos``: 2–5 characters, every one of them a character such names
    are spelled with, followed by punctuation, the end or the next phrase."""
    end = pos
    while end < len(text) and end - pos < longest and text[end] in _TRANSLITERATION:
        end += 1
    if end - pos < 2 or (end < len(text) and _is_han(text[end]) and text[end] not in _AFTER_SOFT_NAME):
        return pos
    return end


def _repeats(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, and every later occurrence of a name they found ("我叫黄海涛，黄海涛的预约…")."""
    out = set(spans)
    names = {text[start:end] for start, end in spans}
    names |= {_SPACING.sub("", n) for n in names if "…" in n}  # "沈……阿……毛，阿毛，沈阿毛": said again in one go
    for name in names:  # each name once: a text may repeat it many times
        if len(name) < 2:
            continue
        i = text.find(name)
        while i >= 0:
            out.add((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out)
