"""Benchmark: time to mask one utterance with kiosk.privacy.mask_pii (target <= 1 ms).

Run: /work/venv/bin/python benchmarks/privacy.py [--repeat 7]
Prints the median and spread (min–max over repetitions) of the mean time per utterance, for
utterances with personal numbers (the synthetic test set) and for ordinary questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "llm"))

from pii_samples import NORMAL_TEXT, synthetic_set  # noqa: E402

from kiosk.privacy import mask_pii  # noqa: E402


def per_utterance_us(texts: list[str]) -> float:
    """Mean microseconds to mask one of ``texts``."""
    start = time.perf_counter()
    for text in texts:
        mask_pii(text)
    return (time.perf_counter() - start) / len(texts) * 1e6


def main() -> None:
    """Run the repetitions and print one line per kind of text."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with_pii = [u for u, _ in synthetic_set()]
    plain = NORMAL_TEXT * 50
    for name, texts in (("with personal numbers", with_pii), ("ordinary questions", plain)):
        runs = [per_utterance_us(texts) for _ in range(args.repeat)]
        print(
            f"mask_pii {name:22s}: median {statistics.median(runs):7.1f} µs/utterance "
            f"(min {min(runs):.1f}, max {max(runs):.1f}; {len(texts)} utterances x {args.repeat}) "
            f"target <= 1000 µs"
        )


if __name__ == "__main__":
    main()
