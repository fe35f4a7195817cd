"""PIN check cost (scrypt n=2^14, r=8): median and spread of verify_pin, run off the GUI thread."""

from __future__ import annotations

import statistics
import time

from kiosk.admin.pin import hash_pin, verify_pin


def main(repetitions: int = 15) -> None:
    """Print median, min, max and p90 of one PIN verification in milliseconds."""
    stored = hash_pin("2580")
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        verify_pin("2580", stored)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p90 = samples[int(0.9 * (len(samples) - 1))]
    print(f"verify_pin: median {statistics.median(samples):.1f} ms, min {samples[0]:.1f}, "
          f"p90 {p90:.1f}, max {samples[-1]:.1f} (n={len(samples)})")


if __name__ == "__main__":
    main()
