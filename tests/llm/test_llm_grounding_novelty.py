"""The novel-content layer of the grounding check: a specific word after a claim trigger must be in the
cited entries (itself, its characters in order, its core, or a general synonym)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog import Catalog, load_catalog
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.novelty import MIN_IDF, NovelContent, idf
from kiosk.llm.prompt import Grounding

ROOT = Path(__file__).resolve().parents[2]
SOURCE = (
    "申请人须提供居民身份证、社会保障卡和单位出具的劳动关系证明。窗口受理后5个工作日办结，结果可邮寄。"
    "代办的需提供授权委托书。大厅地址：某市某区某路1号，咨询电话 12345。"
)


@pytest.fixture(scope="module")
def demo() -> Catalog:
    """The demo hall's catalog."""
    return load_catalog(ROOT / "assets" / "halls" / "demo" / "catalog.json").catalog


def checker_for(catalog: Catalog, *service_ids: str) -> GroundingChecker:
    """A checker for the cited services."""
    services = [s for s in (catalog.service(i) for i in service_ids) if s is not None]
    return GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)


def test_idf_orders_everyday_and_specific_words() -> None:
    """Everyday words are common in general text, institution names and procedure words are rare."""
    assert idf("问题") < MIN_IDF <= idf("公证")
    assert idf("继续") < MIN_IDF <= idf("疾控中心")
    assert idf("某个从未见过的词语甲乙") >= MIN_IDF


@pytest.mark.parametrize(
    "sentence",
    [
        "还需要提供三甲医院出具的证明。",  # an issuer the entries do not name
        "委托书必须经过公证。",  # a procedure step
        "只能在疾控中心办理。",  # a place
        "邮寄的话邮费需要自付。",  # who pays
    ],
)
def test_unsupported_specific_words_are_found(sentence: str) -> None:
    """A rare word after a trigger that the entries never use is reported."""
    assert NovelContent.build(SOURCE).unsupported(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "请带上身份证和社保卡，单位开具的劳动关系证明也要带。",  # 社保卡 in 社会保障卡; 开具 = 出具
        "窗口受理后五个工作日就能办好，结果可以寄给您。",  # numerals, generic verbs
        "如果是别人帮您办，需要带上授权委托书。",  # everyday paraphrase
        "有问题可以拨打咨询电话，祝您办理顺利。",  # courtesy
        "请到二楼窗口办理。",  # a floor: judged by the floor rules, not here
    ],
)
def test_faithful_paraphrases_pass(sentence: str) -> None:
    """Words the entries give in another spelling, numbers, floors and reply vocabulary are not claims."""
    assert NovelContent.build(SOURCE).unsupported(sentence) == []


def test_no_trigger_no_claim() -> None:
    """Words before the first claim trigger of a clause (the topic) are not checked."""
    novel = NovelContent.build(SOURCE)
    assert novel.unsupported("疾控中心的事情。") == []
    assert novel.unsupported("疾控中心的事情，需要到疾控中心办理。") == ["疾控中心"]


def test_threshold_is_a_parameter() -> None:
    """A stricter threshold reports fewer words (the calibration varies it)."""
    sentence = "还需要提供疾控中心出具的证明。"
    assert NovelContent.build(SOURCE, min_idf=30.0).unsupported(sentence) == []
    assert NovelContent.build(SOURCE, min_idf=MIN_IDF).unsupported(sentence) == ["疾控中心"]


def test_checker_uses_the_layer(demo: Catalog) -> None:
    """The grounding check replaces a sentence whose specific content no cited entry gives."""
    checker = checker_for(demo, "passport")
    bad = checker.check("办护照还需要到疾控中心开具健康证明。")
    assert not bad.ok and any(p.startswith("unsupported") for p in bad.problems)
    assert checker.check("办护照需要带居民身份证，照片可以在窗口现场免费采集。").ok


def test_required_procedure_step_must_be_in_the_entries() -> None:
    """A step the sentence requires (notarisation, check-in, on-site presence) is a claim of its own."""
    novel = NovelContent.build(SOURCE)
    assert novel.steps("委托书还须经过公证。") == ["公证"]
    assert novel.steps("每月还要到窗口签到一次。") == ["签到"]
    assert novel.steps("委托书不需要公证。") == []  # negated: the waiver rules judge it
    assert NovelContent.build(SOURCE + "委托书须经公证。").steps("委托书还须经过公证。") == []
    assert NovelContent.build("须夫妻双方本人到窗口办理。").steps("需要双方都到场。") == []  # a spelling of presence


def test_two_character_word_must_occur_as_it_is() -> None:
    """Only a longer word may be an abbreviation (社保卡 of 社会保障卡): 网签 is not 网上签约."""
    novel = NovelContent.build("可网上签约。社会保障卡。")
    assert novel.supported("社保卡") and not novel.supported("网签")


