"""How real OpenAI-compatible servers stream, byte for byte, for the test server (stack-facts §9).

Each function returns the :class:`~sse_server.Scenario` a real server would send for one reply:

* **llama-server** (llama.cpp) with a reasoning model: compact JSON (nlohmann, UTF-8 unescaped),
  ``data: …\\n\\n``; the first chunk has ``"role":"assistant","content":null``; the reasoning is in
  ``delta.reasoning_content``; the last chunk carries ``usage`` and a ``timings`` object; then
  ``data: [DONE]``. While the model is silent it sends ``:`` keep-alive comment lines (after 30 s;
  here after ``keepalive_after`` s). Errors are JSON with ``error.type``; an over-long prompt is HTTP
  400 ``exceed_context_size_error``.
* **llama-cpp-python** 0.3.x ``[server]`` (sse-starlette): ``json.dumps`` with default separators and
  ASCII escapes, events ending ``\\r\\n\\r\\n``; a first role-only chunk; DeepSeek-R1 streams its
  reasoning as plain ``content``, then ``</think>``, then the answer (never an opening tag); invalid
  JSON is a ``text/plain`` 500; a prompt longer than ``n_ctx`` with ``stream: true`` is 200 with zero
  events and no ``[DONE]``.
* **vLLM** (pydantic ``model_dump_json``: compact, UTF-8): a first chunk ``"role":"assistant",
  "content":""``; with a reasoning parser the reasoning is in ``reasoning_content`` (newer versions:
  ``reasoning``); without one, R1's reasoning is content closed by ``</think>``.
* **OpenRouter**-style gateways: ``: OPENROUTER PROCESSING`` comments, ``delta.reasoning`` beside
  ``"content":""``.
"""

from __future__ import annotations

import json
from typing import Any

from sse_server import Scenario, Step

CREATED = 1764633600


def _llama_server_chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
    body: dict[str, Any] = {
        "choices": [{"finish_reason": finish, "index": 0, "delta": delta}],
        "created": CREATED, "id": "chatcmpl-hallguide1", "model": "DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf",
        "system_fingerprint": "b7200-0a1b2c3d", "object": "chat.completion.chunk",
    }  # fmt: skip
    body.update(extra)
    return f"data: {json.dumps(body, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


def llama_server(answer: list[str], reasoning: list[str], *, keepalive_after: float = 0.0) -> Scenario:
    """llama-server with a reasoning model (``--reasoning-format`` default: ``reasoning_content``)."""
    steps: list[Step] = [("send", _llama_server_chunk({"role": "assistant", "content": None}))]
    if keepalive_after:
        steps += [("sleep", keepalive_after), ("send", b":\n\n")]
    steps += [("send", _llama_server_chunk({"reasoning_content": piece})) for piece in reasoning]
    steps += [("send", _llama_server_chunk({"content": piece})) for piece in answer]
    n = len(answer) + len(reasoning)
    timings = {"prompt_n": 812, "prompt_ms": 412.5, "prompt_per_token_ms": 0.508, "prompt_per_second": 1968.5,
               "predicted_n": n, "predicted_ms": 35.0 * n, "predicted_per_token_ms": 35.0,
               "predicted_per_second": 28.6}  # fmt: skip
    usage = {"completion_tokens": n, "prompt_tokens": 812, "total_tokens": 812 + n}
    steps.append(("send", _llama_server_chunk({}, "stop", usage=usage, timings=timings)))
    steps.append(("send", b"data: [DONE]\n\n"))
    return Scenario(steps, content_type="text/event-stream")


def llama_server_context_exceeded(n_prompt: int = 5012, n_ctx: int = 4096) -> Scenario:
    """llama-server's answer to a prompt longer than its context."""
    body = {"error": {"code": 400, "message": "the request exceeds the available context size, try increasing it",
                      "type": "exceed_context_size_error", "n_prompt_tokens": n_prompt, "n_ctx": n_ctx}}
    return Scenario(status=400, body=json.dumps(body, separators=(",", ":")).encode(),
                    content_type="application/json; charset=utf-8")


