"""What the words before a number call it: a personal number, or the identifier of a thing.

A number is named by the clause right before it. A clause that names a person's number (手机, 电话,
身份证, 护照, 卡号, 社保, 验证码…) makes it personal whatever else it says. A clause whose label is
a compound identifier — a noun glued to 号/号码/编号/编码/代码/码/序号 ("运单号", "电费户号",
"交易参考号", "宗地号", "提货码") — or that names a document or a transaction (单, 票, 合同, 执照,
回执, 流水, 交易…) names a *thing's* number: a parcel, an invoice, a contract, a register entry, a
utility account, a building's door or car-park card (门禁卡, 停车卡). A certificate of one's civil status is a
person's whatever its number is called (结婚证字号, 离婚证编号). A bare 号码/编号 ("号码是…", "我的号码") names
nothing and stays personal, except in a sentence that was just talking about a document ("发票代码…，号码08765432").

The label right before the number wins over a personal word earlier in its clause ("身份证办好后领取凭条号码":
the slip's), unless a personal word is glued to it ("驾驶证档案编号"); a bare field on a form's line is read
by the form's heading, past its other field lines ("缴费通知\n号码：…"); English labels are read over a
longer window ("the appointment number on my phone is…": "on my phone" says where it was seen).

:func:`label_kind` gives ``"personal"``, ``"thing"`` or ``None`` (the clause says nothing either way).
"""

from __future__ import annotations

import re

# Morphemes that name a person's number (or a secret): a clause holding one is personal.
_PERSONAL = re.compile(
    r"手机|电话|座机|固话|联系|身份|身分|证件|护照|通行证|回乡证|台胞证|居住证|居留|港澳|驾驶证|驾照|社保|医保|参保|"
    r"電話|手機|證件|護照|通行證|回鄉證|台胞證|居住證|"  # traditional forms (Hong Kong, Macau, Taiwan visitors)
    r"社会保障|保障号|(?:医疗|养老|失业|工伤|生育)保险|公积金|卡|账号|账户|帐号|帐户|户名|存折|户口|个人|本人|电脑号|微信|QQ|邮箱|工号|学号|"
    r"军官证|士兵证|警官证|学生证|工作证|残疾证|老年证|退休证|优待证|入台|旅行证|出入境|户籍|人员|职工|员工|传真|"
    r"签证|验证码|校验码|动态码|密码|口令|PIN|尾号|预留|留的|留了|所留|绑定|登记号码|来电|回电|致电|拨打|打给|"
    r"分机|\b(?:phone|mobile|tel|cell|contact|id|identity|passport|permit|card|account|social|ssn|wechat|pin|"
    r"password|code)\b",
    re.IGNORECASE,
)
# A compound identifier label: a noun (its last character a Han character or a Latin letter, not 的 or a
# pronoun) glued to an identifier suffix, then maybe 是/为/: — "运单号", "电费户号是", "准考证号：".
_COMPOUND = re.compile(
    r"[\u4e00-\u9fff](?<![的我你他她它这那个号编代序字全])(?:号码|编号|编码|代码|序号|字号|号|码)\s*(?:是|为|[:：])?\s*$"
)
# A document, register entry or transaction named in the clause.
_THING = re.compile(
    r"[\u4e00-\u9fff](?<![简孤买])单(?![位独身纯一个亲元间人程车])|单号|单据|单子|票|收据|字据|凭据|合同|案件|案号|立案|备案|"
    r"档案|执照|许可|凭证|回执|流水|交易|证书|批准|文号|条码|条形码|批次|型号|版本|货号|件号|"
    r"快递|物流|顺丰|中通|圆通|韵达|申通|极兔|德邦|京东物流|邮政|EMS|"
    r"\b(?:order|receipt|invoice|ticket|transaction|booking|confirmation|application|serial|tracking|waybill|"
    r"parcel|barcode|isbn|model|version|batch|reference|ref|case|contract|licen[cs]e|registration|property|deed|form)\b",
    re.IGNORECASE,
)
# The number of a certificate a person holds, whatever its name (misheard, or one not listed above): "…证号码";
# not an exam ticket's, a licence's or a diploma's (准考证号, 许可证号, 产权证号, 学位证编号: the issuer's register).
# A certificate of one's civil status is personal whatever its number is called: "结婚证字号", "离婚证编号".
_DOCUMENT_NUMBER = re.compile(
    r"(?<!准考)(?<!许可)(?<!产权)(?<!登记)(?<!资格)(?<!合格)(?<!学位)(?<!毕业)(?<!学历)证(?:件)?(?:号码|字号|号|编号)\s*(?:是|为|[:：])?\s*$"
)
_EN_BARE = re.compile(r"\s*(?:code|no\.?|number|#)\s*(?:is|:)?\s*", re.IGNORECASE)
_BARE = re.compile(r"(?:号码|编号|编码|代码|号)\s*(?:是|为|[:：])?\s*$")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n、]")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def _clauses(before: str) -> tuple[str, str]:
    """(the clause right before the number, the rest of its sentence before that clause)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    near = before[ends[-1] :] if ends else before
    rest = before[: ends[-1]] if ends else ""
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(rest)]
    return near, rest[sentence_ends[-1] :] if sentence_ends else rest


_THING_AFTER = re.compile(
    r"^\s*(?:就是|是|为|这个|那个|这张|那张|这串)?\s*(?:我的|我们的|的)?\s*(?:申请|业务|办件|预约|缴费|交易|支付)?(?:订单|运单|快递单|回执|发票|收据|票据|凭证|流水|交易|"
    r"受理|单号|工单|合同|案号|办件|申请编号|业务编号|预约号|排队号|取件码|提货码|order|receipt|invoice|tracking|reference)",
    re.IGNORECASE,
)


def names_a_person_after(after: str) -> bool:
    """Whether the clause right after a number names a person's number ("…这个账户", "…是我的社保号")."""
    return bool(_PERSONAL.search(_CLAUSE_END.split(after, maxsplit=1)[0][:12]))


