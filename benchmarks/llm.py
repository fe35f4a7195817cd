"""Benchmark of the LLM area: time to the first *shown* (checked) sentence and to the fallback.

Against the local test server (tests/llm/sse_server.py) replaying each real server's framing byte for
byte (tests/llm/real_servers.py), with tokens paced at ``--token-ms`` per chunk. For every figure the
server's own time is subtracted:

* first shown sentence: (question → first checked ``Delta``) minus (request received → the server
  sent the chunk that completes that sentence). With the framing unknown the kiosk holds the reply
  to its end (or to ``</think>``), so the net figure is mostly the rest of the reply; once learned it
  is the kiosk's own overhead.
* fallback: (question → ``Fallback``) minus (request received → the server's last byte or close).
  For a silent server the whole figure is the kiosk's deadline.

Each figure: median and spread (min–max) over ``--repeat`` runs. Plain asyncio, no Qt.

Run: .venv/bin/python benchmarks/llm.py [--repeat 10] [--token-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "llm"), str(ROOT)]
os.environ["KIOSK_DATA_DIR"] = tempfile.mkdtemp(prefix="llm-bench-")

from llm_support import HALL, make_answer, settings_for  # noqa: E402
from real_servers import (  # noqa: E402
    FRAMINGS,
    llama_cpp_python,
    llama_cpp_python_bad_json,
    llama_cpp_python_too_long,
    llama_server_context_exceeded,
)
from sse_server import ChatServer, Recorded, Scenario, chunk, error, refused_port  # noqa: E402

from kiosk.catalog import Catalog  # noqa: E402
from kiosk.llm.answerer import Answerer  # noqa: E402
from kiosk.llm.events import Delta, Fallback, LlmEvent  # noqa: E402
from kiosk.llm.framing import Framing, FramingStore  # noqa: E402

FIRST = "请到一楼A区A03窗口。"
ANSWER = [FIRST, "带居民身份证原件，", "免费。"]
REASONING = ["嗯，", "用户问", "社保卡", "丢了", "怎么办，", "条目说", "A03窗口", "，免费。"]


def summary(name: str, values: list[float], unit: str = "ms") -> None:
    """One line: median and spread."""
    print(f"{name:58s} median {statistics.median(values):8.1f} {unit}  (min {min(values):.1f}, "
          f"max {max(values):.1f}, n={len(values)})")


def paced(scenario: Scenario, seconds: float) -> Scenario:
    """The scenario with a pause after every chunk (token rate)."""
    steps = []
    for step in scenario.steps:
        steps.append(step)
        if step[0] == "send" and seconds:
            steps.append(("sleep", seconds))
    scenario.steps = steps
    return scenario


def _content_of(line: bytes) -> str:
    text = line.decode(errors="replace").strip()
    if not text.startswith("data:") or text.endswith("[DONE]"):
        return ""
    try:
        choices = json.loads(text[5:]).get("choices") or [{}]
    except ValueError:
        return ""
    return str((choices[0].get("delta") or {}).get("content") or "")


def server_time_to(record: Recorded, piece: str) -> float:
    """Seconds from the request to the chunk whose content is ``piece`` (the end of the first sentence)."""
    for at, data in record.sent:
        if piece in _content_of(data):
            return at - record.received_at
    raise LookupError(piece)


async def _turn(settings, catalog: Catalog, store: FramingStore, watch: type) -> tuple[float | None, object]:
    """One turn; seconds from the question to the first event of type ``watch``."""
    answerer = Answerer(settings, framings=store)
    got: list[float] = []

    def on_event(event: LlmEvent) -> None:
        if isinstance(event, watch) and not got:
            got.append(time.perf_counter())

    start = time.perf_counter()
    result = await answerer.elaborate(make_answer(catalog, "社保卡丢了"), None, on_event, catalog=catalog)
    await answerer.aclose()
    return (got[0] - start if got else None), result


async def first_sentence(server: ChatServer, catalog: Catalog, repeat: int, token_s: float) -> None:
    """Per framing, unknown and learned: question → first shown sentence, net of the server's time."""
    settings = settings_for(server.url, first_token_timeout_s=10, idle_timeout_s=5, total_timeout_s=30)
    for name, make in sorted(FRAMINGS.items()):
        for state in ("unknown", "learned"):
            raw, net = [], []
            for _ in range(repeat):
                store = FramingStore(None)
                if state == "learned":
                    server.push(make(ANSWER, REASONING))
                    await _turn(settings, catalog, store, Delta)
                    assert store.get(settings.base_url, settings.model) is not Framing.UNKNOWN
                server.push(paced(make(ANSWER, REASONING), token_s))
                took, result = await _turn(settings, catalog, store, Delta)
                if took is None:
                    raise RuntimeError(f"{name}: nothing shown ({result})")
                raw.append(took * 1000)
                net.append((took - server_time_to(server.requests[-1], FIRST)) * 1000)
            summary(f"first shown sentence, {name} ({state}), raw", raw)
            summary(f"first shown sentence, {name} ({state}), net of server", net)