def _lcp_event(delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {"id": "chatcmpl-7f3e2a", "model": "deepseek-r1", "created": CREATED, "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
    return f"data: {json.dumps(body)}\r\n\r\n".encode()


def llama_cpp_python(answer: list[str], reasoning: list[str] = ()) -> Scenario:  # type: ignore[assignment]
    """llama-cpp-python serving DeepSeek-R1 (no reasoning parser): reasoning as content, ``</think>``, answer.

    With no ``reasoning`` pieces it is a plain model: the content is the answer.
    """
    steps: list[Step] = [("send", _lcp_event({"role": "assistant"}))]
    pieces = [*reasoning, "\n</think>\n\n", *answer] if reasoning else list(answer)
    steps += [("send", _lcp_event({"content": piece})) for piece in pieces]
    steps.append(("send", _lcp_event({}, "stop")))
    steps.append(("send", b"data: [DONE]\r\n\r\n"))
    return Scenario(steps, content_type="text/event-stream; charset=utf-8")


def llama_cpp_python_too_long() -> Scenario:
    """llama-cpp-python with a prompt over ``n_ctx`` and ``stream: true``: 200, no events, no [DONE]."""
    return Scenario([], content_type="text/event-stream; charset=utf-8")


def llama_cpp_python_bad_json() -> Scenario:
    """llama-cpp-python's answer to a body it cannot parse."""
    return Scenario(status=500, body=b"Internal Server Error", content_type="text/plain; charset=utf-8")


def _vllm_chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    choice: dict[str, Any] = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    if finish:
        choice["stop_reason"] = None
    body = {"id": "chatcmpl-9a8b7c6d5e", "object": "chat.completion.chunk", "created": CREATED,
            "model": "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "choices": [choice]}
    return f"data: {json.dumps(body, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


def vllm(answer: list[str], reasoning: list[str], *, parser_field: str | None = "reasoning_content") -> Scenario:
    """vLLM: ``parser_field`` ``reasoning_content`` / ``reasoning`` (with a parser) or None (no parser)."""
    steps: list[Step] = [("send", _vllm_chunk({"role": "assistant", "content": ""}))]
    if parser_field is None:
        pieces = [*reasoning, "</think>", "\n\n", *answer]
        steps += [("send", _vllm_chunk({"content": piece})) for piece in pieces]
    else:
        steps += [("send", _vllm_chunk({parser_field: piece})) for piece in reasoning]
        steps += [("send", _vllm_chunk({"content": piece})) for piece in answer]
    steps.append(("send", _vllm_chunk({"content": ""}, "stop")))
    steps.append(("send", b"data: [DONE]\n\n"))
    return Scenario(steps, content_type="text/event-stream; charset=utf-8")


def _openrouter_chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {"id": "gen-1764633600-abcDEF", "provider": "DeepInfra", "model": "deepseek/deepseek-r1",
            "object": "chat.completion.chunk", "created": CREATED,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "native_finish_reason": finish,
                         "logprobs": None}]}
    return f"data: {json.dumps(body, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


def openrouter(answer: list[str], reasoning: list[str]) -> Scenario:
    """An OpenRouter-style gateway: processing comments, then ``delta.reasoning``, then content."""
    steps: list[Step] = [("send", b": OPENROUTER PROCESSING\n\n"), ("send", b": OPENROUTER PROCESSING\n\n")]
    steps += [("send", _openrouter_chunk({"role": "assistant", "content": "", "reasoning": piece}))
              for piece in reasoning]  # fmt: skip
    steps += [("send", _openrouter_chunk({"role": "assistant", "content": piece})) for piece in answer]
    steps.append(("send", _openrouter_chunk({"role": "assistant", "content": ""}, "stop")))
    steps.append(("send", b"data: [DONE]\n\n"))
    return Scenario(steps, content_type="text/event-stream")


def ollama_inline(answer: list[str], reasoning: list[str]) -> Scenario:
    """A server that passes ``<think>…</think>`` inline in the content (Ollama's older OpenAI API)."""
    steps: list[Step] = []
    for piece in ["<think>", *reasoning, "</think>\n\n", *answer]:
        steps.append(("send", _vllm_chunk({"role": "assistant", "content": piece})))
    steps.append(("send", _vllm_chunk({"role": "assistant", "content": ""}, "stop")))
    steps.append(("send", b"data: [DONE]\n\n"))
    return Scenario(steps)


FRAMINGS = {
    "llama-server": lambda answer, reasoning: llama_server(answer, reasoning),
    "llama-cpp-python-r1": lambda answer, reasoning: llama_cpp_python(answer, reasoning),
    "vllm-reasoning_content": lambda answer, reasoning: vllm(answer, reasoning),
    "vllm-reasoning": lambda answer, reasoning: vllm(answer, reasoning, parser_field="reasoning"),
    "vllm-no-parser": lambda answer, reasoning: vllm(answer, reasoning, parser_field=None),
    "openrouter": lambda answer, reasoning: openrouter(answer, reasoning),
    "inline-think": lambda answer, reasoning: ollama_inline(answer, reasoning),
    "plain": lambda answer, reasoning: llama_cpp_python(answer),
}
"""Every framing: name -> (answer pieces, reasoning pieces) -> Scenario."""
