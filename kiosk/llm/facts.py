"""Facts a sentence states, in any spelling: windows, zones, floors, fees, durations, clock times, weekdays,
phone numbers, web sites, app and platform names, documents.

Text is read in two forms: ``plain`` (NFKC: full-width letters and digits folded) for names, and
``numeric`` (plain, with Chinese numerals as Arabic digits: 九十九 → 99, 一三八 → 138, 两 → 2) for
everything with a number. The grounding check (:mod:`kiosk.llm.checker`) extracts the same facts
from the cited catalog entries and compares.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CN_DIGITS = {
    "零": 0, "〇": 0, "洞": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "拐": 7,
    "八": 8, "九": 9,
}  # fmt: skip
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_RUN = re.compile(r"[零〇洞一幺二两三四五六七拐八九十百千万]+")


def _cn_value(run: str) -> str | None:
    """A run of Chinese numerals as Arabic digits (digit by digit, or positional with 十/百/千/万)."""
    if all(c in _CN_DIGITS for c in run):
        return "".join(str(_CN_DIGITS[c]) for c in run)
    if run[0] in "百千万":
        return None
    total, section, num = 0, 0, 0
    for c in run:
        if c in _CN_DIGITS:
            num = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (num or 1) * _CN_UNITS[c]
            num = 0
        elif c == "万":
            total += (section + num) * 10000
            section, num = 0, 0
    return str(total + section + num)


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """NFKC-folded text (full-width letters, digits and punctuation as ASCII where they have one)."""
    return unicodedata.normalize("NFKC", text or "")


@lru_cache(maxsize=4096)
def numeric(text: str) -> str:
    """``plain(text)`` with Chinese numerals written as Arabic digits."""

    folded = plain(text)

    def repl(m: re.Match[str]) -> str:
        value = _cn_value(m.group())
        if value is None:
            return m.group()
        # "周五8:30" must not read as "周58:30": a numeral run right before Arabic digits stays apart from them
        return value + " " if folded[m.end() : m.end() + 1].isdigit() else value

    return _CN_RUN.sub(repl, folded)


# -- windows, zones, floors --------------------------------------------------------------------------
_WINDOW_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})[-\s]?(\d{1,3})(?![0-9])(?!\s*(?:纸|paper|size|尺寸|寸))")
_WINDOW_NUMBER = re.compile(
    r"(?:第\s*)?(\d{1,3})\s*号?\s*(?:窗口|窗|台|柜台)|windows?\s*(?:no\.?|number|#)?\s*(\d{1,3})(?![0-9])",
    re.IGNORECASE,
)
_ZONE = re.compile(r"(?<![A-Za-z])([A-Z])\s*区|\bzone\s+([A-Z])\b|\b([A-Z])\s+zone\b|\barea\s+([A-Z])\b", re.IGNORECASE)
# One pattern each: a single alternation of them all is ten times slower in Python's re.
_FLOOR_ZH = re.compile(r"(?<![同每逐])(?=[负地\s\d])(负|地下)?\s*(\d{1,2})\s*(?:楼|层)(?!梯)")
_FLOOR_F = re.compile(r"(?<![A-Za-z0-9])(B?)(\d{1,2})\s*F(?![A-Za-z0-9])|(?<![A-Za-z0-9])F(?!0\d)(\d{1,2})(?![0-9])", re.IGNORECASE)
_FLOOR_EN = re.compile(r"\b(?:floor|level)\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+floor\b", re.IGNORECASE)
_FLOOR_WORD = re.compile(r"\b(first|second|third|fourth|fifth|sixth|ground)\s+floor\b|\b(basement)\b", re.IGNORECASE)
_EN_FLOOR = {"ground": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def window_ids(text: str) -> set[str]:
    """Window-like ids (``A023``, ``B-05``, ``Ａ０２``) normalised to letters + integer, e.g. ``A23``."""
    return {f"{m.group(1).upper()}{int(m.group(2))}" for m in _WINDOW_ID.finditer(numeric(text))}


def window_numbers(text: str) -> set[int]:
    """Numbers in "5号窗口" / "五号窗口" / "window 5" phrases."""
    return {int(m.group(1) or m.group(2)) for m in _WINDOW_NUMBER.finditer(numeric(text))}


def zones(text: str) -> set[str]:
    """Zone letters ("B区", "Zone B")."""
    return {next(g for g in m.groups() if g).upper() for m in _ZONE.finditer(plain(text))}


def floors(text: str) -> set[int]:
    """Floor numbers stated in ``text`` (二楼, 3层, 2F, F2, floor 2, 2nd floor, 负一楼 = -1)."""
    t = numeric(text)
    found: set[int] = set()
    for m in _FLOOR_ZH.finditer(t):
        found.add(-int(m.group(2)) if m.group(1) else int(m.group(2)))
    for m in _FLOOR_F.finditer(t):
        if m.group(2):
            found.add(-int(m.group(2)) if m.group(1) else int(m.group(2)))
        else:
            found.add(int(m.group(3)))
    for m in _FLOOR_EN.finditer(t):
        found.add(int(m.group(1) or m.group(2)))
    for m in _FLOOR_WORD.finditer(t):
        found.add(-1 if m.group(2) else _EN_FLOOR[m.group(1).lower()])
    return found


# -- money, durations, clock times, weekdays ----------------------------------------------------------
_FEE_BEFORE = re.compile(r"(?:¥|￥|RMB\s*|CNY\s*|人民币\s*)(\d+(?:\.\d+)?)", re.IGNORECASE)
_FEE_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:元|块钱|块|圆|yuan\b|RMB\b|CNY\b)", re.IGNORECASE)
_FEE_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?=(?:-|–|—|~|～|至|到)\s*[¥￥]?\d+(?:\.\d+)?\s*(?:元|块|圆|yuan\b))",
                        re.IGNORECASE)
"""The low end of a range of amounts (400–1000元: 400 is an amount too)."""
_FREE = re.compile(
    r"(?=[免不无零分全fFnNaAcC])(?:免费|免收|免征|免缴|免交\S{0,2}?费|免\S{0,3}?费|(?<=费)全免|全部免除|不收费|不收取|不收\S{0,4}?费|无需缴费|无须缴费|不用交钱|不要钱|不花钱|不用花钱"
    r"|零收费|无收费|分文不收|不需要?[交缴付]\S{0,2}?费|不用[交缴付]\S{0,2}?费|无[需须][交缴付]\S{0,2}?费"
    r"|free of charge|\bno fees?\b|(?<!feel )(?<!toll-)\bfree\b(?! to\b)|\bno charge\b|\bcosts? nothing\b|\bat no cost\b)",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*|-)(?:个)?\s*(工作日|自然日|个?工作天|天|日|周|星期|礼拜|个月|年|小时|钟头|分钟"
    r"|working\s+days?|business\s+days?|days?|weeks?|months?|years?|hours?|minutes?|mins?)(?![A-Za-z])",
    re.IGNORECASE,
)
_UNIT_FAMILY = {
    "工作日": "d", "自然日": "d", "工作天": "d", "天": "d", "日": "d", "周": "w", "星期": "w", "礼拜": "w", "个月": "m",
    "年": "y",
    "小时": "h", "钟头": "h", "分钟": "min",
}  # fmt: skip
_IMMEDIATE = re.compile(
    r"(当天|当日|当场|即时|即办|立等|马上|立即|立刻|现场)\S{0,4}(办结|办好|拿到|领取|取证|出证|可取|办完|完成|拿证|领证|出结果|开出|开好|开具|出具|出证|发证|制证|制卡|核发|发照|出照|颁发|领卡|出来|领到|取得|到账|给出\S{0,4}结果)"
    r"|(当天|当日|当场|即时|即办|立等|马上|立即|立刻|现场)\S{0,4}(?:领|拿|取)到?\S{0,2}(?:执照|证照|证书|证件|证明|照)"
    r"|立等可取|即时办结|\bsame[- ]day\b|\bon the spot\b|\bimmediately\b|\bright away\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?=[上早中下傍晚夜凌\s\d])(?:(上午|早上|早晨|中午|下午|傍晚|晚上|夜里|凌晨)?\s*(\d{1,2})\s*(?:[:：](\d{2})|点\s*(半|\d{1,2}\s*分?)?)"
    r"|(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)
_WEEKDAY_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "末": 0}
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天末1-7])")
_WEEKDAY_EN = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bweekends?\b", re.IGNORECASE)
_EN_DAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_RANGE = re.compile(
    r"(?=[周星礼MTWFSmtwfs])(?:(?:周|星期|礼拜)([一二三四五六日天1-7])\s*(?:至|到|-|–|~|—|－)\s*(?:周|星期|礼拜)?([一二三四五六日天1-7])"
    r"|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|–|to|through|~)\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*)",
    re.IGNORECASE,
)
_CLOSED_AFTER = re.compile(
    r"^[^，。；;,、\s]{0,8}(休息|不开放|不办公|闭馆|不上班|关门|不办|不受理|不对外|closed|not open)", re.IGNORECASE
)
_CLOSED_BEFORE = re.compile(r"(?:closed|not open|not handled|not available|not done|unavailable|except|除|不含)\s*(?:on\s+)?(?:\w+\s*(?:,|and|or|及|和|、)\s*)*$", re.IGNORECASE)


def _closed(t: str, start: int, end: int) -> bool:
    return bool(_CLOSED_AFTER.match(t[end:]) or _CLOSED_BEFORE.search(t[max(0, start - 48) : start]))


_DATE_RANGE_END = re.compile(r"月\s*\d{1,2}\s*[日号]?\s*(?:至|到|-|–|—|~)\s*$")


def fees(text: str) -> set[float]:
    """Money amounts stated in ``text`` (20元, ¥15, 二十块, 40 yuan)."""
    t = _TEN_THOUSANDS.sub(lambda m: f"{float(m.group(1)) * 10000:g}", numeric(text))  # 10万元 = 十万元 = 100000元
    return {float(m.group(1)) for p in (_FEE_BEFORE, _FEE_AFTER, _FEE_RANGE) for m in p.finditer(t)}


_TEN_THOUSANDS = re.compile(r"(\d+(?:\.\d+)?)\s*万(?=\s*(?:元|块|圆))")


def says_free(text: str) -> bool:
    """True when ``text`` says something costs nothing (免费, 不收费, 0元, free of charge)."""
    return bool(_FREE.search(plain(text))) or 0.0 in fees(text)


_CHARGED = re.compile(
    r"(?<![不免无没])(?:要|需要?|须|得|还要|另)(?:交|缴纳?|付|收)\S{0,2}?(?:工本费|手续费|费用|证件费|钱)|(?<![不免无])收取\S{0,2}?(?:工本费|手续费|费用)"
    r"|\b(?:there is|you pay|pay) an? (?:\w+ )?fee\b|\bcosts? (?:some )?money\b",
    re.IGNORECASE,
)


def says_charged(text: str) -> bool:
    """True when ``text`` says a fee is charged without naming an amount ("补户口本要交工本费")."""
    return bool(_CHARGED.search(plain(text))) and not says_free(text) and not fees(text)


def durations(text: str) -> set[tuple[float, str]]:
    """(amount, unit family) of stated durations: 20个工作日 → (20, "d"); dates (5月1日) and years left out."""
    out: set[tuple[float, str]] = set()
    t = _spelled_durations(numeric(text))
    for m in _DURATION.finditer(t):
        unit = m.group(2).lower().replace(" ", "")
        value = float(m.group(1))
        before = t[max(0, m.start() - 3) : m.start()]
        if unit == "日" and (re.search(r"月\s*$", before) or _DATE_RANGE_END.search(t, max(0, m.start() - 12), m.start())):
            continue  # a date: 10月20日, 3月1日至20日
        if unit in ("年",) and value >= 1900:
            continue  # a year: 2026年
        if unit == "周" and t[m.end() : m.end() + 1] == "岁":
            continue  # an age: 16周岁
        if value == 24 and family_of(unit) == "h" and _ROUND_THE_CLOCK.match(t, m.end()):
            continue  # a place open round the clock (24小时自助区), not a time limit
        out.add((value, family_of(unit)))
    return out


def equivalent_durations(found: set[tuple[float, str]]) -> set[tuple[float, str]]:
    """Durations with the same span in another unit: 12个月 = 1年 (not 7个工作日 = 1周: working days)."""
    out = set(found)
    for value, unit in found:
        if unit == "y":
            out.add((value * 12, "m"))
        elif unit == "m" and value % 12 == 0:
            out.add((value / 12, "y"))
    return out


_ROUND_THE_CLOCK = re.compile(r"\s*(?:的)?\s*(?:自助|开放|营业|服务|值守|值班|热线|在线|不打烊|self-service|open|service)", re.I)


def family_of(unit: str) -> str:
    """The unit family of a duration unit (工作日 → d, months → m)."""
    return _UNIT_FAMILY.get(unit) or _english_family(unit)


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60,
    "ninety": 90,
}  # fmt: skip
_EN_SPELLED = re.compile(
    r"(?<!once )(?<!twice )(?<!times )\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)"
    r"(?=\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|years?|hours?)\b)",
    re.IGNORECASE,
)
_HALF = re.compile(r"半个?(月|年)|(\d+)个半月")
_HALF_EN = re.compile(r"\bhalf an? (?=(?:working |business |calendar )?(?:days?|weeks?|months?|years?|hours?)\b)", re.I)
_HALF_WORKDAY = re.compile(r"(?<![\d.])半个?工作日")


def _spelled_durations(t: str) -> str:
    """Durations written in words as digits: "two weeks" → "2 weeks", 半个月 → 0.5个月, 一个半月 → 1.5个月,
    half a working day / 半个工作日 → 0.5 working days."""
    t = _HALF_WORKDAY.sub("0.5个工作日", _HALF_EN.sub("0.5 ", t))
    t = _EN_SPELLED.sub(lambda m: str(_EN_NUMBERS[m.group(1).lower()]), t)
    return _HALF.sub(lambda m: f"{m.group(2)}.5个月" if m.group(2) else f"0.5{'个月' if m.group(1) == '月' else '年'}", t)


def _english_family(unit: str) -> str:
    for prefix, family in (("working", "d"), ("business", "d"), ("day", "d"), ("week", "w"), ("month", "m"),
                           ("year", "y"), ("hour", "h"), ("min", "min")):
        if unit.startswith(prefix):
            return family
    return unit


_PAYOUT_WHEN = (
    ("next month", r"次月|下月|下个月|隔月|\b(?:the )?(?:following|next) month\b"),
    ("this month", r"当月|本月|\b(?:the )?same month\b|\bthis month\b"),
    ("next day", r"次日|第二天|隔天|翌日|\b(?:the )?(?:following|next) (?:working )?day\b"),
    ("same day", r"当天|当日|\b(?:the )?same day\b"),
)
_PAYOUT = re.compile(
    r"(" + "|".join(p for _, p in _PAYOUT_WHEN) + r")\S{0,4}?(?:发放|到账|发到|打款|拨付|发钱|入账|划转|领取|支付)"
    r"|(?:paid|credited|transferred|arrives?|issued)\s+(?:\w+\s+){0,3}?(" + "|".join(p for _, p in _PAYOUT_WHEN) + r")",
    re.IGNORECASE,
)


def payout_timing(text: str) -> set[str]:
    """When ``text`` says money or a result comes (次月发放 → next month, 次日到账 → next day); in the entries any
    mention of the moment counts (按规定次月起发放)."""
    text = plain(text)
    return {name for name, pattern in _PAYOUT_WHEN for m in _PAYOUT.finditer(text)
            if re.fullmatch(pattern, m.group(1) or m.group(2) or "", re.IGNORECASE)}  # fmt: skip


def payout_moments(text: str) -> set[str]:
    """Every moment of :data:`_PAYOUT_WHEN` that ``text`` names at all (the entries' side)."""
    text = plain(text)
    return {name for name, pattern in _PAYOUT_WHEN if re.search(pattern, text, re.IGNORECASE)}


def immediate(text: str) -> bool:
    """True when ``text`` says the service is done on the spot (当场办结, 立等可取, same day)."""
    return bool(_IMMEDIATE.search(plain(text)))


_POINTS_AFTER = re.compile(r"\s*(?:[：:](?!\d)|(?:要求|条件|内容|注意|原因|理由|事项|规定))")
_POINTS_BEFORE = re.compile(r"(?:满足|符合|以下|如下|下面|这|几|注意|记住|包括)\s*$")


def _counts_points(t: str, m: re.Match[str]) -> bool:
    """"满足三点：…", "以下两点": 点 counting the points of a list, not a clock hour."""
    if m.group(1) or m.group(4) or "点" not in m.group(0):
        return False
    return bool(_POINTS_AFTER.match(t, m.end()) or _POINTS_BEFORE.search(t[max(0, m.start() - 4) : m.start()]))


def clock_mentions(text: str) -> list[tuple[int, bool]]:
    """Clock times as (minutes after midnight, ambiguous): 9:00, 下午两点半, 2 pm. ``ambiguous``: an hour
    before 12 with no 上午/下午/am/pm of its own ("下午2点到6点": the 6 may mean 18:00). A 点 that counts the
    points of a list ("满足三点：") is no time."""
    out: list[tuple[int, bool]] = []
    t = numeric(text)
    for m in _CLOCK.finditer(t):
        ambiguous = False
        if _counts_points(t, m):
            continue
        if m.group(2):
            hour, minute = int(m.group(2)), 0
            if m.group(3):
                minute = int(m.group(3))
            elif m.group(4):
                minute = 30 if m.group(4) == "半" else int(re.sub(r"\D", "", m.group(4)) or 0)
            elif "点" not in m.group(0):
                continue
            if (m.group(1) in ("下午", "傍晚", "晚上", "夜里") and hour < 12) or (m.group(1) == "中午" and hour < 6):
                hour += 12
            elif not m.group(1) and 1 <= hour < 12:
                ambiguous = True
        else:
            hour, minute = int(m.group(5)), int(m.group(6) or 0)
            if m.group(7).lower().startswith("p") and hour < 12:
                hour += 12
        if 0 <= hour <= 24 and 0 <= minute < 60:
            out.append((hour * 60 + minute, ambiguous))
    return out


def clock_times(text: str) -> set[int]:
    """Clock times as minutes after midnight (an ambiguous 6点 counts as 6:00)."""
    return {t for t, _ in clock_mentions(text)}


def _day(token: str) -> int:
    token = token.lower()
    if token in _WEEKDAY_ZH:
        return _WEEKDAY_ZH[token]
    if token.isdigit():
        return int(token)
    return _EN_DAYS.get(token[:3], 0)


def weekdays(text: str, *, skip_closed: bool = False) -> set[int]:
    """Weekdays named in ``text`` (1 = Monday … 7 = Sunday); ranges expanded, 周末 = {6, 7}.

    ``skip_closed``: leave out days the text says are closed ("周日休息").
    """
    t = plain(text)
    out: set[int] = set()
    spans: list[tuple[int, int]] = []
    for m in _RANGE.finditer(t):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lo, hi = _day(a), _day(b)
        if skip_closed and _closed(t, m.start(), m.end()):
            spans.append(m.span())
            continue
        if 1 <= lo <= hi <= 7:
            out |= set(range(lo, hi + 1))
        spans.append(m.span())
    for m in list(_WEEKDAY.finditer(t)) + list(_WEEKDAY_EN.finditer(t)):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if skip_closed and _closed(t, m.start(), m.end()):
            continue
        token = m.group(1) if m.re is _WEEKDAY else (m.group(1) or "weekend")
        day = _day(token)
        out |= {6, 7} if day == 0 else {day}
    return out


# -- phones, web sites, apps ---------------------------------------------------------------------------
_PHONE = re.compile(
    r"(?=[\d+(])(?:(?<![\d.])(?:\+?86[\s-]?)?(?:\(?0\d{2,3}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}(?![\d])"
    r"|(?<![\d.])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)|(?<![\d.])[48]00[\s-]?\d{3}[\s-]?\d{4}(?!\d)"
    r"|(?<![\d.:])(?:12\d{3}|9\d{4})(?![\d.:]))"
)


_SHORT_HOTLINE = re.compile(
    r"(?:拨打|打|致电|热线|电话|call|dial|hotline|phone)\D{0,6}?(?<![\d.:])(1[012]\d)(?![\d.:])"
    r"|(?<![\d.:])(1[012]\d)(?![\d.:])\s*(?:\S{0,6}热线|\S{0,4}电话|hotline)",
    re.IGNORECASE,
)


_APP_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff]{2})1\d{4}(?=[”\"」』]|\s*(?:App|APP|app|小程序|公众号|客户端))")
"""The number in an app's name ("掌上12333”", 交管12123 App): no phone number."""


def phone_numbers(text: str) -> set[str]:
    """Phone-like numbers (landlines, mobiles, 400/800 numbers, 5-digit hotlines such as 12345, 3-digit
    service numbers such as 122 next to 拨打/热线/call) as digits."""
    t = _APP_NUMBER.sub(" ", numeric(text))
    found = {re.sub(r"\D", "", m.group()) for m in _PHONE.finditer(t)}
    return found | {m.group(1) or m.group(2) for m in _SHORT_HOTLINE.finditer(t)}


_DISCOUNT = re.compile(r"减半|半价|(?:减免|减收|减|优惠|便宜)[一1]半|打\d+(?:\.\d)?折|\d(?:\.\d)?折|\bhalf[- ]price\b|\bhalf the (?:fee|price)\b|\d+% off\b", re.I)


def discounts(text: str) -> set[str]:
    """Reductions stated in ``text`` (减半, 半价, 打8折, half price), as written (numeric form)."""
    return {m.group().lower() for m in _DISCOUNT.finditer(numeric(text))}


_CHARGE = re.compile(
    r"(?<!不收|免收|不交|无需|不用|免交|没有|不需)(?<!免)(滞纳金|罚款|罚金|押金|保证金|手续费|评估费|服务费|加急费|快递费|邮寄费|刻章费|审核费|"
    r"咨询费|管理费|材料费|制卡费|\blate fees?\b|\bpenalt(?:y|ies)\b|\bdeposit\b|\bhandling fees?\b|\bservice fees?\b|"
    r"\bfiling fees?\b|\bexpress fees?\b)",
    re.IGNORECASE,
)


def charge_names(text: str) -> set[str]:
    """Charges of their own kind named in ``text`` — penalties, deposits and side costs (滞纳金, 罚款, 押金,
    手续费, 评估费, a filing fee) — unless said not to be charged (不收手续费). The fee of the service itself
    (工本费, 证件费) is judged by its amount."""
    return {m.group().lower() for m in _CHARGE.finditer(plain(text))}


_PAY_METHOD = re.compile(
    r"现金|刷卡|扫码支付|扫码缴|支付宝|微信支付|银行转账|POS机|银联|云闪付|数字人民币|社保卡(?=\S{0,6}?(?:支付|付款|缴费|付费|缴纳))"
    r"|\bcash\b|\bcredit cards?\b|\bbank transfer\b|\bAlipay\b|\bWeChat Pay\b|\bUnionPay\b",
    re.IGNORECASE,
)
_PAY_SAME = {"扫码缴": "扫码支付", "pos机": "刷卡", "credit card": "刷卡", "credit cards": "刷卡", "cash": "现金",
             "bank transfer": "银行转账", "alipay": "支付宝", "wechat pay": "微信支付", "unionpay": "银联"}  # fmt: skip


def payment_methods(text: str) -> set[str]:
    """How money is paid or paid out (现金, 刷卡, 支付宝, cash), one spelling each."""
    return {_PAY_SAME.get(m.group().lower(), m.group().lower()) for m in _PAY_METHOD.finditer(plain(text))}


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|percent)|百分之(\d+(?:\.\d+)?)", re.IGNORECASE)


