"""Names a sentence mentions that the cited entries must contain: documents, apps, platforms, quoted names.

- **Documents** (materials): a word ending in 证, 证明, 证书, 簿, 本, 书, 表, 卡, 执照, 照片, 合同, 报告,
  回执, 凭证… with one to four characters before it ("结婚证", "不动产权证书", "出生医学证明"), or an
  English one ("marriage certificate"). A mention is supported when its last characters (the
  distinguishing part before the suffix, with the suffix) occur in the entries; synonyms are folded
  (户口本 = 户口簿, 相片 = 照片, 驾照 = 驾驶证…).
- **Apps and platforms**: a name before App/小程序/公众号/客户端/网/平台, a quoted name (‘i深圳’,
  “深圳公安”, 《…》), or a well-known app (微信, 支付宝, 粤省事…).
"""

from __future__ import annotations

import re

from kiosk.llm.facts import numeric, plain

_SYNONYMS = (
    ("户口本", "户口簿"), ("户口薄", "户口簿"), ("相片", "照片"), ("相片", "照片"), ("驾照", "驾驶证"),
    ("房产证", "不动产权证书"), ("房本", "不动产权证书"), ("身份证件", "身份证"), ("结婚证书", "结婚证"),
    ("证件照", "照片"), ("寸照", "寸照片"), ("出生证", "出生医学证明"), ("营业执照副本", "营业执照"),
    ("社会保障卡", "社保卡"), ("医疗保险卡", "医保卡"), ("复印件", "复印件"), ("离职证明", "劳动关系证明"),
    ("租房合同", "租赁合同"), ("购车发票", "机动车销售统一发票"), ("收据", "凭证"), ("婚姻登记证", "结婚证"),
    ("公司执照", "营业执照"), ("企业执照", "营业执照"), ("领照", "领执照"),
)  # fmt: skip
_DOC_SUFFIX = re.compile(
    r"(证明书|许可证|合格证|检查证明|检验报告|检测报告|介绍信|遗失声明|登报声明|声明书|证明信|推荐信|证明|证书|通知书|委托书|申请书|承诺书|协议书|判决书|调解书|公证书|决定书|登记表|申请表|审批表|"
    r"信息表|账户信息|意见|执照|护照|驾照|照片|相片|合同|协议|报告|回执|凭证|发票|小结|病历|明细清单|清单|流水|收据|票据|存折|档案|记录|遗嘱|欠条|借条|工资条|公章|印章|簿|证|卡|函|单|表|书)"
)
_PLACE_AFTER = frozenset("厅室处区馆台")
_WORD_STARTS = ("交易", "交通", "交接", "开户", "开业", "带薪")
"""Two characters whose first is a break elsewhere (交, 开, 带: 交材料) but starts a word here (交易证明)."""
_NOT_A_BREAK = ("身份", "社保", "医保", "参保", "低保", "停保", "退保", "投保", "续保")
"""Two characters whose last is a break before a name elsewhere (份, 保) but part of the name here (社保卡)."""


_VISA = re.compile(r"(?:(?<![a-z0-9])([a-z]\d?)字?)?(工作|学习|留学|旅游|商务|探亲|访问|团聚|私人事务|过境|乘务|记者|人才)?类?签证")
"""A visa of a type: its letter code (Z, X1) and its kind (工作, 学习: the kinds of the law), either or both."""


def _abbreviates(source: str, prefix: str, suffix: str) -> bool:
    """Whether ``prefix + suffix`` is a shortening of a document the entries name: its characters in order
    inside one name ending in the same suffix ("食品证" in 食品经营许可证, "残疾证" in 残疾人证)."""
    if len(prefix) < 2:
        return False
    gap = r"[\u4e00-\u9fff]{0,4}"
    # the shortened name must end where the entries' name ends: 居住证 is not the 居住证明 they list; a prefix
    # read one character too far back (法院生效文书: 院 ends the issuer) is tried without it when 3 are left
    return any(re.search(gap.join(map(re.escape, p)) + gap + re.escape(suffix) + "(?![明书件照号])", source) is not None
               for p in (prefix, prefix[1:] if len(prefix) >= 4 else "") if p)
