"""One visit's conversation with the model: a bounded history, wiped when the visit ends.

Only the citizen's masked questions and the answers *shown* are kept — never reasoning text (DeepSeek
R1 rejects ``reasoning_content`` sent back, and it must never leave the turn anyway).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from kiosk.llm.prompt import clean_question


@dataclass(frozen=True)
class Turn:
    """One earlier question and the answer that was shown for it."""

    question: str
    """Masked and cleaned."""
    answer: str
    cited: tuple[str, ...] = ()


class History:
    """The last ``max_turns`` turns of this visit."""

    def __init__(self, max_turns: int = 4) -> None:
        self._turns: deque[Turn] = deque(maxlen=max(max_turns, 0) or None)
        self._max_turns = max_turns

    def __len__(self) -> int:
        return len(self._turns)

    def add(self, question: str, answer: str, cited: tuple[str, ...] = ()) -> None:
        """Remember a finished turn (the question is masked here)."""
        if self._max_turns <= 0:
            return
        self._turns.append(Turn(clean_question(question), answer, cited))

    def messages(self) -> list[dict[str, str]]:
        """The turns as chat messages (user, assistant, …)."""
        out: list[dict[str, str]] = []
        for turn in self._turns:
            out.append({"role": "user", "content": f"<citizen_question>\n{turn.question}\n</citizen_question>"})
            out.append({"role": "assistant", "content": turn.answer})
        return out

    @property
    def last_cited(self) -> tuple[str, ...]:
        """The services the previous turn was grounded in."""
        return self._turns[-1].cited if self._turns else ()

    def clear(self) -> None:
        """Forget the visit."""
        self._turns.clear()