async def fallbacks(server: ChatServer, catalog: Catalog, repeat: int, token_s: float) -> None:
    """Per fault (and per framing for an invented window): question → Fallback, net of the server's time."""
    url = server.url
    faults: dict[str, tuple[Callable[[], None], str, dict]] = {
        "connection refused (1 retry)": (lambda: None, f"http://127.0.0.1:{refused_port()}/v1", {}),
        "HTTP 503 (1 retry)": (lambda: server.push(error(503, "down"), error(503, "down")), url, {}),
        "HTTP 401": (lambda: server.push(error(401, "key")), url, {}),
        "HTTP 429 Retry-After": (lambda: server.push(Scenario(status=429, error={"error": {"message": "busy"}},
                                                              headers={"Retry-After": "30"})), url, {}),
        "text/plain 500 (1 retry)": (lambda: server.push(llama_cpp_python_bad_json(), llama_cpp_python_bad_json()),
                                     url, {}),
        "context exceeded 400 (llama-server)": (lambda: server.push(llama_server_context_exceeded()), url, {}),
        "empty 200 (llama-cpp-python over n_ctx)": (lambda: server.push(llama_cpp_python_too_long()), url, {}),
        "abrupt close mid-stream": (lambda: server.push(Scenario([("send", chunk("请到")), ("close", None)])),
                                    url, {}),
        "malformed chunk": (lambda: server.push(Scenario([("send", b"data: {oops\n\n")])), url, {}),
        "stall before first token (deadline 1.0 s)": (lambda: server.push(Scenario([("sleep", 3.0)])), url,
                                                      {"first_token_timeout_s": 1.0}),
        "stall mid-sentence (idle 1.0 s)": (lambda: server.push(Scenario([("send", chunk("请到一楼")),
                                                                          ("sleep", 3.0)])), url,
                                            {"idle_timeout_s": 1.0}),
        "R1 reasoning never closes (closing known)": (
            lambda: server.push(paced(llama_cpp_python(["我还在想"] * 10), token_s)), url, {"_known": "closing"}),
    }
    invented = [f"请到{w}" for w in ("一楼A区Z99窗口。",)] + ANSWER[1:]
    for name, make in sorted(FRAMINGS.items()):
        faults[f"invented window, {name} (learned)"] = (
            lambda make=make: server.push(paced(make(invented, REASONING), token_s)), url,
            {"_known": "learn", "_make": make, "_piece": invented[0]})
    for name, (prepare, base, extra) in faults.items():
        raw, net = [], []
        options = {k: v for k, v in extra.items() if not k.startswith("_")}
        settings = settings_for(base, **({"first_token_timeout_s": 10, "idle_timeout_s": 5, "total_timeout_s": 30}
                                         | options))
        for _ in range(repeat):
            store = FramingStore(None)
            if extra.get("_known") == "closing":
                store.learn(settings.base_url, settings.model, Framing.CLOSING, "bench")
            elif extra.get("_known") == "learn":
                server.push(extra["_make"](ANSWER, REASONING))
                await _turn(settings, catalog, store, Delta)
            before = len(server.requests)
            prepare()
            took, result = await _turn(settings, catalog, store, Fallback)
            if took is None:
                raise RuntimeError(f"{name}: no fallback ({result})")
            record = server.requests[-1] if len(server.requests) > before else None
            own = 0.0  # nothing answered, or silent until the kiosk hung up: all the time is the kiosk's
            if record is not None and "_piece" in extra:
                own = server_time_to(record, extra["_piece"])  # the chunk that completes the bad sentence
            elif record is not None and record.sent:
                own = record.sent[-1][0] - record.received_at
            elif record is not None and record.ended_at:
                own = record.ended_at - record.received_at
            raw.append(took * 1000)
            net.append((took - own) * 1000 if own < took else took * 1000)
        summary(f"fallback, {name}, raw", raw)
        summary(f"fallback, {name}, net of server", net)


def main() -> None:
    """Run every measurement."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--token-ms", type=float, default=20.0, help="pause after every chunk the server sends")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    catalog = Catalog.model_validate(HALL)
    token_s = args.token_ms / 1000

    async def run_all() -> None:
        with ChatServer() as server:
            print(f"tokens paced at {args.token_ms:.0f} ms per chunk; {args.repeat} runs per figure")
            await first_sentence(server, catalog, args.repeat, token_s)
            await fallbacks(server, catalog, args.repeat, token_s)

    asyncio.run(run_all())


if __name__ == "__main__":
    main()
