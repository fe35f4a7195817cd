"""Whole visits and turns on the real navigator, without Qt: events, state, cancellation, the picker."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from kiosk.catalog import load_catalog
from kiosk.navigator import Match, Navigator
from kiosk.visit import (
    AssistantStateChanged,
    LanguageChanged,
    LikelyChoice,
    Navigated,
    SpeechQueued,
    TextSizeChanged,
    TurnEnded,
    TurnFailed,
    TurnStarted,
    Understood,
    Visit,
    VisitEnded,
    VisitStarted,
)

SMALL_HALL = Path(__file__).resolve().parents[1] / "data" / "small_hall" / "catalog.json"


@pytest.fixture(scope="module")
def catalog():
    """The small test hall."""
    return load_catalog(SMALL_HALL).catalog


@pytest.fixture(scope="module")
def navigator(catalog):
    """A real navigator on it (built once)."""
    return Navigator(catalog)


class GuiThread:
    """Stands in for the GUI thread: turns post functions here, the test runs them."""

    def __init__(self) -> None:
        self.calls: queue.Queue[Callable[[], None]] = queue.Queue()

    def post(self, fn: Callable[[], None]) -> None:
        self.calls.put(fn)

    def drain(self) -> None:
        while not self.calls.empty():
            self.calls.get_nowait()()


def make_visit(navigator, post=None, **kw) -> tuple[Visit, list]:
    events: list = []
    visit = Visit(lambda: navigator, post=post, **kw) if post else Visit(lambda: navigator, **kw)
    visit.listen(events.append)
    return visit, events


def kinds(events) -> list[str]:
    return [type(e).__name__ for e in events]


def test_a_whole_visit(navigator):
    """Question → card, a follow-up on the same service, the visit's end wipes everything."""
    visit, events = make_visit(navigator, large_text=False)
    turn = visit.ask("身份证丢了怎么补办")
    answer = turn.run()
    assert kinds(events) == ["VisitStarted", "AssistantStateChanged", "TurnStarted", "Understood",
                             "AssistantStateChanged", "Navigated", "TurnEnded"]
    assert events[1] == AssistantStateChanged("thinking") and events[4] == AssistantStateChanged("idle")
    shown = events[5]
    assert isinstance(shown, Navigated) and shown.outcome == "answer" and shown.answer is answer
    assert visit.current_answer.top_service.id == "gab-sfz-gsbb"
    assert events[-1] == TurnEnded(turn.generation, cancelled=False)

    follow = visit.ask("那要带什么材料").run()
    assert follow.follow_up and follow.top_service.id == "gab-sfz-gsbb"

    visit.set_large_text(True)
    events.clear()
    visit.end()
    assert kinds(events) == ["TextSizeChanged", "VisitEnded"] and events[0] == TextSizeChanged(False)
    assert visit.current_answer is None and not visit.active and len(visit.history) == 0
    after = visit.ask("那要带什么材料").run()  # nothing of the last visit is remembered
    assert not after.follow_up and not after.services


def test_language_follows_the_question(navigator):
    """English turns the visit to English; Chinese back; stray Latin letters do not."""
    visit, events = make_visit(navigator)
    visit.ask("zzqxv").run()
    assert visit.language == "zh"
    visit.ask("where is the toilet").run()
    assert visit.language == "en" and LanguageChanged("en") in events
    visit.ask("厕所在哪").run()
    assert visit.language == "zh"
    visit.set_language("en")
    visit.end()
    assert visit.language == "zh"  # the hall's default comes back


def test_a_tapped_tile_shows_its_card_and_is_spoken(navigator, catalog):
    """present(): the service's card without the navigator, spoken through the voice."""

    class Recorder:
        def __init__(self) -> None:
            self.said: list[tuple[str, str | None]] = []

        def say(self, text: str, language: str | None = None) -> None:
            self.said.append((text, language))

        def stop(self) -> None:
            self.said.clear()

    visit, events = make_visit(navigator)
    visit.voice = voice = Recorder()
    visit.set_language("en")
    answer = visit.present(catalog, "rs-smk-gsbh").run()
    assert answer.top_service.id == "rs-smk-gsbh" and answer.language == "en"
    assert voice.said == [(answer.key_line, "en")] and answer.key_line
    assert SpeechQueued(visit.generation, answer.key_line, "en") in events
    assert visit.language == "en"  # a tile never changes the language
    assert visit.present(catalog, "no-such-service") is None


def test_a_newer_question_supersedes_the_running_turn(navigator):
    """The first turn's events are dropped once a second question was asked; it knows it was cancelled."""
    gui = GuiThread()
    visit, events = make_visit(navigator, post=gui.post)
    first = visit.ask("身份证丢了")
    second = visit.ask("厕所在哪")
    assert first.cancel.cancelled and not second.cancel.cancelled
    first.run()
    second.run()
    gui.drain()
    shown = [e for e in events if isinstance(e, Navigated)]
    assert len(shown) == 1 and shown[0].answer.places[0].id == "gonggong-weishengjian"
    assert all(e.generation == second.generation for e in events if hasattr(e, "generation"))


