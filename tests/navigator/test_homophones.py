"""Misheard names written back in the catalog's own characters (kiosk.navigator.homophones)."""

from __future__ import annotations

from pathlib import Path

from kiosk.catalog import load_catalog
from kiosk.navigator import Navigator, textnorm
from kiosk.navigator.homophones import Homophones
from kiosk.settings import DEMO_CATALOG


def test_an_unknown_pair_that_sounds_like_one_name_pair_is_rewritten() -> None:
    table = Homophones.build(["护照", "注销登记", "退休"], {"护照", "注销", "销登", "登记", "退休", "过期"})
    assert table.correct("户照过期了") == "护照过期了"
    assert table.correct("护招过期了要换新的") == "护照过期了要换新的"
    assert table.correct("办理退修手续") == "办理退休手续"
    assert table.correct("有三急") == "有三急"  # nothing sounds like it


def test_words_and_common_characters_stay() -> None:
    table = Homophones.build(["老年人优待证", "个人所得税证明"], {"优待", "待证"})
    assert table.correct("人有三急") == "人有三急"  # 有 is a function word, not a misheard 优
    assert table.correct("个税怎么退") == "个税怎么退"  # 怎么 is a word: 税怎 is no candidate


def test_the_navigator_reads_the_corrected_question() -> None:
    navigator = Navigator(load_catalog(DEMO_CATALOG).catalog)
    assert navigator._homophones.correct(textnorm.normalize("身份正丢了怎么补")) == "身份证丢了怎么补"  # noqa: SLF001
    answer = navigator.ask("身份正丢了怎么补")
    assert answer.matches[0].id == "id-card-reissue"


def test_the_table_is_kept_with_the_lexical_index_on_disk(tmp_path: Path) -> None:
    catalog = load_catalog(DEMO_CATALOG).catalog
    built = Navigator(catalog, cache_dir=tmp_path)
    assert list(tmp_path.glob("lexical-*.pickle"))
    again = Navigator(catalog, cache_dir=tmp_path)  # read back: no name is segmented again
    assert again._homophones == built._homophones and built._homophones.sounds  # noqa: SLF001
    assert again.ask("身份正丢了怎么补").matches[0].id == "id-card-reissue"


def test_the_table_round_trips_as_plain_rows() -> None:
    table = Homophones.build(["护照", "注销登记"], {"护照"})
    rows = table.table()
    assert all(isinstance(row, tuple) and all(isinstance(part, str) for part in row) for row in rows)
    assert Homophones.from_table(rows, {"护照"}) == table
