"""The navigator on realistic questions: top-1 accuracy, off-topic refusals, follow-ups, other halls."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kiosk.catalog import load_catalog
from kiosk.navigator import Conversation, Navigator
from kiosk.navigator.answer import Aspect

QUESTIONS = Path(__file__).resolve().parents[1] / "data" / "navigator_questions.tsv"  # tests/data


def load_questions() -> list[tuple[str, list[str], str]]:
    rows = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            question, expected, category = line.split("\t")
            rows.append((question, expected.split("|"), category))
    return rows


@pytest.fixture(scope="module")
def navigator() -> Navigator:
    from kiosk.settings import DEMO_CATALOG

    return Navigator(load_catalog(DEMO_CATALOG).catalog)


def is_right(navigator: Navigator, question: str, expected: list[str]) -> bool:
    answer = navigator.ask(question)
    if expected == ["offtopic"]:
        return answer.handoff and answer.off_topic
    if expected == ["handoff"]:
        return answer.handoff
    return not answer.handoff and bool(answer.matches) and answer.matches[0].id in expected


def test_question_set_is_big_and_varied() -> None:
    rows = load_questions()
    assert len(rows) >= 100
    categories = Counter(category for _, _, category in rows)
    for category in ("colloquial", "asr", "english", "facility", "offtopic", "two-char", "spaces"):
        assert categories[category] >= 2, category


def test_expected_ids_exist(demo_catalog) -> None:
    catalog = demo_catalog.catalog
    for _, expected, _ in load_questions():
        for ident in expected:
            if ident not in ("offtopic", "handoff"):
                assert catalog.service(ident) or catalog.place(ident), ident


def test_top1_accuracy(navigator: Navigator) -> None:
    rows = [r for r in load_questions() if r[1] not in (["offtopic"], ["handoff"])]
    wrong = [(q, e) for q, e, _ in rows if not is_right(navigator, q, e)]
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nnavigator top-1 accuracy: {accuracy:.1%} on {len(rows)} questions; wrong: {wrong}")
    assert accuracy >= 0.90, wrong


def test_off_topic_is_refused(navigator: Navigator) -> None:
    rows = [r for r in load_questions() if r[1] in (["offtopic"], ["handoff"])]
    right = sum(is_right(navigator, q, e) for q, e, _ in rows)
    print(f"\noff-topic/nonsense handoff: {right}/{len(rows)}")
    assert right / len(rows) >= 0.90


def test_composed_answer_comes_from_the_catalog(navigator: Navigator, demo_catalog) -> None:
    answer = navigator.ask("我身份证丢了")
    service = demo_catalog.catalog.service(answer.matches[0].id)
    assert answer.services[0] == service
    for material in service.materials:
        assert material.name in answer.answer
    for window in service.windows:
        assert window in answer.answer
    assert service.fee in answer.answer
    assert service.time_limit in answer.answer
    assert answer.key_line and len(answer.key_line) < 80


def test_follow_up_uses_the_previous_service(navigator: Navigator) -> None:
    conversation = Conversation()
    first = navigator.ask("公积金租房提取", conversation)
    materials = navigator.ask("那要带什么材料？", conversation)
    assert materials.follow_up and materials.aspect is Aspect.MATERIALS
    assert materials.services == first.services
    assert materials.answer.index("材料") < materials.answer.index("办理地点")
    fee = navigator.ask("多少钱", conversation)
    assert fee.aspect is Aspect.FEE and first.services[0].fee in fee.key_line
    conversation.clear()
    lonely = navigator.ask("那要带什么材料？", conversation)
    assert lonely.handoff and not lonely.services


@pytest.mark.parametrize(("first", "question", "not_about"), [
    ("我身份证丢了", "厕所在哪", "id-card-reissue"),
    ("我身份证丢了", "where is the toilet", "id-card-reissue"),
    ("我要开公司", "I lost my ID card yesterday at the train station and I need a new one quickly because I am "
                 "flying to Beijing next week, what should I bring and where should I go and how long do", "company-registration"),
    ("我身份证丢了", "口好渴，哪里能喝口水啊，排队排了很久", "id-card-reissue"),
])
def test_a_question_naming_its_own_need_is_no_follow_up(navigator: Navigator, first: str, question: str,
                                                         not_about: str) -> None:
    """A place, or a service the rankers find (even as a choice), or a sentence of its own: never the old card."""
    conversation = Conversation()
    assert navigator.ask(first, conversation).services[0].id == not_about
    answer = navigator.ask(question, conversation)
    assert not answer.follow_up and not_about not in [s.id for s in answer.services[:1]]
    assert answer.outcome == navigator.ask(question).outcome  # as if asked first


def test_a_choice_ends_the_old_subject(navigator: Navigator) -> None:
    """A new question offered as a choice: "要带什么材料" next is about none of the old service's."""
    conversation = Conversation()
    navigator.ask("我身份证丢了", conversation)
    assert navigator.ask("公积金怎么取", conversation).outcome == "choose"
    follow = navigator.ask("要带什么材料", conversation)
    assert follow.handoff and not follow.services


