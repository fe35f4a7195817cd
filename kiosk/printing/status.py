"""Real-time printer status (``DLE EOT n``) and its decoding; "no answer" is *unknown*, never "no paper".

``DLE EOT 1`` (printer), ``2`` (offline cause) and ``4`` (roll paper sensor) are sent together; each
answer is one byte with bits 0 and 7 clear and bits 1 and 4 set. Printers answer these even when
offline or with a full buffer. Bits used (Epson TM / most China-market clones):

- n=1: bit 3 offline
- n=2: bit 2 cover open, bit 3 paper fed by button, bit 5 stopped by paper end, bit 6 error
- n=4: bits 2-3 paper near end, bits 5-6 paper end
"""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import dataclass
from typing import Literal

from kiosk.messages import translator

_LOGGER = logging.getLogger(__name__)

QUERY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
"""DLE EOT 1, DLE EOT 2, DLE EOT 4 in one write."""

State = Literal["ok", "paper_out", "offline", "unknown", "test", "none"]
"""``test``: the pdf:// test printer (works, no paper); ``none``: no printer configured."""


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself."""

    state: State
    paper_near_end: bool = False
    cover_open: bool = False
    error: bool = False
    raw: bytes = b""

    @property
    def can_print(self) -> bool:
        """False only when the printer *said* it cannot print (unknown still tries) or there is none."""
        return self.state in ("ok", "unknown", "test")

    @property
    def health(self) -> bool | None:
        """The staff status row's state: True working, None needs a look (no answer; the pdf:// test printer,
        which works but gives citizens no paper), False a fault staff must fix (no paper, offline, none)."""
        return True if self.state == "ok" else None if self.state in ("unknown", "test") else False

    def describe(self, language: str = "zh") -> str:
        """Plain words for staff, in Chinese unless ``language`` says otherwise (messages of kiosk/locale)."""
        _ = translator(language)
        text = {
            "ok": _("printer working"),
            "paper_out": _("printer out of paper: please change the roll"),
            "offline": _("printer offline") + (_(" (cover open)") if self.cover_open else "")
            + (_(" (error)") if self.error else ""),
            "unknown": _("the printer gave no answer to the status query"),
            "test": _("test printer: only writes PDF files, no paper"),
            "none": _("no printer configured: numbers are shown on the screen only"),
        }[self.state]
        if self.paper_near_end and self.state == "ok":
            text += _(", paper roll nearly used up")
        return text


UNKNOWN = PrinterStatus("unknown")


def _valid(byte: int) -> bool:
    return byte & 0x93 == 0x12


def decode(answer: bytes) -> PrinterStatus:
    """Decode up to three answer bytes (n=1, 2, 4 in that order); missing or invalid = unknown."""
    if not answer or not _valid(answer[0]):
        return PrinterStatus("unknown", raw=answer)
    printer = answer[0]
    cause = answer[1] if len(answer) > 1 and _valid(answer[1]) else 0
    paper = answer[2] if len(answer) > 2 and _valid(answer[2]) else 0
    paper_out = bool(paper & 0x60) or bool(cause & 0x20)
    offline = bool(printer & 0x08)
    state: State = "paper_out" if paper_out else "offline" if offline else "ok"
    return PrinterStatus(
        state,
        paper_near_end=bool(paper & 0x0C),
        cover_open=bool(cause & 0x04),
        error=bool(cause & 0x40),
        raw=answer,
    )


def query(sock: socket.socket, timeout_s: float = 0.3) -> PrinterStatus:
    """Ask an open connection for its status; waits at most ``timeout_s`` for the three answer bytes.

    Raises OSError (e.g. ConnectionResetError) when the connection is broken.
    """
    sock.sendall(QUERY)
    answer = b""
    deadline = time.monotonic() + timeout_s
    while len(answer) < 3:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        sock.settimeout(left)
        try:
            chunk = sock.recv(3 - len(answer))
        except TimeoutError:
            break
        if not chunk:
            raise ConnectionResetError("printer closed the connection")
        answer += chunk
    status = decode(answer)
    _LOGGER.debug("status answer %r -> %s", answer, status.state)
    return status


def query_tcp(host: str, port: int = 9100, *, connect_timeout_s: float = 1.0, timeout_s: float = 0.3) -> PrinterStatus:
    """Connect, ask, close; a refused/timed-out connection raises OSError."""
    with socket.create_connection((host, port), timeout=connect_timeout_s) as sock:
        return query(sock, timeout_s)
