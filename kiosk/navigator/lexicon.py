"""How citizens talk about hall business: general vocabulary, not tied to any one hall's catalog.

The navigator's index is built from the catalog's own words; this module only adds what no
catalog spells out: filler words to ignore, words that ask about one aspect of a service
("要带什么", "多少钱"), colloquial expressions mapped to official vocabulary ("丢了" → 补领),
life events told as a story mapped to the procedure words catalogs use (``LIFE_EVENTS``: a relative
"gone", both parents gone, a couple parting, laid off, a card damaged…; they weigh more than a single
colloquial word and are read by the embedding model too), signs of an off-topic question, and
requests for a person.
"""

from __future__ import annotations

from kiosk.navigator.answer import Aspect

FILLER_TOKENS = frozenset(
    ["我", "我们", "你", "您", "他", "她", "想", "要", "想要", "需要", "请问", "问", "问一下", "一下", "你好",
    "您好", "请", "麻烦", "帮", "帮我",
    "怎么", "怎么样", "怎样", "如何", "办", "办理", "去", "到", "在", "的", "了", "吗", "呢", "啊", "吧", "呀",
    "哦", "嗯", "那", "那个", "这个",
    "那么", "还", "还有", "就", "也", "都", "是", "有", "没有", "可以", "能", "能不能", "可不可以", "会", "什么",
    "啥", "哪", "哪个", "哪些", "个",
    "一个", "事", "事情", "东西", "手续", "业务", "给", "让", "得", "该", "应该", "现在", "今天", "一般", "然后",
    "还是", "对", "和", "与", "跟",
    "上", "下", "里", "吧", "么", "嘛", "咋", "咋办", "咱", "俺", "自己", "家里", "家", "刚", "刚刚", "已经", "不",
    "小", "这", "些", "一家",
    "一些", "有没有", "有没", "里面", "附近", "多少", "几", "谁", "为什么", "知道", "告诉", "看看", "看", "找",
    "弄", "搞", "ok", "好", "好的", "谢谢"]
)
"""jieba tokens that carry no meaning for finding a service."""

FILLER_CHARS = frozenset("我你您想要请问一下怎么如何的了吗呢啊吧呀哦那这个是有在去到能可以什么啥哪些么嘛咋")

ASPECT_WORDS: dict[Aspect, tuple[str, ...]] = {
    Aspect.MATERIALS: (
        "带什么材料", "要带什么", "带什么", "带哪些", "什么材料", "哪些材料", "材料", "资料", "准备什么", "要准备",
        "需要什么", "要什么证件", "证件", "带啥", "清单",
        "documents", "document", "bring", "paperwork", "material", "materials", "need to bring",
    ),
    Aspect.LOCATION: (
        "在哪里办", "在哪儿", "在哪里", "在哪", "哪里办", "哪个窗口", "几号窗口", "几楼", "几层", "怎么走", "哪里",
        "窗口", "位置", "地方", "where", "which window", "which floor", "floor", "window", "location", "how do i get",
    ),
    Aspect.FEE: (
        "多少钱", "收费", "费用", "收钱", "要钱", "交钱", "花钱", "免费", "价格", "工本费",
        "how much", "fee", "cost", "price", "free", "pay",
    ),
    Aspect.TIME_LIMIT: (
        "多久", "几天", "多长时间", "时限", "多少天", "什么时候能拿", "什么时候拿", "当天", "加急", "急件",
        "how long", "how many days", "when can i get", "ready",
    ),
    Aspect.HOURS: (
        "几点", "上班时间", "开门", "关门", "营业时间", "办公时间", "周末", "星期六", "周六", "周日", "中午",
        "opening hours", "open", "hours", "close", "weekend", "saturday", "sunday",
    ),
    Aspect.CONDITIONS: (
        "条件", "资格", "能不能办", "可以办吗", "符合", "要求", "谁可以", "eligible", "eligibility", "conditions",
        "requirement", "requirements", "who can",
    ),
    Aspect.ONLINE: (
        "网上", "线上", "手机上", "手机办", "app", "小程序", "不用跑", "在家办", "网上办", "online", "internet",
        "phone app", "website",
    ),
    Aspect.APPOINTMENT: ("预约", "约号", "提前约", "appointment", "book", "reserve"),
}
"""Phrases asking about one aspect; longest first within each list is not required."""

