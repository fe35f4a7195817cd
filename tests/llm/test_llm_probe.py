"""The one probe (kiosk llm check, kiosk doctor, staff status), the prompt budget, error bodies, Retry-After."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os

import pytest
from llm_support import EventLog, settings_for, turn
from real_servers import (
    llama_cpp_python,
    llama_cpp_python_bad_json,
    llama_cpp_python_too_long,
    llama_server,
    llama_server_context_exceeded,
)
from sse_server import ChatServer, Scenario, SilentServer, chunk, error, stream

from kiosk.admin.status import llm_status
from kiosk.cli import main
from kiosk.llm.answerer import Answerer
from kiosk.llm.breaker import BreakerState, CircuitBreaker
from kiosk.llm.budget import request_chars, request_size
from kiosk.llm.framing import Framing, FramingStore
from kiosk.llm.probe import probe, worst_case_messages
from kiosk.llm.prompt import Grounding, build_messages
from kiosk.navigator import Conversation, Navigator

ANSWER = ["请到一楼A区A03窗口。"]


def _context_limited(limit_chars: int):
    """A llama-server whose context holds ``limit_chars`` characters of messages."""
    def answer(body: dict) -> Scenario:
        if request_chars(body.get("messages", [])) > limit_chars:
            return llama_server_context_exceeded()
        return llama_server(["好"], ["嗯"])
    return answer



@pytest.fixture(autouse=True)
def _roomy_deadlines(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a busy machine a real local server may take over a second to answer /models: the probe's deadlines
    are scaled like the suite's other waits, except in the tests that measure them against a silent server."""
    if "silent" in request.node.name:
        return
    scale = float(os.environ.get("HALLGUIDE_TEST_WAIT_SCALE", "4"))  # as tests/conftest.py's WAIT_SCALE
    monkeypatch.setattr("kiosk.llm.probe.MODELS_S", 1.0 * scale)
    monkeypatch.setattr("kiosk.llm.probe.TOTAL_S", 5.0 * scale)


def test_three_demo_services_fit_the_budget(demo_catalog) -> None:
    """A question citing the three largest demo-hall services: the whole request is <= 4,000 characters."""
    catalog = demo_catalog.catalog
    biggest = sorted(catalog.services, key=lambda s: len(Grounding.build([s], "", "zh", catalog).prompt_text()))[-3:]
    answer = Navigator(catalog).ask(biggest[0].name, Conversation())
    grounding = Grounding.build(biggest, answer.answer, "zh", catalog)
    messages = build_messages("我身份证丢了，还要办个体户和居留许可，分别去哪里、带什么、多少钱？", grounding)
    size = request_chars(messages)
    assert size <= 4000
    system = messages[0]["content"]
    for service in biggest:  # nothing an answer may use was dropped to fit
        assert service.name in system and service.fee in system and service.time_limit in system
        assert all(w in system for w in service.windows) and all(m.name in system for m in service.materials)
    assert "aliases" not in system and any(a not in system for a in biggest[0].aliases)


def test_budget_drops_history_then_detail(hall, answer_for) -> None:
    """Over the budget: old turns go first, then detail; the windows, fee and time limit stay."""
    answer = answer_for("社保卡丢了")
    grounding = Grounding.build(answer.services, answer.answer, "zh", hall)
    history = [{"role": "user", "content": "问" * 300}, {"role": "assistant", "content": "答" * 300}] * 3
    messages = build_messages("要带什么", grounding, history, budget_chars=1100)
    assert request_size(messages) <= 1100 and len(messages) < 8
    tight = build_messages("要带什么", grounding, None, budget_chars=560)
    assert request_size(tight) <= 560 and "A03" in tight[0]["content"] and "即时办结" in tight[0]["content"]


def test_probe_reports_everything(server: ChatServer, llm_settings, demo_catalog) -> None:
    """Reachable, model listed, worst-case request sent, first token (not the role chunk), framing learned."""
    server.push(llama_server(["好"], ["嗯，只回一个字。"]))
    report = asyncio.run(probe(llm_settings, catalog=demo_catalog.catalog))
    assert report.ok and report.model_listed and report.failed_step is None
    sent = server.requests[0].body["messages"]
    assert request_chars(sent) == report.request_chars
    assert llm_settings.prompt_budget_chars - 100 < request_size(sent) <= llm_settings.prompt_budget_chars
    assert report.first_token_s is not None and report.reply == "好"
    assert report.framing == "fields"
    assert FramingStore.default().get(llm_settings.base_url, "test-model") is Framing.FIELDS
    assert [s.name for s in report.steps] == ["models", "largest_request"]


