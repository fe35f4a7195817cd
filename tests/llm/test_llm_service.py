"""Turns against a real local OpenAI-compatible server: formats, faults, deadlines, cancel, breaker."""

from __future__ import annotations

import asyncio

import pytest
from llm_support import EventLog, known_framing, settings_for, turn
from sse_server import DONE, ChatServer, Scenario, chunk, error, refused_port, stream

from kiosk.llm.answerer import Answerer
from kiosk.llm.breaker import BreakerState, CircuitBreaker
from kiosk.llm.events import Delta, Done, Error, Fallback, Sentence, Thinking
from kiosk.llm.session import History

ANSWER = ["社保卡补办请到", "一楼A区A03或A04窗口，", "带身份证原件和一寸照片。", "免费，当场办好。"]
ANSWER_TEXT = "".join(ANSWER)


def test_deepseek_stream(server: ChatServer, llm_settings, answer_for, events, hall) -> None:
    """reasoning_content is hidden behind a Thinking event; content streams and is checked."""
    server.push(Scenario(stream(ANSWER, reasoning=["用户丢了社保卡。", "条目说A03。"])))
    result = turn(llm_settings, answer_for("社保卡丢了怎么办"), events, catalog=hall)
    assert result.answered_by == "llm" and result.text == ANSWER_TEXT
    assert result.cited == ("sbk-bb",)
    assert events.of(Thinking) == [Thinking("waiting"), Thinking("reasoning")]
    assert "".join(d.text for d in events.of(Delta)) == ANSWER_TEXT
    assert [s.text for s in events.of(Sentence)] == ["社保卡补办请到一楼A区A03或A04窗口，带身份证原件和一寸照片。", "免费，当场办好。"]
    assert events[-1] == Done(ANSWER_TEXT, "llm", ("sbk-bb",))
    assert "条目说" not in events.shown_text()
    body = server.requests[0].body
    assert body["stream"] is True and body["model"] == "test-model"
    assert server.requests[0].path == "/v1/chat/completions"


def test_vllm_reasoning_field(server: ChatServer, llm_settings, answer_for, events) -> None:
    """vLLM's delta.reasoning is treated as reasoning."""
    server.push(Scenario(stream(ANSWER, reasoning=["secret plan"], field_name="reasoning")))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.text == ANSWER_TEXT and "secret plan" not in events.shown_text()
    assert Thinking("reasoning") in events


def test_inline_think_across_chunks(server: ChatServer, llm_settings, answer_for, events) -> None:
    """<think> tags split across chunks never reach the screen."""
    server.push(Scenario(stream(["<th", "ink>先查条", "目</thi", "nk>\n\n", *ANSWER])))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.text == ANSWER_TEXT
    assert "think" not in events.shown_text() and "先查" not in events.shown_text()


def test_keepalive_comments_are_ignored(server: ChatServer, llm_settings, answer_for, events) -> None:
    """SSE comments between chunks do not disturb the answer (and keep the idle timer fed)."""
    steps = [("send", b": keep-alive\n\n"), ("sleep", 0.4), ("send", b": ping\n\n"), ("sleep", 0.4)]
    steps += [("send", b": ping\n\n"), *stream(ANSWER)]
    server.push(Scenario(steps))
    result = turn(settings_for(server.url, first_token_timeout_s=3.0), answer_for("社保卡丢了"), events)
    assert result.answered_by == "llm" and result.text == ANSWER_TEXT


def test_reasoning_only_stream_falls_back_at_first_token_deadline(server: ChatServer, answer_for, events) -> None:
    """A model that only thinks: catalog answer at the first-content deadline, not later."""
    steps = [("send", chunk(reasoning_content="嗯"))] + [("sleep", 0.2), ("send", chunk(reasoning_content="…"))] * 40
    server.push(Scenario(steps))
    settings = settings_for(server.url, first_token_timeout_s=1.0)
    result = turn(settings, answer_for("社保卡丢了"), events)
    assert result.reason == "first_token_timeout" and result.offline
    # the deadline ended it, long before the model's 8 s of thinking (how soon: benchmarks/llm.py)
    assert not server.requests[0].finished.is_set()
    assert events.of(Error)[0].code == "first_token_timeout"
    assert isinstance(events[-1], Fallback) and events[-1].text.startswith("社保卡补办：")