_STANDALONE = frozenset({"遗嘱", "欠条", "借条", "公章", "印章", "档案", "护照", "执照", "合同", "协议", "病历", "存折", "照片"})
_NOT_DOC_BEFORE = set(
    "办领换补发制取持验认保论考查凭出开新旧原该此本的等和与及或带交要需把被给、，。 好齐请您你他她其各每这那张份到拿能就可也都过了着是"
    "果若后话些以用来"  # 如果, 若, 之后, 的话, 这些, 可以用来: a clause goes on, no document name
    "拍印"  # 拍证件照, 复印身份证: what is done with it, not its name
)
_NOT_DOCS = (
    "保证", "验证", "认证", "论证", "考证", "查证", "凭证件", "见证", "印证", "例证", "作证", "求证", "辩证", "签单",
    "菜单", "清单", "订单", "简单", "名单", "单位", "账单", "传单", "表单", "菜卡", "打卡", "刷卡", "插卡", "卡住",
    "卡顿", "关卡", "证件", "证照", "材料", "信函", "公函", "证明材料", "办证", "领证", "取证", "制证", "发证",
    "出证", "拿证", "换证", "补证", "持证", "销证", "原件", "复印件", "证号", "卡号", "证据", "证人", "上有",
    "代表", "表示", "表明", "表达", "表现", "手表", "外表", "表扬", "表态", "列表", "发表", "表格", "读书", "书店", "图书",
    "书面", "秘书", "书记", "书法", "看书", "书包", "念书", "书写", "书籍", "全书", "记录下", "记录在", "记录您", "有记录",
    "填表", "领表",
)  # fmt: skip
_EN_DOC = re.compile(
    r"\b(?:certificates?|licen[cs]es?|passports?|booklets?|register|permits?|contracts?|agreements?|photos?|photographs?|"
    r"receipts?|statements?|diplomas?|deeds?|letters?|forms?|cards?|rulings?|awards?|judg(?:e)?ments?|verdicts?|"
    r"references?|testimonials?|records?|reports?|invoices?|proofs?|transcripts?|declarations?)\b",
    re.IGNORECASE,
)
_EN_ATTRIBUTE = re.compile(r"^(?:[\w]*-(?:background|inch|sized?|colou?r)|recent|first|first-time|three|four|five|six|colou?r|printed)$")
_EN_NOT_NEEDED = re.compile(
    r"\bno\s+(?:[\w'-]+\s+){0,3}?(?:certificate|licen[cs]e|passport|booklet|register|permit|contract|photo|receipt|letter|form|card)s?"
    r"\s+(?:is|are)?\s*(?:needed|required)|\b(?:[\w'-]+\s+){0,2}(?:certificate|booklet|register|permit|photo|letter|form|card)s?"
    r"\s+(?:is|are)\s+(?:not|no longer)\s+(?:needed|required)"
)
_EN_FROM = re.compile(
    r"\s+(?:issued\s+|signed\s+)?(?:from|by)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?!(?:your|their|this|that)\b)([a-z]{4,})\b",
    re.IGNORECASE,
)
_EN_WORD_BEFORE = re.compile(r"([A-Za-z'-]+)\s+$")
_EN_STOP = {"the", "a", "an", "your", "my", "their", "his", "her", "its", "of", "and", "or", "with", "bring", "show",
            "original", "copy", "copies", "valid", "new", "old", "this", "that", "any", "one", "two", "also", "need",
            "needs", "needed", "must", "to", "for", "take", "taken", "plus", "own", "current", "please", "our",
            "id", "queue", "ticket", "number", "application", "have", "has", "get", "gets", "got", "collect", "receive",
            "apply", "issue", "issued", "use", "keep", "lose", "lost", "renew", "replace", "post", "posted", "mail",
            "is", "are", "be", "will", "can", "you", "we", "they", "it", "on", "in", "at", "both", "each", "partners",
            "partner's", "someone's", "agent's", "from", "by", "2", "3", "only", "if", "then", "should", "may", "so-called"}  # fmt: skip
_GENERIC_EN_DOCS = {"card", "form", "letter", "photo", "photos", "document", "receipt", "id card", "application form",
                    "queue ticket", "ticket", "number"}  # fmt: skip

