"""Personal numbers in free text: ID, mobile, landline, bank card, passport and permit numbers.

The text is read as runs of digit groups (:mod:`kiosk.privacy.runs`: Arabic, full-width and spoken
digits with spaces, dashes, dots, slashes, parentheses, 杠/横 or commas between groups). Each run is
cut at dates (``2024-05-01``), before a year, window or count that follows a comma or a bracket
("，2030年到期", "，12号窗口"), and then read:

- specific kinds by their structure: an ID number (18 characters with a valid ISO 7064 MOD 11-2 check
  character, or 15 digits with a valid birth date), a bank card (16–19 digits, Luhn), a mobile
  (``1[3-9]`` + 9 digits), a landline with its area code (``0`` + 9–11 digits);
- one or two Latin letters right before 7–10 digits: a passport or travel permit (``E12345678``,
  ``C12345678``, ``H1234567801``, Taiwan ``L12345678``) or an ID card of Hong Kong/Macau/Taiwan;
- anything else of 7 or more digits (a local landline ``2699 8100``, a misheard ID, a social security
  or account number), or of 5 or more digits right after a word such as 电话/卡号/社保号/number;
- digits spoken in pinyin, apart or glued (``yao ba liu ling…``, ``yaosanbaling…``) or in English, a handle
  built on a mobile (``wx13826549901``), and a letter-prefixed number after a personal label (``医保编号 H2301…``);
- a Taiwan ID (a letter and nine digits whose check digit holds) as an ID number, a Taiwan mobile (``09…``) and
  a number after a calling code (``+886 9…``, ``+852 6…``) by its country's numbering, the ``+`` taken in;
- pieces of one number given across clauses in order ("前三位138，中间四位0013，后四位8000"), and a number's tail
  ("尾号5521", "后四位是4471") given beside the rest of a number masked in the same text, or alone when its sentence
  names a person's number and gives the tail ("退款退到我招行卡，尾号3634"; one a question points at a card with,
  "我的卡尾号6789，是这张吗", is kept);
- letters typed or read for digits inside a number (``138OO138OOO``, ``l3800138000``: O for 0, l/I for 1).

Left alone: numbers the hall publishes (:mod:`kiosk.privacy.masker`) and, when the visitor offers one as the
hall's ("大厅的传真是…吗"), another line of their switchboard block (the last two digits differ; a visitor's own
line one digit off the hall's, "我们公司座机…", is masked), hexadecimal codes, UUIDs and IPv4 addresses, dates and periods
(``20251101-20251130``), a one-time verification code (验证码 482913) and a place's WiFi password, money amounts (after ¥ or a word such as 金额/余额/贷款, before 元, or with
decimals), counts (before 件/人次/户…), business hotlines (``400-…``), the number of a *thing* — a parcel,
an invoice, a utility account, an exam, a register entry — as its label says (:mod:`kiosk.privacy.labels`:
运单号, 电费户号, 提货码, 回执上的编号, a field under a form's heading "发票\n号码：…", a number a system or an
SMS issued; a whole ID or mobile number is masked even there), a service's serial that opens with its year and
month (``2026 12`` + six digits or more) unless a label before or after it is personal, and everything
shorter — window ids ``A023``, fees ``20元``, times, queue numbers.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from kiosk.privacy.labels import label_kind, names_a_person_after, names_a_thing_after, names_a_thing_label
from kiosk.privacy.runs import (
    DIGIT_CHARS,
    GENERIC_DIGITS,
    Group,
    runs,
    split_dates,
    split_weak,
    valid_date,
)

ID_LABEL = "[身份证号]"
PHONE_LABEL = "[手机号]"
LANDLINE_LABEL = "[电话]"
CARD_LABEL = "[银行卡号]"
DOCUMENT_LABEL = "[证件号]"
NUMBER_LABEL = "[号码]"

_UNIT_AFTER = re.compile(r"\s*(?:学年|学期|年|月|日|号|个|天|周|岁|点|时|分钟|小时|元|块|次|楼|层|张|份|本|件|期|届|%|％|万|千|百|[:：][0-5][0-9])")
_YEAR_AFTER = re.compile(r"\s*(?:学年|年度|学期|年)")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PROVINCES = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
     "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"}
)  # fmt: skip
_PHONE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0[1-9]\d{8,10}")
CUED_DIGITS = 5
_CUE = re.compile(
    r"(电话|手机|号码|号是|卡号|账号|帐号|社保号|医保号|身份证|证件|护照|通行证|回乡证|台胞证|居住证|学号|工号|编号|"
    r"電話|手機|號碼|身分證|證件|護照|通行證|台胞證|"
    r"密码|尾号|联系方式|分机|(?:前|后|末|最后)[一二三四五六七八九十两\d]{1,2}位(?:数字|数)?|"
    r"number|phone|mobile|card|account|passport|permit|no\.|#)\s*[:：是为]?\s*$",
    re.IGNORECASE,
)
_SERVICE_CUE = re.compile(
    r"(受理编号|受理号|业务编号|业务号|流水号|订单号|回执号|回执编号|办件号|办件编号|申请编号|查询号|查询码|预约号|排队号|"
    r"案件号|登记号|信用代码|发票号码?|发票代码|邮编|邮政编码|post\s*code|postal\s*code|zip(?:\s*code)?|单号|编号(?=\s*no)|合同编号|合同号|注册号|备案号|许可证号|执照号|文号|批次号|"
    r"ICP备|ICP证|报错|错误码|错误代码|错误号|故障码|"
    r"(?<![a-z])第|receipt|reference|ref\.?|order|case|tracking|error(?:\s*code)?)\s*(?:no\.?|number)?\s*[:：是为]?\s*$",
    re.IGNORECASE,
)
_DOC_CUE = re.compile(
    r"(护照|通行证|回乡证|台胞证|護照|通行證|回鄉證|台胞證|臺胞證|台胞証|台胞卡|回乡卡|回鄉卡|passport|permit|\bMTP\b|\bEEP\b)",
    re.IGNORECASE,
)
_PHONE_WORD = re.compile(r"电话|座机|固话|電話|座機|传真|\b(?:phone|tel|landline|fax)\b", re.IGNORECASE)
_MONEY_WORDS = (
    r"金额|余额|总价|总额|价款|房款|车款|货款|税款|费用|合计|总计|共计|小计|收入|工资|薪水|罚款|首付|贷款|资本|营收|"
    r"营业额|价格|售价|单价|租金|押金|保证金|预算|报价|补贴|补助|赔偿|赔款|利息|本金|存款|欠款|营业收入|销售额|"
    r"(?:存|花|交|付|借|欠|赚|赔|挣|攒|卖|贷|汇|转|退|报销)了|amount|"
    r"total|balance|price|costs?|costing|salary|income|paid|pay|spent|spend|earned|earn|owe|owed|worth|fee of|rent of"
)
_MONEY_BEFORE = re.compile(
    rf"(?:¥|￥|RMB|人民币|CNY|(?:{_MONEY_WORDS})\s*(?:是|为|约|大约|大概|共|一共|达|达到|[:：])?)\s*$", re.IGNORECASE
)
_COUNT_AFTER = re.compile(
    r"^\s*(?:件|人次|人(?![工员])|户|次|个|家|名|位|台|辆|条|份|本|册|页|字|股|吨|公斤|千克|克|斤|公里|千米|平方米|平米|㎡|"
    r"亩|公顷|立方|度|千瓦|小时|分钟|秒|天|倍|箱|瓶|盒|套|间|笔|步|(?:张|米|包|项|单)(?![\u4e00-\u9fff])|"
    r"(?:points?|people|persons|times|items|pages|words|visitors|copies|steps|km|kg|days|hours|minutes)\b)"
)  # a unit that is also a surname (张, 米, 包) only at a clause's end: "87654321 张先生" is a number and a name
_MONEY_AFTER = re.compile(
    r"^\s*(元|块|圆|(?:万|千|百|亿)(?:[元块多左以人亿]|(?![\u4e00-\u9fff]))|yuan|rmb|cny)", re.IGNORECASE
)  # not 万一 ("电话2345 6789万一打不通")


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def is_id_number(value: str) -> bool:
    """True for an 18-character ID with a valid check character and birth date, or a 15-digit one with a valid date."""
    if len(value) == 18 and value[:17].isdigit():
        # the birth date too: an order or credit code of 18 digits passes the check one time in eleven
        return value[17].upper() == id_check_char(value[:17]) and valid_date(value[6:14])
    if len(value) == 15 and value.isdigit():  # no check digit: a province code (GB/T 2260) and a birth date
        return value[:2] in _PROVINCES and valid_date("19" + value[6:12])
    return False


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # in the order of their codes 10, 11, … 35


def is_taiwan_id(value: str) -> bool:
    """True for a Taiwan ID number (national ID or resident certificate): a letter for the place of issue,
    1/2 (8/9 on a resident certificate), seven digits and a check digit that makes the weighted sum a
    multiple of ten (the letter counts as its two-digit code)."""
    if len(value) != 10 or not value[1:].isdigit() or value[1] not in "1289":
        return False
    index = _TW_LETTERS.find(value[0].upper())
    if index < 0:
        return False
    code = index + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:9], range(8, 0, -1), strict=True))
    return (total + int(value[9])) % 10 == 0


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def classify(value: str) -> str | None:
    """The label for a complete number (digits, maybe a final X), or None if its kind is not known."""
    if is_id_number(value):
        return ID_LABEL
    if not value.isdigit():
        return None
    if 16 <= len(value) <= 19 and luhn_ok(value):
        return CARD_LABEL
    if len(value) == 11 and _PHONE.fullmatch(value):
        return PHONE_LABEL
    if len(value) == 10 and value.startswith("09"):
        return PHONE_LABEL  # a Taiwan mobile (09xx-xxx-xxx): no mainland landline has 10 digits after 09
    if _LANDLINE.fullmatch(value):
        return LANDLINE_LABEL
    return None


def digits_of(text: str) -> str:
    """The digits of ``text`` in plain Arabic form (spoken and full-width digits normalised)."""
    return "".join(DIGIT_CHARS[c] for c in text if c in DIGIT_CHARS)


def _split_units(text: str, groups: list[Group]) -> list[list[Group]]:
    """Cut off a group that a unit follows ("，2030年到期", "（2031年", "，12号窗口", "，10个工作日"): a year,
    a window or a count after a number, not part of it. A comma, a bracket or a line break before such a
    group always cuts; a space cuts a short group (1–4 digits) once 7 digits came before."""
    parts: list[list[Group]] = [[]]
    before = 0
    for g in groups:
        if parts[-1] and _UNIT_AFTER.match(text, g.where[-1] + 1):
            sep = g.sep.strip()
            cut = g.weak or (sep and sep[0] in "(（[【\n") or (not sep and len(g.digits) <= 4 and before >= GENERIC_DIGITS)
            # never cut 3+ digits that complete a number of a known kind (a mobile, an ID, a card): "…8000号"
            head = "".join(x.digits for x in parts[-1])
            cut = cut and (
                len(g.digits) <= 2 or classify(head + g.digits) in (None, LANDLINE_LABEL) or classify(head) is not None
            )
            if cut or (len(g.digits) == 4 and g.digits[:2] in ("19", "20") and _YEAR_AFTER.match(text, g.where[-1] + 1)):
                parts.append([])
        parts[-1].append(g)
        before += len(g.digits)
    return [p for p in parts if p]


@dataclass(frozen=True)
class Span:
    """A personal number found in a text: ``text[start:end]`` is replaced by ``label``."""

    start: int
    end: int
    label: str


def _letters_before(text: str, pos: int) -> int:
    """Start of 1–2 Latin letters right before ``pos`` (one space or dash allowed), or ``pos``."""
    j = pos
    spaced = j > 0 and text[j - 1] == " "
    if j > 0 and text[j - 1] in " -":
        j -= 1
    k = j
    while k > 0 and j - k < 2 and _is_latin(text[k - 1]):
        k -= 1
    if k == j or (k > 0 and (_is_latin(text[k - 1]) or text[k - 1].isdigit())):
        return pos
    if spaced and not text[k:j].isupper():
        return pos  # a word before a space ("postcode is 523000", "at 2345678"), not a document's letters
    return k


def _is_latin(ch: str) -> bool:
    return ("A" <= ch <= "Z") or ("a" <= ch <= "z") or ("\uff21" <= ch <= "\uff3a") or ("\uff41" <= ch <= "\uff5a")


def _public(digits: str, public: Collection[str], block: bool = False) -> bool:
    """A published number; with ``block``, also another line of the same switchboard block (its fax, an
    extension's direct line): a landline that differs from a published one only in its last two digits."""
    if digits in public or (digits.startswith("86") and "0" + digits[2:] in public):
        return True
    if not block or len(digits) < 10 or digits[0] != "0" or _PHONE.fullmatch(digits) or not public:
        return False
    head = digits[:-2]
    return any(len(p) == len(digits) and p.startswith(head) and p[0] == "0" for p in public)


# Words that present a number as the hall's ("大厅的传真是…吗", "你们大厅是…还是…"), and words that make it the
# visitor's own line ("我们公司", "单位座机", "我家电话"): a line one or two digits off the hall's is the hall's
# (another line of its block) only when the visitor offers it as the hall's and not as their own.
_HALL_WORDS = re.compile(r"大厅|大廳|你们|你們|贵厅|贵中心|服务中心|政务中心|中心的|总机|传真|傳真|\b(?:your|hall|fax)\b", re.IGNORECASE)
_OWN_WORDS = re.compile(
    r"我的|我们的|我家|我们家|本人|家里|自己|单位|公司|我(?:的)?(?:电话|座机|手机|号码|传真)|\b(?:my|our)\b"
    r"|阿拉|屋里|伲|俺家|咱家"  # Wu and northern speech: 阿拉屋里电话 (my home phone), 俺家座机
    r"|差一点|差一位|差一个|差了一|只差|就差|\b(?:differs?|one digit off)\b",  # a line said to differ from the hall's
    re.IGNORECASE,
)


def _offered_as_hall(text: str, start: int, end: int) -> bool:
    """Whether the words around a number (30 characters before, 20 after) offer it as the hall's line."""
    around = text[max(0, start - 30) : start] + " " + text[end : end + 20]
    return bool(_HALL_WORDS.search(around)) and not _OWN_WORDS.search(around)


def _code_token(text: str, start: int, end: int) -> bool:
    """The digits are part of a longer code glued to letters (受理编号 SZ2026120100123, a credit code
    91440300MA5D8XXXXX): a service or company id, not a personal number. Passport-like forms (one or two
    letters + 7–10 digits) and ID numbers ending in X are not codes."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1].isascii() and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isascii() and text[hi].isalnum():
        hi += 1
    token = text[lo:hi]
    if len(token) < 12 or not any(c.isalpha() for c in token) or not token.isascii():
        return False
    if re.fullmatch(r"[A-Za-z]{1,2}\d{7,10}", token) or re.fullmatch(r"\d{17}[Xx]", token):
        return False
    letters = sum(c.isalpha() for c in token)
    return letters >= 2 or not re.fullmatch(r"\d+[A-Za-z]", token)


_HANDLE = re.compile(r"[A-Za-z_]{1,6}(1[3-9]\d{9})")
_LETTERED = re.compile(r"[A-Za-z]{1,3}\d{7,}")


def _personal_code(text: str, start: int, end: int) -> list[Span]:
    """A code glued to letters that is still a person's: a handle built on a mobile number (微信 wx13826549901),
    or a letter-prefixed number after a personal label (医保编号 H2301…, 领取证号 SY4401…)."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1].isascii() and text[lo - 1].isalpha():
        lo -= 1
    while hi < len(text) and text[hi].isascii() and text[hi].isalnum():
        hi += 1
    token, before = text[lo:hi], text[max(0, lo - 24) : lo]
    kind = label_kind(before)
    if _HANDLE.fullmatch(token) and kind != "thing" and not _SERVICE_CUE.search(before[-12:]):
        return [Span(lo, hi, PHONE_LABEL)]  # not an order's code after its label (订单 JD13800138000)
    if _LETTERED.fullmatch(token) and kind == "personal":
        return [Span(lo, hi, NUMBER_LABEL)]
    return []


def _dated_code(text: str, part: list[Group]) -> bool:
    """A case or receipt code: two or more letters, a year, a dash and a serial (HZ2026-0412)."""
    first = part[0]
    lo = first.where[0]
    letters = 0
    if lo > 1 and text[lo - 1] in "-－" and text[lo - 2].isascii() and text[lo - 2].isalpha():
        lo -= 1  # SZ-ZL-2025-00871: the dash between the letters and the year
    while lo > 0 and text[lo - 1].isascii() and (text[lo - 1].isalpha() or (text[lo - 1] == "-" and letters)):
        lo -= 1
        letters += text[lo].isalpha()
    if lo < first.where[0] and text[first.where[0] - 1] == "-":
        letters = letters if letters >= 2 else 0  # SZ-ZL-2025-00871: letter groups joined by dashes
    return (
        letters >= 2 and len(part) >= 2 and len(first.digits) >= 4 and first.digits[:2] in ("19", "20")
        and all(g.sep in ("-", "－", "—", "–") for g in part[1:])
    )


_SERVICE_LINE = re.compile(r"1[0-2]\d{3}|9[56]\d{3}")
_AREA_CODE = re.compile(r"0[1-9]\d{1,2}")


def _hotline(digits: str) -> bool:
    """A business hotline (400-/800- and ten digits): never a person's number."""
    return len(digits) == 10 and digits[:3] in ("400", "800")


def _service_line(part: list[Group]) -> bool:
    """A public service's five-digit line (12333, 12345, 95555, 96xxx), alone or after a city's area code
    written apart ("0755-12333"): never a person's (a landline's local part has seven or eight digits)."""
    if all(_SERVICE_LINE.fullmatch(g.digits) for g in part):
        return True  # one, or one said again after a pause ("打12345……12345没人接")
    return len(part) == 2 and bool(_AREA_CODE.fullmatch(part[0].digits) and _SERVICE_LINE.fullmatch(part[1].digits))


def _range(part: list[Group]) -> bool:
    """Two numbers joined by a dash or a tilde that make a range, not one number: two eight-digit dates
    (20251101-20251130), two years (1998-2005), two round numbers rising (3000-5000)."""
    if len(part) != 2 or part[1].sep not in ("-", "－", "~", "～", "—", "–") or not (part[0].digits + part[1].digits).isdigit():
        return False
    a, b = part[0].digits, part[1].digits
    if len(a) == len(b) == 8:
        return valid_date(a) and valid_date(b) and a <= b
    if len(a) == len(b) == 4 and a[:2] in ("19", "20") and b[:2] in ("19", "20"):
        return a <= b
    return a.endswith("00") and b.endswith("00") and int(a) < int(b)


_DATED_SERIAL = re.compile(r"20[0-3]\d(?:0[1-9]|1[0-2])\d{6,}")


def _dated_serial(digits: str, before: str, after: str) -> bool:
    """A service's serial that opens with the year and month it was issued (an appointment, order or
    acceptance number: 2026 12 + a serial, 12 digits or more), unless a label before or after it names a
    person's number.
    No ID (region code first), mobile (1…), landline (0…) or bank card (Luhn) is read this way."""
    return (
        bool(_DATED_SERIAL.fullmatch(digits)) and classify(digits) is None and label_kind(before) != "personal"
        and not names_a_person_after(after)
    )


_NOT_A_PHONE = re.compile(
    r"^[^。；;！？!?\n]*(?:不是|并非|非|并不是)(?:我的)?(?:电话|手机|号码|联系方式)|\bnot (?:a |my )?(?:phone|mobile)", re.IGNORECASE
)


def _labelled_thing(before: str) -> bool:
    """A thing's label right before the number names it, whatever its shape ("订单号 13800138000": the
    order's number, shaped like a mobile)."""
    return bool(_SERVICE_CUE.search(before[-12:])) or names_a_thing_label(before)


_CODE_PIECE = re.compile(r"[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*")


def _code_chain_start(text: str, head: int) -> int:
    """Start of the codes (each with a digit: not words such as "says") right before ``head``, glued or one
    space apart, within 40 characters."""
    limit, start = max(0, head - 40), head
    while head > limit:
        end = head - 1 if text[head - 1] == " " else head
        lo = end
        while lo > limit and _code_char(text[lo - 1]):
            lo -= 1
        if lo == end or not _CODE_PIECE.fullmatch(text, lo, end):
            break
        start = head = lo
    return start


def _code_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "-")


