"""Helper process for the crash test: issue COUNT tickets into DB, printing each committed label."""

from __future__ import annotations

import sys

from kiosk.tickets import SqliteTicketStore


def main() -> None:
    """``python issue_worker.py DB COUNT``: alternate prefixes A and B, one line per committed ticket."""
    db, count = sys.argv[1], int(sys.argv[2])
    store = SqliteTicketStore(db)
    for i in range(count):
        ticket = store.issue("svc-a" if i % 2 == 0 else "svc-b", "A" if i % 2 == 0 else "B")
        sys.stdout.write(f"{ticket.day} {ticket.label}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
