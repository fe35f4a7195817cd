"""Snapping transcripts to catalog vocabulary at the pinyin level; open questions pass unchanged."""

from __future__ import annotations

from kiosk.speech.vocabulary import Vocabulary

TERMS = ["社保卡补办", "身份证办理", "居住证", "不动产登记", "医保缴费", "Passport renewal", "出入境大厅"]


def test_homophones_snap_to_the_catalog_spelling() -> None:
    """Whole-utterance near misses (同音字) become the catalog term."""
    vocab = Vocabulary(TERMS)
    assert vocab.snap("社保卡不办").text == "社保卡补办"
    assert vocab.snap("居住政").text == "居住证"
    assert vocab.snap("出入京大厅").text == "出入境大厅"
    assert vocab.snap("passport renewel").text == "Passport renewal"


def test_span_inside_an_open_question_is_corrected_only_there() -> None:
    """A misheard term inside a question is fixed; the rest of the question is kept word for word."""
    vocab = Vocabulary(TERMS)
    snap = vocab.snap("我想办社保卡不办要带什么")
    assert snap.text == "我想办社保卡补办要带什么" and snap.term == "社保卡补办"
    assert vocab.snap("不动产等级在哪里").text == "不动产登记在哪里"


def test_open_questions_pass_unchanged() -> None:
    """Questions that merely mention hall words, or nothing of the hall, are not rewritten."""
    vocab = Vocabulary(TERMS)
    for question in ["社保卡丢了怎么办", "今天天气怎么样", "厕所在哪里", "我要办居住证需要多久", "How long does it take?"]:
        snap = vocab.snap(question)
        assert snap.text == question and snap.term in (None, "居住证")


def test_from_catalog_and_grammar_phrases(demo_catalog) -> None:
    """The demo hall's names and aliases become terms; zh grammar phrases are jieba-segmented."""
    vocab = Vocabulary.from_catalog(demo_catalog.catalog)
    service = demo_catalog.catalog.services[0]
    assert service.name in vocab.terms
    assert all(alias in vocab.terms for alias in service.aliases if len(alias) >= 2)
    phrases = vocab.phrases("zh")
    assert phrases and not any(ch in p for p in phrases for ch in "（）、，")
    assert sum(" " in p for p in phrases) > len(phrases) // 2  # segmented into words
    assert vocab.snap(service.name).text == service.name


def test_grammar_phrases_use_the_model_lexicon(ko_model_path) -> None:
    """With the model's own word list, phrases split into known words (max match, single-char fallback)."""
    from kiosk.speech.models import read_words

    words = read_words(ko_model_path)
    assert len(words) > 100_000 and "여권을" in words
    vocab = Vocabulary(["社保卡补办"])
    assert vocab.phrases("zh", {"社保", "补办"}) == ["社保 卡 补办"]
    assert Vocabulary(["Passport Renewal"]).phrases("en") == ["passport renewal"]
    assert Vocabulary([]).phrases("zh") == []
