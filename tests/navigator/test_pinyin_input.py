"""Questions typed in toneless pinyin are matched on the pinyin channel, as Chinese."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.navigator import Navigator, pinyin_input
from tests.navigator.conftest import SMALL_HALL


def test_syllables_are_split_and_english_is_not_pinyin() -> None:
    assert pinyin_input.split_syllables("hukou") == ("hu", "kou")
    assert pinyin_input.typed_pinyin("shen fen zheng bu ban") == ("shen", "fen", "zheng", "bu", "ban")
    assert pinyin_input.typed_pinyin("shenfenzheng") == ("shen", "fen", "zheng")
    for text in ("where is the toilet", "passport", "change", "id card lost", "身份证", "a023"):
        assert pinyin_input.typed_pinyin(text) is None, text


def test_a_pinyin_question_finds_the_service_and_answers_in_chinese() -> None:
    catalog = load_catalog(SMALL_HALL).catalog
    navigator = Navigator(catalog)
    service = catalog.services[0]
    from pypinyin import Style, lazy_pinyin

    typed = " ".join(lazy_pinyin(service.name, style=Style.NORMAL))
    answer = navigator.ask(typed)
    assert answer.language == "zh"
    assert service.id in [m.id for m in answer.matches[:3]], (typed, answer.matches)


def test_a_pinyin_question_is_matched_by_words_alone() -> None:
    from kiosk.navigator.query import parse

    typed = parse("she bao ka bu ban", {}, 1.0)
    assert typed.pinyin and typed.language == "zh" and "p:se|bao" in typed.feats
    english = parse("where is the toilet", {}, 1.0)
    assert not english.pinyin and english.language == "en"