COLLOQUIAL: dict[str, tuple[str, ...]] = {
    # lost, broken, expired documents
    "丢": ("补领", "补办", "补证", "挂失", "遗失", "补发", "补换"),
    "掉了": ("补领", "补办", "挂失", "遗失", "补发"),
    "不见了": ("补领", "补办", "挂失", "遗失"),
    "找不到": ("补领", "补办", "遗失"),
    "被偷": ("补领", "补办", "挂失", "被盗"),
    "坏了": ("换领", "换证", "损坏", "补换"),
    "损坏": ("换领", "补换"),
    "过期": ("换领", "换证", "到期", "有效期"),
    "到期": ("换领", "换证", "有效期"),
    "换新": ("换领", "换证"),
    "改名": ("变更", "姓名变更"),
    "搬家": ("迁移", "迁入", "迁出", "户口"),
    "落户": ("户口", "迁入", "入户"),
    "弄没了": ("补领", "补办", "遗失"),
    "找不着": ("补领", "补办", "遗失"),
    "寻不着": ("补领", "补办", "遗失"),
    "没寻着": ("补领", "补办", "遗失"),
    # a death in the family
    "去世": ("死亡", "注销", "丧葬", "抚恤", "遗属"),
    "过世": ("死亡", "注销", "丧葬", "抚恤", "遗属"),
    "离世": ("死亡", "注销", "丧葬", "抚恤"),
    "病故": ("死亡", "注销", "丧葬", "抚恤"),
    "不在了": ("死亡", "注销", "丧葬"),
    "遗产": ("继承", "转移登记", "不动产"),
    "继承": ("继承", "转移登记"),
    "过户": ("转移登记", "不动产", "变更"),
    # soldiers and veterans, orphans, disability, hardship
    "当兵": ("退役军人", "优抚", "军人", "兵役"),
    "参军": ("退役军人", "优抚", "兵役", "征兵"),
    "退伍": ("退役军人", "优抚"),
    "老兵": ("退役军人", "优抚", "抚恤"),
    "打过仗": ("退役军人", "优抚", "参战"),
    "孤儿": ("孤儿", "困境儿童", "救助", "事实无人抚养"),
    "没人管": ("困境儿童", "事实无人抚养", "救助"),
    "残了": ("残疾人证", "残疾人"),
    "瘸": ("残疾人证", "残疾人"),
    "瞎了": ("残疾人证", "残疾人"),
    "聋": ("残疾人证", "残疾人"),
    "过不下去": ("低保", "救助", "特困"),
    # village life: building a house, farm land
    "盖房": ("宅基地", "建房", "农村住房"),
    "建房": ("宅基地", "农村住房"),
    "起房": ("宅基地", "建房"),
    "翻盖": ("宅基地", "建房"),
    "种地": ("土地承包", "耕地", "农业"),
    "包给": ("土地承包", "经营权", "流转"),
    "租地": ("土地承包", "经营权", "流转"),
    # health and old age
    "住院": ("医保", "报销", "医疗"),
    "老了": ("养老", "养老保险"),
    "养老钱": ("养老", "养老保险", "养老金"),
    "退修": ("退休", "养老"),
    # post and delivery
    "寄到": ("邮寄", "快递", "寄递"),
    "邮寄": ("邮寄", "快递"),
    "快递": ("邮寄", "快递"),
    # starting a business
    "开店": ("个体工商户", "营业执照", "设立", "经营"),
    "开个店": ("个体工商户", "营业执照", "设立"),
    "开奶茶": ("个体工商户", "食品经营", "营业执照", "设立"),
    "奶茶": ("食品经营", "个体工商户"),
    "饭店": ("食品经营", "个体工商户", "餐饮"),
    "餐馆": ("食品经营", "个体工商户", "餐饮"),
    "小吃": ("食品经营", "个体工商户"),
    "做生意": ("个体工商户", "营业执照", "设立"),
    "开公司": ("公司设立", "企业设立", "营业执照"),
    "注册公司": ("公司设立", "企业设立"),
    "执照": ("营业执照",),
    "发票": ("发票", "税务"),
    "报税": ("申报", "纳税", "税务"),
    # family life
    "生孩子": ("生育", "出生"),
    "生小孩": ("生育", "出生"),
    "生娃": ("生育", "出生"),
    "宝宝": ("出生", "新生儿", "生育"),
    "上户口": ("出生登记", "户口", "入户"),
    "领证": ("结婚登记", "结婚"),
    "结婚": ("结婚登记",),
    "离婚": ("离婚登记",),
    "老人": ("高龄", "养老", "长者"),
    "退休": ("养老", "退休", "养老金"),
    "养老金": ("养老", "退休"),
    "没工作": ("失业",),
    "丢了工作": ("失业",),
    "被辞": ("失业",),
    "辞职": ("失业", "离职"),
    "看病": ("医保", "医疗", "就医"),
    "报销": ("医保", "报销", "医疗"),
    "外地看病": ("异地就医", "医保"),
    "残疾": ("残疾人证", "残疾人"),
    "困难": ("低保", "救助", "特困"),
    # housing and money
    "买房": ("购房", "不动产", "公积金"),
    "卖房": ("不动产", "转移登记"),
    "房产证": ("不动产", "不动产权证"),
    "房本": ("不动产", "不动产权证"),
    "租房": ("租房", "公积金"),
    "取公积金": ("公积金提取",),
    "公积金取": ("公积金提取",),
    "贷款": ("贷款",),
    # travel and vehicles
    "出国": ("护照", "出入境"),
    "去香港": ("港澳", "通行证", "签注"),
    "去澳门": ("港澳", "通行证", "签注"),
    "去台湾": ("台湾", "通行证"),
    "港澳": ("港澳", "通行证"),
    "驾照": ("驾驶证",),
    "车牌": ("机动车", "号牌"),
    "买车": ("机动车", "登记"),
    # English
    "lost": ("reissue", "replacement", "replace", "lost"),
    "lose": ("reissue", "replacement", "lost"),
    "stolen": ("reissue", "replacement", "lost"),
    "broken": ("replacement", "renewal", "replace"),
    "expired": ("renewal", "renew", "replacement"),
    "id card": ("identity", "resident", "card"),
    "id": ("identity",),
    "shop": ("business", "individual", "license", "registration"),
    "store": ("business", "individual", "license"),
    "restaurant": ("food", "business", "license"),
    "company": ("company", "enterprise", "registration"),
    "marry": ("marriage", "registration"),
    "married": ("marriage", "registration"),
    "divorce": ("divorce",),
    "baby": ("birth", "newborn"),
    "retire": ("pension", "retirement"),
    "pension": ("pension", "retirement"),
    "died": ("death", "deregistration", "funeral"),
    "passed away": ("death", "deregistration", "funeral"),
    "funeral": ("death", "funeral"),
    "veteran": ("veteran", "retired", "military"),
    "disabled": ("disability", "disabled"),
    "wheelchair": ("disability", "accessible"),
    "mail": ("mail", "delivery", "post"),
    "post": ("mail", "delivery", "post"),
    "unemployed": ("unemployment",),
    "toilet": ("restroom", "toilet", "washroom"),
    "bathroom": ("restroom", "toilet"),
    "wc": ("restroom", "toilet"),
    "photocopy": ("copy", "copying", "print"),
    "housing fund": ("provident", "housing", "fund"),
    "hong kong": ("hong", "kong", "macao", "permit", "endorsement"),
    "macau": ("macao", "permit", "endorsement"),
    "driver": ("driving", "licence", "license"),
    "driving license": ("driving", "licence", "license"),
    "social security": ("social", "security", "insurance"),
    "medical insurance": ("medical", "insurance"),
    "tax": ("tax",),
}
"""Colloquial trigger → official words added to the query (with less weight than its own words)."""