def _decimal(part: list[Group]) -> bool:
    """A decimal number (12345.67): two groups, a dot, one or two decimals."""
    return len(part) == 2 and part[1].sep in (".", "．") and len(part[1].digits) <= 2 and len(part[0].digits) <= 9


def _part_spans(text: str, part: list[Group], public: Collection[str]) -> list[Span]:
    """Personal numbers in one date-free part of a run."""
    start, end = part[0].where[0], part[-1].where[-1] + 1
    all_digits = "".join(g.digits for g in part)
    if len(part) == 1 and _code_token(text, start, end):
        return _personal_code(text, start, end)
    if _dated_code(text, part):
        return []
    block = _offered_as_hall(text, start, end)
    if _public(all_digits.rstrip("X"), public, block):
        return []
    head = start
    while head > 0 and text[head - 1].isascii() and (text[head - 1].isalpha() or text[head - 1] == "-"):
        head -= 1  # the letters of a code (回执编号是SZ5186021475, 合同编号SZ-ZL-2025-00871)
    if head < start:  # a code's earlier groups, and codes before it on the label's line, belong to the label:
        # "申请编号 2024-GZ-TH-000873", "不动产单元号 230103 006004 GB00012 F00010203"
        head = _code_chain_start(text, head)
    if (
        _SERVICE_CUE.search(text[max(0, head - 12) : head])
        or label_kind(text[max(0, head - 60) : head]) == "thing"
        or (names_a_thing_after(text[end : end + 20]) and label_kind(text[max(0, head - 60) : head]) is None)
        or _hotline(all_digits)
        or (_service_line(part) and _letters_before(text, start) == start)  # not a document's (G023)12930
        or _range(part)
        or _dated_serial(all_digits, text[max(0, head - 60) : head], text[end : end + 16])
    ):
        # a tracking, invoice, contract or registration number (单号, 发票代码, 注册号, 第…号, 电费户号,
        # 提货码, 回执上的编号), a business hotline (400-…) or a period (20251101-20251130): not personal,
        # unless it is a whole ID or mobile number
        # an 18-character ID (its check character holds); a 15-digit one has none and the label wins
        # ("注册号440106000123456"); a mobile unless its label names it and the visitor says it is no phone
        # ("订单号 13800138000 这个是订单号不是电话")
        bare = re.sub(r"^(?:0086|86)(?=1\d{10}$)", "", all_digits)  # +86 / 0086 before a mobile
        label = classify(bare)
        if label == ID_LABEL and len(bare) == 18:
            return [Span(start, end, label)]
        if label == PHONE_LABEL and not (
            _labelled_thing(text[max(0, head - 24) : head]) and _NOT_A_PHONE.search(text[end : end + 24])
        ):
            return [Span(start, end, label)]
        return []
    spans: list[Span] = []
    covered = [False] * len(part)
    i = 0
    while i < len(part):
        best: tuple[int, str] | None = None
        value = ""
        for j in range(i, len(part)):
            value += part[j].digits
            if len(value) > 19:
                break
            label = classify(value)
            if label is not None and not _public(value, public, block):
                best = (j, label)
        if best is None:
            i += 1
            continue
        j, label = best
        spans.append(Span(part[i].where[0], part[j].where[-1] + 1, label))
        for k in range(i, j + 1):
            covered[k] = True
        i = j + 1
    for k, g in enumerate(part):  # a mobile glued to stray digits ("手机138001380001号")
        if covered[k] or not 11 < len(g.digits) < 15:
            continue
        for _ in _PHONE.finditer(g.digits):
            spans.append(Span(g.where[0], g.where[-1] + 1, PHONE_LABEL))
            covered[k] = True
            break
    before = text[max(0, start - 12) : start]
    service_id = bool(_SERVICE_CUE.search(before))
    cued = bool(_CUE.search(before)) and not service_id
    money = (
        bool(_MONEY_BEFORE.search(before))
        or bool(_MONEY_AFTER.match(text[end : end + 6]))
        or (bool(_COUNT_AFTER.match(text[end : end + 6])) and not _CUE.search(before))
        or _decimal(part)
    )
    k = 0
    while k < len(part):
        if covered[k]:
            k += 1
            continue
        stop = k
        while stop < len(part) and not covered[stop]:
            stop += 1
        digits = "".join(g.digits for g in part[k:stop])
        count = len(digits)
        if not _public(digits.rstrip("X"), public, block) and not (money and count < 10) and not service_id and (
            count >= GENERIC_DIGITS or (cued and k == 0 and count >= CUED_DIGITS)
        ):
            local = count in (7, 8) and digits[0] not in "01"
            # a local landline (7–8 digits) when its clause calls it a phone ("我家座机6074 8828")
            label = LANDLINE_LABEL if local and _PHONE_WORD.search(_clause_before(text, start)) else NUMBER_LABEL
            spans.append(Span(part[k].where[0], part[stop - 1].where[-1] + 1, label))
        k = stop
    spans.sort(key=lambda s: s.start)
    total = len(all_digits)
    if spans and any(covered) and not all(covered) and (total >= GENERIC_DIGITS or cued) and not money:
        # digits left over beside a number: mask the whole run as one (no stray digit of it survives)
        longest = max(spans, key=lambda s: s.end - s.start)
        label = longest.label if longest.label != LANDLINE_LABEL else NUMBER_LABEL
        spans = [Span(start, end, label)]
    first = part[0].where[0]
    lead = _letters_before(text, first)
    lettered = DOCUMENT_LABEL if not is_taiwan_id(text[lead:first].strip(" -") + all_digits) else ID_LABEL
    if lead < first and spans and spans[0].start == first and 7 <= total <= 10:
        spans[0] = Span(lead, spans[0].end, lettered)
    elif (
        lead == first - 1 and spans and spans[0].start == first and spans[0].label == NUMBER_LABEL
        and label_kind(text[max(0, lead - 24) : lead]) == "personal"
    ):  # a certificate's letter glued to its number ("结婚证字号 J440304-2020-001234"): the letter is the number's
        spans[0] = Span(lead, spans[0].end, DOCUMENT_LABEL)
    elif lead < first and 6 <= total <= 10 and not spans:
        spans.append(Span(lead, end, lettered))
    elif (
        spans and (_DOC_CUE.search(before) or _DOC_CUE.search(_clause_before(text, start)))
        and spans[0].label in (NUMBER_LABEL, LANDLINE_LABEL)
    ):
        spans[0] = Span(spans[0].start, spans[0].end, DOCUMENT_LABEL)
    return [_with_parentheses(text, span) for span in spans]


