"""Opposite intents: an opening question is not offered the closing service (kiosk.navigator.intent)."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.navigator import Navigator, intent
from kiosk.settings import DEMO_CATALOG

CLOSING_IDS = {"business-deregistration", "tax-deregistration"}


def test_closing_entries_and_opening_questions_are_read_from_general_words() -> None:
    assert intent.closes(["市场主体注销登记(含简易注销)"]) and intent.closes(["business deregistration"])
    assert not intent.closes(["个体工商户设立登记", "individual business registration"])
    assert intent.opens("开奶茶店要办什么证") and intent.opens("我想开个小超市") and intent.opens("i want to set up a company")
    assert not intent.opens("开个证明") and not intent.opens("开发票") and not intent.opens("奶茶店要办什么证")
    assert not intent.opens("店开不下去了要注销") and not intent.opens("开的店关了")


def test_an_opening_question_is_not_offered_a_closing_service(semantic_demo: Navigator) -> None:
    words_only = Navigator(load_catalog(DEMO_CATALOG).catalog)
    for navigator in (semantic_demo, words_only):
        for question in ("开奶茶店要办什么证", "开奶茶店", "我想开个奶茶店"):
            answer = navigator.ask(question)
            shown = {s.id for s in answer.services}
            assert "individual-business-registration" in {m.id for m in answer.matches[:3]}, question
            assert not shown & CLOSING_IDS, (question, shown)
        answer = navigator.ask("店不开了，营业执照要注销")
        assert answer.services and answer.services[0].id == "business-deregistration"


def test_a_first_issue_is_read_beside_its_replacement() -> None:
    names = {0: "居民身份证首次申领", 1: "居民身份证遗失补领", 2: "社会保障卡申领", 3: "社会保障卡挂失补换",
             4: "失业保险金申领", 5: "临时居民身份证申领"}
    assert intent.first_issues(names) == {0, 2}
    assert intent.replaces("社保卡跟衣服一起洗了,刷不出来") and intent.replaces("身份证快到期了")
    assert not intent.replaces("第一次办身份证,旧的早就丢了") and not intent.replaces("想申请高龄补贴")


def test_a_replacement_question_is_not_answered_with_the_first_issue(semantic_demo: Navigator) -> None:
    for question in ("身份证丢了，还能补吗", "身份证快到期了要换"):
        assert semantic_demo.ask(question).matches[0].id != "id-card-first", question
    assert semantic_demo.ask("第一次办身份证").matches[0].id == "id-card-first"