def names_a_thing_after(after: str) -> bool:
    """Whether the text right after a number calls it a thing's ("2025120100123 是回执号吗")."""
    m = _THING_AFTER.match(after)
    return bool(m) and not _PERSONAL.search(_CLAUSE_END.split(after, maxsplit=1)[0])


# Words saying a number was issued to the visitor by a service (a system, an SMS, an application).
_ISSUED = re.compile(
    r"系统|平台|短信|网上|线上|小程序|办件|办的件|申请|报名|缴费|预约|挂号|受理|登记|生成|分配|\b(?:app|online|system|sms)\b",
    re.IGNORECASE,
)
# An identifier label that is not a phone's ("编号", "编码", "序号", "单号"; not "号码", which may be a phone).
_SERIAL_LABEL = re.compile(r"(?:编号|编码|序号|单号|号)\s*(?:是|为|[:：])?\s*$")
_FIELD = re.compile(r"^[^:：]{1,12}[:：]|^\S{1,8}\s+[\dA-Za-z]")


def _heading(before: str) -> str:
    """The heading of the form the number's line belongs to ("发票\n代码：…\n号码：…"): the nearest line
    above it, past up to four field lines, that is short and has no sentence punctuation; else ""."""
    lines = before.split("\n")[:-1]
    for line in reversed(lines[-5:]):
        line = line.strip()
        if _FIELD.search(line):
            continue  # another field of the same form
        return line if 2 <= len(line) <= 12 and not _CLAUSE_END.search(line) else ""
    return ""


# The head of a compound label: what the number right after it belongs to ("凭条号码", "查询编号", "受理号").
_LABEL_SUFFIX = re.compile(r"(?:号码|编号|编码|序号|号)\s*(?:是|为|[:：])?\s*$")
_THING_HEAD = re.compile(
    r"(?:凭条|条|查询|进度|受理|回执|预约|办件|业务|工单|订单|流水|申请|报名|缴费|挂号|快递|物流|票|单|据|批次|案件|排队|取件|取号)$"
)
# An English label naming a service's record ("appointment number", "application ID", "booking ref").
_EN_THING_LABEL = re.compile(
    r"\b(?:application|appointment|booking|order|receipt|case|reference|tracking|ticket|invoice|queue|acceptance|"
    r"confirmation|transaction)\s+(?:id|no\.?|number|code|ref|#)\b(?![^,;.!?]*\b(?:phone|mobile|passport|id card)\s+(?:number|no)\b)",
    re.IGNORECASE,
)
# Where a service's number was seen, not whose it is: "on my phone", "in the app", "手机上显示的".
_SEEN_ON = re.compile(r"\b(?:on|in|from|via)\s+(?:my|the|his|her|our)\s+(?:phone|mobile|app|account)\b|手机(?:上|里)", re.I)