def _clause_before(text: str, start: int) -> str:
    """The clause right before ``start`` (24 characters at most): where a number's label is."""
    return re.split(r"[，,。；;！？!?\n]", text[max(0, start - 24) : start])[-1]


def _with_parentheses(text: str, span: Span) -> Span:
    """Take in a bracket that opens before the span and closes inside it, or opens inside and closes after."""
    start, end = span.start, span.end
    inner = text[start:end]
    if start > 0 and text[start - 1] in "(（" and (")" in inner or "）" in inner):
        start -= 1
    if end < len(text) and text[end] in ")）" and ("(" in inner or "（" in inner):
        end += 1
    return Span(start, end, span.label)


def _split_commas(text: str, groups: list[Group]) -> list[list[Group]]:
    """:func:`split_weak`, except after letters: a document number keeps its comma groups (EA34，6145，6);
    and groups that commas join into a mobile, a landline, an ID or a card number stay one number
    ("+86 1531，3148，511", "(010)63，977，645")."""
    total = sum(len(g.digits) for g in groups)
    if 6 <= total <= 10 and _letters_before(text, groups[0].where[0]) < groups[0].where[0]:
        return [groups]
    if any(g.weak for g in groups[1:]) and _joins_known(groups):
        return [groups]
    if _dictated(text, groups):
        return [groups]
    return split_weak(groups)