def test_probe_learns_closing_framing(server: ChatServer, llm_settings) -> None:
    """R1 on llama-cpp-python: the probe learns 'closing', so the first citizen's answer is already safe."""
    server.push(llama_cpp_python(["好"], ["用户让我只回一个字。"]))
    report = asyncio.run(probe(llm_settings))
    assert report.ok and report.framing == "closing" and report.reply == "好"
    assert FramingStore.default().get(llm_settings.base_url, "test-model") is Framing.CLOSING


def test_probe_names_a_too_small_context(server: ChatServer, llm_settings, demo_catalog) -> None:
    """llama-server with a 2k context: the worst-case request fails, a small one works: named, not 'OK'."""
    server.default = _context_limited(2000)
    report = asyncio.run(probe(llm_settings, catalog=demo_catalog.catalog))
    assert not report.ok and report.error == "context_too_small" and report.failed_step == "largest_request"
    assert "context window is too small" in report.message and str(report.request_chars) in report.message


def test_probe_names_llama_cpp_python_empty_reply(server: ChatServer, llm_settings) -> None:
    """llama-cpp-python over n_ctx answers 200 with no events: still found and named."""
    server.push(llama_cpp_python_too_long(), llama_cpp_python(["好"]))
    report = asyncio.run(probe(llm_settings))
    assert not report.ok and report.error == "context_too_small"


def test_probe_against_a_silent_server_says_which_step() -> None:
    """A server that accepts and never answers: the probe ends (well within 5 s) and names GET /models."""
    with SilentServer() as silent:
        report = asyncio.run(probe(settings_for(silent.url, connect_timeout_s=2.0)))
    assert not report.ok and report.failed_step == "models" and "GET /models" in report.message
    assert report.total_s <= 5.0


def test_an_unreachable_service_reads_plainly_in_both_lines() -> None:
    """Nothing listens (Xvfb walk 12, defect 12): the English line names GET /models once, the Chinese line
    says in Chinese which step failed and why, with only the technical name kept in brackets."""
    import socket

    with socket.socket() as spare:  # a port nothing listens on: connection refused at once
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    report = asyncio.run(probe(settings_for(f"http://127.0.0.1:{port}/v1", connect_timeout_s=1.0)))
    assert not report.ok and report.error == "connect_failed"
    assert report.summary().count("GET /models") == 1, report.summary()
    chinese = report.summary_zh()
    assert chinese.startswith("检查失败（模型列表）：无法连接"), chinese
    assert "GET /models" not in chinese and "Cannot" not in chinese, chinese
    assert "ConnectError" in chinese or "connect" in chinese.lower(), chinese


def test_probe_silent_chat_after_models(server: ChatServer, llm_settings) -> None:
    """/models answers but the chat never does: the chat step fails by its own deadline, total <= 5 s."""
    server.push(Scenario([("sleep", 8.0)]))
    report = asyncio.run(probe(llm_settings))
    assert not report.ok and report.failed_step == "largest_request" and "no token" in report.message
    assert report.total_s <= 5.0


def test_role_only_chunk_is_not_a_first_token(server: ChatServer, llm_settings) -> None:
    """The first token time counts generated text, not the role chunk that servers send at once."""
    scenario = llama_cpp_python(["好"])
    scenario.steps.insert(1, ("sleep", 0.4))
    server.push(scenario)
    report = asyncio.run(probe(llm_settings))
    assert report.ok and report.first_token_s is not None and report.first_token_s >= 0.4


def test_staff_status_uses_the_probe(server: ChatServer, llm_settings) -> None:
    """The staff status line: same probe, model name checked, framing shown."""
    server.push(llama_server(["好"], ["嗯"]))
    item = llm_status(server.url, "test-model", settings=llm_settings)
    assert item.ok and "first token" in item.text and "fields" in item.text
    server.push(llama_server(["好"], ["嗯"]))
    other = llm_status(server.url, "not-served", settings=llm_settings)
    assert "NOT listed" in other.text