KIN = ("爹", "爸", "妈", "娘", "父亲", "母亲", "老公", "老婆", "丈夫", "妻子", "爱人", "老伴", "老头", "老太",
       "老爷子", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "公公", "婆婆", "岳父", "岳母", "丈人", "儿子", "女儿",
       "孩子", "哥", "姐", "弟", "妹", "家人", "亲人", "老人", "长辈", "父母", "爹妈", "爸妈")
"""Family members, for life events told as a story ("我爹上个月没了")."""

_KIN = "|".join(sorted(KIN, key=len, reverse=True))
LIFE_EVENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # both parents gone: an orphan
    (r"(?:爹妈|爸妈|父母|爹娘)[^，。,.；;？?！!]{0,4}(?:都|双|全)[^，。,.；;？?！!]{0,6}(?:没了|走了|不在|去世|过世|死)",
     ("孤儿", "无人抚养", "困境儿童")),
    # a relative "gone" or "no more": a death, in everyday euphemism
    (rf"(?:{_KIN})[^，。,.；;？?！!]{{0,8}}(?:走了|没了|不在了|走的|没的|过去了)", ("死亡", "注销", "丧葬", "抚恤", "遗属")),
    # what a relative left behind: an inheritance
    (rf"(?:{_KIN})[^，。,.；;？?！!]{{0,4}}(?:留下|留给|遗留)", ("继承", "转移登记", "不动产")),
    # a couple parting: a divorce
    (r"(?:两口子|我俩|俺俩|我们俩|咱俩|夫妻|老公|老婆|丈夫|妻子|媳妇)[^。.？?！!]{0,12}离(?:了|掉|婚|开)?",
     ("离婚登记", "离婚")),
    # expecting a child: birth registration
    (r"怀孕|怀上|有喜了|二胎|三胎|备孕|要孩子|要二孩", ("生育登记", "生育")),
    # a long-term illness: chronic-disease benefits
    (r"高血压|血压高|糖尿病|常年吃药|长期吃药|慢性病|透析|尿毒症", ("慢性病", "慢特病", "门诊")),
    # a veteran of a war
    (r"参战|打过仗|[上参]过战场|自卫反击|援朝|抗战", ("优抚", "参战", "退役军人")),
    # an aid for a disability asked for
    (r"(?:领|要|申请|配|借|换)[^，。,.；;？?！!]{0,3}(?:轮椅|拐杖)|助听器|假肢|助行器", ("辅助器具", "辅具")),
    # no employer: flexible employment
    (r"没(?:有|得)?(?:单位|工作单位)|自由职业|网约车|滴滴|外卖|骑手", ("灵活就业", "个人参保")),
    # a child's or a newborn's health insurance
    (r"(?:孩子|小孩|宝宝|娃|学生|伢|新生儿)[^。.；;？?！!]{0,12}医保", ("城乡居民", "居民医保")),
    # someone who cannot look after themselves: care allowances
    (r"伺候|照料|卧床|瘫在床|要人照顾|离不开人", ("护理", "护理补贴")),
    # the card used at the hospital or the pharmacy: the social-security card
    (r"(?:医院|药店|药房|看病|拿药)[^，。,.；;？?！!]{0,4}刷", ("社会保障卡", "社保卡")),
    # a shop or firm closing: deregistration
    (r"不开了|不干了|不做了|关门了|关掉|停业|歇业", ("注销",)),
    # put into another's name: a transfer
    (r"(?:过|转|换|改)到[^，。,.；;？?！!]{0,4}名下", ("转移登记", "过户")),
    # laid off, dismissed, the employer closed: unemployment
    (r"辞退|裁员|裁掉|开除|下岗|倒闭|[把被给叫让]我?[^，。,.；;？?！!]{0,3}(?:辞|裁)(?:了|掉)", ("失业",)),
    (r"laid off|\bfired\b|lost my job", ("unemployment",)),
    # damaged beyond use: a replacement
    (r"[洗压折摔泡刮磨]坏|失灵|不灵了|读不出|刷不了|刷不出|消磁", ("换领", "补换", "损坏")),
    (r"damaged", ("replacement",)),
    # a sense or limb lost: disability
    (r"听不见|看不见|瘫痪|截肢|智力障碍", ("残疾人证", "残疾人")),
    (r"\bdeaf\b|\bblind\b", ("disability",)),
)
"""General life events as patterns (a story with no procedure word) → the procedure words catalogs use."""

