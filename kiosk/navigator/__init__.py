"""The offline navigator: a question → the catalog's services and places (Qt-free).

Modules: ``navigator`` (the index and ranking), ``answer`` (the result types), ``textnorm``
(text normalisation), ``lexicon`` (general colloquial vocabulary), ``compose`` (answers composed
from catalog entries).

``Navigator`` is imported on first use: the result types load without pypinyin, jieba and
rapidfuzz, which keeps them off the kiosk's start path (the index is built on a worker thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.navigator.answer import Answer, Aspect, Conversation, Match

if TYPE_CHECKING:
    from kiosk.navigator.navigator import Navigator

__all__ = ["Answer", "Aspect", "Conversation", "Match", "Navigator"]


def __getattr__(name: str) -> Any:
    if name == "Navigator":
        from kiosk.navigator.navigator import Navigator

        return Navigator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