KNOWN_APPS = (
    "微信", "支付宝", "粤省事", "粤商通", "粤政易", "i深圳", "深圳公安", "国家政务服务平台", "个人所得税", "个税",
    "掌上12333", "电子社保卡", "交管12123", "云闪付", "学习强国", "抖音", "淘宝", "美团", "京东", "随申办", "浙里办",
    "皖事通", "鄂汇办", "闽政通", "天府通办", "一网通办", "WeChat", "Alipay", "Taobao",
)  # fmt: skip
_APP_BEFORE = re.compile(
    r"([A-Za-z0-9\u4e00-\u9fff]{2,10}?)\s*(?:(?:App|APP|app)(?![a-z])|小程序|公众号|服务号|客户端|网上办事大厅|政务服务网|服务网|网站|官网|平台)"
)
_APP_STOP = re.compile(
    r"^.*(?:或者|或是|以及|还是|还有|通过|在|用|使用|下载|登录|登陆|打开|关注|进入|搜索|或|和|及|与|的|上|到|去|可|可以|也|并|微信)"
)
_EN_APP = re.compile(
    r"((?:\b(?:[A-Z][\w'-]*|i|of|and|&)\s+){1,6})(?:WeChat\s+)?"
    r"(?:app|mini[- ]?program|website|web site|platform|official account|account|portal)\b"
)
_EN_APP_EDGE = re.compile(r"^(?:(?:the|of|and|&|via|on|in)\s+)+|(?:\s+(?:of|and|&|the))+$", re.IGNORECASE)
_HAN_BEFORE_EN_APP = re.compile(
    r"([\u4e00-\u9fff]{2,12})\s*(?:mini[- ]?programs?|apps?|official accounts?|websites?|platforms?|portals?)\b", re.IGNORECASE
)
_HAN_IN_BRACKETS = re.compile(r"[(（]([\u4e00-\u9fff]{2,12})[)）]")
_CONTRACTION = re.compile(r"(?<=[A-Za-z])['’](?=[A-Za-z])")
"""The apostrophe of "that's" / "it's": no quotation mark."""
_SHORT_APP_AFTER = re.compile(r"\s*(?:App|APP|app|小程序|客户端|公众号|[”\"」』])")


def _short_for(short: str, name: str) -> bool:
    """Whether ``short``'s characters appear in ``name`` in order (个税 in 个人所得税)."""
    rest = iter(name)
    return all(c in rest for c in short)


_WECHAT_CHANNEL = re.compile(r"微信\s*(?:公众号|小程序|服务号)|\bWeChat\s+(?:official\s+)?(?:account|mini[- ]?program)", re.IGNORECASE)


def _wechat_channel(text: str, source: str) -> bool:
    """Whether ``text`` calls a 公众号 or 小程序 the entries name a WeChat one ("西安不动产登记"微信公众号 for the
    entries' "西安不动产登记"公众号): every 公众号 and 小程序 is WeChat's."""
    return bool(_WECHAT_CHANNEL.search(text)) and bool(re.search(r"公众号|小程序|服务号|wechat", source, re.IGNORECASE))


def _as_app(app: str, text: str) -> bool:
    """Whether ``app`` is named as an app in ``text``: a short form of another app's name (个税 of 个人所得税)
    is an everyday word too (个税纳税记录) unless App, 小程序… or a closing quote follows it."""
    if app.isascii() or len(app) > 2 or not any(o != app and _short_for(app, o) for o in KNOWN_APPS):
        return True
    return any(_SHORT_APP_AFTER.match(text, m.end()) for m in re.finditer(re.escape(app), text))


_QUOTED = re.compile(r"[‘'“\"「『《〈]([^’'”\"」』》〉]{1,24})[’'”\"」』》〉]")