_DOCUMENT_LETTER = re.compile(r"(?<![A-Za-z])[A-Za-z][，,\s]*$")  # "通行证号是C，幺二，三四…": the letter said first


def _dictated(text: str, groups: list[Group]) -> bool:
    """A number dictated after its cue (a document's letter may come between): digit by digit, a comma after
    each — seven single digits or more ("电话1,3,9,2,6,5,4,3,2,1,0"; a list of floors or windows is shorter and
    uncued) — or in spoken pieces of up to four digits ("号码是二九，八八，七六，五四")."""
    digit_by_digit = len(groups) >= 7 and all(len(g.digits) == 1 for g in groups)
    spoken_pieces = (  # "号码是二九，八八，七六，五四": spoken pieces are never a thousands grouping
        len(groups) >= 3 and all(g.spoken and len(g.digits) <= 4 for g in groups)
        and sum(len(g.digits) for g in groups) >= GENERIC_DIGITS
    )
    before = _DOCUMENT_LETTER.sub("", text[max(0, groups[0].where[0] - 14) : groups[0].where[0]])
    before = _CUE_TAIL.sub("", before)  # "电脑号啊，", "医保号呀，呃，": a particle or a filler after the cue
    return (digit_by_digit or spoken_pieces) and bool(_CUE.search(before) or label_kind(before) == "personal")


