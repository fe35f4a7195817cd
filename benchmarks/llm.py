"""Benchmark of the LLM area against a local OpenAI-compatible test server (no network).

Measures, on a qasync loop with the real Qt answer view (offscreen):
1. kiosk overhead to the first displayed token: (question → text set in the view) minus the server's
   own time from receiving the request to sending its first content chunk (target <= 30 ms);
2. event-loop stall while streaming 100 tokens/s into the view: the worst lateness of a 5 ms ticker
   (target <= 16 ms);
3. time from a failure to the fallback (catalog) answer, per fault.
Each figure: median and spread (min–max) over repetitions.

Run: /work/venv/bin/python benchmarks/llm.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "llm"), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from llm_support import HALL, make_answer, settings_for  # noqa: E402
from sse_server import ChatServer, Scenario, chunk, error, refused_port, stream  # noqa: E402

from kiosk.catalog import Catalog  # noqa: E402
from kiosk.llm.answerer import Answerer  # noqa: E402
from kiosk.llm.events import Delta, Fallback  # noqa: E402


def summary(name: str, values: list[float], unit: str = "ms", target: str = "") -> None:
    """Print one line: median and spread."""
    print(f"{name:44s} median {statistics.median(values):8.2f} {unit}  (min {min(values):.2f}, "
          f"max {max(values):.2f}, n={len(values)}){'  target ' + target if target else ''}")


async def first_token_overhead(server: ChatServer, catalog: Catalog, repeat: int, view_cls) -> None:
    """Question → first text in the view, minus the server's own first-token time."""
    settings = settings_for(server.url)
    for label, reuse in (("warm connection", True), ("new connection each turn", False)):
        overheads = []
        answerer = Answerer(settings)
        for _ in range(repeat):
            if not reuse:
                await answerer.aclose()
                answerer = Answerer(settings)
            view = view_cls("zh")
            shown: list[float] = []

            def on_event(event, view=view, shown=shown) -> None:
                if isinstance(event, Delta) and not shown:
                    view.append(event.text)
                    shown.append(time.perf_counter())

            server.push(Scenario(stream(["请到A03窗口办理。", "带身份证。"])))
            start = time.perf_counter()
            await answerer.elaborate(make_answer(catalog, "社保卡丢了"), None, on_event, catalog=catalog)
            record = server.requests[-1]
            server_ttft = record.first_content_at - record.received_at
            overheads.append(((shown[0] - start) - server_ttft) * 1000)
            view.deleteLater()
        await answerer.aclose()
        summary(f"overhead to first displayed token ({label})", overheads, target="<= 30 ms")


async def stall_while_streaming(server: ChatServer, catalog: Catalog, repeat: int, view_cls) -> None:
    """Worst ticker lateness while 300 tokens arrive at 100 tokens/s and are shown."""
    settings = settings_for(server.url, max_answer_chars=5000, total_timeout_s=30)
    idle: list[float] = []
    for _ in range(3):  # the same ticker with nothing streaming: the loop's own timer granularity
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            idle.append((time.perf_counter() - before - 0.005) * 1000)
    idle.sort()
    summary("ticker lateness, idle loop (baseline), worst", [idle[-1]])
    worst, p99s = [], []
    answerer = Answerer(settings)
    for _ in range(max(3, repeat // 4)):
        view = view_cls("zh")
        view.resize(1200, 400)
        view.show()
        tokens = ["社保卡", "补办", "请到", "A03", "窗口，"] * 60
        server.push(Scenario(stream(tokens, delay=0.01)))
        late: list[float] = []
        done = asyncio.Event()

        async def ticker() -> None:
            while not done.is_set():
                before = time.perf_counter()
                await asyncio.sleep(0.005)
                late.append((time.perf_counter() - before - 0.005) * 1000)

        tick = asyncio.ensure_future(ticker())
        await answerer.elaborate(
            make_answer(catalog, "社保卡丢了"), None,
            lambda e, view=view: view.append(e.text) if isinstance(e, Delta) else None, catalog=catalog,
        )
        done.set()
        await tick
        late.sort()
        worst.append(late[-1])
        p99s.append(late[int(len(late) * 0.99)])
        view.deleteLater()
    await answerer.aclose()
    summary("event-loop stall, worst tick (100 tok/s)", worst, target="<= 16 ms")
    summary("event-loop stall, p99 tick (100 tok/s)", p99s)


async def failure_to_fallback(server: ChatServer, catalog: Catalog, repeat: int) -> None:
    """Time from the question to the Fallback event, per fault."""
    faults = {
        "connection refused (1 retry)": (lambda: None, f"http://127.0.0.1:{refused_port()}/v1", {}),
        "HTTP 503 (1 retry)": (lambda: server.push(error(503, "down"), error(503, "down")), server.url, {}),
        "HTTP 401": (lambda: server.push(error(401, "key")), server.url, {}),
        "abrupt close mid-stream": (
            lambda: server.push(Scenario([("send", chunk("请到")), ("close", None)])), server.url, {}),
        "malformed chunk": (lambda: server.push(Scenario([("send", b"data: {oops\n\n")])), server.url, {}),
        "stall before first token (deadline 1.0 s)": (
            lambda: server.push(Scenario([("sleep", 3.0)])), server.url, {"first_token_timeout_s": 1.0}),
    }
    for name, (prepare, url, extra) in faults.items():
        times = []
        for _ in range(max(3, repeat // 4)):
            prepare()
            answerer = Answerer(settings_for(url, **extra))
            got: list[float] = []
            start = time.perf_counter()
            await answerer.elaborate(
                make_answer(catalog, "社保卡丢了"), None,
                lambda e, got=got: got.append(time.perf_counter()) if isinstance(e, Fallback) else None,
                catalog=catalog,
            )
            times.append((got[0] - start) * 1000)
            await answerer.aclose()
        summary(f"failure → fallback: {name}", times)
    # breaker open: no request at all
    answerer = Answerer(settings_for(server.url))
    for _ in range(3):
        answerer.breaker.record_failure()
    times = []
    for _ in range(repeat):
        got = []
        start = time.perf_counter()
        await answerer.elaborate(make_answer(catalog, "社保卡丢了"), None,
                                 lambda e, got=got: got.append(time.perf_counter()), catalog=catalog)
        times.append((got[-1] - start) * 1000)
    await answerer.aclose()
    summary("failure → fallback: breaker open", times, target="<= 200 ms")


def main() -> None:
    """Run every measurement on a qasync loop."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    from kiosk.qtcompat.refcount import fix_killtimer_refcount
    from kiosk.ui.llm_answer import LlmAnswerView

    fix_killtimer_refcount()

    from PySide6.QtCore import qInstallMessageHandler

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    qInstallMessageHandler(lambda *a: None)  # offscreen plugin chatter
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    catalog = Catalog.model_validate(HALL)

    async def run_all() -> None:
        with ChatServer() as server:
            await first_token_overhead(server, catalog, args.repeat, LlmAnswerView)
            await stall_while_streaming(server, catalog, args.repeat, LlmAnswerView)
            await failure_to_fallback(server, catalog, args.repeat)

    logging.basicConfig(level=logging.ERROR)
    with loop:
        loop.run_until_complete(run_all())
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (a PySide6 shutdown crash, not ours)


if __name__ == "__main__":
    main()
