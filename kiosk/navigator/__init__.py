"""The offline navigator: a question → the catalog's services and places (Qt-free).

Modules: ``navigator`` (the index and ranking), ``query`` (a question parsed), ``index_cache`` (the
lexical index on disk), ``answer`` (the result types), ``textnorm`` (text normalisation), ``lexicon``
(general colloquial vocabulary), ``compose`` (answers composed from catalog entries), ``embedder`` /
``vectors`` (the semantic channel: models and the cached entry vectors), ``fusion`` (lexical + semantic
ranking), ``confidence`` (answer / choose / handoff / refuse from cross-hall signals), ``families``
(service families, two needs, facilities on several floors), ``pick`` (the optional LLM choice picker).

``Navigator`` and ``navigator_for`` are imported on first use: the result types load without pypinyin,
jieba and rapidfuzz, which keeps them off the kiosk's start path (the index is built on a worker thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.navigator.answer import Answer, Aspect, Conversation, Match

if TYPE_CHECKING:
    from kiosk.navigator.navigator import Navigator, navigator_for

__all__ = ["Answer", "Aspect", "Conversation", "Match", "Navigator", "navigator_for"]


def __getattr__(name: str) -> Any:
    if name in ("Navigator", "navigator_for"):
        from kiosk.navigator import navigator as module

        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
