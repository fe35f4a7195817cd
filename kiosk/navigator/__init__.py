"""The offline navigator: a question → the catalog's services and places (Qt-free).

Modules: ``navigator`` (the index and ranking), ``answer`` (the result types), ``textnorm``
(text normalisation), ``lexicon`` (general colloquial vocabulary), ``compose`` (answers composed
from catalog entries), ``embedder`` / ``vectors`` (the semantic channel: models and the cached entry
vectors), ``fusion`` (lexical + semantic ranking and confidence), ``families`` (service families, two
needs, facilities on several floors), ``pick`` (the optional LLM choice picker).
"""

from kiosk.navigator.answer import Answer, Aspect, Conversation, Match
from kiosk.navigator.navigator import Navigator, navigator_for

__all__ = ["Answer", "Aspect", "Conversation", "Match", "Navigator", "navigator_for"]