def _thing_head(near: str) -> bool:
    """Whether the compound label right before the number names a thing, whatever the clause said earlier
    ("身份证办好后领取凭条号码…": the slip's number, not the ID's); a personal word glued to it keeps it
    personal ("驾驶证档案编号", "社保卡号")."""
    m = _LABEL_SUFFIX.search(near)
    if not m:
        return False
    head = near[: m.start()]
    found = _THING_HEAD.search(head)
    if not found:
        return False
    glued = head[: found.start()][-1:]
    return glued not in ("证", "卡", "号", "机") and not _PERSONAL.search(found.group())


def _english_thing(before: str) -> bool:
    """An English label naming a service's record, with no person's number named beside it."""
    near = _clauses(before)[0]
    found = list(_EN_THING_LABEL.finditer(near))
    if not found:
        return False
    m = found[-1]
    rest = _SEEN_ON.sub(" ", near[: m.start()] + " " + near[m.end() :])
    return not _PERSONAL.search(rest)


# A utility's account right before the number: the household's supply, not a person's number ("宽带账号",
# "燃气户号"); not a phone bill's (话费账号 may be the phone itself).
_UTILITY_ACCOUNT = re.compile(
    r"(?:水费|电费|燃气|煤气|天然气|宽带|有线电视|暖气|供暖|供热|物业费?|水表|电表|气表)(?:的)?"
    r"(?:户号|账号|帐号|账户|帐户|用户号|缴费号|客户号)(?:号码|编号)?\s*(?:是|为|[:：])?\s*$"
    r"|(?<![账帐开商])户号\s*(?:是|为|[:：])?\s*$"  # a household's number (户口本上的户号), as a utility's
)
# An institution's published line, not a visitor's: "民政局电话", "出入境咨询热线", "公安户政咨询电话是", "社保热线";
# never a clause that says the line is the visitor's own (我的, 我们, 本人, 家里).
_PUBLIC_LINE = re.compile(
    r"(?:(?:局|厅|委|中心|大厅|窗口|派出所|法院|医院|银行|政府|街道办?|居委会|税务|海关|车管所|出入境|社保|医保|公积金)"
    r"(?:的)?(?:电话|電話)"
    r"|热线|熱線|(?:咨询|服务|办事|投诉|举报|监督|值班|客服|求助|维权){1,2}(?:电话|專線|专线|号码))"
    r"\s*(?:是|为|[:：])?\s*$"
)
_OWN_LINE = re.compile(r"我|我们|本人|家里|自己|单位|公司|\bmy\b|\bour\b", re.IGNORECASE)
# A vehicle's or a product's number: "车辆识别代号", "车架号", "发动机号", "二维码下面的数字".
_OBJECT_NUMBER = re.compile(
    r"车辆识别代?号|车架号|发动机号|\bVIN\b|二维码|商品码|条形码|条码|犬证|狗证|养犬登记证|犬牌|狗牌|宠物证|免疫证", re.IGNORECASE
)  # a dog's licence or tag: the animal's register entry, as a vehicle's frame number is the vehicle's
# A card that opens a door or a car park (门禁卡, 电梯卡, 停车卡): the building's token, issued and replaced by its
# property office, not a person's number.
_ACCESS_CARD = re.compile(r"(?:门禁|门|电梯|停车|车位|钥匙|乘车|公交|交通|地铁|一卡通)卡")
# A fare card (乘车卡, 公交卡, 交通卡) is a bearer token too, topped up and replaced at a counter; not 市民卡 or 社保卡.
_BARE_CARD = re.compile(r"\s*(?:卡号|卡的号码|卡上的号码|号码|编号|号)\s*(?:是|为|[:：])?\s*")
# A place's network password, asked about (the hall's WiFi, not a visitor's secret): "WiFi密码是多少？是…".
_NETWORK_PASSWORD = re.compile(r"(?:wi-?fi|wlan|无线网?|网络|热点)(?:的)?密码[^。\n]{0,10}$", re.IGNORECASE)