OFF_TOPIC = (
    "天气", "下雨", "气温", "新闻", "笑话", "讲个故事", "唱歌", "唱首歌", "股票", "基金涨", "彩票", "足球", "篮球",
    "比赛",
    "电影", "电视剧", "明星", "游戏", "谈恋爱", "女朋友", "男朋友", "你几岁", "你是谁", "你叫什么", "吃饭了吗",
    "好吃的",
    "餐厅推荐", "旅游", "景点", "八卦", "算命", "星座", "翻译", "写诗", "一首诗", "写首诗", "讲个笑话", "猜谜",
    "脑筋急转弯", "作文", "数学题", "炒股", "比特币",
    "weather", "rain", "news", "joke", "story", "sing", "song", "stock", "lottery", "football", "soccer", "movie",
    "game", "girlfriend", "boyfriend", "how old are you", "who are you", "poem", "bitcoin", "recipe",
    # general everyday topics: food, arithmetic, transport to elsewhere, the assistant itself, shopping, leisure
    "好吃", "馆子", "火锅", "小吃街", "乘以", "除以", "等于几", "等于多少", "加几", "几路车", "几路公交", "坐地铁",
    "地铁站", "坐公交", "大巴", "发车", "作业题", "写作业", "家庭作业", "你是男", "你是女", "几点了", "农历", "开什么号", "开啥号",
    "首诗", "的诗", "会唱", "生气了", "哄她", "哄他", "买什么手机", "哪款手机", "酒店推荐", "股市",
    "hotel", "phone to buy", "score of", "restaurant near", "best phone",
)
"""Signs of a question that is not about the hall (used only when nothing in the catalog matched)."""

