"""How long until a slip is "printed" (confirmed after the job) or a fault, on the emulated network printer.

Runs real ESC/POS jobs (the test hall's ticket and guide slips, raster, 80 mm) against
``tests/tickets/printer_emulator.py`` on 127.0.0.1 and prints median / min / p90 / max per case:

- confirmed print (fast printer; and one taking data at 400 KB/s, about a real 80 mm head's buffer rate)
- refused (nothing listens), paper out half-way (keeps reading / stops reading), answers the status
  query then stops reading, reads the job but never answers after it — with ``write_timeout_s`` 2 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/printer_faults.py [repetitions]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "tickets"))

from printer_emulator import EscposEmulator  # noqa: E402

from kiosk.catalog import load_catalog  # noqa: E402
from kiosk.printing import qt_render  # noqa: E402
from kiosk.printing.slips import guide_slip  # noqa: E402
from kiosk.printing.transports import PrinterFault, make_printer  # noqa: E402

HALL = ROOT / "tests" / "tickets" / "data" / "hall" / "catalog.json"
WRITE_TIMEOUT_S = 2.0


def _closed() -> EscposEmulator:
    emulator = EscposEmulator()
    emulator.close()  # nothing listens there any more
    return emulator


def _cases(job_len: int) -> dict[str, Callable[[], EscposEmulator]]:
    return {
        "printed (fast)": EscposEmulator,
        "printed (400 KB/s)": lambda: EscposEmulator(print_rate=400_000),
        "refused": _closed,
        "paper out, keeps reading": lambda: EscposEmulator(paper_bytes=job_len // 2),
        "paper out, stops reading": lambda: EscposEmulator(paper_bytes=job_len // 2, reads_when_out=False),
        "answers, then stops reading": lambda: EscposEmulator("stall"),
        "reads, never answers after": lambda: EscposEmulator("mute"),
    }


def main(repetitions: int = 7) -> None:
    """Print the figures."""
    qt_render.ensure_gui_app()
    hall = load_catalog(HALL)
    slip = guide_slip(hall.catalog.service("id-card-renew"), hall, qr_url="https://example.gov.cn/g/{service_id}")
    job = make_printer("tcp://127.0.0.1:1").build_job(slip)  # type: ignore[attr-defined]
    job_len = len(job)
    print(f"guide slip, raster 80 mm: {job_len} bytes (rendered once); delivery only; "
          f"write_timeout_s {WRITE_TIMEOUT_S}; n={repetitions}")
    for case, make in _cases(job_len).items():
        samples, outcomes = [], set()
        for _ in range(repetitions):
            emulator = make()
            sink = make_printer(emulator.uri, write_timeout_s=WRITE_TIMEOUT_S).sink  # type: ignore[attr-defined]
            start = time.perf_counter()
            try:
                outcomes.add("printed" if sink.deliver(job) else "unconfirmed")
            except PrinterFault as fault:
                outcomes.add(fault.state)
            samples.append((time.perf_counter() - start) * 1000)
            emulator.close()
        samples.sort()
        p90 = samples[int(0.9 * (len(samples) - 1))]
        print(f"{case:<30} -> {'/'.join(sorted(outcomes)):<12} median {statistics.median(samples):7.1f} ms, "
              f"min {samples[0]:7.1f}, p90 {p90:7.1f}, max {samples[-1]:7.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