def test_a_failing_navigator_offers_staff_and_the_turn_ends(catalog):
    """The navigator raises: TurnFailed, the ask-staff answer, TurnEnded; nothing raises."""

    class Broken:
        def ask(self, question, conversation=None):
            raise OSError("index file unreadable")

    visit, events = make_visit(Broken())
    answer = visit.ask("身份证").run()
    assert answer.handoff and answer.outcome == "handoff"
    failed = next(e for e in events if isinstance(e, TurnFailed))
    assert failed.stage == "navigate" and "unreadable" in failed.message
    assert kinds(events)[-1] == "TurnEnded" and visit.assistant_state == "idle"


def test_an_empty_question_is_no_turn(navigator):
    """Blank input starts nothing."""
    visit, events = make_visit(navigator)
    assert visit.ask("   ") is None and events == []


class Picker:
    """A picker that answers ``pick_id`` once ``release`` is set (or at once)."""

    def __init__(self, pick_id: str | None, wait: threading.Event | None = None) -> None:
        self.pick_id = pick_id
        self.release = wait
        self.called = threading.Event()
        self.offered: list[Match] = []

    def pick(self, question: str, matches: Sequence[Match]) -> str | None:
        self.offered = list(matches)
        self.called.set()
        if self.release is not None:
            self.release.wait(10)
        return self.pick_id


def test_the_picker_marks_one_offered_entry(navigator):
    """A choice: Navigated at once, then LikelyChoice for the picked id, then TurnEnded."""
    visit, events = make_visit(navigator)
    visit.picker = picker = Picker("gab-sfz-dqhl")
    visit.ask("身份证").run()
    names = kinds(events)
    assert names.index("Navigated") < names.index("LikelyChoice") < names.index("TurnEnded")
    shown = next(e for e in events if isinstance(e, Navigated))
    assert shown.outcome == "choose"
    offered = [m.id for m in picker.offered]
    assert {"gab-sfz-gsbb", "gab-sfz-dqhl"} <= set(offered) and len(offered) <= 3
    assert LikelyChoice(visit.generation, "gab-sfz-dqhl") in events


def test_a_pick_that_was_not_offered_is_ignored(navigator):
    """The picker can only mark what the navigator offered."""
    visit, events = make_visit(navigator)
    visit.picker = Picker("mz-dibao")
    visit.ask("身份证").run()
    assert not [e for e in events if isinstance(e, LikelyChoice)]
    assert kinds(events)[-1] == "TurnEnded"


def test_a_late_pick_is_dropped(navigator):
    """A picker slower than the turn waits: no LikelyChoice, the turn has ended."""
    release = threading.Event()
    visit, events = make_visit(navigator, picker_wait_s=0.05)
    visit.picker = Picker("gab-sfz-dqhl", release)
    visit.ask("身份证").run()
    release.set()
    assert not [e for e in events if isinstance(e, LikelyChoice)]
    assert isinstance(events[-1], TurnEnded)


def test_ending_the_visit_wakes_a_turn_waiting_for_the_picker(navigator):
    """The visit ends while the picker thinks: the turn ends at once, cancelled, and nothing is shown."""
    gui = GuiThread()
    release = threading.Event()
    visit, events = make_visit(navigator, post=gui.post, picker_wait_s=30)
    visit.picker = picker = Picker("gab-sfz-dqhl", release)
    turn = visit.ask("身份证")
    runner = threading.Thread(target=turn.run)
    runner.start()
    assert picker.called.wait(10)
    visit.end()
    runner.join(10)
    assert not runner.is_alive()
    release.set()
    gui.drain()
    assert VisitEnded() in events and VisitStarted() in events
    assert not [e for e in events if isinstance(e, (Navigated, LikelyChoice, TurnStarted, Understood))]
    assert turn.cancel.cancelled


def test_a_tapped_service_is_what_a_follow_up_asks_about(navigator, catalog):
    """A home tile or a picked option (``present``): "要带什么材料" is about that service, not the last answer."""
    visit, _ = make_visit(navigator)
    visit.ask("身份证丢了怎么补办").run()
    visit.present(catalog, "rs-smk-gsbh").run()
    follow = visit.ask("要带什么材料").run()
    assert follow.follow_up and follow.top_service.id == "rs-smk-gsbh"
    fresh, _ = make_visit(navigator)  # a tile as the visit's first step
    fresh.present(catalog, "mz-dibao").run()
    assert fresh.ask("在几楼").run().top_service.id == "mz-dibao"


def test_back_at_the_choice_the_option_left_is_no_subject(navigator, catalog):
    """Choice → open one option → Back: the choice is on screen again and the option is not the subject."""
    visit, _ = make_visit(navigator)
    choice = visit.ask("身份证").run()
    assert choice.outcome == "choose"
    visit.present(catalog, "gab-sfz-dqhl", "身份证").run()
    visit.resume(choice)
    assert visit.current_answer is choice and not visit.conversation.refers_to("gab-sfz-dqhl")
    follow = visit.ask("要带什么材料").run()
    assert not follow.services and follow.handoff


def test_an_opened_place_is_what_a_follow_up_asks_about(navigator, catalog):
    visit, _ = make_visit(navigator)
    visit.ask("身份证丢了怎么补办").run()
    visit.look_at(catalog.place("bianmin-xiuxi"))
    follow = visit.ask("在几楼").run()
    assert follow.follow_up and not follow.services and [p.id for p in follow.places] == ["bianmin-xiuxi"]
