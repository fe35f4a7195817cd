"""Questions typed in toneless pinyin ("shen fen zheng bu ban", "hukou qianyi"): an elderly visitor at a
virtual keyboard often types the syllables and never picks the characters, and a recogniser may spell
what it did not know. Such a question is matched on the pinyin channel of the index, as Chinese.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from kiosk.navigator import textnorm

_SYLLABLE_TEXT = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao "
    "ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui "
    "chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die ding diu "
    "dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang "
    "gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng "
    "hm hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan "
    "jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang "
    "lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai "
    "man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei "
    "nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang "
    "pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu "
    "qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se "
    "sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo "
    "si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan "
    "tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan "
    "xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen "
    "zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun "
    "zhuo zi zong zou zu zuan zui zun zuo "
)
SYLLABLES = frozenset(_SYLLABLE_TEXT.split()) - {"m", "n", "hm"}
"""Every toneless Mandarin syllable (ü written v, as pypinyin and most keyboards do), bare interjections left out."""
MIN_SYLLABLES = 3
"""Fewer syllables are as likely an English word ("change", "china") as pinyin."""
_LONGEST = max(len(s) for s in SYLLABLES)


@lru_cache(maxsize=4096)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` as a sequence of pinyin syllables (fewest pieces), or None when it is not pinyin."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = best[start]
            if head is not None and word[start:end] in SYLLABLES:
                candidate = (*head, word[start:end])
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


def typed_pinyin(text: str) -> tuple[str, ...] | None:
    """The syllables of a question written wholly in pinyin (normalised, lower case), or None: a Chinese
    character, a digit, an English stop word or a word that is not pinyin all say it is not."""
    if textnorm.cjk_count(text):
        return None
    words = text.replace("'", " ").split()
    syllables: list[str] = []
    for word in words:
        word = word.strip(",.?!;:，。？！")
        if not word:
            continue
        if not word.isascii() or not word.isalpha() or word in textnorm.ENGLISH_STOPWORDS:
            return None
        pieces = split_syllables(word)
        if pieces is None:
            return None
        syllables.extend(pieces)
    return tuple(syllables) if len(syllables) >= MIN_SYLLABLES else None


def features(syllables: tuple[str, ...]) -> set[str]:
    """The index's pinyin features of these syllables (accents merged as for the catalog's own words)."""
    merged = [textnorm.merge_accent(s) for s in syllables]
    return {f"p:{a}|{b}" for a, b in pairwise(merged)}