_CUE_TAIL = re.compile(r"(?:[，,、：:\s]*(?:啊|呀|哈|嘛|吧|呢|哦|噢|喔|呃|嗯|额|就是|那个))+[，,、：:\s]*$")


def _joins_known(groups: list[Group]) -> bool:
    """Some groups of two digits or more, across a comma, spell a number of a known kind."""
    for i in range(len(groups)):
        value = ""
        for j in range(i, len(groups)):
            if len(groups[j].digits) < 2:
                break
            value += groups[j].digits
            if len(value) > 19:
                break
            if j > i and any(g.weak for g in groups[i + 1 : j + 1]) and classify(value) is not None:
                return True
    return False


# A travel document's number after its label, whatever its shape (foreign passports mix letters and digits:
# "Passport No.: CC04LRPR8", "护照号码：X7K29Q41").
_LABELLED_DOCUMENT = re.compile(
    r"(?:passport|permit|visa|护照|通行证|回乡证|台胞证|旅行证|证件)\s*(?:no\.?|number|#|号码|号)?\s*[:：是为]?\s*"
    r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])([A-Za-z0-9]{6,12})(?![A-Za-z0-9])",
    re.IGNORECASE,
)


# Digits spoken in pinyin, as speech input may write them ("yao ba liu ling er…"), Arabic digits among them.
_PINYIN_DIGITS = {
    "ling": "0", "dong": "0", "yi": "1", "yao": "1", "er": "2", "liang": "2", "san": "3", "si": "4", "wu": "5",
    "liu": "6", "qi": "7", "guai": "7", "ba": "8", "jiu": "9",
    # and in English ("one three eight zero…")
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9",
}  # fmt: skip
_SYLLABLES = "ling|dong|yi|yao|er|liang|san|si|wu|liu|qi|guai|ba|jiu"
"""Pinyin digits: no one is the beginning of another, so a glued word ("yaosanba") reads one way only."""
_PINYIN_WORD = (
    rf"(?:{'|'.join(sorted((w for w in _PINYIN_DIGITS if w not in _SYLLABLES.split('|')), key=len, reverse=True))}"
    rf"|(?:{_SYLLABLES})+|[0-9]{{1,4}})"
)
_PINYIN_RUN = re.compile(rf"(?<![A-Za-z0-9]){_PINYIN_WORD}(?:,?[\s\-]{{1,2}}{_PINYIN_WORD})*(?![A-Za-z0-9])", re.IGNORECASE)
"""Spoken digit words, grouped by spaces, dashes or commas ("one three eight, one two three four")."""
_SYLLABLE = re.compile(_SYLLABLES, re.IGNORECASE)


def _spoken_digits(word: str) -> str:
    """The digits of one word of a spoken run: Arabic digits, a digit word, or pinyin digits glued together."""
    if word.isdigit():
        return word
    if word.lower() in _PINYIN_DIGITS:
        return _PINYIN_DIGITS[word.lower()]
    return "".join(_PINYIN_DIGITS[s.lower()] for s in _SYLLABLE.findall(word))


def _pinyin_spans(text: str, public: Collection[str]) -> list[Span]:
    """Numbers spelled in pinyin or English digits, apart or glued ("yao san ba…", "yaosanbaling…"): 7 or more
    digits (5 after a number's cue), half of them and at least three spoken."""
    spans = []
    for m in _PINYIN_RUN.finditer(text):
        words = re.split(r"[\s\-,]+", m.group())
        digits = "".join(_spoken_digits(w) for w in words)
        if len(digits) < CUED_DIGITS:
            continue
        spoken = sum(len(_spoken_digits(w)) for w in words if not w.isdigit())
        cued = bool(_CUE.search(text[max(0, m.start() - 12) : m.start()]))
        if (
            spoken >= max(3, (spoken + sum(w.isdigit() for w in words)) / 2)
            and (len(digits) >= GENERIC_DIGITS or cued) and not _public(digits, public)
        ):
            spans.append(Span(m.start(), m.end(), classify(digits) or NUMBER_LABEL))
    return spans


