"""A network ESC/POS printer emulated on 127.0.0.1: a real TCP server speaking the 9100 protocol.

It behaves the way a thermal printer's network interface does:

- **Real-time status**: every ``DLE EOT n`` (n = 1..4) found in the byte stream is answered at once
  with one status byte — including the ones that occur by chance inside raster image data (a real
  printer scans its receive stream and cannot tell them apart). Sequences split across TCP reads
  are found too.
- **A small receive buffer** (``SO_RCVBUF``) and an optional **print speed** (bytes per second the
  print head consumes): a job is not read faster than it prints, so answers to status queries
  behind a job arrive only once the job has been taken in.
- **A paper roll** of ``paper_bytes`` job bytes: when it runs out mid-job, the printer says paper
  end from that byte on; it either keeps reading (and dropping) data (``reads_when_out``) or stops
  reading after its buffer is full, as many printers do when they go offline.
- **Faults**: ``state`` = ``online``, ``paper_out``, ``offline`` (cover open), ``near_end``,
  ``no_answer`` (never answers DLE EOT), ``close_mid_job`` (resets the connection after
  ``close_after`` job bytes), ``stall`` (answers ``stall_after_queries`` status queries, then
  never reads again) or ``mute`` (answers that many, then reads everything and answers nothing).

Used by the printing tests and ``benchmarks/printer_faults.py``; nothing here is part of the kiosk.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

QUERY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
DLE_EOT = b"\x10\x04"
CHANCE = b"\x10\x04\x01\x55\x10\x04\x04\xaa\x10\x04\x02"
"""Image bytes that read as three real-time status requests (not one query: the dots differ)."""

# Answer byte to DLE EOT n (n = 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor).
ANSWERS: dict[str, dict[int, int]] = {
    "online": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12},
    "near_end": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1E},
    "paper_out": {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72},  # offline, stopped by paper end, roll paper end
    "offline": {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12},  # offline, cover open
}


@dataclass
class Connection:
    """What one client connection sent and what the printer answered."""

    data: bytearray = field(default_factory=bytearray)
    queries_answered: int = 0
    """Answered DLE EOT 1 (each status query starts with one)."""
    answers: bytearray = field(default_factory=bytearray)
    answers_in_job: int = 0
    """Answers to DLE EOT sequences that were not part of a status query (chance bytes in a job)."""
    closed: bool = False


class EscposEmulator:
    """The printer. ``uri`` is ``tcp://127.0.0.1:PORT``; change attributes at any time to change its state."""

    def __init__(self, state: str = "online", *, close_after: int = 2000, paper_bytes: int | None = None,
                 reads_when_out: bool = True, print_rate: float | None = None, stall_after_queries: int = 1,
                 receive_buffer: int = 8192) -> None:
        self.state = state
        self.close_after = close_after
        self.paper_bytes = paper_bytes
        """Job bytes left on the roll (None = endless); at 0 the printer says paper end."""
        self.reads_when_out = reads_when_out
        self.print_rate = print_rate
        self.stall_after_queries = stall_after_queries
        self.receive_buffer = receive_buffer
        self.connections: list[Connection] = []
        self.last_byte_at = 0.0
        self.received = threading.Event()
        """Set whenever a connection ends."""
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._clients: list[socket.socket] = []
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._serve, name="escpos-emulator", daemon=True)
        self._thread.start()

    # -- what the tests read ---------------------------------------------------------------------------
    @property
    def jobs(self) -> list[bytes]:
        """The bytes of each connection with the status queries taken out."""
        return [bytes(c.data).replace(QUERY, b"") for c in self.connections]

    @property
    def paper_out(self) -> bool:
        """The roll has run out."""
        return self.paper_bytes is not None and self.paper_bytes <= 0

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait until ``predicate()`` holds (re-checked whenever the printer reads or answers)."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def load_paper(self, paper_bytes: int | None = None) -> None:
        """Staff put a new roll in."""
        self.paper_bytes = paper_bytes
        if self.state == "paper_out":
            self.state = "online"

    # -- the printer -------------------------------------------------------------------------------------
    def _answer(self, n: int, taken: int = 0) -> int:
        """The answer to DLE EOT n after ``taken`` more bytes of the current read went to the print head."""
        out = self.paper_bytes is not None and self.paper_bytes - taken <= 0
        state = "paper_out" if out else self.state
        return ANSWERS.get(state, ANSWERS["online"]).get(n, 0x12)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self._clients.append(client)
            threading.Thread(target=self._handle, args=(client,), name="escpos-emulator-conn", daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        conn = Connection()
        self.connections.append(conn)
        try:
            self._talk(client, conn)
        finally:
            conn.closed = True
            try:
                client.close()
            except OSError:
                pass
            self.received.set()
            self._notify()

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _stall(self) -> None:
        """Stop reading for good (until the emulator is closed)."""
        self._notify()
        self._stop.wait()

    def _talk(self, client: socket.socket, conn: Connection) -> None:
        job_bytes = 0
        out_since = 0  # bytes taken in since the paper ran out
        tail = b""  # last bytes of the previous read (a DLE EOT split across reads)
        while not self._stop.is_set():
            try:
                chunk = client.recv(self.receive_buffer)
            except OSError:
                return
            if not chunk:
                return
            conn.data += chunk
            self.last_byte_at = time.perf_counter()
            stream = tail + chunk
            answers = bytearray()
            for position, n in _realtime(stream, len(tail)):
                if self.state == "no_answer" or (self.state == "mute"
                                                  and conn.queries_answered >= self.stall_after_queries):
                    continue
                taken = max(0, position - len(tail))  # bytes of this read before the command
                answers.append(self._answer(n, taken))
                if QUERY.startswith(stream[position:position + len(QUERY)]):
                    conn.queries_answered += 1  # counted before answering: the client returns on the answer
                elif not _inside_query(stream, position):
                    conn.answers_in_job += 1
            tail = stream[-2:]
            payload = len(chunk) - chunk.count(QUERY) * len(QUERY)
            job_bytes += payload
            if self.paper_bytes is not None and payload:
                if self.paper_out:
                    out_since += payload
                self.paper_bytes -= payload
            if answers:
                try:
                    client.sendall(bytes(answers))
                except OSError:
                    return
                conn.answers += answers
            self._notify()
            if self.state == "close_mid_job" and job_bytes >= self.close_after:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                return
            if self.state == "stall" and conn.queries_answered >= self.stall_after_queries:
                self._stall()
                return
            if self.paper_out and not self.reads_when_out and out_since >= self.receive_buffer:
                self._stall()  # offline with a full buffer: the print head no longer takes data
                return
            if self.print_rate and payload:
                time.sleep(payload / self.print_rate)  # the print head's speed, not a synchronisation

    def close(self) -> None:
        """Stop listening and drop every connection (stalled ones too)."""
        self._stop.set()
        for sock in (self._server, *self._clients):
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes blocked accept()/recv() so the port really closes
            except OSError:
                pass
            sock.close()
        self._notify()


def _realtime(stream: bytes, skip: int) -> Iterator[tuple[int, int]]:
    """(position, n) of every DLE EOT n (n = 1..4) in ``stream`` that ends after ``skip`` bytes."""
    start = 0
    while True:
        at = stream.find(DLE_EOT, start)
        if at < 0 or at + 2 >= len(stream):
            return
        n = stream[at + 2]
        if 1 <= n <= 4 and at + 2 >= skip:
            yield at, n
        start = at + 1


def _inside_query(stream: bytes, position: int) -> bool:
    """True when the DLE EOT at ``position`` is the 2nd or 3rd command of a status query."""
    for offset in (3, 6):
        start = position - offset
        if start >= 0 and stream[start:start + len(QUERY)] == QUERY:
            return True
    return False


def raster_with_chance_status_bytes(rows: int = 400, width_bytes: int = 72, at_rows: tuple[int, ...] = (380, 390)
                                    ) -> bytes:
    """A valid ESC/POS raster job (ESC @, GS v 0, cut) whose image data holds DLE EOT 1/2/4 by chance.

    The picture is a few dotted rows: a pattern a QR code or a drawn letter produces now and then.
    """
    data = bytearray(rows * width_bytes)
    for row in at_rows:
        base = row * width_bytes + 10
        data[base:base + 11] = CHANCE  # dots that happen to read as DLE EOT 1, DLE EOT 4, DLE EOT 2
    header = b"\x1dv0\x00" + width_bytes.to_bytes(2, "little") + rows.to_bytes(2, "little")
    return b"\x1b@" + header + bytes(data) + b"\n\n\n\x1dVA\x00"