_NEGATED = re.compile(
    r"(?:无需|无须|不需要?|不用|不必|免交|免予提交|不再需要?)(?:再)?(?:提供|提交|携带|出具|带|交)?[\u4e00-\u9fff]{0,8}?"
    r"(?:证明|证书|簿|本|证|卡|表)"
)
NEGATED_DOCUMENT = _NEGATED
"""A document said not to be needed (不需要户口簿): no document claimed (for :mod:`kiosk.llm.novelty`)."""
_ALTERNATIVES = re.compile(r"([\u4e00-\u9fff]{1,4}?)[或、和及/]([\u4e00-\u9fff]{1,4}?)(证明|证书|证|表|卡|簿|合同)")
_ISSUER = re.compile(r"([0-9a-z\u4e00-\u9fff]{2,6}?)(?:出具|开具|签发|盖章|开)的$")
_NEAR = 60


def _issuer_named(issuer: str, source: str) -> bool:
    """Whether the entries name ``issuer`` (its last three characters: 中介公司 is not any 公司 they name)."""
    core = issuer.lstrip("以及和与或并由在从向的、")
    return core[-3:] in source if len(core) >= 3 else core[-2:] in source


_EN_GLOSS_WORDS = """
social:社会,社保 security:保障,社保 insurance:保险,社保,医保 medical:医疗,医学,医保 card:卡,证 identity:身份
bank:银行 debit:借记 receipt:回执,凭证,收据,发票 photo:照片,相片,照 photograph:照片,相片 exit-entry:出入境
exit:出境,出 entry:入境,入 electronic:电子 certificate:证,证明,证书 proof:证明 individual:个体,个人
business:营业,经营,工商,企业,个体 licence:执照,许可 license:执照,许可 permit:许可,证,签注 child:儿童,子女,孩,婴儿,新生儿
household:户口,户 register:簿,登记 registration:登记 guardian:监护 home:房,住房,回乡,内地 ownership:有房,产权,权 no:无,未
housing:住房,房 property:不动产,房产,房屋,房 title:权证,权属,产权 deed:证书,契 marriage:婚 birth:出生 death:死亡 tax:税
fund:公积金,基金 provident:公积金 pension:养老 vaccination:接种,疫苗 record:记录,档案,证 criminal:犯罪 lease:租赁,租
rental:租赁,租 contract:合同 application:申请 form:表 letter:函,信 statement:声明,说明,流水 income:收入 residence:居住
resident:居民 student:学生,在读 school:学校,在读,学 work:工作,就业,劳动 employment:就业,劳动 unemployment:失业
disability:残疾 disabled:残疾 food:食品 driving:驾驶 vehicle:车 passport:护照 visa:签证 family:亲属,家庭,家
parent:父母,父,母 applicant:申请人 original:正本,原件 copy:副本,复印件 accommodation:住宿 purchase:购 loan:贷
down:首付 payment:付款,缴,付 company:公司,企业 enterprise:企业 allowance:补贴,津贴 subsidy:补贴,补助 elderly:老年,高龄
hukou:户口,户籍 booklet:簿 return:回乡,来往,往来 mainland:内地 party:方,当事人 joint:合影,共同 bill:账单,发票,票据 invoice:发票 release:注销,解除 mortgage:抵押 death:死亡 termination:解除,终止
"""
_EN_GLOSS: dict[str, tuple[str, ...]] = {
    w: tuple(spellings.split(",")) for w, _, spellings in (item.partition(":") for item in _EN_GLOSS_WORDS.split())
}
"""English words of government-service documents and apps → Chinese spellings the entries may use."""
_EN_SPAN = 12
"""How near (characters) the entries' spellings of a phrase's words must be to one another (one name)."""


def _spellings(word: str) -> tuple[str, ...]:
    """The Chinese spellings of one English word (child's → child, photos → photo, exit-entry → 出入境)."""
    word = re.sub(r"'s?$", "", word.lower())
    for key in (word, _singular(word), word.rstrip("s")):
        if key in _EN_GLOSS:
            return _EN_GLOSS[key]
    return ()


def _romanised(word: str, source: str) -> list[int]:
    """Where ``source`` holds the Chinese characters a romanised name spells in pinyin (Hangzhou → 杭州)."""
    if len(word) < 4 or not word.isalpha():
        return []
    from pypinyin import lazy_pinyin

    target = word.lower()
    syllables = [lazy_pinyin(ch)[0] if _han(ch) else "?" for ch in source]  # one per character, as in source
    found = []
    for i in range(len(syllables)):
        spelled = ""
        for j in range(i, min(i + 4, len(syllables))):
            spelled += syllables[j]
            if spelled == target:
                found.append(i)
            if len(spelled) >= len(target):
                break
    return found


