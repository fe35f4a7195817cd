"""Reasoning never shown, spoken, printed or sent back, for every real server's framing; framings learned."""

from __future__ import annotations

import asyncio
import json

import pytest
from llm_support import EventLog, known_framing, settings_for, turn
from real_servers import FRAMINGS, llama_cpp_python, llama_server, vllm
from sse_server import ChatServer

from kiosk.cli import main
from kiosk.llm.answerer import Answerer
from kiosk.llm.events import Delta, Done, Sentence, Thinking
from kiosk.llm.framing import Framing, FramingStore, default_path
from kiosk.llm.session import History
from kiosk.llm.stream import ReasoningSplitter

ANSWER = ["社保卡补办请到", "一楼A区A03窗口。", "带身份证原件，", "免费。"]
ANSWER_TEXT = "".join(ANSWER)
REASONING = ["嗯，用户问社保卡丢了怎么办。", "条目说A03窗口，我要说免费。", "先想想要不要提B12。"]
SECRET_WORDS = ("用户问", "条目说", "要不要", "think", "嗯")

EXPECTED = {
    "llama-server": Framing.FIELDS, "llama-cpp-python-r1": Framing.CLOSING, "vllm-reasoning_content": Framing.FIELDS,
    "vllm-reasoning": Framing.FIELDS, "vllm-no-parser": Framing.CLOSING, "openrouter": Framing.FIELDS,
    "inline-think": Framing.INLINE, "plain": Framing.PLAIN,
}  # fmt: skip

KNOWN = [f.value for f in Framing]


def _safe_combination(name: str, known: str) -> bool:
    """Learned ``plain`` is the one state that trusts content at once; a closing server then is a framing change."""
    return not (known == "plain" and EXPECTED[name] is Framing.CLOSING)


@pytest.mark.parametrize(("name", "known"), [(name, known) for name in sorted(FRAMINGS) for known in KNOWN
                                              if _safe_combination(name, known)])  # the rest: test_framing_change_is_relearned
def test_no_reasoning_reaches_anyone(server: ChatServer, llm_settings, answer_for, hall, name, known) -> None:
    """Whatever the server does and whatever was learned: the answer only, on screen, in speech and history."""
    known_framing(llm_settings, known)
    server.push(FRAMINGS[name](ANSWER, REASONING), FRAMINGS[name](ANSWER, REASONING))
    history = History(4)
    events = EventLog()
    result = turn(llm_settings, answer_for("社保卡丢了怎么办"), events, history=history, catalog=hall)
    if name == "plain" and known == "closing":  # a plain model where R1 was: held as reasoning, re-learned
        assert result.reason == "no_answer" and not events.of(Delta)
        assert FramingStore.default().get(llm_settings.base_url, llm_settings.model) is Framing.UNKNOWN
        return
    assert result.answered_by == "llm" and result.text == ANSWER_TEXT
    shown = "".join(e.text for e in events if isinstance(e, (Delta, Sentence, Done)))
    assert shown.count(ANSWER_TEXT) == 2  # the Deltas and the Done; the Sentences are the same words
    for word in SECRET_WORDS:
        assert word not in shown and word not in str(history.messages())
    # the next turn sends back only the shown answer
    turn(llm_settings, answer_for("要带什么"), EventLog(), history=history, catalog=hall)
    sent = server.requests[-1].body["messages"]
    assert [m["content"] for m in sent if m["role"] == "assistant"] == [ANSWER_TEXT]
    assert all(w not in json.dumps(sent, ensure_ascii=False) for w in ("用户问", "条目说", "</think>"))
    if not (name == "plain" and known in ("fields", "inline", "closing")):
        assert FramingStore.default().get(llm_settings.base_url, llm_settings.model) in (EXPECTED[name],
                                                                                         Framing(known))