def test_step_bound_to_another_case() -> None:
    """A step the entries give for one case is not thereby required of another: 公证 of a certificate used
    abroad is not 公证 of the letter of authorisation."""
    source = SOURCE + "这里还有一些与本事项无关的说明文字，把两段内容隔开一些距离。出国使用的证明须办理公证。"
    novel = NovelContent.build(source)
    assert novel.steps("授权委托书还须经过公证。") == ["公证 (for another case)"]
    assert novel.steps("出国使用的证明须办理公证。") == []


def test_denying_what_the_entries_offer() -> None:
    """"窗口不能现场拍照" when the entries say the photo "也可现场拍摄"; a bar the entries state themselves passes."""
    novel = NovelContent.build("须提供近期照片，也可现场拍摄。不可代办。")
    assert novel.denials("照片必须自己准备，窗口不能现场拍。") == ["现场拍"]
    assert novel.denials("这个业务不能代办。") == []


def test_word_jieba_does_not_know_is_one_word_again() -> None:
    """A word missing from jieba's dictionary comes apart into characters; the run is checked as a word
    (预填), but not a run of particles or a long run of loose characters."""
    novel = NovelContent.build(SOURCE)
    assert "预填" in novel.unsupported("请先在网上预填申请。")
    assert novel.unsupported("有问题都可以再问我哦。") == []


def test_step_said_done_or_waived_that_the_entries_require() -> None:
    """"已同步完成领事认证" / "不需要公证" when the entries say the step is still needed."""
    novel = NovelContent.build("出国使用的证明还需办理公证和领事认证。")
    assert novel.waived_steps("窗口开具时已同步完成领事认证。") == ["认证"]
    assert novel.waived_steps("出国使用的还需要办公证和领事认证。") == []
    assert NovelContent.build("国内使用无需公证。").waived_steps("国内使用的不需要公证。") == []


def test_restriction_of_what_the_entries_leave_open() -> None:
    """"仅限第一孩" where the entries set no limit on the child's order (不限孩次)."""
    novel = NovelContent.build("实行生育登记服务制度，不限孩次。")
    assert novel.opened("生育登记仅限第一孩和第二孩。") == ["孩次"]
    assert novel.opened("仅限本人办理。") == []


def test_word_table_loads_on_a_worker_and_keeps_common_words_only() -> None:
    """The table is read on a daemon thread (the first sentence checked on the loop does not wait); words
    at least as rare as the cap are not kept and count as rare."""
    from kiosk.llm import novelty

    thread = novelty.load_in_background()
    thread.join(timeout=60)
    assert not thread.is_alive() and thread.daemon
    assert novelty._IDF is not None and all(v < novelty.IDF_CAP for v in novelty._IDF.values())
    assert MIN_IDF < novelty.IDF_CAP and idf("疾控中心") >= MIN_IDF


def test_trigger_is_a_whole_token_and_compounds_of_supported_parts_pass() -> None:
    """现在 holds 在 but claims nothing; a word jieba was taught as one (登记结婚) passes when its parts are
    in the entries, however the navigator taught jieba to cut it."""
    novel = NovelContent.build("结婚登记须双方到场，带身份证和户口簿。")
    assert novel.unsupported("疾控中心现在很忙。") == []
    assert novel.supported("登记结婚") and not novel.supported("疾控中心")


def test_a_shortening_stays_one_after_a_catalog_taught_a_longer_word() -> None:
    """jieba keeps every prefix of a word it learns (frequency 0): a catalog alias 商贷提取 taught by the
    navigator in the same process made 商贷 look like a dictionary word, and the shortening a claim
    (seen only when the suite ran in one process)."""
    from kiosk.navigator.query import teach_words

    teach_words({"商贷提取"})
    novel = NovelContent.build("可申请组合贷款，即商业贷款与公积金贷款。")
    assert novel.unsupported("也可以和商贷组合。") == []


def test_segmentation_artefacts_are_not_words() -> None:
    """jieba's cuts that straddle a word of the entries are not unknown words: a character that completes the
    word before it (服务站 + 办), a pronoun (随其), a shortening of a compound (商业贷款 → 商贷), a modifier
    (新卡), two heads sharing one character (正副本: 正本 and 副本)."""
    novel = NovelContent.build("请到社区服务站办理。可申请组合贷款，即商业贷款与公积金贷款。需营业执照正本和副本。换发社保卡。")
    assert novel.unsupported("可以到社区服务站办。") == []
    assert novel.unsupported("也可以和商贷组合。") == []
    assert novel.unsupported("需要带营业执照正副本。") == []
    assert novel.unsupported("当场可以拿到新卡。") == []
    assert novel.unsupported("需要先到公证处公证。")  # an office the entries never name is still a claim