# Codes that are written with digits and are no one's: a hexadecimal error or status code (0x80070005), a
# UUID and an IPv4 address (192.168.1.100).
_MACHINE_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?:0[xX][0-9A-Fa-f]{2,16}|[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}|(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![A-Za-z0-9.])"
)

# Pieces of one number given across clauses: "前三位138，中间四位0013，后四位8000", "前六位是110105，后面是…".
_PIECE_GAP = re.compile(
    r"[，,、\s]*(?:(?:然后|接着|再|后面|后边|最后|中间|剩下|后|前|尾巴|尾数|末尾|出生(?:日期|年月日|年月)?|生日)(?:的)?)?"
    r"(?:[一二三四五六七八九十两\d]{1,2}位)?(?:数字|号码|几位)?(?:是|为|呢|就是)?[，,、：:\s]*"
)


_DATE_UNIT_AFTER = re.compile(r"\s*[年月日]")
_ORDER_WORD = re.compile(r"然后|接着|再|后|最后|中间|剩下|前|位|尾|出生|生日")


def _piece_spans(text: str, pieces: list[tuple[int, int, str]]) -> list[Span]:
    """Runs of digits (start, end, digits) that join, across the words that order them, into a mobile, an
    ID or a bank card number, or into 7 digits or more after a personal label: each is masked with that kind."""
    spans: list[Span] = []
    i = 0
    while i < len(pieces):
        found = 0
        value = pieces[i][2]
        personal = label_kind(text[max(0, pieces[i][0] - 24) : pieces[i][0]]) == "personal"
        ordered = True
        for j in range(i + 1, min(i + 4, len(pieces))):
            gap = text[pieces[j - 1][1] : pieces[j][0]]
            if len(gap) > 10 or not gap or not _PIECE_GAP.fullmatch(gap):
                break
            if len(value) >= 18:
                break  # a whole number already: what follows is no piece of it
            value += pieces[j][2]
            ordered = ordered and bool(_ORDER_WORD.search(gap))
            if classify(value) in (PHONE_LABEL, ID_LABEL, CARD_LABEL) or (
                personal and ordered and len(value) >= GENERIC_DIGITS
            ) or (  # an area code said apart from its number ("区号0512，号码68235170")
                j == i + 1 and _AREA_CODE.fullmatch(pieces[i][2]) and classify(value) == LANDLINE_LABEL
            ):
                found = j  # a number of a known kind, or pieces in order after a personal label ("身份证号码前六位…")
        if found:
            label = classify("".join(p[2] for p in pieces[i : found + 1]))
            spans += [Span(p[0], p[1], label or NUMBER_LABEL) for p in pieces[i : found + 1]]
            i = found + 1
        else:
            i += 1
    return spans


# A number after its country's calling code: the kind by that country's numbering (mobiles: Taiwan 9…,
# Hong Kong 4–9…, Macau 6…, Korea 10…, Japan 70/80/90…, Vietnam 3/5/7/8/9…, Russia 9…).
_INTERNATIONAL_MOBILE = re.compile(
    r"886 9\d{8}|852 [4-9]\d{7}|853 6\d{7}|82 1[0-9]\d{7,8}|81 [789]0\d{8}|84 [35789]\d{8}|7 9\d{9}|"
    r"65 [89]\d{7}|60 1\d{8,9}|66 [689]\d{8}|44 7\d{9}|1 \d{10}"
)
_PLUS_BEFORE = re.compile(r"(?:[(（]\s*)?(?:\+|＋)\s*$")


def _international(text: str, span: Span) -> Span:
    """The span with the ``+`` (and a bracket) of its calling code taken in, labelled by its kind."""
    plus = _PLUS_BEFORE.search(text, max(0, span.start - 3), span.start)
    if not plus:
        return span
    digits = digits_of(text[span.start : span.end])
    label = span.label
    if digits.startswith("86"):
        label = classify(digits[2:]) or classify("0" + digits[2:]) or label
    elif any(_INTERNATIONAL_MOBILE.fullmatch(f"{digits[:n]} {digits[n:]}") for n in (1, 2, 3)):
        label = PHONE_LABEL
    elif label in (NUMBER_LABEL, LANDLINE_LABEL) and 8 <= len(digits) <= 15:
        label = LANDLINE_LABEL
    start = plus.start()
    if text[start] in "(（" and ")" not in text[span.start : span.end] and "）" not in text[span.start : span.end]:
        start = plus.start() + 1 + (len(text[plus.start() + 1 : span.start]) - len(text[plus.start() + 1 : span.start].lstrip()))
    return Span(start, span.end, label)


_KOREAN_CONTEXT = re.compile(r"韩国|韓國|한국|korea|mobile|cell|手机|手機|핸드폰|휴대폰", re.IGNORECASE)


def _korean_mobile(text: str, span: Span) -> Span:
    """A Korean mobile (010-xxxx-xxxx) is spelled like a Beijing landline: a mobile when its clause calls it
    one or names Korea."""
    if span.label != LANDLINE_LABEL or not digits_of(text[span.start : span.end]).startswith("010"):
        return span
    before = re.split(r"[，,。；;！？!?\n]", text[max(0, span.start - 30) : span.start])[-1]
    after = re.split(r"[，,。；;！？!?\n]", text[span.end : span.end + 30])[0]
    return Span(span.start, span.end, PHONE_LABEL) if _KOREAN_CONTEXT.search(before + " " + after) else span


_SPOKEN_X = re.compile(r"\s*(?:(?:大写|小写)的?\s*)?(?:[Xx×ｘＸ]|艾克斯|爱克斯|埃克斯)(?![A-Za-z])")


def _spoken_check_letter(text: str, span: Span) -> Span:
    """Seventeen digits and their check letter said or spelled after them ("…零四大写X", "…七二艾克斯", a 1
    typed as l): the letter belongs to the ID number (nothing of it is left); a permit's letter before a dot
    is the permit's; and a number read as one after 00 + 86 ("008613605028124") by what follows the country code."""
    digits = digits_of(text[span.start : span.end])
    if len(digits) == 17 and (m := _SPOKEN_X.match(text, span.end)):
        return Span(span.start, m.end(), ID_LABEL if is_id_number(digits + "X") else span.label)
    if len(digits) == 17 and re.match(r"[lI](?![A-Za-z])", text[span.end : span.end + 2]):  # a 1 typed as l or I
        return Span(span.start, span.end + 1, ID_LABEL if is_id_number(digits + "1") else span.label)
    if span.label == DOCUMENT_LABEL and re.search(r"(?<![A-Za-z])[A-Z]\.$", text[max(0, span.start - 3) : span.start]):
        return Span(span.start - 2, span.end, span.label)  # a permit's letter before a dot ("C.0676.4572")
    if span.label == NUMBER_LABEL and digits.startswith("0086") and (label := classify(digits[4:])):
        return Span(span.start, span.end, label)
    return span


