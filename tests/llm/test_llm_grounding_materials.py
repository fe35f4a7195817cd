"""Claims about the materials a cited entry lists: a required one waived, only some brought, someone
else's, another number, required where the note exempts the case, a step its note requires waived.
The services below are made up (any hall), the sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.llm.cases import CaseRules
from kiosk.llm.materials import MaterialClaims
from kiosk.llm.mentions import Mentions


def _m(name: str, note: str = "", required: bool = True, name_en: str = "") -> SimpleNamespace:
    return SimpleNamespace(name=name, name_en=name_en, note=note, required=required)


SERVICE = SimpleNamespace(
    conditions=["本市常住户口"],
    materials=[
        _m("申请人居民身份证", name_en="Applicant's ID card"),
        _m("房屋买卖合同", "网签备案版本", name_en="Sale contract"),
        _m("申请人本人银行卡", "补贴发放账户", name_en="Bank card in your name"),
        _m("近期1寸白底照片", "3张", name_en="Recent 1-inch photo"),
        _m("居民户口簿", "本市户籍出示；外地户籍跨省办理的凭人口信息核验，可不提供"),
        _m("亲属关系证明", "须经公证", required=False, name_en="Proof of kinship"),
        _m("申请表", "窗口现场填写"),
    ],
)
CLAIMS = MaterialClaims([SERVICE])


@pytest.mark.parametrize(
    "sentence",
    [
        "买卖合同这次可以不带过来。",
        "办这个不用交买卖合同。",
        "You don't need to bring the sale contract.",
        "只要带上身份证就可以办了。",
        "补贴可以打到您爱人名下？不，打到配偶名下的银行卡也行。",
        "钱会发到子女的银行卡里。",
        "The money can go to your spouse's bank card.",
        "请准备5张1寸白底照片。",
        "Bring two recent 1-inch photos.",
        "外地户籍跨省办理的也必须带户口簿。",
        "办这个不用带户口簿。",
        "亲属关系证明不需要公证。",
    ],
)
def test_invented_claims_are_caught(sentence: str) -> None:
    assert CLAIMS.check(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "请带身份证、房屋买卖合同和本人银行卡。",
        "申请表不用提前准备，到窗口现场填就行。",
        "照片要3张1寸白底的。",
        "外地户籍跨省办理的可以不带户口簿。",
        "补贴打到您本人名下的银行卡。",
        "Please bring your ID card, the sale contract and your own bank card.",
        "亲属关系证明需要先公证。",
        "本市户籍的要出示户口簿。",
    ],
)
def test_faithful_claims_pass(sentence: str) -> None:
    assert CLAIMS.check(sentence) == [], sentence


@pytest.mark.parametrize("sentence", ["父母结婚证不是必须的，婚生子女带上就行。", "结婚证并非必须提供。"])
def test_necessity_denied_is_not_a_requirement(sentence: str) -> None:
    """"X不是必须的" says the optional material is optional: not an optional material made required."""
    service = SimpleNamespace(conditions=[], materials=[_m("申请人身份证"), _m("父母结婚证", "婚生子女提供", required=False)])
    claims = MaterialClaims([service])
    assert claims.check(sentence) == [], sentence
    assert claims.check("父母结婚证也必须带上。")


def test_issuer_and_notice_are_documents() -> None:
    """A statement in a newspaper, or a proof from an issuer the entries never name, is a new document."""
    mentions = Mentions("材料：申请人身份证；居住或工作证明（可用个人承诺代替）")
    assert mentions.unknown_documents("还要在报上登一份遗失声明。")
    assert mentions.unknown_documents("要提供村委会盖章的居住证明。")
    assert mentions.unknown_documents("带上居住证明就行。") == []


@pytest.mark.parametrize(
    ("source", "sentence", "known"),
    [
        ("材料：近期2寸免冠彩色照片（2张）", "要两张彩色免冠的2寸照片。", True),
        ("材料：近期2寸免冠彩色照片（2张）", "要两张白底免冠照片。", False),
        ("材料：房屋租赁合同", "带上租房合同就行。", True),
        ("材料：首付款凭证", "带上首付款收据。", True),
        ("材料：居民身份证", "还要带一张填好的信息登记表。", False),
        ("材料：居民身份证", "还要带医院的诊断书。", False),
        ("材料：居民身份证", "还要带上人事档案。", False),
        ("材料：居民身份证", "请代表家人来办，表示同意即可。", True),
        ("Materials: ID card", "You must also bring a letter from your landlord.", False),
    ],
)
def test_document_mentions(source: str, sentence: str, known: bool) -> None:
    """Documents are recognised by their head noun (表, 书, 档案…); a photo's attributes may come in any order;
    a catalog's usual synonyms (租房/租赁, 收据/凭证) are one document."""
    assert (Mentions(source).unknown_documents(sentence) == []) is known, sentence


CASE_SOURCE = (
    "条件：非营运小微型载客汽车，注册登记未满10年；孩子在本市出生；查询本人档案。外省户籍的可凭居住证办理。"
    "地址：广州市某区某路1号"
)


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("拉货的营运车也可以办。", False),
        ("在外地医院生的孩子也能办。", False),
        ("替亲戚查询也可以。", False),
        ("外省户籍的也可以办，带上居住证。", True),
        ("未满10年的车同样可以办。", True),
        ("广州户籍的也可以办。", True),
        ("非本市出生的孩子也能办。", False),
        ("周六上午也可以来办。", True),
        ("行动不便的，让家属带委托书来也可以。", True),
        ("没有出生证的也可以办。", True),
    ],
)
def test_cases_allowed(sentence: str, ok: bool) -> None:
    """'X也可以' widens who may apply when X is absent from the entries or named there only as excluded;
    the hall's own city is 本市, a time of day is not a case."""
    assert (CaseRules.build(CASE_SOURCE).check(sentence) == []) is ok, sentence