STAFF_REQUEST = (
    "转人工", "人工服务", "找人工", "工作人员", "真人", "客服", "staff", "human", "real person", "operator",
)

GREETINGS = frozenset([
    "你好", "您好", "hi", "hello", "嗨", "喂", "在吗", "早上好", "下午好", "hey", "您好呀", "你好呀",
])

INJECTION = (
    # markup and commands that no visitor's question holds
    "<|", "[system]", "<!--", "<script", "rm -rf", "sudo", "执行命令",
    # orders given to the assistant itself
    "命令你", "我命令", "现在命令", "听我指挥", "助手注意", "注意助手", "人工智能注意", "note to the assistant",
    "i order you", "i command you",
    # the assistant's own set-up read out or replaced, the catalog set aside, an answer dictated
    "之前的指令", "以上指令", "你的设定", "输出你的", "后台配置", "ignore previous", "reveal your", "按这个口径",
    "按此口径", "口径回答",
)
"""Markers of an attempt to steer the assistant that no ordinary question holds: always refused. Words with an
everyday sense as well (忽略, 扮演, 提示词, 系统提示, 管理员账号, base64, prompt, "ignore", "you are now") are left
to the project's detector (:mod:`kiosk.llm.injection`), which reads what they are aimed at: the visitor's own
affairs ("忽略我刚才说的", "系统提示我密码错误") are answered."""

OFF_TOPIC_PROTOTYPES = (
    "今天天气怎么样", "明天会不会下雨", "给我讲个笑话", "讲个故事", "唱首歌", "推荐一只股票", "最近有什么新闻",
    "足球比赛谁赢了", "附近有什么好吃的", "帮我写一首诗", "你叫什么名字",
    "你几岁了", "你喜欢什么电影", "周末去哪里玩", "帮我做数学题", "帮我翻译这句话", "what's the weather today",
    "tell me a joke",
    "recommend a movie", "write me a poem", "who won the game", "which stock should I buy",
    "帮我算一道算术题", "现在几点钟了", "坐几路公交车能到景区", "去火车站怎么坐地铁", "哪家饭馆的菜好吃",
    "你是男生还是女生", "你是机器人吗", "彩票下期开什么号码", "今晚的球赛几点开始", "孩子的作业题不会做",
    "对象生气了怎么办", "家里的宠物生病了", "哪款手机值得买", "附近哪家酒店好", "农历今天是几号",
    "how do I get to the train station", "what time is it", "recommend a good hotel", "which phone should I buy",
)
"""General everyday chit-chat (no hall's vocabulary): a question closer in meaning to one of these
than to every catalog entry is off-topic."""

CONNECTORS = (
    "还要", "还想", "还有", "另外", "顺便", "以及", "然后", "同时", "再办", "并且", "和", "跟",
    "，还", "，再", "，也", ",还", ",再", "；还", "；再", "，顺带", ",顺带", "，顺手", ",顺手",
    " and also ", " and ", " also ", " plus ",
)
"""Words that join two needs in one question ("补身份证，还要办护照"). A bare comma does not: a first clause
is often the story behind one need ("房贷还完了，…")."""

