"""The LLM choice picker against a real HTTP server on 127.0.0.1 speaking the chat-completions API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from kiosk.catalog import load_catalog
from kiosk.navigator import Match
from kiosk.navigator.pick import LlmChoicePicker, parse_pick, strip_reasoning
from kiosk.settings import DEMO_CATALOG, LlmSettings

OFFERED = [
    Match("housing-fund-withdrawal-rent", "住房公积金租房提取", "service", 0.8),
    Match("housing-fund-withdrawal-purchase", "住房公积金购房提取", "service", 0.7),
    Match("housing-fund-withdrawal-closing", "住房公积金销户提取", "service", 0.6),
]


class _Chat(BaseHTTPRequestHandler):
    """A chat-completions endpoint answering with the scripted message; records every request."""

    message: ClassVar[dict[str, Any]] = {}
    status: ClassVar[int] = 200
    requests: ClassVar[list[dict[str, Any]]] = []
    hold: ClassVar[threading.Event | None] = None
    received: ClassVar[threading.Event] = threading.Event()

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        self.requests.append({"path": self.path, "body": body})
        self.received.set()
        if self.hold is not None:
            self.hold.wait(30)
        payload = json.dumps({"choices": [{"index": 0, "message": self.message}]}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def chat_server() -> Iterator[str]:
    _Chat.requests, _Chat.status, _Chat.hold, _Chat.received = [], 200, None, threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Chat)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    if _Chat.hold is not None:
        _Chat.hold.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DEMO_CATALOG).catalog


def picker_for(catalog, url: str, deadline_s: float = 1.5) -> LlmChoicePicker:  # noqa: ANN001
    return LlmChoicePicker(catalog, url, "deepseek-r1", api_key="k", deadline_s=deadline_s)


def test_picks_an_offered_id_and_sends_a_masked_question(chat_server: str, catalog) -> None:  # noqa: ANN001
    _Chat.message = {"role": "assistant", "content": '{"id": "housing-fund-withdrawal-rent"}'}
    question = "我身份证号110101199003077777，租房想取公积金"
    assert picker_for(catalog, chat_server).pick(question, OFFERED) == "housing-fund-withdrawal-rent"
    (request,) = _Chat.requests
    assert request["path"] == "/v1/chat/completions"
    sent = json.dumps(request["body"], ensure_ascii=False)
    assert "110101199003077777" not in sent
    user = request["body"]["messages"][-1]["content"]
    for match in OFFERED:
        assert match.id in user and match.name in user
    assert catalog.service("housing-fund-withdrawal-rent").summary[:20] in user
    assert request["body"]["model"] == "deepseek-r1"


@pytest.mark.parametrize("message, expected", [
    ({"content": '<think>租房的话应该是第一个</think>\n{"id": "housing-fund-withdrawal-rent"}'},
     "housing-fund-withdrawal-rent"),
    # the chat template opened the reasoning itself: no opening tag arrives
    ({"content": '他说买房 {"id": "housing-fund-withdrawal-rent"} 不对\n'
                 '</think>{"id": "housing-fund-withdrawal-purchase"}'},
     "housing-fund-withdrawal-purchase"),
    ({"content": '{"id": "housing-fund-withdrawal-closing"}', "reasoning_content": '{"id": "x"}'},
     "housing-fund-withdrawal-closing"),
    ({"content": '{"id": null}'}, None),
    ({"content": '{"id": "none"}'}, None),
    ({"content": '{"id": "passport"}'}, None),  # never an entry the navigator did not offer
    ({"content": "第一个吧"}, None),
    ({"content": '<think>{"id": "housing-fund-withdrawal-rent"} 还在想'}, None),  # cut off mid-reasoning
    ({"content": None, "reasoning_content": '{"id": "housing-fund-withdrawal-rent"}'}, None),
])
def test_reasoning_is_discarded_and_the_reply_validated(  # noqa: ANN001
        chat_server: str, catalog, message, expected) -> None:
    _Chat.message = {"role": "assistant", **message}
    assert picker_for(catalog, chat_server).pick("租房取公积金", OFFERED) == expected


def test_http_error_and_unreachable_give_no_pick(chat_server: str, catalog) -> None:  # noqa: ANN001
    _Chat.status, _Chat.message = 500, {"content": '{"id": "housing-fund-withdrawal-rent"}'}
    assert picker_for(catalog, chat_server).pick("租房取公积金", OFFERED) is None
    assert picker_for(catalog, "http://127.0.0.1:9/v1").pick("租房取公积金", OFFERED) is None


def test_a_slow_model_misses_the_deadline(chat_server: str, catalog) -> None:  # noqa: ANN001
    _Chat.hold = threading.Event()
    _Chat.message = {"content": '{"id": "housing-fund-withdrawal-rent"}'}
    assert picker_for(catalog, chat_server, deadline_s=0.3).pick("租房取公积金", OFFERED) is None
    assert _Chat.received.wait(30)  # the request was sent (and is still held) when the picker gave up
    assert len(_Chat.requests) == 1


def test_deadline_is_capped_and_settings(catalog) -> None:  # noqa: ANN001
    assert LlmChoicePicker(catalog, "http://x/v1", "m", deadline_s=9).deadline_s == 1.5
    assert LlmChoicePicker.from_settings(catalog, LlmSettings()) is None
    picker = LlmChoicePicker.from_settings(catalog, LlmSettings(base_url="http://127.0.0.1:8000/v1", model="qwen"))
    assert picker is not None and picker.model == "qwen"


def test_parsing_helpers() -> None:
    assert strip_reasoning("abc</think>def") == "def"
    assert strip_reasoning("<think>x</think>y") == "y"
    assert parse_pick('{"id": "a"}', ["a", "b"]) == "a"
    assert parse_pick('{"pick": "a"}', ["a"]) is None