def names_a_thing_label(before: str) -> bool:
    """Whether the label right before a number names a document or a service's record ("订单号 ",
    "查询编号：", "快递单号是"), not just any compound (新号码, 内地号码 may be a phone's)."""
    near = _clauses(before[-24:])[0]
    if not _LABEL_SUFFIX.search(near) or _PERSONAL.search(near):
        return False
    return _thing_head(near) or bool(_THING.search(near))


def label_kind(before: str) -> str | None:
    """``"personal"``, ``"thing"`` or ``None`` for a number that ``before`` (the text before it) introduces."""
    english = not re.search(r"[\u4e00-\u9fff]", before[-24:])
    near, earlier = _clauses(before[-40:] if english else before[-24:])  # English words are longer
    if _thing_head(near) or _english_thing(before[-40:]) or _UTILITY_ACCOUNT.search(near):
        return "thing"
    if _PUBLIC_LINE.search(near) and not _OWN_LINE.search(near):
        return "thing"
    if _OBJECT_NUMBER.search(near) and not _PERSONAL.search(_OBJECT_NUMBER.sub("", near)):
        return "thing"
    if _ACCESS_CARD.search(near) and not _PERSONAL.search(_ACCESS_CARD.sub("", near)):
        return "thing"
    if _BARE_CARD.fullmatch(near) and _ACCESS_CARD.search(earlier) and not _PERSONAL.search(_ACCESS_CARD.sub("", earlier)):
        return "thing"  # "门禁卡丢了，卡号00412356还能补吗": the card the sentence is about
    if _NETWORK_PASSWORD.search(before[-20:]) and not re.search(r"我的|my\b", before[-20:], re.IGNORECASE):
        return "thing"
    if english and _EN_BARE.fullmatch(near) and not earlier:
        heading = _heading(before[-60:])  # "Invoice\nNo.: 12345678"
        if heading and _THING.search(heading) and not _PERSONAL.search(heading):
            return "thing"
    if english and _EN_BARE.fullmatch(near) and _THING.search(earlier) and not _PERSONAL.search(earlier):
        return "thing"  # "Invoice number 12345678, code 044031900111": the second field of the same document
    if _PERSONAL.search(near) or (_DOCUMENT_NUMBER.search(near) and not _THING.search(near)):
        return "personal"
    if _COMPOUND.search(near) or _THING.search(near):
        return "thing"
    if _SERIAL_LABEL.search(near) and _ISSUED.search(near) and not near.rstrip().endswith("号码"):
        return "thing"  # "系统里显示的编号是…", "申请后给了个编号…": a number a service issued
    if _BARE.search(near) and near.strip().startswith(("号码", "编号", "号", "编码", "代码")) and not earlier:
        heading = _heading(before[-60:])  # a form's field under its heading: "缴费通知\n号码：…"
        if heading and (_THING.search(heading) or _ISSUED.search(heading)) and not _PERSONAL.search(heading):
            return "thing"
    if _BARE.search(near) and _THING.search(earlier) and not _PERSONAL.search(earlier):
        return "thing"  # "发票代码144032309110，号码08765432": the second field of the same document
    return None


# A mailbox an office publishes, named so right before it ("服务邮箱 hzsmzx@163.com", "投诉邮箱：…", "你们的邮箱"):
# the hall's or a service's, whatever its domain; never one the visitor calls their own (我的邮箱).
_SERVICE_MAILBOX = re.compile(
    r"(?:服务|投诉|官方|客服|监督|咨询|举报|受理|政务|大厅|中心|窗口|你们|贵中心|贵厅)(?:的)?(?:电子)?(?:邮箱|信箱|邮件地址)"
    r"(?:地址)?\s*(?:是|为|[:：])?\s*$|\b(?:service|support|official|complaints?|enquiry|inquiry) (?:e-?mail|mailbox)"
    r"(?: address)?\s*(?:is|:)?\s*$",
    re.IGNORECASE,
)
_OWN_MAILBOX = re.compile(r"我|本人|自己|\bmy\b", re.IGNORECASE)


def published_mailbox(before: str) -> bool:
    """Whether the clause right before an e-mail address (in ``before``) names it as an office's mailbox."""
    near = _clauses(before)[0]
    return bool(_SERVICE_MAILBOX.search(near)) and not _OWN_MAILBOX.search(near)