@pytest.mark.parametrize("name", sorted(FRAMINGS))
def test_framing_learned_from_the_first_answer_and_kept(server: ChatServer, llm_settings, answer_for, name) -> None:
    """Unknown at first; one answer teaches it; the file keeps it for the next kiosk start."""
    assert FramingStore.default().get(llm_settings.base_url, llm_settings.model) is Framing.UNKNOWN
    server.push(FRAMINGS[name](ANSWER, REASONING))
    result = turn(llm_settings, answer_for("社保卡丢了"))
    assert result.framing == EXPECTED[name].value
    stored = json.loads(default_path().read_text(encoding="utf-8"))
    assert stored[f"{llm_settings.base_url}|test-model"]["framing"] == EXPECTED[name].value
    assert FramingStore(default_path()).get(llm_settings.base_url, "test-model") is EXPECTED[name]
    assert FramingStore(default_path()).get(llm_settings.base_url, "other-model") is Framing.UNKNOWN


def test_closing_framing_shows_thinking_not_text(server: ChatServer, llm_settings, answer_for) -> None:
    """R1 without a parser, once learned: its reasoning-as-content gives "正在思考…", never text."""
    known_framing(llm_settings, "closing")
    server.push(llama_cpp_python(ANSWER, REASONING))
    events = EventLog()
    turn(llm_settings, answer_for("社保卡丢了"), events)
    assert events.of(Thinking) == [Thinking("waiting"), Thinking("reasoning")]
    assert "".join(d.text for d in events.of(Delta)) == ANSWER_TEXT


def test_plain_model_is_not_held_once_learned(server: ChatServer, llm_settings, answer_for) -> None:
    """A learned plain model: the first checked sentence is out before the reply ends; unknown holds it.

    "Before the end" is read from what the server had sent when the first sentence was shown (its ``sent``
    list grows before the client can see a chunk), not from a clock, so a busy machine cannot flip it.
    """
    seen_before_end: list[bool] = []

    def scenario(pause_s: float):
        played = llama_cpp_python(["请到一楼A区A03窗口。", "带身份证原件。"])
        played.steps.insert(3, ("sleep", pause_s))
        return played, sum(1 for kind, _ in played.steps if kind == "send")

    def watch(log: EventLog, sends: int):
        def on_event(event):
            log.append(event)
            if isinstance(event, Delta) and not seen_before_end:
                seen_before_end.append(len(server.requests[-1].sent) < sends)
        return on_event

    llm_settings = llm_settings.model_copy(update={"idle_timeout_s": 6.0, "total_timeout_s": 12.0})
    played, sends = scenario(0.5)
    server.push(played)
    turn(llm_settings, answer_for("社保卡丢了"), watch(EventLog(), sends))
    assert seen_before_end == [False]  # unknown framing: held to the end, then learned as plain
    seen_before_end.clear()
    played, sends = scenario(3.0)  # room for a loaded machine to show the first sentence during the pause
    server.push(played)
    turn(llm_settings, answer_for("社保卡丢了"), watch(EventLog(), sends))
    assert seen_before_end == [True]


def test_framing_change_is_relearned(server: ChatServer, llm_settings, answer_for) -> None:
    """Learned plain, then the hall swaps in R1 without a parser under the same name (the one case where text
    is trusted at once): the turn ends clean (the answer, or the catalog's when a reasoning sentence failed the
    check), the framing is re-learned, and the next turn shows no reasoning at all."""
    known_framing(llm_settings, "plain")
    server.push(llama_cpp_python(ANSWER, REASONING), llama_cpp_python(ANSWER, REASONING))
    first = EventLog()
    result = turn(llm_settings, answer_for("社保卡丢了"), first)
    assert "</think>" not in result.text and not any(w in result.text for w in ("用户问", "条目说"))
    assert FramingStore.default().get(llm_settings.base_url, "test-model") in (Framing.CLOSING, Framing.UNKNOWN)
    second = EventLog()
    turn(llm_settings, answer_for("社保卡丢了"), second)
    assert not any(w in second.shown_text() for w in ("用户问", "条目说"))


