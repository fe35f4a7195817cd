"""SSE line parsing and the reasoning/answer split (kiosk.llm.stream)."""

from __future__ import annotations

import pytest

from kiosk.llm.errors import LlmError
from kiosk.llm.stream import Piece, ReasoningSplitter, parse_chunk, sse_data


def delta(**fields: str) -> dict:
    """A chunk with one choice carrying ``fields`` as its delta."""
    return {"choices": [{"index": 0, "delta": fields, "finish_reason": None}]}


def split(contents: list[str]) -> tuple[str, str]:
    """Feed inline-content chunks; return (reasoning, answer)."""
    splitter = ReasoningSplitter()
    pieces: list[Piece] = []
    for text in contents:
        pieces.extend(splitter.feed_chunk(delta(content=text)))
    pieces.extend(splitter.flush())
    reasoning = "".join(p.text for p in pieces if p.kind == "reasoning")
    answer = "".join(p.text for p in pieces if p.kind == "content")
    return reasoning, answer


def test_sse_lines() -> None:
    """data lines give their payload; comments, blanks and other fields give None."""
    assert sse_data('data: {"a":1}') == '{"a":1}'
    assert sse_data("data:[DONE]") == "[DONE]"
    assert sse_data(": keep-alive") is None
    assert sse_data("") is None
    assert sse_data("event: message") is None


def test_malformed_and_error_chunks() -> None:
    """A broken JSON chunk and an in-stream error become LlmErrors with clear codes."""
    with pytest.raises(LlmError) as bad:
        parse_chunk('{"choices": [')
    assert bad.value.code == "bad_response"
    with pytest.raises(LlmError) as err:
        parse_chunk('{"error": {"message": "overloaded"}}')
    assert err.value.code == "server_error" and "overloaded" in err.value.detail


def test_reasoning_fields() -> None:
    """DeepSeek's reasoning_content and vLLM's reasoning are reasoning, never content."""
    splitter = ReasoningSplitter()
    assert splitter.feed_chunk(delta(reasoning_content="想一想")) == [Piece("reasoning", "想一想")]
    assert splitter.feed_chunk(delta(reasoning="think")) == [Piece("reasoning", "think")]
    assert splitter.feed_chunk(delta(content="答案")) == [Piece("content", "答案")]


@pytest.mark.parametrize("cut", range(1, 40))
def test_inline_think_split_anywhere(cut: int) -> None:
    """<think>…</think> is removed whatever chunk boundary falls inside the tags."""
    full = "<think>用户问社保卡，查条目</think>\n\n请到A03窗口办理。"
    reasoning, answer = split([full[:cut], full[cut:]])
    assert reasoning == "用户问社保卡，查条目"
    assert answer == "请到A03窗口办理。"


def test_inline_think_one_char_per_chunk() -> None:
    """Even one character per chunk works."""
    full = "<think>abc</think>答<b>案"
    reasoning, answer = split(list(full))
    assert reasoning == "abc"
    assert answer == "答<b>案"


def test_unfinished_tag_start_is_content_at_the_end() -> None:
    """A trailing '<thi' that never becomes a tag is flushed as answer text."""
    assert split(["面积 <thi"]) == ("", "面积 <thi")


def test_finish_reason_recorded() -> None:
    """The finish reason of the chunk is kept."""
    splitter = ReasoningSplitter()
    splitter.feed_chunk({"choices": [{"delta": {}, "finish_reason": "length"}]})
    assert splitter.finish_reason == "length"
