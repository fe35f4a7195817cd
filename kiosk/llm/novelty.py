"""Novel content: the claim-bearing words of a sentence must be in the cited entries.

The other rules of the grounding check each know one *kind* of fact (a window, a fee, a document, an age).
This layer catches an invented fact of any other kind: after a claim trigger (需要, 须, 可以, 只能, 凭, 提供,
办理, 到, 由, 通过…), each content word of the clause must be supported by the cited entries, the catalog
answer or the hall's information — the word itself, its characters in order within a short span (社保卡 in
社会保障卡), its core without a function character (查到 → 查), or a general synonym of government-service
vocabulary (开具 = 出具). A word nobody needs to ground carries no claim: numerals (the number rules judge
them), floors (the floor rules), and general reply vocabulary (办理, 原件, 建议您…).

What remains unsupported counts only when it is a *specific* word: its inverse document frequency in
jieba's general corpus (``jieba/analyse/idf.txt``, a measure of how rare a word is in everyday text) is at
least :data:`MIN_IDF`. Everyday words (继续, 正常, 问题) are what paraphrase adds; rare ones (疾控中心, 公证,
网签) are what invention adds. The threshold was chosen leave-one-set-out on the development banks
(``benchmarks/novelty_calibrate.py``).
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from kiosk.llm.facts import plain
from kiosk.llm.mentions import NEGATED_DOCUMENT, fold_documents

MIN_IDF = 8.5
"""A word this rare in general text (jieba's idf) or rarer is specific enough to be a claim."""

_UNKNOWN_IDF = 12.0
"""The idf of a word jieba's corpus does not hold (rare by definition)."""

IDF_CAP = 10.5
"""Words at least this rare are not kept in memory (a quarter of jieba's 270,000): they count as unknown,
which is as rare. Thresholds up to the cap can be compared (the calibration grid stops below it)."""

_TRIGGER = re.compile(
    r"需要|须|需|要|应|必须|可以|可|能|凭|携带|带|提供|提交|办理|前往|到|去|登录|下载|拨打|核查|公证|审核|只能|仅限|只有|才|由|通过|在|经"
)
_TRIGGER_TOKEN = re.compile(r"(?:还|也|就|都|只|仅|先|再|另|并|则|均|须)?(?:" + _TRIGGER.pattern + r")(?:先|再|到|在)?")
"""A token that is a trigger (需要, 还要, 先到): 现在 holds 在 but claims nothing."""
_CLAUSE = re.compile(r"[，。；;,！？!?：:、（）()\s]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NUMERAL = re.compile(r"\d|[零〇一二三四五六七八九十百千万亿两半几]+(?:[个张份次年月日天周岁元块项件本楼层号位名人寸分级套间期点时秒倍成折]|$)|^[第每]")
"""A number with its unit (三个, 十块钱, 一楼, 第二): judged by the number rules (三甲 is a word)."""
_FLOOR = re.compile(r"[楼层]$")
_FUNCTION = "不没无未非别需须要先由在来到去给把被将请带上下好完过了着的地得和与及或也都就还再又才可能会前后时里中内外每该"
_PARTICLES = frozenset("我你您他她它其们这那哪些种个是并做用问哦呢吧啊呀嘛等经帮让叫给对向从以为跟同日月年号点张份")
"""Single characters that never start or end a word jieba does not know (pronouns, particles, units)."""
_VERB_HEADS = frozenset("办缴交拿领取补换开填")
"""Single verbs that start a phrase rather than a word jieba does not know (办随迁 is 办 + 随迁)."""
_MARKERS = frozenset({"仅限", "只限", "只能", "只有", "才能", "必须", "需要", "须要", "可以", "能够", "应当", "应该"})
_GENERIC_WORDS = (
    """您好 祝您 祝你 祝你们 建议 建议您 感谢 感谢您 谢谢 欢迎 耐心 愉快 顺利 恭喜 放心 咨询 询问 了解 确认 提醒 注意 记得
    别忘了 需要的话 办理 办好 办完 办结 办成 办事 来办 去办 申请 申办 受理 提交 递交 提供 携带 带上 带齐 要带 需带 准备
    提前准备 备好 拿到 领到 领取 取件 领证 出证 拿证 发证 办证 取号 排队 叫号 等候 窗口 大厅 现场 当场 即时 立等可取 时限
    时间 工作日 天内 工作日内 费用 收费 收取 交费 缴费 交钱 工本费 手续费 登记费 免费 原件 复印件 复印 正本 副本 材料 证件 资料 表格
    清单 填写 填表 核对 本人 自己 别人 他人 帮别人 家人 业务 事项 手续 流程 服务 情况 问题 疑问 具体 要求 规定 按规定 相关
    有关 其他 其它 另外 以及 或者 而且 并且 开始 之前 之后 以后 以前 地址 电话 咨询电话 拨打 上午 下午 中午 周末 办公 工作
    时间段 保管 妥善 保存 证号 新证 旧证 用途 使用 用于 用来 直接 马上 随时 一次 多次 顺序 工作人员 一下 这里 那里 那份
    这份 这些 那些 部门 单位 地方 纸质 纸质版"""
)  # fmt: skip
_GENERIC = frozenset(_GENERIC_WORDS.split())
"""General reply vocabulary of any hall: courtesy, the steps of every visit, fees and times in general."""

_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("开具", ("出具", "开")), ("出具", ("开具", "开")), ("求助", ("帮办", "帮助", "协助")), ("合影", ("合照", "照片")),
    ("合照", ("合影", "照片")), ("近照", ("照片",)), ("相片", ("照片",)), ("双人", ("合照", "合影", "双方")), ("单人", ("照片", "本人")), ("坐飞机", ("乘机", "航班", "飞机")),
    ("乘飞机", ("乘机", "航班", "飞机")), ("坐火车", ("火车", "铁路", "乘车")), ("身份证号", ("身份证号码", "公民身份号码")),
    ("打印", ("自助打印", "打印")), ("邮寄", ("寄递", "快递", "EMS", "邮政")), ("快递", ("邮寄", "寄递", "EMS")),
    ("签名", ("签字",)), ("签字", ("签名",)), ("落户", ("入户", "迁入")), ("入户", ("落户", "迁入")),
    ("扣费", ("扣缴", "代扣", "扣款", "缴费")), ("换证", ("换领", "换发", "换证", "换新")), ("补证", ("补领", "补发", "补办", "补证")), ("老人", ("老年人",)), ("小孩", ("儿童", "子女", "未成年")), ("孩子", ("儿童", "子女", "未成年", "孩")),
    ("坐车", ("乘车", "乘机", "火车", "出行")), ("代为", ("代办", "委托", "代理", "代为")), ("免交", ("无需", "免予", "不需", "不用", "免收", "免")),
    ("微信", ("公众号", "小程序", "服务号", "WeChat", "wechat")), ("拍照", ("照相", "拍照", "拍摄", "照片")),
)  # fmt: skip
"""General government-service synonyms: a word of the sentence → spellings of it the entries may use."""

_STEP_WORDS = (
    "公证 认证 核查 核验 查验 公示 公告 登报 面谈 面试 考试 考核 体检 签到 到场 评估 鉴定 检测 验车 实地 "
    "调查 走访 备案 年检 年审 网签 预填 听证 会签 回访 抽查 勘验 踏勘 验资 验收 上门 核实 复核 调解 激活 立案 签字 短信"
)
_STEPS = frozenset(_STEP_WORDS.split())
"""Procedure steps (inspection, notarisation, publication, interview, verification…): a step the sentence
requires is a claim whatever its rarity, and must be in the entries as it is."""
_STEP_SYNONYMS: dict[str, tuple[str, ...]] = {
    "到场": ("到场", "到窗口", "亲自", "本人到", "现场办理", "在场", "共同前往", "一同", "一起"),
    "核验": ("核验", "核查", "查验", "核对"), "查验": ("查验", "核验", "核查"),
    "签到": ("签到",), "考核": ("考核", "考试", "评估"), "检测": ("检测", "检验", "检查"),
    "上门": ("上门", "入户", "实地", "走访", "到家"), "核实": ("核实", "核查", "核验", "查验", "调查", "审核"),
    "复核": ("复核", "复查", "复审"), "激活": ("激活", "启用"), "签字": ("签字", "签名", "签署", "签章"),
}  # fmt: skip
_STEP_FOUND = re.compile("|".join(sorted(_STEPS, key=len, reverse=True)))
_STEP_TRIGGER = re.compile(_TRIGGER.pattern + r"|会|将|进行|组织|安排|参加|做")
"""What states a step: a claim trigger, or a step announced (民警会上门核实, 组织双方调解, 参加面谈)."""
_STEP_NEAR = 30
"""How near (characters) the entries give a step to what the sentence binds it to."""
_NEGATED_STEP = re.compile(r"(?:不|无|免|没|未|别|勿)[\u4e00-\u9fff]{0,3}$|已(?:经)?$")

_DENIAL = re.compile(r"(?:不能|不可以|不可|无法|不接受|不支持|不提供|不允许|不予|没法|不再)(?:在|到|去|再|直接)?([\u4e00-\u9fff]{2,6})")
_OFFERED_BEFORE = re.compile(r"(?:可|能|支持|提供|接受|允许|均可|也可)[\u4e00-\u9fff]{0,2}$")
_NEGATED_BEFORE = re.compile(r"[不无未非禁免没]")

_DONE_OR_WAIVED = re.compile(
    r"(?:不需要|不用|无需|无须|不必|免(?:去|除)?|省去|跳过|已(?:经)?(?:同步|自动|一并|顺便)?(?:完成|办好|办妥|包含|含)了?"
    r"|(?:同步|自动|一并)(?:完成|办理|办好)了?|包含|含)(?:再)?(?:经过|进行|做|办理|办)?[\u4e00-\u9fff]{0,4}?$"
)
"""A step said done already, included or waived: the marker, then at most four characters before the step."""
_REQUIRED_BEFORE = re.compile(r"(?:须|需|需要|必须|要|应|应当|还需|还须)[^，。；;,.]{0,8}$")
_OPEN = re.compile(r"不限([\u4e00-\u9fff]{2})")
_RESTRICTION = re.compile(r"仅限|只限|仅|只有|只能|限于|(?<!不)限")

_LOCK = threading.Lock()
_IDF: dict[str, float] | None = None
_jieba: Any = None


def _load() -> tuple[Any, dict[str, float]]:
    """jieba (initialised once) and its idf table, thread-safely."""
    global _IDF, _jieba
    with _LOCK:
        if _jieba is None:
            import jieba  # (not jieba.analyse: importing it loads the whole table into one more dict)

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            table: dict[str, float] = {}
            path = Path(jieba.__file__).resolve().parent / "analyse" / "idf.txt"
            with path.open(encoding="utf-8") as f:
                for line in f:
                    word, _, value = line.partition(" ")
                    if value and (idf_value := float(value)) < IDF_CAP:
                        table[word] = idf_value
            _IDF, _jieba = table, jieba
    assert _IDF is not None
    return _jieba, _IDF


def load_in_background() -> threading.Thread:
    """Read jieba and its idf table on a daemon thread (about a second on a 2-core machine), so the first
    sentence checked — on the event loop — does not wait for it."""
    thread = threading.Thread(target=_load, name="novelty-idf", daemon=True)
    thread.start()
    return thread


def idf(word: str) -> float:
    """How rare ``word`` is in general text (jieba's idf; unknown words are rare)."""
    return _load()[1].get(word, _UNKNOWN_IDF)


def _in_order(word: str, source: str) -> bool:
    """Whether the characters of a word of three or more occur in ``source`` in order, at most two
    characters apart (社保卡 in 社会保障卡; a two-character word must occur as it is: 签到 is not 签注到)."""
    return len(word) >= 3 and re.search(".{0,2}".join(map(re.escape, word)), source) is not None


def _merge_single(tokens: list[str], source: str = "") -> list[str]:
    """``tokens`` with each run of single content characters joined: a word jieba does not know comes
    apart into characters (预填 → 预, 填), and is one word again here. A single character that completes
    the token before it into a word of ``source`` is that word's end, not the start of a new one
    (婚姻登记 + 处 + 办 → 婚姻登记处, 办: the entries name the 婚姻登记处)."""
    out: list[str] = []
    run = ""
    for token in [*tokens, ""]:
        if (not run and out and len(token) == 1 and _HAN.fullmatch(token) and _HAN.fullmatch(out[-1])
                and source and (out[-1] + token)[-4:] in source and len(out[-1]) >= 2):  # fmt: skip
            out[-1] += token
            continue
        if len(token) == 1 and _HAN.fullmatch(token) and token not in _FUNCTION and token not in _PARTICLES:
            if not run and token in _VERB_HEADS:
                out.append(token)  # "办/随/迁", "缴/满": a verb before the word, not its first character
                continue
            run += token
            continue
        if 2 <= len(run) <= 3:
            out.append(run)
        run = ""
        if token:
            out.append(token)
    return out


def _shortened(word: str, source: str) -> bool:
    """Whether ``word``, two characters jieba's dictionary does not hold, shortens a compound of ``source``:
    its characters in order at most two apart (商贷 for 商业贷款). A dictionary word must occur as it is
    (签到 is not 签注到), and so must a procedure step (网签 is a step of its own, not any 网上签约)."""
    jieba, _ = _load()
    # A prefix of a longer word is in FREQ with frequency 0 (jieba adds every prefix of a word it learns:
    # a catalog's 商贷提取 puts 商贷 there): only a positive frequency makes it a dictionary word.
    return (len(word) == 2 and not jieba.dt.FREQ.get(word) and word not in _STEPS
            and re.search(".{0,2}".join(word), source) is not None)


_MODIFIERS = "新旧原老"
"""Characters that qualify a thing without naming another (新卡, 旧证): the thing must be grounded."""


@dataclass(frozen=True)
class NovelContent:
    """What the cited entries say, to find the specific words of a sentence that none of it supports."""

    source: str
    min_idf: float = MIN_IDF
    names: str = ""
    _memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, source: str, min_idf: float | None = None, names: str = "") -> NovelContent:
        """Read ``source`` (the cited entries, the catalog answer and the hall's info); cached. ``min_idf``:
        :data:`MIN_IDF` unless given; ``names``: the cited services' names and aliases."""
        return _build(source, MIN_IDF if min_idf is None else min_idf, names)

    def supported(self, word: str) -> bool:
        """Whether the entries support ``word`` (itself, in order, its core, or a synonym)."""
        found = self._memo.get(word)
        if found is None:
            found = self._supported(word)
            self._memo[word] = found
        return found

    def _supported(self, word: str) -> bool:
        src = self.source
        if word in src or _in_order(word, src):
            return True
        core = word.strip(_FUNCTION)
        if len(core) < 2 or core in src or core in _GENERIC or _in_order(core, src):
            return True
        if _shortened(word, src) or (word[0] in _MODIFIERS and word[1:] in src):
            return True
        if len(word) >= 3 and word[-1] in "区处" and word[:-1] in src:
            return True  # a zone named with its suffix added (民生服务区 for the zone 民生服务)
        if len(word) >= 4 and all(word[i : i + 2] in src for i in range(0, len(word) - 1, 2)):
            return True  # a compound of supported parts (登记结婚: 登记, 结婚), however jieba was taught to cut it
        return any(head in word and any(s in src for s in spellings) for head, spellings in _SYNONYMS)

    def unsupported(self, sentence: str) -> list[str]:
        """The specific words after a claim trigger in ``sentence`` that the entries do not support."""
        return [w for w, rarity in self.candidates(sentence) if rarity >= self.min_idf]

    def candidates(self, sentence: str) -> list[tuple[str, float]]:
        """(word, idf) of every unsupported content word after a claim trigger, whatever its rarity."""
        jieba, table = _load()
        words: list[tuple[str, float]] = []
        for clause in _CLAUSE.split(NEGATED_DOCUMENT.sub(" ", fold_documents(sentence))):  # 不需要户口簿: none asked
            if not _HAN.search(clause) or not _TRIGGER.search(clause):
                continue
            claimed = False
            raw = jieba.lcut(clause, HMM=False)
            shared = {a for a, b in pairwise(raw) if self._coordinated(a, b)}
            for word in _merge_single(raw, self.source):
                claimed = claimed or bool(_TRIGGER_TOKEN.fullmatch(word))  # the words from the first trigger on
                if (not claimed or len(word) < 2 or not _HAN.fullmatch(word) or _NUMERAL.search(word) or _FLOOR.search(word)
                        or word in _MARKERS or word in _GENERIC or self.supported(word)
                        or word in shared):  # fmt: skip
                    continue
                core = word.strip(_FUNCTION)
                rarity = table.get(word) or table.get(core) or _UNKNOWN_IDF
                if (word, rarity) not in words:
                    words.append((word, rarity))
        return words

    def _coordinated(self, word: str, after: str) -> bool:
        """Whether ``word`` is two heads sharing the one-character ``after`` (正副 + 本: 正本 and 副本), each
        a word of the entries or of general reply vocabulary."""
        return len(word) == 2 and len(after) == 1 and all(
            (ch + after) in self.source or (ch + after) in _GENERIC for ch in word)

    def steps(self, sentence: str) -> list[str]:
        """Procedure steps ``sentence`` states (not negated, after a claim trigger or announced) that the entries
        do not."""
        found: list[str] = []
        for clause in _CLAUSE.split(fold_documents(sentence)):
            trigger = _STEP_TRIGGER.search(clause)
            if trigger is None:
                continue
            for m in _STEP_FOUND.finditer(clause, trigger.start()):
                word, start = m.group(), m.start()
                if word in found or _NEGATED_STEP.search(clause[max(0, start - 4) : start]):
                    continue
                if not any(s in self.source for s in _STEP_SYNONYMS.get(word, (word,))):
                    found.append(word)
                elif not self._step_bound(word, clause[:start]):
                    found.append(f"{word} (for another case)")
        return found

    def _step_bound(self, step: str, before: str) -> bool:
        """Whether the entries give ``step`` near what the clause binds it to — the words ``before`` it
        (委托书…公证: the entries' 公证 must be within :data:`_STEP_NEAR` characters of 委托书); the cited services'
        own names bind nothing (a step of the service is in its notes, far from its name), nor does a clause
        naming nothing."""
        jieba, _ = _load()
        objects = [w for w in jieba.lcut(before, HMM=False) if len(w) >= 2 and _HAN.fullmatch(w) and w not in _STEPS
                   and w not in _GENERIC and w not in _MARKERS and not _TRIGGER.fullmatch(w) and not _NUMERAL.search(w)
                   and w in self.source and w not in self.names]  # fmt: skip
        if not objects:
            return True
        src = self.source
        for m in re.finditer("|".join(map(re.escape, _STEP_SYNONYMS.get(step, (step,)))), src):
            near = src[max(0, m.start() - _STEP_NEAR) : m.end() + _STEP_NEAR]
            if any(o in near for o in objects):
                return True
        return False

    def denials(self, sentence: str) -> list[str]:
        """What ``sentence`` says cannot be done (不能现场拍, 不接受现场取号) that the entries offer (也可现场拍摄)."""
        found: list[str] = []
        src = self.source
        for m in _DENIAL.finditer(fold_documents(sentence)):
            phrase = m.group(1)
            for size in range(min(4, len(phrase)), 1, -1):
                part = phrase[:size]
                if part in _GENERIC or _NUMERAL.search(part):
                    continue
                for hit in re.finditer(re.escape(part), src):
                    before = src[max(0, hit.start() - 4) : hit.start()]
                    if _OFFERED_BEFORE.search(before) and not _NEGATED_BEFORE.search(before):
                        found.append(part)
                        break
                if found and found[-1] == part:
                    break
        return found

    def waived_steps(self, sentence: str) -> list[str]:
        """Steps ``sentence`` says are done already, included or not needed (已同步完成领事认证, 无需公证)
        that the entries require (还需办理公证和领事认证) and nowhere waive."""
        text = fold_documents(sentence)
        found: list[str] = []
        src = self.source
        for step in _STEPS:
            for m in re.finditer(step, text):
                if not _DONE_OR_WAIVED.search(_CLAUSE.split(text[max(0, m.start() - 16) : m.start()])[-1]):
                    continue
                required = waived = False
                for hit in re.finditer(step, src):
                    before = src[max(0, hit.start() - 12) : hit.start()]
                    waived = waived or bool(_DONE_OR_WAIVED.search(before) or _NEGATED_STEP.search(before[-4:]))
                    required = required or bool(_REQUIRED_BEFORE.search(before))
                if required and not waived and step not in found:
                    found.append(step)
        return found

    def opened(self, sentence: str) -> list[str]:
        """What ``sentence`` restricts (仅限第一孩) that the entries leave open (不限孩次)."""
        text = fold_documents(sentence)
        found: list[str] = []
        for m in _OPEN.finditer(self.source):
            what = m.group(1)
            for r in _RESTRICTION.finditer(text):
                after = text[r.end() : r.end() + 10].split("，")[0]
                if any(ch in after for ch in what) and what not in found:
                    found.append(what)
        return found

    def check(self, sentence: str) -> list[str]:
        """Problems of ``sentence``: its unsupported specific words and procedure steps."""
        problems = [f"unsupported {w}" for w in self.unsupported(sentence)]
        problems += [f"step {s} not in the entries" for s in self.steps(sentence) if f"unsupported {s}" not in problems]
        problems += [f"step {s} said done or waived, entries require it" for s in self.waived_steps(sentence)]
        problems += [f"restricts {w}, entries set no limit" for w in self.opened(sentence)]
        return problems + [f"denies {d}, entries offer it" for d in self.denials(sentence)]


@lru_cache(maxsize=256)
def _build(source: str, min_idf: float, names: str) -> NovelContent:
    folded = fold_documents(plain(source))
    unbracketed = re.sub(r"[（(][^（）()]{1,8}[）)]", "", folded)  # 死亡医学证明（推断）书 is a 死亡医学证明书
    return NovelContent(f"{folded}\n{unbracketed}", min_idf, fold_documents(plain(names)))


__all__ = ["MIN_IDF", "NovelContent", "idf"]