@pytest.mark.parametrize(
    ("status", "code"),
    [(401, "unauthorized"), (403, "forbidden"), (404, "not_found"), (429, "rate_limited"),
     (500, "server_error"), (503, "unavailable")],
)  # fmt: skip
def test_http_errors_have_clear_statuses(server: ChatServer, llm_settings, answer_for, events, status, code) -> None:
    """Error statuses with {"error": …} bodies become plain-words errors and the catalog answer."""
    server.push(error(status, "upstream says no"), error(status, "upstream says no"))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.reason == code and result.answered_by == "catalog" and result.offline
    err = events.of(Error)[0]
    assert err.code == code and err.message and "upstream" not in err.message
    assert isinstance(events[-1], Fallback)
    # 5xx are retried once (before the first token), 4xx are not.
    assert len(server.requests) == (2 if status >= 500 else 1)


def test_connection_refused(answer_for, events) -> None:
    """Nothing listening: connect_failed, the catalog answer (how fast: benchmarks/llm.py, fallbacks)."""
    settings = settings_for(f"http://127.0.0.1:{refused_port()}/v1")
    result = turn(settings, answer_for("社保卡丢了"), events)
    assert result.reason == "connect_failed" and result.offline
    assert isinstance(events[-1], Fallback)


def test_retry_once_before_first_token_then_answer(server: ChatServer, llm_settings, answer_for, events) -> None:
    """A 503 then a good stream: the retry answers."""
    server.push(error(503, "warming up"), Scenario(stream(ANSWER)))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.answered_by == "llm" and len(server.requests) == 2


def test_stall_before_first_token(server: ChatServer, answer_for, events) -> None:
    """The server accepts but sends nothing: fallback at the first-token deadline."""
    server.push(Scenario([("sleep", 5.0), *stream(ANSWER)]))
    settings = settings_for(server.url, first_token_timeout_s=0.8, idle_timeout_s=3.0)
    result = turn(settings, answer_for("社保卡丢了"), events)
    # the deadline, not the server's 5 s pause, ended the turn: the server had sent no text yet
    # (how soon after the deadline: benchmarks/llm.py, fallbacks)
    assert result.reason == "first_token_timeout" and server.requests[0].first_content_at is None


def test_stall_mid_stream(server: ChatServer, answer_for, events) -> None:
    """Text then silence mid-sentence: idle deadline; the unfinished (unchecked) sentence was never shown."""
    server.push(Scenario([("send", chunk(ANSWER[0])), ("sleep", 5.0), *stream(ANSWER[1:])]))
    settings = settings_for(server.url, idle_timeout_s=0.6)
    result = turn(settings, answer_for("社保卡丢了"), events)
    assert result.reason == "idle_timeout" and not server.requests[0].finished.is_set()  # before its 5 s pause ended
    assert not events.of(Delta) and isinstance(events[-1], Fallback)
    assert len(server.requests) == 1  # no retry after the first token


def test_abrupt_close(server: ChatServer, llm_settings, answer_for, events) -> None:
    """The server drops the connection mid-stream: stream_broken, catalog answer."""
    server.push(Scenario([("send", chunk(ANSWER[0])), ("close", None)]))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.reason == "stream_broken" and result.offline


def test_malformed_json_chunk(server: ChatServer, llm_settings, answer_for, events) -> None:
    """A broken chunk: bad_response, catalog answer."""
    server.push(Scenario([("send", chunk(ANSWER[0])), ("send", b'data: {"choices": [{"delta": \n\n'), ("send", DONE)]))
    result = turn(llm_settings, answer_for("社保卡丢了"), events)
    assert result.reason == "bad_response"


def test_in_stream_error_object(server: ChatServer, llm_settings, answer_for, events) -> None:
    """An {"error": …} chunk inside a 200 stream is a server error."""
    crashed = Scenario([("send", b'data: {"error": {"message": "model crashed"}}\n\n'), ("send", DONE)])
    server.push(crashed, crashed)  # server errors are retried once
    assert turn(llm_settings, answer_for("社保卡丢了"), events).reason == "server_error"
    assert len(server.requests) == 2


def test_runaway_answer_is_capped(server: ChatServer, answer_for, events) -> None:
    """A 20,000-token answer is cut at the cap (at a sentence end) and the stream is closed.

    The server pauses a millisecond between tokens, as a model does, and notices a hang-up in each pause: sent
    at full speed, the whole reply could fit in the loopback socket's buffers before the kiosk reached its cap,
    and the server would never see the stream closed (the test failed on a loaded machine)."""
    tokens = ["社保卡", "补办", "免费", "。"] * 5000
    server.push(Scenario(stream(tokens, delay=0.001)))
    settings = settings_for(server.url, max_answer_chars=300)
    known_framing(settings, "plain")
    result = turn(settings, answer_for("社保卡丢了"), events)
    assert result.answered_by == "llm" and result.truncated
    assert len(result.text) <= 301 and result.text.endswith("。…")
    assert server.requests[0].disconnected.wait(20)  # the stream was closed, not read to its end


