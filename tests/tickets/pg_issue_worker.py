"""Helper process for the PostgreSQL fault tests and the benchmark: one 'kiosk' issuing COUNT tickets.

``python pg_issue_worker.py URL COUNT PREFIXES``. Prints ``OK <day> <label> <ms>`` after each commit and
``DOWN <ms>`` for each refusal (TicketUnavailable; the kiosk would show "numbers unavailable"), then
waits until the store is reachable again and goes on. Exit 0 when COUNT numbers were issued.
"""

from __future__ import annotations

import sys
import threading
import time

from kiosk.tickets import PostgresTicketStore, TicketUnavailable


def main() -> None:
    """Issue COUNT numbers, alternating over the prefixes."""
    url, count, prefixes = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    back = threading.Event()
    store = PostgresTicketStore(url, on_state=lambda ok, _problem: back.set() if ok else back.clear())
    issued = 0
    while issued < count:
        prefix = prefixes[issued % len(prefixes)]
        started = time.perf_counter()
        try:
            ticket = store.issue(f"svc-{prefix}", prefix, kiosk_id="worker")
        except TicketUnavailable:
            sys.stdout.write(f"DOWN {(time.perf_counter() - started) * 1000:.1f}\n")
            sys.stdout.flush()
            back.wait(60)
            continue
        issued += 1
        sys.stdout.write(f"OK {ticket.day} {ticket.label} {(time.perf_counter() - started) * 1000:.2f}\n")
        sys.stdout.flush()
    store.close()


if __name__ == "__main__":
    main()
