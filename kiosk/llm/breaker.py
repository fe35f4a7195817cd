"""A circuit breaker: after a run of failures the service is not asked for a while, then probed once."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import StrEnum

_LOGGER = logging.getLogger(__name__)


class BreakerState(StrEnum):
    """Where the breaker stands."""

    CLOSED = "closed"
    """Requests go through."""
    OPEN = "open"
    """Requests are refused until the open period ends."""
    HALF_OPEN = "half_open"
    """The open period ended: exactly one probe request may go through."""


class CircuitBreaker:
    """``failures`` failures in a row open the breaker for ``open_s`` seconds; then one probe decides."""

    def __init__(self, failures: int = 3, open_s: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.failures = failures
        self.open_s = open_s
        self._clock = clock
        self._count = 0
        self._opened_at: float | None = None
        self._open_for = open_s
        self._probing = False

    @property
    def state(self) -> BreakerState:
        """The current state (an open breaker whose time is up reads as half-open)."""
        if self._opened_at is None:
            return BreakerState.CLOSED
        if self._clock() - self._opened_at < self._open_for:
            return BreakerState.OPEN
        return BreakerState.HALF_OPEN

    def allow(self) -> bool:
        """May a request go out now? In half-open state only the first caller gets True."""
        state = self.state
        if state is BreakerState.CLOSED:
            return True
        if state is BreakerState.HALF_OPEN and not self._probing:
            self._probing = True
            _LOGGER.info("LLM breaker half-open: probing the service")
            return True
        return False

    def record_success(self) -> None:
        """A request succeeded: close the breaker."""
        if self._opened_at is not None:
            _LOGGER.info("LLM breaker closed: the service answers again")
        self._count = 0
        self._opened_at = None
        self._probing = False

    def record_failure(self, retry_after_s: float | None = None) -> None:
        """A request failed: count it, and open (or re-open after a failed probe).

        ``retry_after_s`` (the server's 429/503 Retry-After) opens the breaker at once for exactly that
        long: the service said when to come back.
        """
        self._count += 1
        if retry_after_s is not None and retry_after_s > 0:
            self._open_for = retry_after_s
            _LOGGER.warning("LLM breaker open for %.0f s: the service asked to retry after %.0f s",
                            self._open_for, retry_after_s)
            self._opened_at = self._clock()
            self._probing = False
            return
        if self._probing or self._count >= self.failures:
            self._open_for = self.open_s
            if self._opened_at is None or self._probing:
                _LOGGER.warning("LLM breaker open for %.0f s after %d failure(s)", self.open_s, self._count)
            self._opened_at = self._clock()
            self._probing = False

    def record_cancel(self) -> None:
        """A request was cancelled by the citizen: neither success nor failure (a probe may go again)."""
        self._probing = False

    def retry_in(self) -> float:
        """Seconds until a probe is allowed (0 when closed or half-open)."""
        if self._opened_at is None:
            return 0.0
        return max(0.0, self._open_for - (self._clock() - self._opened_at))
