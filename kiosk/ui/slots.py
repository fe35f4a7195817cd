"""Typed places on the area context where an area publishes what others use.

A :class:`Slot` holds one published value; :meth:`Slot.when_ready` runs a callback now if the value
is there, else as soon as it is published — so areas may install in any order without timers.
:class:`StatusBoard` collects the staff status screen's checks by key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kiosk.admin.status import Check

T = TypeVar("T")


class Slot(Generic[T]):
    """One value an area publishes (``None`` until then)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._value: T | None = None
        self._waiting: list[Callable[[T], None]] = []

    @property
    def value(self) -> T | None:
        """The published value, or None."""
        return self._value

    def publish(self, value: T) -> None:
        """Publish ``value`` (replacing any earlier one) and run the waiting callbacks."""
        self._value = value
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(value)

    def when_ready(self, callback: Callable[[T], None]) -> None:
        """``callback(value)`` now if published, else once it is."""
        if self._value is not None:
            callback(self._value)
        else:
            self._waiting.append(callback)


@dataclass(frozen=True)
class StatusLine:
    """One line of the staff status screen: its key, label and check."""

    key: str
    label: str
    check: Check


class StatusBoard:
    """The staff status screen's checks, published by areas; a later one replaces one with its key."""

    def __init__(self) -> None:
        self._lines: dict[str, StatusLine] = {}

    def publish(self, key: str, label: str, check: Check) -> None:
        """Add or replace the check ``key``."""
        self._lines[key] = StatusLine(key, label, check)

    def lines(self) -> list[StatusLine]:
        """Every published line, in publication order."""
        return list(self._lines.values())

    def get(self, key: str) -> StatusLine | None:
        """The line ``key``, if published."""
        return self._lines.get(key)


@dataclass
class Listeners(Generic[T]):
    """A typed event hub: ``connect(callback)``, ``emit(value)``."""

    _callbacks: list[Callable[[T], None]] = field(default_factory=list)

    def connect(self, callback: Callable[[T], None]) -> None:
        """Call ``callback(value)`` on every :meth:`emit`."""
        self._callbacks.append(callback)

    def emit(self, value: T) -> None:
        """Deliver ``value`` to every callback."""
        for callback in list(self._callbacks):
            callback(value)