_DIGIT_CLASS = "".join(sorted(DIGIT_CHARS))
# The last digits of a number, named as such: "尾号5521", "后四位是4471", "末4位：301X".
_TAIL = re.compile(
    rf"(?:尾号|尾数|(?:后|末|最后)(?:[三四五六3456])位(?:数字|数|号码)?)\s*(?:是|为|就是)?\s*[:：]?\s*"
    rf"([{_DIGIT_CLASS}]{{3,6}}(?:[XxＸｘ](?![A-Za-z]))?)(?![{_DIGIT_CLASS}])"
)
# Whose tail it is: the kind of a person's number named before it in its sentence, the nearest one deciding.
_TAIL_KINDS = (
    (re.compile(r"身份证|身分证|證件|证件|身份號|身份号"), ID_LABEL),
    (re.compile(r"手机|手機|电话|電話|座机|联系方式|号码"), PHONE_LABEL),
    (re.compile(r"卡|账号|账户|帐号|帐户|存折|银行"), CARD_LABEL),
    (re.compile(r"社保|医保|公积金|护照|通行证|回乡证|台胞证|居住证|驾驶证|驾照"), NUMBER_LABEL),
)
# A question that points at one card or message by its tail ("…那张可以吗", "是这张吗", "…的那个短信是你们发的
# 吗", "是1234还是要全部"): the tail picks one out, it is not given for a record. Both a question and a pointing
# word are needed ("我尾号3634的卡能退款吗" gives the tail of the card to refund to).
_TAIL_QUESTION = re.compile(r"吗|嗎|么|呢|？|\?|还是|還是|是不是|对不对|能不能|可不可以|行不行|哪|什么|多少|怎么|咋")
_TAIL_POINTING = re.compile(r"这张|那张|哪张|这个|那个|哪个|这一张|那一张|是这|是那|还是|還是|這張|那張")
_TAIL_EXAMPLE = re.compile(r"比如|例如|譬如|举例|举个例子|示例|假如|假设|样例")
_SENTENCE_SPLIT = re.compile(r"[。；;！？!?\n]")


def _tail_kind(before: str) -> str | None:
    """The label of the person's number whose tail follows ``before`` (its sentence up to the tail's word), or
    None when the sentence names no person's number or the label right before names a thing's (订单, 车架号)."""
    if label_kind(before) == "thing":
        return None
    found = [(m.end(), label) for pattern, label in _TAIL_KINDS for m in pattern.finditer(before)]
    return max(found)[1] if found else None


_TAIL_OWNER_AFTER = re.compile(r"^[^，,、]{0,4}?(?:的|那张|这张|那个|这个)(?:银行|信用)?(?:卡|账户|账号|帐户|帐号|存折|手机|身份证)")


def _tail_kind_after(after: str) -> str | None:
    """The label of the person's number a tail is said to be of right after it ("尾号4028那张卡", "…的账户")."""
    m = _TAIL_OWNER_AFTER.match(after)
    return _tail_kind(m.group()) if m else None


def _tails(text: str, spans: list[Span]) -> list[Span]:
    """A number's tail ("尾号5521", "后四位是4471"). Beside the rest of a number masked in the same text
    ("卡号前面是6217 0012 3456 789，尾号是5521") it is part of it and is masked too. Given alone, it is masked when
    its sentence names a person's number and gives the tail ("退款退到我招行卡，尾号3634", "我银行卡尾号是0866，
    前面的记不住了", "身份证后四位6110", "我尾号3634的卡能退款吗"); kept when a question points at one card
    with it ("我的卡尾号6789，是这张吗", "身份证号后四位是1234还是要全部"), in an example ("比如…"), or when the
    tail is a thing's ("订单尾号5531", "车架号后六位")."""
    whole = [s for s in spans if len(digits_of(text[s.start : s.end])) >= GENERIC_DIGITS]
    found = []
    for m in _TAIL.finditer(text):
        start, end = m.span(1)
        if any(s.start < end and start < s.end for s in spans):
            continue
        if whole:
            found.append(Span(start, end, whole[0].label))
            continue
        sentence_start = max((e.end() for e in _SENTENCE_SPLIT.finditer(text, 0, m.start())), default=0)
        sentence_end = next((e.end() for e in _SENTENCE_SPLIT.finditer(text, end)), len(text))
        label = _tail_kind(text[max(sentence_start, m.start() - 24) : m.start()]) or _tail_kind_after(
            text[end : min(sentence_end, end + 10)]
        )
        example = _TAIL_EXAMPLE.search(text, sentence_start, m.start())
        pointing = _TAIL_QUESTION.search(text, sentence_start, sentence_end) and _TAIL_POINTING.search(
            text, sentence_start, sentence_end
        )
        if label and not example and not pointing:
            found.append(Span(start, end, label))
    return found


# Right after a masked number, the speaker sets it right or says part of it again: "…，不对，是五六八七",
# "00112233不对是00112234", "…，嗯，对，零七零七".
_AFTERTHOUGHT = re.compile(
    rf"^[，,。.…\s]*(?:(?:嗯|呃|啊|噢|哦|喔|哎|诶)[，,。.…\s]*)*"
    rf"(?:(?:不对|不是|错了|说错了|讲错了|搞错了|对的|对|没错|是的|是)[，,。.…\s]*|(?<=[噢哦喔]，)|(?<=[噢哦喔],))"
    rf"(?:(?:最后|后面|末尾|尾巴|尾数|后四位|最后几位|最后四位|后几位)(?:的)?)?(?:是|应该是)?\s*"
    rf"([{_DIGIT_CLASS}](?:[{_DIGIT_CLASS}]|[\s\-](?=[{_DIGIT_CLASS}])){{2,22}})(?![{_DIGIT_CLASS}])"
)
# A false start before it: "188 什么来着 188 2617 3940".
_FALSE_START = re.compile(rf"(?<![{_DIGIT_CLASS}])([{_DIGIT_CLASS}]{{2,4}})(?![{_DIGIT_CLASS}])[^{_DIGIT_CLASS}，,。]{{1,8}}$")


