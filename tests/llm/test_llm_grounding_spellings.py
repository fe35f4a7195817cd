"""Spellings of facts the grounding check reads: English durations with a hyphen, a Chinese app name before
an English app word, document kinds (许可证, 检查证明) and a document inside a longer one's name."""

from __future__ import annotations

from kiosk.llm import facts
from kiosk.llm.mentions import Mentions

SOURCE = "须提供居民身份证、居住证明和营业执照。可通过“某市政务”App预约。夫妻双方共同到场。"


def test_hyphenated_english_duration() -> None:
    """"a 60-day period" is a duration, as "60 days" is; a phone number's hyphen is not."""
    assert facts.durations("There is a 60-day waiting period.") == {(60.0, "d")}
    assert facts.durations("Call 0755-8812 3456.") == set()


def test_han_name_before_an_english_app_word() -> None:
    """A Chinese name before "mini program" / "app" must be one the entries give."""
    mentions = Mentions(SOURCE)
    assert mentions.unknown_names("Book on the 某市登记 mini program.") == ["某市登记"]
    assert mentions.unknown_names("Book on the 某市政务 app.") == []


def test_licence_and_examination_documents() -> None:
    """许可证 and 检查证明 are document kinds even after a character that usually ends a verb (可, 查)."""
    mentions = Mentions(SOURCE)
    assert any(d.endswith("卫生许可证") for d in mentions.unknown_documents("还须取得卫生许可证。"))
    assert any("检查证明" in d for d in mentions.unknown_documents("还要带婚前医学检查证明。"))
    assert mentions.unknown_documents("带上营业执照和居住证明。") == []


def test_document_inside_a_longer_name() -> None:
    """居住证 is another document than the 居住证明 the entries list."""
    assert "居住证" in Mentions(SOURCE).unknown_documents("还需要居住证。")
    assert Mentions("须提交继承权公证书。").unknown_documents("办过继承权公证的可以。") == []


def test_paid_or_answered_the_same_day_is_done_on_the_spot() -> None:
    """"当天就能到账" and "当天给出处理结果" claim the same day; "3个工作日内到账" does not."""
    assert facts.immediate("当天就能到账。") and facts.immediate("一般当天就会给出处理结果。")
    assert not facts.immediate("即时受理，3个工作日内到账。")


def test_english_name_rendered_from_the_chinese_entries() -> None:
    """An English document or app name is the entries' own when each of its words has a spelling in the
    Chinese text, close together (a place name in pinyin); one word the entries lack still counts."""
    mentions = Mentions("材料：本人银行卡或社保卡、出入境照片回执。可通过南京公积金App预约。")
    assert mentions.unknown_documents("Bring your bank or social security card and the exit-entry receipt photo.") == []
    assert mentions.unknown_names("Book ahead in the Nanjing Provident Fund app.") == []
    assert mentions.unknown_documents("Bring your medical insurance card.") == ["medical insurance card"]
    assert mentions.unknown_names("Book ahead in the Suzhou Provident Fund app.") == ["Suzhou Provident Fund"]


def test_payout_moment_and_collecting_on_the_spot() -> None:
    """When money or a result comes (次月发放, 次日到账, paid the following month) is a fact of its own; 按月 is
    how often, not when. 当场领执照 says done on the spot."""
    assert facts.payout_timing("审核通过后次月发放。") == {"next month"}
    assert facts.payout_timing("It is credited the next day.") == {"next day"}
    assert facts.payout_timing("按月发放到社保卡。") == set()
    assert facts.payout_moments("自批准次月起发放") == {"next month"}
    assert facts.immediate("材料齐全当场就能领执照。")
