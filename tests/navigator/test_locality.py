"""The hall's own place names (kiosk.navigator.locality): read from its catalog, taken out of a question before
it is matched, so an entry that carries the city in its own name does not win on it."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.navigator import Navigator, locality
from tests.navigator.conftest import SMALL_HALL


def _hall(name: str, address: str, name_en: str = "", address_en: str = ""):  # type: ignore[no-untyped-def]
    hall = load_catalog(SMALL_HALL).catalog.hall
    return hall.model_copy(update={"name": name, "address": address, "name_en": name_en, "address_en": address_en})


def test_place_names_come_from_the_hall_s_name_and_address() -> None:
    hall = _hall("深圳市明华区行政服务大厅", "广东省深圳市明华区明华大道168号明华区政务服务中心",
                 "Minghua District Administrative Service Hall, Shenzhen",
                 "168 Minghua Avenue, Rongling Sub-district, Minghua District, Shenzhen, Guangdong")
    names = locality.place_names(hall)
    assert {"深圳", "明华", "广东"} <= set(names)
    assert {"shenzhen", "minghua", "guangdong", "rongling"} <= set(names)
    assert not any(n.startswith("号") or "服务" in n or "大道" in n for n in names)
    assert "avenue" not in names and not any(c.isdigit() for n in names for c in n)
    assert list(names) == sorted(names, key=lambda n: (-len(n), n))  # longest first


def test_county_and_town_halls() -> None:
    names = locality.place_names(_hall("陇山县石岔镇便民服务中心", "甘肃省陇山县石岔镇新街12号（镇政府院内东侧）"))
    assert set(names) == {"陇山", "石岔", "甘肃"}


def test_without_takes_the_names_out_unless_nothing_is_left() -> None:
    names = ("深圳", "shenzhen")
    assert locality.without("我们都是深圳户口，想帮孩子登记户籍", names) == "我们都是户口，想帮孩子登记户籍"
    assert locality.without("深圳", names) == "深圳"
    assert locality.without("深圳？", names) == "深圳？"
    assert "Shenzhen" not in locality.without("I'm leaving Shenzhen for good, can I take out my fund?", names)
    assert locality.without("Shenzhen?", names) == "Shenzhen?"
    assert locality.without("Shenzhenese food", names) == "Shenzhenese food"  # whole words only
    assert locality.without("身份证丢了", names) == "身份证丢了"


def test_the_navigator_matches_the_question_without_the_hall_s_city() -> None:
    """The small hall's residence permit carries the province in its name (浙江省居住证申领): a question that
    only says where the citizen is registered must not rank it for that word."""
    navigator = Navigator(load_catalog(SMALL_HALL).catalog)
    permit = "gab-jzz-sl"
    query, _, ranked, _ = navigator.rank("在浙江交了几年社保，想转走")
    assert "浙江" not in query.text
    assert navigator._entries[ranked[0].index].id != permit  # noqa: SLF001
    query, _, ranked, _ = navigator.rank("浙江省居住证")
    assert navigator._entries[ranked[0].index].id == permit  # noqa: SLF001


def test_a_phrase_of_the_catalog_s_own_keeps_its_place_name() -> None:
    """An alias "户口迁到深圳" gives the city its sense there: a question saying it is matched as said."""
    keep = locality.phrases(("深圳", "shenzhen"), ["户口迁入", "户口迁到深圳", "身份证补领", "Move hukou to Shenzhen"])
    assert keep == ("movehukoutoshenzhen", "户口迁到深圳")
    assert locality.without("我想把户口迁到深圳来", ("深圳",), keep) == "我想把户口迁到深圳来"
    assert locality.without("我是深圳户口，身份证丢了", ("深圳",), keep) == "我是户口，身份证丢了"
