"""Cost of composing text through the message catalogs: every demo service's answer, key line and guide slip,
in Chinese and English, once per run; median, min and max over repeated runs (milliseconds)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from kiosk.catalog import load_catalog
from kiosk.navigator import Aspect
from kiosk.navigator.compose import service_answer, service_key_line
from kiosk.printing.slips import guide_slip

DEMO = Path(__file__).resolve().parents[1] / "assets" / "halls" / "demo" / "catalog.json"


def main(repetitions: int = 15, catalog_path: Path = DEMO) -> None:
    """Print median, min and max of one pass over the catalog, and the cost per text."""
    loaded = load_catalog(catalog_path)
    catalog = loaded.catalog
    texts = 0
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        texts = 0
        for language in ("zh", "en"):
            for service in catalog.services:
                for aspect in (Aspect.GENERAL, Aspect.MATERIALS, Aspect.FEE):
                    service_answer(catalog, service, aspect, language)
                    service_key_line(catalog, service, aspect, language)
                    texts += 2
                guide_slip(service, loaded, qr_url="https://example.invalid/{service_id}", language=language)
                texts += 1
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    median = statistics.median(samples)
    print(f"compose + slips ({texts} texts, {len(catalog.services)} services): median {median:.1f} ms, "
          f"min {samples[0]:.1f}, max {samples[-1]:.1f} (n={len(samples)}); {1000 * median / texts:.1f} µs per text")


if __name__ == "__main__":
    main(catalog_path=Path(sys.argv[1]) if len(sys.argv) > 1 else DEMO)