def test_no_answer_text_at_all(server: ChatServer, llm_settings, answer_for, events) -> None:
    """A stream that finishes with reasoning only is a failure (no_answer)."""
    server.push(Scenario(stream([], reasoning=["想了很久"])))
    assert turn(llm_settings, answer_for("社保卡丢了"), events).reason == "no_answer"


def test_cancellation_closes_the_stream(server: ChatServer, llm_settings, answer_for, events) -> None:
    """Cancelling the task (citizen taps Home) closes the HTTP stream; nothing more is emitted."""
    server.push(Scenario(stream(["社保卡。"] * 200, delay=0.05)))
    known_framing(llm_settings, "plain")

    async def go() -> None:
        answerer = Answerer(llm_settings)
        first_delta = asyncio.Event()

        def on_event(event: object) -> None:
            events(event)
            if isinstance(event, Delta):
                first_delta.set()

        task = asyncio.ensure_future(answerer.elaborate(answer_for("社保卡丢了"), None, on_event))
        await asyncio.wait_for(first_delta.wait(), 20)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        count = len(events)
        # the server notices the closed stream (its next write or peek fails): then nothing can follow
        assert await asyncio.to_thread(server.requests[0].disconnected.wait, 20)
        assert len(events) == count
        assert answerer.breaker.state is BreakerState.CLOSED and answerer.stats.cancelled == 1
        await answerer.aclose()

    asyncio.run(go())
    assert server.requests[0].disconnected.wait(3.0)
    assert not any(isinstance(e, (Done, Fallback)) for e in events)


def test_breaker_opens_then_probes(server: ChatServer, answer_for) -> None:
    """3 failures open the breaker (no requests while open); after the open period one probe goes."""
    now = [0.0]
    breaker = CircuitBreaker(failures=3, open_s=30.0, clock=lambda: now[0])
    settings = settings_for(server.url, retries=0)
    server.default = error(500, "down")

    async def go() -> None:
        answerer = Answerer(settings, breaker=breaker)
        for _ in range(3):
            await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())
        assert breaker.state is BreakerState.OPEN and len(server.requests) == 3
        log = EventLog()
        result = await answerer.elaborate(answer_for("社保卡丢了"), None, log)
        assert result.reason == "breaker_open"
        assert len(server.requests) == 3 and not log.of(Thinking)  # answered without asking the server
        now[0] = 31.0
        assert breaker.state is BreakerState.HALF_OPEN
        await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())  # failed probe
        assert len(server.requests) == 4 and breaker.state is BreakerState.OPEN
        now[0] = 62.0
        server.default = Scenario(stream(ANSWER))
        result = await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())  # good probe
        assert result.answered_by == "llm" and breaker.state is BreakerState.CLOSED
        await answerer.aclose()

    asyncio.run(go())


def test_breaker_single_probe() -> None:
    """Half-open lets exactly one caller through; a cancelled probe frees the slot."""
    now = [0.0]
    breaker = CircuitBreaker(failures=1, open_s=10, clock=lambda: now[0])
    breaker.record_failure()
    assert not breaker.allow()
    now[0] = 10.5
    assert breaker.allow() and not breaker.allow()
    breaker.record_cancel()
    assert breaker.allow()


def test_api_key_sent_as_bearer_but_never_logged(server: ChatServer, answer_for, events, caplog, tmp_path) -> None:
    """The key from a key file is sent as a bearer token and appears in no log line."""
    key_file = tmp_path / "key"
    key_file.write_text("sk-test-secret-123\n")
    server.push(error(401, "bad key"))
    with caplog.at_level("DEBUG"):
        turn(settings_for(server.url, api_key_file=key_file), answer_for("社保卡丢了"), events)
    assert server.requests[0].headers.get("Authorization") == "Bearer sk-test-secret-123"
    assert "sk-test-secret" not in caplog.text


def test_history_is_bounded_and_has_no_reasoning(server: ChatServer, answer_for, hall) -> None:
    """Multi-turn: earlier shown answers go back, reasoning never does; history is bounded and wipeable."""
    settings = settings_for(server.url, history_turns=2)
    history = History(settings.history_turns)
    for i in range(3):
        server.push(Scenario(stream(ANSWER, reasoning=[f"私下推理{i}"])))
    for q in ("社保卡丢了", "要带什么", "多少钱"):
        turn(settings, answer_for(q), EventLog(), history=history, catalog=hall)
    last = server.requests[-1].body["messages"]
    roles = [m["role"] for m in last]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]
    sent = server.sent_text()
    assert "私下推理" not in sent and "reasoning_content" not in str(server.requests[-1].body)
    assert all(m["content"] == ANSWER_TEXT for m in last if m["role"] == "assistant")
    assert len(history) == 2
    history.clear()
    assert len(history) == 0 and history.messages() == []
