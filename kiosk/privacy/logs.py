"""Masked logging: every record of the process goes through :func:`kiosk.privacy.mask_pii`.

:class:`PiiFilter` masks every log record; :func:`install_log_masking` installs it for the whole
process (call it once at start-up, after logging is configured).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.privacy.masker import mask_pii

_LOGGER = logging.getLogger("kiosk.privacy")


class PiiFilter(logging.Filter):
    """A logging filter that masks personal numbers in the message, its arguments and tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record in place; never drops a record."""
        mask_record(record)
        return True


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Format the record's message, mask it and freeze it (``args`` emptied); also its traceback."""
    if getattr(record, "_pii_masked", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a broken %-format: keep the raw parts, masked
        message = f"{record.msg} {record.args}"
    record.msg = mask_pii(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask_pii(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_pii(record.stack_info)
    record._pii_masked = True
    return record


_installed_factory: Callable[..., logging.LogRecord] | None = None


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Mask every log record of the process: a record factory plus a filter on the root handlers.

    The record factory covers records of every logger (filters on a logger do not see records
    propagated from its children); the handler filters cover records made by foreign factories.
    Calling it again is harmless.
    """
    global _installed_factory
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, PiiFilter) for f in handler.filters):
            handler.addFilter(PiiFilter())
    if not any(isinstance(f, PiiFilter) for f in target.filters):
        target.addFilter(PiiFilter())
    current = logging.getLogRecordFactory()
    if current is _installed_factory:
        return
    previous = current

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        return mask_record(previous(*args, **kwargs))

    _installed_factory = factory
    logging.setLogRecordFactory(factory)
    _LOGGER.debug("log masking installed")
