"""Walkway benchmark: catalog load + validation (walkway reachability included), graph build, and one
route to every window and place of the demo hall.

    python benchmarks/route.py [--repeat 20]

Prints medians and spreads (min..max, p95) in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.catalog import load_catalog  # noqa: E402
from kiosk.catalog.walkways import build_graph  # noqa: E402
from kiosk.route import route_to  # noqa: E402
from kiosk.settings import DEMO_CATALOG  # noqa: E402


def spread(values: list[float]) -> str:
    """Median, p95 and range of ``values`` (seconds) in ms."""
    ms = sorted(v * 1000 for v in values)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) >= 2 else ms[0]
    return f"median {statistics.median(ms):.3f} ms  p95 {p95:.3f}  (min {ms[0]:.3f} – max {ms[-1]:.3f}, n={len(ms)})"


def main() -> None:
    """Run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    loads, builds, routes, accessible = [], [], [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        catalog = load_catalog(DEMO_CATALOG).catalog
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_graph(catalog)
        builds.append(time.perf_counter() - start)
        for target in [*catalog.windows, *catalog.places]:
            start = time.perf_counter()
            route_to(catalog, target.id)
            routes.append(time.perf_counter() - start)
            start = time.perf_counter()
            route_to(catalog, target.id, accessible=True)
            accessible.append(time.perf_counter() - start)
    graph = build_graph(catalog)
    print(f"demo hall: {graph.number_of_nodes()} walkway nodes, {graph.number_of_edges()} edges, "
          f"{len(catalog.windows)} windows, {len(catalog.places)} places")
    print(f"load + validate catalog   {spread(loads)}")
    print(f"build walkway graph       {spread(builds)}")
    print(f"route (graph cached)      {spread(routes)}")
    print(f"accessible route          {spread(accessible)}")


if __name__ == "__main__":
    main()
