"""benchmarks/navigator_calibrate.py: the question vectors of a refit are memoised on disk, so a second refit
over the thirteen halls embeds nothing it has seen."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from benchmarks.navigator_calibrate import HALLS, MemoEmbedder


class _Counting:
    """A stand-in model: one vector per text, and a count of the texts it was asked to embed."""

    name = "counting"

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def queries(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self.queries(texts)


def test_each_question_is_embedded_once_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "questions.npz"
    inner = _Counting()
    memo = MemoEmbedder(inner, path)
    first = memo.queries(["身份证丢了", "公积金怎么取", "身份证丢了"])
    assert inner.embedded == ["身份证丢了", "公积金怎么取"]
    assert first.shape == (3, 3) and first[0].tolist() == first[2].tolist()
    memo.save()
    again = _Counting()
    second = MemoEmbedder(again, path)  # a new process: the memo is read back
    assert np.array_equal(second.queries(["公积金怎么取", "身份证丢了"]), first[[1, 0]])
    assert again.embedded == []
    second.queries(["社保卡补办"])
    assert again.embedded == ["社保卡补办"] and second.name == "counting"


def test_the_refit_covers_the_twenty_three_development_halls() -> None:
    assert len(HALLS) == 23
    for catalog, questions in HALLS.values():
        assert Path(catalog).is_file() and Path(questions).is_file()