def test_check_command_prints_steps(server: ChatServer, capsys) -> None:
    """kiosk llm check: steps, framing and exit 1 with the step named when the context is too small."""
    server.push(llama_server(["好"], ["嗯"]))
    assert main(["llm", "check", "--llm-url", server.url, "--model", "test-model"]) == 0
    out = capsys.readouterr().out
    assert "largest_request" in out and "reasoning fields" in out
    server.default = _context_limited(1500)
    assert main(["llm", "check", "--llm-url", server.url, "--model", "test-model", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["error"] == "context_too_small" and report["failed_step"] == "largest_request"


def test_error_bodies_of_every_type_are_logged_masked(server: ChatServer, llm_settings, answer_for, caplog) -> None:
    """text/plain, HTML and JSON error bodies reach the log, masked and truncated."""
    html = b"<html><body><h1>502 Bad Gateway</h1>caller 13800138000 " + b"x" * 2000 + b"</body></html>"
    server.push(llama_cpp_python_bad_json(), llama_cpp_python_bad_json(),
                Scenario(status=502, body=html, content_type="text/html"),
                Scenario(status=502, body=html, content_type="text/html"))
    with caplog.at_level(logging.WARNING):
        turn(llm_settings, answer_for("社保卡丢了"))
        turn(llm_settings, answer_for("社保卡丢了"))
    assert "HTTP 500 (text/plain): Internal Server Error" in caplog.text
    assert "HTTP 502 (text/html)" in caplog.text and "502 Bad Gateway" in caplog.text
    assert "13800138000" not in caplog.text and "x" * 400 not in caplog.text


def test_context_exceeded_in_a_turn(server: ChatServer, llm_settings, answer_for) -> None:
    """A 400 naming the context is its own code (not retried): catalog answer."""
    server.push(llama_server_context_exceeded())
    result = turn(llm_settings, answer_for("社保卡丢了"))
    assert result.reason == "context_too_small" and len(server.requests) == 1


def test_retry_after_opens_the_breaker_for_that_long(server: ChatServer, answer_for) -> None:
    """429 with Retry-After: 120 → no request for 120 s, then one probe."""
    now = [0.0]
    breaker = CircuitBreaker(failures=3, open_s=30.0, clock=lambda: now[0])
    server.push(Scenario(status=429, error={"error": {"message": "slow down"}}, headers={"Retry-After": "120"}))
    settings = settings_for(server.url)

    async def go() -> None:
        answerer = Answerer(settings, breaker=breaker)
        first = await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())
        assert first.reason == "rate_limited" and breaker.state is BreakerState.OPEN
        now[0] = 100.0
        assert (await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())).reason == "breaker_open"
        now[0] = 121.0
        server.push(Scenario(stream(ANSWER)))
        assert (await answerer.elaborate(answer_for("社保卡丢了"), None, EventLog())).answered_by == "llm"
        await answerer.aclose()

    asyncio.run(go())
    assert len(server.requests) == 2


def test_kiosk_ask_stdin_shares_one_breaker(server: ChatServer, monkeypatch, capsys, demo_catalog) -> None:
    """``kiosk ask -``: after 3 failing lines the breaker is open, later lines send nothing."""
    server.default = error(500, "down")
    name = demo_catalog.catalog.services[0].name
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{name}\n" * 6))
    monkeypatch.setenv("KIOSK_LLM__RETRIES", "0")
    assert main(["ask", "-", "--llm-url", server.url, "--model", "test-model"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines() if x.startswith("{")]
    reasons = [x["llm"]["fallback_reason"] for x in lines]
    assert reasons == ["server_error"] * 3 + ["breaker_open"] * 3
    assert len(server.requests) == 3


def test_in_stream_reasoning_only_chunk_then_answer(server: ChatServer, llm_settings, answer_for) -> None:
    """A stray role-only chunk and an empty content do not count as answer text."""
    server.push(Scenario([("send", chunk(content="")), *stream(ANSWER)]))
    assert turn(llm_settings, answer_for("社保卡丢了")).answered_by == "llm"


def test_worst_case_request_without_a_catalog(llm_settings) -> None:
    """No catalog at hand: the worst-case request is padded to the budget all the same."""
    messages = worst_case_messages(llm_settings, None)
    assert llm_settings.prompt_budget_chars - 100 < request_size(messages) <= llm_settings.prompt_budget_chars


def test_doctor_line_uses_the_probe(server: ChatServer) -> None:
    """kiosk doctor's LLM line: OK with the probe's summary; a too-small context is a FAIL that says so."""
    from kiosk.cli.llm import check_llm
    from kiosk.settings import load_settings

    settings = load_settings(None, llm={"base_url": server.url, "model": "test-model"})
    server.push(llama_cpp_python(["好"]))
    name, ok, detail = check_llm(settings)
    assert name == "llm service" and ok and "largest request" in detail and "plain" in detail
    server.default = _context_limited(1500)
    name, ok, detail = check_llm(settings)
    assert not ok and "context window is too small" in detail