def _said_again(text: str, spans: list[Span], public: Collection[str]) -> list[Span]:
    """Digits said again beside a masked number (a correction, a repeated part, a false start): masked with it;
    never the hall's own number or a public service line said against it ("…，不是0755-2699 8100那个", "不是12345")."""
    found = []
    for s in spans:
        if len(digits_of(text[s.start : s.end])) < 3:  # a tail set right ("后四位是 幺二二，噢，零幺二二") too
            continue
        m = _AFTERTHOUGHT.match(text[s.end : s.end + 30])
        again = digits_of(m.group(1)) if m else ""
        if (
            m and not _UNIT_AFTER.match(text[s.end + m.end(1) : s.end + m.end(1) + 6])  # not "是2024年办的"
            and not _public(again, public) and not _SERVICE_LINE.fullmatch(again) and not _hotline(again)
        ):
            found.append(Span(s.end + m.start(1), s.end + m.end(1), s.label))
        if len(digits_of(text[s.start : s.end])) < GENERIC_DIGITS:
            continue
        f = _FALSE_START.search(text[max(0, s.start - 14) : s.start])
        if f and digits_of(text[s.start : s.end]).startswith(digits_of(f.group(1))):
            offset = max(0, s.start - 14)
            found.append(Span(offset + f.start(1), offset + f.end(1), s.label))
    return [f for f in found if not any(o.start < f.end and f.start < o.end for o in spans)]


# Letters that OCR and hurried typing put for digits: O/o for 0, l/I for 1 (full-width too).
_LOOK_ALIKES = {"O": "0", "o": "0", "Ｏ": "0", "ｏ": "0", "l": "1", "I": "1", "ｌ": "1", "Ｉ": "1"}
# Z for 2 and S for 5 are read so less often: only between a number's digits or at its end (never before them:
# SZ2026… opens a code), in a run of seven real digits or more ("O571-87683ZOO").
_WEAK_LOOK_ALIKES = {"Z": "2", "S": "5"}
_LOOK_ALIKE_GROUP = "[0-9０-９OoＯｏlIｌＩZS]+"
_LOOK_ALIKE_RUN = re.compile(rf"{_LOOK_ALIKE_GROUP}(?:[ \-－.·]{_LOOK_ALIKE_GROUP})*")
_LOOK_ALIKE_PIECE = re.compile(_LOOK_ALIKE_GROUP)


def ocr_view(text: str) -> str:
    """``text`` with the letters that stand for digits inside a number read as those digits ("138OO138OOO",
    "l3800138000", "44O3O5l99…", "l38-OO13-8OOO": OCR and hurried typing), each in its place (spans map one
    to one).

    A look-alike counts inside a group between two of its digits; at a group's start or end (three at most)
    when no other Latin letter is glued to that side ("Hello1234", "No1234", "Tool2024" keep their letters; a
    passport's letter before its digits stays a letter); a group of look-alikes alone only between groups
    with digits. The whole run needs four real digits."""
    if not any(c in _LOOK_ALIKES or c in _WEAK_LOOK_ALIKES for c in text):
        return text
    chars = list(text)
    alike = _LOOK_ALIKES | _WEAK_LOOK_ALIKES
    for run in _LOOK_ALIKE_RUN.finditer(text):
        real_digits = sum(c not in alike for c in run.group() if c not in " -－.·")
        if real_digits < 4:
            continue
        pieces = list(_LOOK_ALIKE_PIECE.finditer(text, run.start(), run.end()))
        has_digit = [any(c not in alike for c in p.group()) for p in pieces]
        for k, piece in enumerate(pieces):
            group, at = piece.group(), piece.start()
            if not has_digit[k]:
                if 0 < k < len(pieces) - 1 and has_digit[k - 1] and has_digit[k + 1] and all(c in _LOOK_ALIKES for c in group):
                    chars[at : piece.end()] = [_LOOK_ALIKES[c] for c in group]
                continue
            real = [i for i, c in enumerate(group) if c not in alike]
            first, last = real[0], real[-1]
            open_before = first <= 3 and not (at > 0 and _is_latin(text[at - 1]))
            open_after = len(group) - 1 - last <= 3 and not (piece.end() < len(text) and _is_latin(text[piece.end()]))
            weak_ok = real_digits >= GENERIC_DIGITS and not (first > 0 and group[first - 1] in _WEAK_LOOK_ALIKES)
            for i, c in enumerate(group):
                if c in _LOOK_ALIKES and (first < i < last or (i < first and open_before) or (i > last and open_after)):
                    chars[at + i] = _LOOK_ALIKES[c]
                elif c in _WEAK_LOOK_ALIKES and weak_ok and (first < i < last or (i > last and open_after)):
                    chars[at + i] = _WEAK_LOOK_ALIKES[c]
    return "".join(chars)


def find_numbers(text: str, public: Collection[str] = ()) -> list[Span]:
    """Every personal number in ``text``, in text order; ``public`` = digit strings never masked. Letters
    typed or read for digits inside a number (O for 0, l for 1) are read as those digits (:func:`ocr_view`)."""
    text = ocr_view(text)
    spans: list[Span] = [Span(*m.span(1), DOCUMENT_LABEL) for m in _LABELLED_DOCUMENT.finditer(text)]
    if text.isascii() or re.search("[A-Za-z]{2}", text):
        spans += _pinyin_spans(text, public)
    pieces: list[tuple[int, int, str]] = []
    for groups in runs(text):
        total = sum(len(g.digits) for g in groups)
        if total >= 3 and not _DATE_UNIT_AFTER.match(text, groups[-1].where[-1] + 1):  # not a date's year (1970年)
            pieces.append((groups[0].where[0], groups[-1].where[-1] + 1, "".join(g.digits for g in groups)))
        if total < CUED_DIGITS - 1:
            continue
        for dated in split_dates(groups, text):
            for part in (p for unit in _split_units(text, dated) for p in _split_commas(text, unit)):
                if part:
                    spans.extend(_part_spans(text, part, public))
    if len(pieces) >= 2 and (joined := _piece_spans(text, pieces)):
        joined = [s for s in joined if not _public(digits_of(text[s.start : s.end]), public)]
        spans = [s for s in spans if not any(j.start < s.end and s.start < j.end for j in joined)] + joined
    if "0x" in text or "0X" in text or "." in text or "-" in text:
        codes = [m.span() for m in _MACHINE_CODE.finditer(text)]
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in codes)]
    if "+" in text or "＋" in text:
        spans = [_international(text, s) for s in spans]
    spans = [_spoken_check_letter(text, _korean_mobile(text, s)) for s in spans]
    if "尾" in text or "位" in text:
        spans += _tails(text, spans)
    if spans:
        spans += _said_again(text, spans, public)
    spans.sort(key=lambda s: s.start)
    return spans