ALSO_WORDS = ("也", "一起", "一块", "一并", "顺带", "顺手", "同时")
"""Words that make a later clause a further need ("户口要销掉，他的养老保险也要停"): a comma before a clause that
holds one of them after a subject of its own (near its start) splits the question there."""
ALSO_REACH = 12
"""How far into a clause (characters) an ``ALSO_WORDS`` word still marks it as a further need."""

HALL_BUSINESS = (
    "窗口", "去哪办", "哪里办", "在哪办", "哪儿办", "怎么办理", "要办", "想办", "办个", "办一下", "手续",
    "counter", "which window", "apply for", "register",
)
"""Words that ask about doing business at a hall: such a question is never refused as chit-chat for its
meaning alone (closer to chit-chat than to any entry); far from every entry it is handed to staff."""

PROCEDURE_WORDS = (
    "执照", "许可证", "许可", "登记", "申领", "申请", "补办", "补领", "换领", "备案", "户口", "户籍", "身份证",
    "社保", "医保", "公积金", "营业", "证明", "办证", "证件", "低保", "补贴", "补助", "退休", "养老",
    "护照", "签注", "通行证", "领证", "签证",
    "license", "permit", "registration", "certificate", "apply", "passport", "visa",
)
"""Words of official procedures in any hall: a question holding one is not refused for an everyday word
beside it ("在夜市摆个小吃摊要什么执照"), only for its meaning."""


CLOSING = (
    "注销", "销户", "撤销", "停业", "歇业", "关店", "关门", "关闭", "终止", "停保", "停缴", "退保", "吊销",
    "deregist", "cancel", "closing", "close", "terminat", "wind up",
)
"""Words in an entry's own names that say it ends something (a business, an account, a registration)."""
CLOSING_TOLD = ("不开了", "不干了", "不做了", "关了", "倒闭", "黄了", "停了", "撤了", "散伙", "销掉", "销了", "要销")
"""Further words a question uses for ending something ("店关了", "要销户口")."""
OPENING = (
    "开(?:个|家|一个|一家|间|一间|了个|张|业|办)(?!证明|发票|票|收据|单子|病假|药|证)",
    "开[^，,。？?！!]{0,5}?(?:店|馆|铺|公司|厂|摊|门面|工作室|超市)",
    "新开", "新办",
    "设立", "成立", "创办", "创业", "开户", "开通", "开立",
    "open(?:ing)? (?:a|an|my|our) ", "set(?:ting)? up", "start(?:ing)? (?:a|an|my|our) ",
)
"""Patterns of a question that starts something (a business, an account): opening a shop, not issuing a
receipt ("开发票") or a certificate ("开证明")."""

BOTH = (
    "(?:两个|两样|俩|二者|两者)都", "(?:和|跟|同埋|与|及|还有|、)[^，,。？?！!]{1,12}?(?:都|全)(?:要|想|得|还没|没|丢|不见|被)",
    "(?:全|都)(?:没了|丢了|不见了)",
)
"""Patterns of a question that wants both of two things named together ("执照和许可证都要办", "两个都要补")."""

FIRST_ISSUE = ("首次", "初次", "新办", "申领", "申办")
"""Words in an entry's name that say it issues something for the first time ("居民身份证首次申领")."""
REPLACING = ("补", "换", "挂失", "遗失", "损坏", "延期", "续")
"""Words in an entry's name that say it replaces or renews something: such an entry is no first issue."""
REPLACE_TOLD = (
    "丢了", "弄丢", "搞丢", "掉了", "被偷", "偷了", "坏了", "烂了", "洗了", "刷不", "读不", "找不着", "找不到",
    "不见了", "过期", "到期", "磨损", "补办", "补领", "补卡", "补一张", "换卡", "换新", "换一张", "换张", "换本",
    "lost", "stolen", "damaged", "broken", "expired", "expire", "replace", "renew",
)
"""Words of a question about something the citizen had and lost, broke or outlived (not a first issue)."""
FIRST_TOLD = ("第一次", "首次", "头一回", "头一次", "初次", "新办", "从来没", "first time", "never had")
"""Words of a question that asks for a first issue after all."""