@pytest.mark.parametrize("follow_up", ["要带什么材料", "在几楼", "多少钱", "办这个要预约吗", "How much does it cost?"])
def test_a_real_follow_up_still_follows(navigator: Navigator, follow_up: str) -> None:
    conversation = Conversation()
    navigator.ask("我身份证丢了", conversation)
    answer = navigator.ask(follow_up, conversation)
    assert answer.follow_up and [s.id for s in answer.services] == ["id-card-reissue"]


def test_english_answer_is_in_english(navigator: Navigator) -> None:
    answer = navigator.ask("Where can I renew my passport?")
    assert answer.language == "en" and answer.matches[0].id == "passport"
    name = answer.services[0].name_en
    assert answer.key_line.startswith(f"{name} — ") and not answer.key_line.startswith("For ")  # not "For Ordinary passport"


def test_places_prefer_the_kiosk_floor(navigator: Navigator, demo_catalog) -> None:
    answer = navigator.ask("厕所在哪")
    assert answer.places and answer.places[0].floor == demo_catalog.catalog.hall.kiosk.floor


def test_staff_request_and_greeting(navigator: Navigator) -> None:
    staff = navigator.ask("我要转人工")
    assert staff.handoff and "工作人员" in staff.answer
    hello = navigator.ask("你好")
    assert not hello.handoff and not hello.matches


def test_small_hall_with_other_wording(small_catalog_path: Path) -> None:
    """Nothing depends on the demo's wording: a town service centre with its own names and ids."""
    catalog = load_catalog(small_catalog_path).catalog
    navigator = Navigator(catalog)
    id_services = [s for s in catalog.services if "身份证" in s.name]
    assert id_services
    answer = navigator.ask("我的身份证丢了怎么办")
    assert not answer.handoff and answer.services[0] in id_services
    toilet = navigator.ask("厕所在哪里")
    assert toilet.places, toilet
    assert navigator.ask("今天天气怎么样").off_topic
    for service in catalog.services:
        found = navigator.ask(service.name)
        assert found.matches[0].id == service.id, (service.name, found.matches[:2])


def test_stray_latin_letters_are_answered_in_chinese(navigator: Navigator) -> None:
    """"zzqxv" is no English speaker: the handoff is in Chinese; a real English sentence stays English."""
    assert navigator.ask("zzqxv").language == "zh"
    assert navigator.ask("help me please").language == "en"


def test_english_answer_uses_the_catalogs_english_fields(navigator: Navigator) -> None:
    """Fee, conditions and material notes come in English where the catalog has *_en fields."""
    answer = navigator.ask("I lost my ID card")
    service = answer.services[0]
    assert service.fee_en and service.fee_en in answer.answer
    assert service.conditions_en and all(c in answer.answer for c in service.conditions_en)
    assert service.fee not in answer.answer  # not the Chinese fee text


def test_a_choice_of_places_is_worded_for_places(navigator: Navigator) -> None:
    """Facilities are found ("您是不是要找"), services are done ("您是不是要办")."""
    toilets = navigator.ask("厕所在哪")
    assert toilets.outcome == "choose" and toilets.places and toilets.answer.startswith("您是不是要找：")
    assert navigator.ask("where is the toilet").answer.startswith("Are you looking for: ")
    assert navigator.ask("公积金怎么取").answer.startswith("您是不是要办：")
