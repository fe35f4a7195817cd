"""The grounding check on fact kinds the entries must state: count limits, halves of the day, the
hall's Saturday for some departments, periods of the year, named charges, cases sent elsewhere,
"only handles X", facts said of each of a pair, owners of a material and English document names.

Sentences written for this file (not from any evaluation set); the catalog is a development hall's
(tests/data/blind8_hall12: 周一至周五 9:00–12:00、13:00–17:30; 周六 9:00–12:00 for 户政/出入境/人社/医保 only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog import Catalog, load_catalog
from kiosk.llm import facts
from kiosk.llm.checker import GroundingChecker
from kiosk.llm.limits import limits
from kiosk.llm.prompt import Grounding

HALL12 = Path(__file__).resolve().parents[1] / "data" / "blind8_hall12" / "catalog.json"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(HALL12).catalog


def _checker(catalog: Catalog, ids: str) -> GroundingChecker:
    services = [s for s in (catalog.service(i) for i in ids.split("|")) if s is not None]
    assert len(services) == len(ids.split("|"))
    return GroundingChecker(Grounding.build(services, "", "zh", catalog), hall=catalog.hall)


@pytest.mark.parametrize(
    ("ids", "sentence"),
    [
        ("HZ-ID-LOST", "补领身份证每人每年最多只能办三次。"),
        ("GJJ-WD-RENT", "租房提取每月限办一次，当场到账。"),
        ("MZ-MARRY", "结婚登记每天限发一百个号。"),
        ("GJJ-WD-RENT", "You can withdraw for rent at most twice a year."),
        ("HZ-ID-LOST", "户政窗口仅在上午受理补领，下午请不要来。"),
        ("RS-SSC-APPLY", "Social security cards are only issued in the mornings."),
        ("HZ-ID-LOST", "周六户政窗口整天都开，下午也能补领。"),
        ("HZ-ID-LOST", "补领身份证周六不办理。"),
        ("LS-POINTS", "积分入户一年四季随时可以申请。"),
        ("YB-RESIDENT-ENROL", "居民医保每年3月到5月集中缴费。"),
        ("HZ-HK-BIRTH", "出生登记逾期的要交罚款。"),
        ("GJJ-WD-RENT", "租房提取免费，但银行会收一笔手续费。"),
        ("CRJ-PP-APPLY|CRJ-HKMO-PERMIT", "护照和通行证一起办可以优惠一半。"),
        ("WJ-BIRTH-CERT", "首次签发出生医学证明同样可以在本窗口办理。"),
        ("RS-SSC-APPLY|RS-SSC-REPLACE", "B01窗口仅受理首次申领。"),
        ("HZ-HK-OUT|HZ-HK-RELY", "户口迁出与投靠迁入，两个都是十五个工作日。"),
        ("GJJ-WD-LEAVE", "离职提取要带社保停保证明。"),
        ("HZ-ID-LOST", "补领身份证仅限本区户籍的居民。"),
        ("RS-FLEX-INSURE|GJJ-WD-RENT", "灵活就业参保和租房提取，都要求年满三十周岁。"),
        ("YB-CLAIM", "报销的钱可以在窗口直接领现金。"),
        ("GJJ-WD-RENT", "Before approval, staff will visit your home to check the lease."),
        ("GJJ-WD-RENT", "Bring your ID card, your bank card and a recent photo."),
        ("GJJ-WD-RENT", "租房提取还要带一张照片。"),
        ("HZ-ID-RENEW", "一旦受理换领，旧身份证马上作废。"),
    ],
)
def test_a_fact_the_entries_do_not_state_is_caught(catalog: Catalog, ids: str, sentence: str) -> None:
    """A limit, a half of the day, an open or closed day, a period, a charge, a case or a pair's fact the
    cited entries do not give makes the sentence unsupported."""
    assert not _checker(catalog, ids).check(sentence).ok


@pytest.mark.parametrize(
    ("ids", "sentence"),
    [
        ("LS-RP-APPLY", "拿到居住证之后要每年签注一次。"),
        ("HZ-ID-LOST", "周六上午九点到十二点户政窗口也能补领身份证。"),
        ("GJJ-WD-RENT", "公积金窗口周六不开放，请工作日来。"),
        ("YB-RESIDENT-ENROL", "集中缴费期一般是每年9月至12月。"),
        ("RS-UNEMP", "领取失业金要满足两点：非本人意愿中断就业，并且办理了失业登记。"),
        ("BDC-RESALE", "买卖双方本人到场办理，也可以凭公证委托书委托别人来。"),
        ("HZ-ID-RENEW", "有效期满前三个月内可以换领，已经过期的也可以直接换。"),
        ("SJ-CHANGE", "请带变更登记申请书、营业执照正副本，股东会决议要附一份复印件。"),
        ("RS-SSC-APPLY", "未成年人申领社保卡，还要带监护人的身份证。"),
        ("MZ-SENIOR-ALLOW", "请带老人的身份证和户口簿，以及老人本人的社保卡。"),
        ("SJ-COMPANY-SETUP", "名称自主申报，建议先网上填报，再到窗口领执照。"),
        ("HZ-HK-BIRTH", "Bring the medical birth certificate and both parents' ID cards and hukou booklets."),
        ("MZ-MARRY", "凭双方身份证就能办，不需要户口簿。"),
        ("HZ-HK-DEATH", "请带死亡医学证明书或火化证明。"),
        ("MZ-SENIOR-ALLOW", "长寿保健金只有本市户籍的老人才能申请。"),
        ("SJ-COMPANY-SETUP", "材料齐全的话，半个工作日就能办好。"),
        ("GJJ-WD-RENT", "You can withdraw monthly or yearly to pay the rent."),
        ("HZ-ID-LOST", "也可以在穗捷办App上申请补领，不用跑窗口。"),
        ("MZ-SENIOR-ALLOW", "老人行动不便的，可以申请工作人员上门办理。"),
    ],
)
def test_what_the_entries_say_passes(catalog: Catalog, ids: str, sentence: str) -> None:
    """The same kinds of fact, as the cited entries give them, pass."""
    result = _checker(catalog, ids).check(sentence)
    assert result.ok, result.problems


def test_per_service_time_limits_without_respectively(catalog: Catalog) -> None:
    """"X和Y都在…，X n天，Y m天": each time limit goes with its own service, not the one named first."""
    checker = _checker(catalog, "BDC-NEWHOME|BDC-RESALE")
    assert checker.check("新建商品房和二手房都在C04办，新房五个工作日，二手房三个工作日。").ok


def test_limits_read_numbers_and_units() -> None:
    """(number, counting unit) of each limit; a visit slogan and a plain rate are none."""
    assert limits("每人每年最多办理十二次") == {(12, "次")}
    assert limits("每天限号五十对") == {(50, "对")}
    assert limits("at most two copies") == {(2, "份")}
    assert limits("最多跑一次") == set() and limits("每年签注一次") == set()


def test_points_of_a_list_are_no_clock_time() -> None:
    """满足三点：… counts points; 下午三点 is a time."""
    assert facts.clock_mentions("需要满足三点：") == []
    assert facts.clock_mentions("下午三点前") == [(15 * 60, False)]


def test_an_apps_number_is_no_phone_number() -> None:
    """"掌上12333" names an app; 拨打12333 is a phone number."""
    assert facts.phone_numbers("在“掌上12333”上申请") == set()
    assert facts.phone_numbers("拨打12333热线") == {"12333"}
