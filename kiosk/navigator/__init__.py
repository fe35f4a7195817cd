"""The offline navigator: a question → the catalog's services and places (Qt-free).

Modules: ``navigator`` (the index and ranking), ``answer`` (the result types), ``textnorm``
(text normalisation), ``lexicon`` (general colloquial vocabulary), ``compose`` (answers composed
from catalog entries).
"""

from kiosk.navigator.answer import Answer, Aspect, Conversation, Match
from kiosk.navigator.navigator import Navigator

__all__ = ["Answer", "Aspect", "Conversation", "Match", "Navigator"]