def test_closing_framing_reply_that_never_closes_falls_back(server: ChatServer, llm_settings, answer_for) -> None:
    """Known R1 (closing) whose reply never closes its reasoning: nothing shown, catalog answer, held again."""
    known_framing(llm_settings, "closing")
    server.push(llama_cpp_python(["我还在想"]))  # plain content, no </think>
    events = EventLog()
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.reason == "no_answer" and not events.of(Delta)
    assert FramingStore.default().get(llm_settings.base_url, "test-model") is Framing.UNKNOWN


def test_keepalive_and_timings_of_llama_server(server: ChatServer, answer_for) -> None:
    """llama-server's ':' keep-alive before the first token and its timings chunk do not disturb the turn."""
    settings = settings_for(server.url, first_token_timeout_s=3.0, idle_timeout_s=2.0)
    server.push(llama_server(ANSWER, REASONING, keepalive_after=0.3))
    result = turn(settings, answer_for("社保卡丢了"))
    assert result.answered_by == "llm" and result.text == ANSWER_TEXT


def test_vllm_no_parser_tag_split_across_every_boundary() -> None:
    """The closing tag may fall anywhere across chunks; the answer never keeps a piece of it."""
    full = "".join(REASONING) + "</think>\n\n" + ANSWER_TEXT
    for cut in range(1, len(full)):
        for framing in (Framing.UNKNOWN, Framing.CLOSING, Framing.FIELDS, Framing.INLINE):
            splitter = ReasoningSplitter(framing)
            pieces = []
            for part in (full[:cut], full[cut:]):
                pieces += splitter.feed_chunk({"choices": [{"delta": {"content": part}}]})
            pieces += splitter.flush()
            assert "".join(p.text for p in pieces if p.kind == "content") == ANSWER_TEXT, (cut, framing)
            assert splitter.observed is Framing.CLOSING


def test_kiosk_ask_prints_no_reasoning(server: ChatServer, capsys, demo_catalog) -> None:
    """``kiosk llm ask`` against R1 without a parser prints only the answer (no </think>, no reasoning)."""
    service = demo_catalog.catalog.services[0]
    server.default = vllm([f"请到{service.windows[0]}窗口办理。"], REASONING, parser_field=None)
    assert main(["llm", "ask", service.name, "--llm-url", server.url, "--model", "test-model"]) == 0
    captured = capsys.readouterr()
    assert f"请到{service.windows[0]}窗口办理。" in captured.out
    for word in ("用户问", "条目说", "</think>"):
        assert word not in captured.out and word not in captured.err


def test_shared_answerer_keeps_the_framing_in_memory_too(server: ChatServer, answer_for) -> None:
    """An Answerer given an in-memory store learns there (no file)."""
    settings = settings_for(server.url)
    store = FramingStore(None)
    server.push(vllm(ANSWER, REASONING, parser_field="reasoning"))

    async def go() -> None:
        answerer = Answerer(settings, framings=store)
        await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())
        await answerer.aclose()

    asyncio.run(go())
    assert store.get(settings.base_url, "test-model") is Framing.FIELDS and not default_path().exists()


def test_unreadable_framing_file_is_relearned(tmp_path) -> None:
    """A damaged framing file: every framing is unknown again (replies held), no crash; the next learn rewrites it."""
    path = tmp_path / "llm_framing.json"
    path.write_text("{not json", encoding="utf-8")
    store = FramingStore(path)
    assert store.get("http://x/v1", "m") is Framing.UNKNOWN
    store.learn("http://x/v1", "m", Framing.CLOSING, "test")
    assert FramingStore(path).get("http://x/v1/", "m") is Framing.CLOSING


def test_retry_after_forms() -> None:
    """Retry-After in seconds or as an HTTP date; nonsense is ignored; huge values are capped."""
    from email.utils import formatdate

    from kiosk.llm.errors import MAX_RETRY_AFTER_S, retry_after_seconds

    assert retry_after_seconds("120") == 120.0
    assert 50 < (retry_after_seconds(formatdate(__import__("time").time() + 60, usegmt=True)) or 0) <= 60
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
    assert retry_after_seconds("999999") == MAX_RETRY_AFTER_S