def test_frequency_the_entries_do_not_set() -> None:
    """'每年…一次' / '按季度缴费' where the entries give no such period."""
    rules = CaseRules.build("条件：本市参保人。按月代扣社保费。")
    assert rules.check("这个每年要重新申请一次。")
    assert rules.check("每月只能办两次。") == []  # 按月 is the entries' own period


def test_verb_with_aspect_is_not_a_document() -> None:
    """'没领用过发票' is an act, not an invoice the entries must list."""
    assert Mentions("条件：未领用发票、无欠税").unknown_documents("没领用过发票的可以即时办。") == []


@pytest.mark.parametrize(
    ("sentence", "known"),
    [("还要带上遗嘱原件。", False), ("欠条、聊天记录都可以是证据。", True), ("You also need the child's vaccination record.", False)],
)
def test_standalone_documents(sentence: str, known: bool) -> None:
    """Documents named by a noun of their own (遗嘱, 欠条, a record) are compared with the entries too."""
    mentions = Mentions("材料：身份证；欠薪证据（欠条、聊天记录等）。ID card; evidence (IOUs, chat logs)")
    assert (mentions.unknown_documents(sentence) == []) is known, sentence


def test_self_service_and_post_need_the_entries() -> None:
    """Self-service is a channel only where the service's own fields name it (a hall's 24-hour area is
    not enough); 'cannot be posted' contradicts entries that offer postal delivery."""
    hall = "24小时自助区全天开放。"
    plain = CaseRules.build("条件：本人到窗口申请。" + hall, own="条件：本人到窗口申请。")
    assert plain.check("也可以在自助机上自助办理。")
    assert plain.check("到窗口办理。") == []
    posted = CaseRules.build("可网上申请并选择邮寄送证。", own="可网上申请并选择邮寄送证。")
    assert posted.check("证件不能邮寄，只能自己来领。")
    assert posted.check("They cannot be posted.")
    assert posted.check("也可以选择邮寄。") == []


def test_one_alternative_made_the_only_one() -> None:
    """'必须由户主办理' where the entries allow 户主或户内成年成员; naming both alternatives is faithful."""
    rules = CaseRules.build("材料：申请人身份证（户主或户内成年成员）")
    assert rules.check("必须由户主本人来办。")
    assert rules.check("户主或者家里的成年成员来办都可以。") == []
    assert rules.check("只能在窗口办理。") == []


def test_enough_with_one_material_and_catalog_spellings() -> None:
    """'带上A就可以了' leaves out another required material; 房产证 is the entries' 不动产权证书; a photo for the
    service's own certificate (优待证照片) is the photo the entries ask for."""
    service = SimpleNamespace(name="抵押登记", conditions=[], materials=[
        _m("抵押合同"), _m("不动产权证书"), _m("申请人身份证"), _m("居住证明", "租赁合同或不动产权证书")])  # fmt: skip
    claims = MaterialClaims([service])
    assert claims.check("只需要带抵押合同。")
    assert claims.check("带上抵押合同就可以了。") == []  # partial, as faithful answers often are
    assert claims.check("这次不用带房产证。")
    assert claims.check("带上抵押合同、房产证、身份证和租房合同就可以了。") == []
    assert Mentions("材料：近期1寸照片（也可现场拍摄）").unknown_documents("优待证照片可以现场拍。") == []


def test_english_copies_of_a_document_and_conjunctions() -> None:
    """'three copies of the agreement' is 3份 of the document (as its note says), not a photocopy; a
    document before 'and' is not part of the next one's name."""
    from kiosk.llm.copies import CopyRules

    service = SimpleNamespace(materials=[SimpleNamespace(name="离婚协议书", name_en="Divorce agreement", note="3份",
                                                         original=True, copies=0)])  # fmt: skip
    rules = CopyRules([service])
    assert rules.check("Bring three copies of the divorce agreement.") == []
    assert rules.check("Bring two copies of the divorce agreement.")
    mentions = Mentions("材料：公司章程；住所使用证明。Articles of association; proof of address")
    assert mentions.unknown_documents("Bring the articles of association and proof of the address.") == []


def test_count_in_a_set_of_copies() -> None:
    """'一式两份' is two of the document: compared with the note's count."""
    claims = MaterialClaims([SimpleNamespace(conditions=[], materials=[_m("离婚协议书", "3份，双方签名")])])
    assert claims.check("协议书一式两份。") and claims.check("离婚协议书一式三份。") == []


def test_a_copy_speaks_of_the_material_named_before_it() -> None:
    """In a list, "（原件和一份复印件）" is about the material just before it, also across a bracket's comma, and a
    material is named without its bracket or a 的 (经营场所的证明); the others' copies are not asked for."""
    from kiosk.llm.copies import CopyRules

    def material(name: str, copies: int) -> SimpleNamespace:
        return SimpleNamespace(name=name, name_en="", note="", original=True, copies=copies)

    rules = CopyRules([SimpleNamespace(materials=[material("申请人身份证", 0), material("经营场所证明（租赁合同或房产证）", 1),
                                                  material("登记申请书", 0)])])  # fmt: skip
    assert rules.check("请带身份证、经营场所的证明（原件和一份复印件）以及登记申请书。") == []
    assert rules.check("需要身份证、经营场所证明（租赁合同或房产证，原件加复印件一份）和登记申请书。") == []
    assert rules.check("请带身份证复印件和登记申请书。")
    assert rules.check("经营场所证明要两份复印件。")
