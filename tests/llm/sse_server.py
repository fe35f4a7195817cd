"""A real OpenAI-compatible chat server for tests: stdlib ThreadingHTTPServer on 127.0.0.1, port 0.

Each request is answered by the next queued *scenario* (or the default one) and recorded (headers,
JSON body, whether the client hung up), so tests can check what left the kiosk.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float
    disconnected: threading.Event = field(default_factory=threading.Event)
    """Set when writing to the client failed (it closed the stream)."""
    first_content_at: float | None = None
    """When the server sent the first chunk with generated text (a role-only chunk is not one)."""
    finished: threading.Event = field(default_factory=threading.Event)
    """Set once the server has sent the whole reply."""
    sent: list[tuple[float, bytes]] = field(default_factory=list)
    """(perf_counter, bytes) of every chunk sent, for benchmarks (the server's own time)."""
    ended_at: float | None = None
    """When the server sent its last byte or closed the connection."""


Step = tuple[str, Any]
"""("send", bytes) | ("sleep", seconds) | ("close", None): what a scenario does, in order."""


def chunk(content: str | None = None, *, reasoning_content: str | None = None, reasoning: str | None = None,
          finish: str | None = None, model: str = "test-model") -> bytes:
    """One ``data:`` line with an OpenAI chat.completion.chunk."""
    delta: dict[str, Any] = {}
    if content is not None:
        delta["content"] = content
    if reasoning_content is not None:
        delta["reasoning_content"] = reasoning_content
    if reasoning is not None:
        delta["reasoning"] = reasoning
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


DONE = b"data: [DONE]\n\n"


def stream(contents: Iterable[str], *, reasoning: Iterable[str] = (), field_name: str = "reasoning_content",
           delay: float = 0.0, first_delay: float = 0.0) -> list[Step]:
    """A complete streamed reply: reasoning chunks, answer chunks, finish, [DONE]."""
    steps: list[Step] = [("sleep", first_delay)] if first_delay else []
    for piece in reasoning:
        steps.append(("send", chunk(**{field_name: piece})))
        if delay:
            steps.append(("sleep", delay))
    for piece in contents:
        steps.append(("send", chunk(piece)))
        if delay:
            steps.append(("sleep", delay))
    steps.append(("send", chunk(finish="stop")))
    steps.append(("send", DONE))
    return steps


@dataclass
class Scenario:
    """How the server answers one request."""

    steps: list[Step] = field(default_factory=list)
    status: int = 200
    error: dict[str, Any] | None = None
    content_type: str = "text/event-stream"
    headers: dict[str, str] = field(default_factory=dict)
    """Extra response headers (e.g. Retry-After)."""
    body: bytes | None = None
    """A raw error body (sent with ``content_type``) instead of ``error``'s JSON."""


def error(status: int, message: str, kind: str = "error") -> Scenario:
    """An HTTP error with an OpenAI-style ``{"error": …}`` body."""
    return Scenario(status=status, error={"error": {"message": message, "type": kind, "code": status}})


class ChatServer:
    """The server; use as a context manager or call start()/stop()."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.queue: list[Scenario] = []
        self.default: Scenario | Callable[[dict[str, Any]], Scenario] = Scenario(stream(["您好。"]))
        self.models = ["test-model"]
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
                pass

            def setup(self) -> None:
                super().setup()
                # like real servers: every chunk leaves at once (no Nagle delay behind an unacknowledged one)
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def handle(self) -> None:
                try:
                    super().handle()
                except (OSError, ValueError):
                    pass  # the client (or a "close" step) dropped the connection

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    body = json.dumps({"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]})
                    self._plain(200, body.encode())
                else:
                    self._plain(404, b'{"error": {"message": "not found"}}')

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError:
                    body = {"_raw": raw.decode(errors="replace")}
                record = Recorded(self.path, dict(self.headers), body, time.perf_counter())
                with server._lock:
                    server.requests.append(record)
                    scenario = server.queue.pop(0) if server.queue else server.default
                if callable(scenario):
                    scenario = scenario(body)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._plain(404, b'{"error": {"message": "no such route"}}')
                    return
                if scenario.status != 200:
                    record.ended_at = time.perf_counter()
                    if scenario.body is not None:
                        self._plain(scenario.status, scenario.body, scenario.content_type, scenario.headers)
                    else:
                        body = json.dumps(scenario.error or {}).encode()
                        self._plain(scenario.status, body, headers=scenario.headers)
                    return
                self.send_response(200)
                self.send_header("Content-Type", scenario.content_type)
                for name, value in scenario.headers.items():
                    self.send_header(name, value)
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for kind, value in scenario.steps:
                        if kind == "sleep":
                            self._sleep(value, record)
                        elif kind == "close":
                            record.ended_at = time.perf_counter()
                            self.wfile.flush()
                            self.connection.shutdown(socket.SHUT_RDWR)
                            self.close_connection = True
                            return
                        else:
                            if record.first_content_at is None and _has_text(value):
                                record.first_content_at = time.perf_counter()
                            record.sent.append((time.perf_counter(), value))  # before the client can see it
                            self._write(value)
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                    record.ended_at = time.perf_counter()
                    record.finished.set()
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
                    record.disconnected.set()
                    self.close_connection = True

            def _sleep(self, seconds: float, record: Recorded) -> None:
                """Sleep, but notice a client that hangs up meanwhile."""
                end = time.monotonic() + seconds
                while time.monotonic() < end:
                    time.sleep(min(0.02, max(0.0, end - time.monotonic())))
                    try:
                        self.connection.setblocking(False)
                        try:
                            peek = self.connection.recv(1, socket.MSG_PEEK)
                        finally:
                            self.connection.setblocking(True)
                        if peek == b"":
                            raise ConnectionResetError("client closed")
                    except BlockingIOError:
                        pass

            def _write(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _plain(self, status: int, body: bytes, content_type: str = "application/json",
                       headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="test-llm-server", daemon=True)

    @property
    def url(self) -> str:
        """The base URL (``http://127.0.0.1:PORT/v1``)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> ChatServer:
        """Start serving in a thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def push(self, *scenarios: Scenario) -> None:
        """Queue scenarios for the next requests."""
        with self._lock:
            self.queue.extend(scenarios)

    def sent_text(self) -> str:
        """Every message text of every request, joined (to search for leaks)."""
        parts = []
        for record in self.requests:
            for message in record.body.get("messages", []):
                parts.append(str(message.get("content", "")))
                parts.extend(str(v) for k, v in message.items() if k not in ("role", "content"))
        return "\n".join(parts)


def _has_text(line: bytes) -> bool:
    """Whether an SSE data line carries generated text (content or reasoning), not just a role."""
    text = line.decode(errors="replace").strip()
    if not text.startswith("data:") or text.endswith("[DONE]"):
        return False
    try:
        choices = json.loads(text[5:]).get("choices") or [{}]
    except ValueError:
        return False
    delta = choices[0].get("delta") or {}
    return any(isinstance(delta.get(k), str) and delta.get(k) for k in ("content", "reasoning_content", "reasoning"))


class SilentServer:
    """Accepts TCP connections and never answers a byte (a hung service)."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._conns: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="silent-llm-server", daemon=True)

    @property
    def url(self) -> str:
        """The base URL."""
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}/v1"

    def _accept(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        for conn in self._conns:
            conn.close()
        self._sock.close()


def refused_port() -> int:
    """A local port with nothing listening (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
