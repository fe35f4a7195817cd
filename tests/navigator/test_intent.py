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