def rendered(words: list[str], source: str) -> bool:
    """Whether ``source`` (Chinese) names what the English ``words`` say: each word has a spelling in it (a
    glossary word, or a place name in pinyin) and all of them lie within :data:`_EN_SPAN` characters of one
    another (social security card → 社保卡; exit-entry receipt photo → 出入境照片回执)."""
    parts: list[list[int]] = []
    for word in words:
        spellings = _spellings(word)
        if not spellings and "-" in word:
            spellings = tuple(s for piece in word.split("-") for s in _spellings(piece))
        at = [m.start() for s in spellings for m in re.finditer(re.escape(s), source)]
        if not at and word[:1].isupper():
            at = _romanised(word, source)
        if not at:
            return False
        parts.append(at)
    return bool(parts) and any(all(any(abs(p - q) <= _EN_SPAN for p in other) for other in parts) for q in parts[0])


def _singular(text: str) -> str:
    return re.sub(r"\b([a-z]{3,}?)(?:es|s)\b", r"\1", text)


_INCH = re.compile(r"([一二两三四五六])寸")


def _fold(text: str) -> str:
    text = re.sub(r"\s+", "", plain(text)).lower()
    text = _INCH.sub(lambda m: numeric(m.group(1)) + "寸", text)  # 一寸照片 = 1寸照片
    for a, b in _SYNONYMS:
        text = text.replace(a, b)
    return text


fold_documents = _fold  # one spelling per document (户口本 = 户口簿, 房产证 = 不动产权证书…), for kiosk.llm.materials


def _contains(source: str, word: str) -> bool:
    """Whether ``source`` names the document ``word``: a 居住证 is not the 居住证明 the entries ask for."""
    if not word.endswith("证"):
        return word in source
    return re.search(re.escape(word) + "(?!明)", source) is not None


