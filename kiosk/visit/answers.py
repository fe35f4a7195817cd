"""Answers the visit shows without asking the navigator, and how an answer is read.

``outcome_of`` reads :attr:`kiosk.navigator.Answer.outcome`, and for an answer that predates it
(``outcome`` left at ``"answer"``) derives it from the older flags, so both navigators work.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal

from kiosk.catalog import Catalog, Service, localized
from kiosk.navigator import Answer, Aspect, Match
from kiosk.navigator.compose import (
    FOLLOW_UP_NONE,
    GREETING,
    HANDOFF,
    OFF_TOPIC,
    STAFF,
    service_answer,
    service_key_line,
)

Language = Literal["zh", "en"]
Outcome = Literal["answer", "choose", "handoff", "refuse"]

CHOICES = 3
"""Entries a choice offers (a family question may offer its whole family)."""

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_FIRST_SENTENCE = re.compile(r"^.+?(?:[。！？!?；;]|\.(?=\s|$))", re.S)


def outcome_of(answer: Answer) -> Outcome:
    """answer / choose / handoff / refuse."""
    if answer.outcome != "answer":
        return answer.outcome
    if answer.off_topic:
        return "refuse"
    if answer.handoff:
        return "handoff"
    if len(answer.services) > 1:
        return "choose"
    return "answer"


def answered_service(answer: Answer | None) -> Service | None:
    """The service an answer shows as its card — what statistics, ratings and staff calls credit. None for a
    choice (an option merely offered is not chosen), a hand-off, a refusal or a place."""
    if answer is None or outcome_of(answer) != "answer":
        return None
    return answer.top_service


def offered(answer: Answer) -> list[Match]:
    """The entries a ``choose`` answer offers, best first: its first three matches, or — when the
    answer lists a larger family of confident services — the whole family."""
    if len(answer.services) > CHOICES:
        by_id = {m.id: m for m in answer.matches}
        return [by_id.get(s.id) or Match(s.id, s.name, "service", 0.0) for s in answer.services]
    if answer.outcome == "choose" or not answer.services:
        return list(answer.matches[:CHOICES])
    ids = {s.id for s in answer.services}  # a navigator that sets no outcome: its confident services
    return [m for m in answer.matches if m.id in ids][:CHOICES]


def key_line(text: str, limit: int = 80) -> str:
    """The first sentence of an answer text (what is spoken when the card appears)."""
    text = text.strip()
    match = _FIRST_SENTENCE.match(text)
    line = match.group(0) if match else text
    return line if len(line) <= limit else line[:limit].rsplit("，", 1)[0]


def spoken_line(answer: Answer) -> str:
    """What the speak stage says: the navigator's key line, else the answer's first sentence."""
    return answer.key_line or key_line(answer.answer or "")


def failed_answer(question: str, language: Language) -> Answer:
    """The ask-staff answer when the navigator could not be asked."""
    return Answer(query=question, matches=[], answer=HANDOFF[language], handoff=True, language=language,
                  key_line=HANDOFF[language], outcome="handoff")


def answer_for_service(catalog: Catalog, service: Service, language: Language, query: str = "") -> Answer:
    """The answer for a tapped service (a tile, a choice, a suggestion): its card, where to go."""
    line = service_key_line(catalog, service, Aspect.GENERAL, language)
    name = localized(service, "name", language)
    return Answer(query=query or name, matches=[Match(service.id, service.name, "service", 1.0)], answer=line,
                  handoff=False, language=language, services=[service], key_line=line)


def followed_language(current: Language, question: str, answer: Answer) -> Language:
    """A question in English turns the screen to English, Chinese turns it back.

    Only a question that reads as English (understood, or several English words) does so: a stray
    "zzqxv" or a window id must not flip the screen of a Chinese-speaking visitor.
    """
    if answer.language == "en" and current == "zh":
        if not answer.handoff or len(re.findall(r"[A-Za-z]{2,}", question)) >= 2:
            return "en"
    elif current == "en" and _CJK.search(question):
        return "zh"
    return current


def in_language(catalog: Catalog, answer: Answer, language: Language) -> Answer:
    """``answer`` re-expressed in ``language`` after the visitor switched language (issue 13 item 8).

    A one-service answer is composed again from the catalog (a question that was the service's name —
    a tapped tile — becomes its name in the new language; words the visitor typed stay as typed); a
    fixed reply (ask staff, greeting…) is read from the message catalogs in the new language. Any
    other answer is returned unchanged.
    """
    if answer.language == language:
        return answer
    if len(answer.services) == 1 and outcome_of(answer) == "answer":
        service = answer.services[0]
        names = {service.name, localized(service, "name", answer.language)}
        query = localized(service, "name", language) if answer.query in names else answer.query
        return dataclasses.replace(answer, language=language, query=query,
                                   answer=service_answer(catalog, service, answer.aspect, language),
                                   key_line=service_key_line(catalog, service, answer.aspect, language))
    for phrase in (HANDOFF, OFF_TOPIC, STAFF, GREETING, FOLLOW_UP_NONE):
        if answer.answer == phrase[answer.language]:
            line = phrase[language]
            return dataclasses.replace(answer, language=language, answer=line,
                                       key_line=line if answer.key_line == answer.answer else answer.key_line)
    return answer