_FRACTION = re.compile(r"(?<![减打])(?:一半|半数)|\bhalf (?:of|the)\b|(\d+)\s*分之\s*(\d+)", re.IGNORECASE)


def percents(text: str) -> set[float]:
    """Percentages (3%, 1%–5% → 1 and 5, 百分之三) and fractions as percentages (一半 → 50, 三分之一 → 33.3)."""
    t = numeric(text)
    found = {float(m.group(1) or m.group(2)) for m in _PERCENT.finditer(t)}
    for m in _FRACTION.finditer(re.sub(r"[一1]半", "一半", t)):  # numeric() reads 一半 as 1半
        whole, part = (int(m.group(1)), int(m.group(2))) if m.group(1) else (2, 1)
        if whole:
            found.add(round(100 * part / whole, 1))
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:-|–|—|~|～|至|到)\s*(?=\d+(?:\.\d+)?\s*(?:%|％))", t):
        found.add(float(m.group(1)))
    return found


_MONTH = re.compile(r"(?<![\d.个])(1[0-2]|0?[1-9])\s*月(?!份?\s*(?:内|之内))")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_EN = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december)\b", re.I)


def months(text: str) -> set[int]:
    """Calendar months named in ``text`` (3月, 三月至六月, March; not 3个月, a duration)."""
    found = {int(m.group(1)) for m in _MONTH.finditer(numeric(text))}
    return found | {_EN_MONTHS.index(m.group(1)[:3].lower()) + 1 for m in _MONTH_EN.finditer(plain(text))}


_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TLD = re.compile(r"\.(?:gov\.cn|com\.cn|org\.cn|net\.cn|edu\.cn|cn|com|net|org|gov|hk|mo|tw)$", re.IGNORECASE)


def web_sites(text: str) -> set[str]:
    """Domains named in ``text`` (lower case, without scheme and ``www.``)."""
    out: set[str] = set()
    for m in _DOMAIN.finditer(plain(text)):
        domain = m.group().lower()
        if _TLD.search(domain) and not domain.replace(".", "").isdigit():
            out.add(domain[4:] if domain.startswith("www.") else domain)
    return out