_PHOTO_WORDS = re.compile(r"照相|拍照|相片|证件照|免冠照")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Mentions:
    """What the cited entries name: documents, apps, platforms; checks a sentence's mentions against them."""

    def __init__(self, source: str, names: str = "") -> None:
        """``source``: the entries' text; ``names``: the cited services' names (a "marriage certificate" is
        what "Marriage registration" issues)."""
        self.names_en = set(_singular(plain(names).lower()).split())
        self.source = _fold(source)
        self.source_en = _singular(re.sub(r"\s+", " ", plain(source).lower()))
        # "no hukou booklet is needed": not a document the entries list
        self.doc_source_en = _EN_NOT_NEEDED.sub(" ", self.source_en)
        docs = _NEGATED.sub("", self.source)
        # "就业或就读证明" lists 就业证明 and 就读证明
        extra = [a + c for a, _, c in _ALTERNATIVES.findall(docs)] + [b + c for _, b, c in _ALTERNATIVES.findall(docs)]
        # "居民死亡医学证明（推断）书" is also named without its bracketed insertion
        unbracketed = re.sub(r"[（(][^（）()]{1,8}[）)]", "", docs)
        self.doc_source = docs + "\n" + "\n".join(extra) + "\n" + unbracketed

    # -- documents -------------------------------------------------------------------------------
    def _visas(self, text: str, unknown: list[str]) -> str:
        """``text`` with each visa of a type (Z字工作签证, X1签证, 工作签证) blanked out; a type the entries do not
        name (its letter code with 字 or 签证, its kind near a 签证) is added to ``unknown``."""
        source = self.doc_source + "\n" + self.source

        def one(m: re.Match[str]) -> str:
            code, kind = m.group(1) or "", m.group(2) or ""
            if not code and not kind:
                return m.group()  # 签证 itself: the document rules read it
            known_code = not code or re.search(rf"(?<![a-z]){re.escape(code)}(?:字|签证|类签证|visa)", source) is not None
            known_kind = not kind or re.search(rf"{re.escape(kind)}.{{0,12}}签证|签证.{{0,6}}{re.escape(kind)}", source) is not None
            if not (known_code and known_kind):
                unknown.append(m.group())
            return " " * len(m.group())

        return _VISA.sub(one, text)

    def unknown_documents(self, sentence: str) -> list[str]:
        """Documents ``sentence`` names that the entries do not."""
        text = _NEGATED.sub("", _fold(sentence))  # "不需要户口簿" claims no document
        source = self.doc_source
        unknown: list[str] = []
        text = self._visas(text, unknown)
        for m in _DOC_SUFFIX.finditer(text):
            suffix = m.group()
            start = m.start()
            prefix = ""
            k = start
            while k > 0 and len(prefix) < 4 and _han(text[k - 1]) and (
                text[k - 1] not in _NOT_DOC_BEFORE or text[k - 2 : k] in _NOT_A_BREAK  # 份: a measure word, not in 身份证
                or text[k - 1 : k + 1] in _WORD_STARTS  # 交易证明: 交 starts the word, it asks for nothing here
            ):
                k -= 1
                prefix = text[k:start]
                if text[k - 1 : k + 1] in _NOT_A_BREAK[1:]:
                    k -= 1  # 社保, 医保…: where the name starts ("打印参保证明" names 参保证明)
                    prefix = text[k:start]
                    break
            if prefix.startswith("者") and text[k - 1 : k] == "或":
                prefix, k = prefix[1:], k + 1  # "或者签证页": 者 ends the conjunction 或者
            word = prefix + suffix
            if text.startswith(_NOT_DOCS, start) or (len(suffix) == 1 and text[m.end() : m.end() + 1] in _PLACE_AFTER):
                continue  # 证件, 证号, 卡号: not a document of its own; 颁证厅, 公证处: a place
            if not prefix:
                issuer = _ISSUER.search(text, max(0, start - 10), start)
                if issuer and issuer.group(1)[-2:] not in source:
                    unknown.append(issuer.group(1) + suffix)  # "社区居委会出具的证明"
                elif suffix == "照片" and _PHOTO_WORDS.search(source + self.source):
                    continue  # "照片可以现场拍": the entries ask for a photo in other words (照相回执, 现场拍照)
                elif (len(suffix) >= 3 or suffix in _STANDALONE) and suffix not in source:
                    unknown.append(suffix)  # "介绍信" on its own
                continue
            if text[k:start + len(suffix) + 2].startswith(_NOT_DOCS) or word.endswith(_NOT_DOCS):
                continue
            if suffix in ("照片", "回执", "申请表") and prefix[-1] in "证卡照" and suffix in source:
                continue  # "优待证照片": the photo for that certificate, which the entries ask for
            if len(prefix) == 1 and len(suffix) >= 2 and suffix in source:
                continue  # "办理护照": 护照 is a document of its own
            issuer = _ISSUER.search(text, max(0, k - 10), k)
            if issuer and len(issuer.group(1)) >= 3 and not _issuer_named(issuer.group(1), source):
                unknown.append(issuer.group(1) + word)  # "居委会盖章的居住证明": an issuer the entries do not name
                continue
            if _contains(source, word) or _contains(source, text[max(k, start - 2) : m.end()]):
                continue  # the word, or its last two characters with the suffix, are in the entries
            stem = prefix if len(prefix) >= 4 else text[max(k, start - 2) : start]  # 犯罪记录证明: not just 记录
            if len(suffix) >= 2 and self._near(source, stem, suffix):
                continue  # "体检证明": 体检 in the note of a 证明 the entries list
            if suffix == "照片" and len(prefix) >= 3 and all(self._near(source, prefix[i - 2 : i], suffix) for i in range(len(prefix), 1, -2)):
                continue  # "彩色免冠照片" for 免冠彩色照片: a photo's attributes, each given next to the photo
            if len(suffix) == 1 and suffix in "单函卡" and len(prefix) < 2:
                continue
            if _abbreviates(source, prefix, suffix):
                continue  # "食品证" for 食品经营许可证: the entries' document, shortened
            if any(text[max(0, start - n) : m.end()] in source for n in (5, 6, 7)):
                continue  # a name longer than the prefix read (住房公积金缴存证明)
            unknown.append(word)
        english = plain(sentence)
        for m in _EN_DOC.finditer(english):
            phrase_words = [m.group()]
            pos = m.start()
            for _ in range(2):
                w = _EN_WORD_BEFORE.search(english, max(0, pos - 40), pos)
                if w is None or w.group(1).lower() in ("and", "or", "of", "nor"):
                    break  # "articles of association and proof": another document before the conjunction
                phrase_words.insert(0, w.group(1))
                pos = w.start()
            words = [w for w in " ".join(phrase_words).lower().split() if w not in _EN_STOP and not _EN_ATTRIBUTE.match(w)]
            if not words:
                continue
            phrase = " ".join(words)
            issuer = _EN_FROM.match(english, m.end())
            if issuer and _singular(issuer.group(1).lower()) not in self.source_en:
                unknown.append(f"{m.group()} from {issuer.group(1)}")  # "a letter from your landlord"
                continue
            if phrase in ("photo", "photos") and not re.search(r"照片|photo", self.doc_source + self.doc_source_en):
                unknown.append(phrase)  # "a recent photo" where the entries ask for no photo at all
                continue
            if phrase in _GENERIC_EN_DOCS or len(words) == 1:
                continue
            raw = _singular(" ".join(phrase_words).lower())
            if any(re.search(rf"\b{re.escape(p)}s?\b", self.doc_source_en) for p in (
                _singular(phrase), _singular(" ".join(words[-2:])), raw, " ".join(raw.split()[-2:]))):  # fmt: skip
                continue
            if len(words) == 2 and (
                self._near(self.doc_source_en, _singular(words[0]), f" {_singular(words[1])} ")
                or _singular(words[0]) in self.names_en
            ):
                continue  # "marriage certificate": what Marriage registration issues
            if rendered(phrase.split(), self.source):
                continue  # "social security card": the entries' 社保卡, in English
            unknown.append(phrase)
        return unknown

    @staticmethod
    def _near(source: str, stem: str, suffix: str) -> bool:
        """Whether ``stem`` occurs in ``source`` within a short distance of ``suffix``."""
        if len(stem) < 2:
            return False
        i = source.find(stem)
        while i >= 0:
            if source.find(suffix, max(0, i - _NEAR), i + _NEAR) >= 0:
                return True
            i = source.find(stem, i + 1)
        return False

    # -- apps, platforms, quoted names --------------------------------------------------------------
    def unknown_names(self, sentence: str) -> list[str]:
        """Apps, platforms and quoted names in ``sentence`` that the entries do not name."""
        text = plain(sentence)
        unknown: list[str] = []
        for app in KNOWN_APPS:
            if app.lower() in text.lower() and _fold(app) not in self.source and _as_app(app, text):
                if app in ("微信", "WeChat") and _wechat_channel(text, self.source):
                    continue
                unknown.append(app)
        for m in _QUOTED.finditer(_CONTRACTION.sub("", text)):
            name = _fold(m.group(1))
            if len(name) >= 3 and name not in self.source:  # 2 characters: a button name (“取号”)
                unknown.append(m.group(1))
        for m in _APP_BEFORE.finditer(text):
            name = _APP_STOP.sub("", m.group(1))
            name = _fold(name)
            if (len(name) >= 2 and name not in self.source and not any(name in _fold(u) for u in unknown)
                    and not (name.isascii() and rendered([m.group(1)], self.source))):  # fmt: skip
                unknown.append(name)
        if text.isascii() or re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", text):
            for m in _EN_APP.finditer(text):
                name = _EN_APP_EDGE.sub("", m.group(1).strip())
                if (any(w[:1].isupper() for w in name.split()) and _singular(name.lower()) not in self.source_en
                        and not rendered(name.split(), self.source)):  # fmt: skip
                    unknown.append(name)  # (the Hangzhou Provident Fund app: the entries' 杭州公积金App)
            for m in _HAN_BEFORE_EN_APP.finditer(text):
                if _fold(m.group(1)) not in self.source:
                    unknown.append(m.group(1))  # "the 深圳婚姻登记 mini program"
            for m in _HAN_IN_BRACKETS.finditer(text):
                if _fold(m.group(1)) not in self.source:
                    unknown.append(m.group(1))  # "mini-program (广东社保)"
        return unknown
