"""Navigator benchmark: answer latency on the demo hall and on a generated 2,000-service catalog,
index build time and memory.

    python benchmarks/navigator.py [--repeat 5]

Prints medians and spreads (p05..p95) over all questions of the test question set, repeated.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.catalog import parse_catalog  # noqa: E402
from kiosk.navigator import Conversation, Navigator  # noqa: E402
from kiosk.settings import DEMO_CATALOG  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "navigator_questions.tsv"

_VARIANTS = [
    ("", ""), ("港澳居民", "for Hong Kong/Macao residents"), ("台湾居民", "for Taiwan residents"),
    ("外籍人员", "for foreigners"), ("企业", "for enterprises"), ("个人", "for individuals"),
    ("异地", "cross-region"), ("老年人", "for the elderly"), ("残疾人", "for disabled people"),
    ("军人", "for service members"), ("学生", "for students"), ("灵活就业人员", "for flexible workers"),
    ("退役军人", "for veterans"), ("农村", "rural"), ("新市民", "for new residents"),
    ("高层次人才", "for high-level talent"), ("低收入家庭", "for low-income families"),
    ("未成年人", "for minors"), ("华侨", "for overseas Chinese"), ("集体户", "collective household"),
]
_ACTIONS = [("", ""), ("变更", "change"), ("注销", "cancellation"), ("延续", "renewal"), ("查询", "enquiry"),
            ("补正", "correction"), ("撤回", "withdrawal"), ("预审", "pre-review")]


def generated_catalog(size: int = 2000, seed: int = 7) -> dict:
    """The demo hall grown to ``size`` services by realistic variants of its own services."""
    base = json.loads(DEMO_CATALOG.read_text(encoding="utf-8"))
    for floor in base["hall"]["floors"]:
        floor["map"] = None
    rng = random.Random(seed)
    services = list(base["services"])
    out = []
    n = 0
    while len(out) < size:
        for service in services:
            if len(out) >= size:
                break
            who, who_en = _VARIANTS[(n // len(services)) % len(_VARIANTS)]
            act, act_en = _ACTIONS[rng.randrange(len(_ACTIONS))] if who else ("", "")
            item = copy.deepcopy(service)
            item["id"] = f"{service['id']}-g{n}"
            item["name"] = f"{who}{service['name']}{act}"
            item["name_en"] = " ".join(x for x in (service.get("name_en", ""), who_en, act_en) if x)
            item["aliases"] = [f"{who}{a}" for a in service.get("aliases", [])]
            out.append(item)
            n += 1
    base["services"] = out
    return base


def load_questions() -> list[str]:
    """The navigator test questions (first column of the TSV)."""
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def percentiles(values: list[float]) -> str:
    """Median with p05..p95 spread, in ms."""
    values = sorted(values)
    q = statistics.quantiles(values, n=20)
    return f"p50 {statistics.median(values):.2f} ms  p95 {q[18]:.2f} ms  (p05 {q[0]:.2f} – max {values[-1]:.2f})"


def bench(name: str, data: dict, questions: list[str], repeat: int) -> None:
    """Build the index (timed, memory traced) and answer every question ``repeat`` times."""
    catalog = parse_catalog(data, name)
    builds = []
    navigator = None
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        navigator = Navigator(catalog)
        builds.append(time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    kept = Navigator(catalog)  # noqa: F841  (held while measuring)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert navigator is not None
    navigator.ask("预热")
    latencies = []
    for _ in range(repeat):
        conversation = Conversation()
        for question in questions:
            start = time.perf_counter()
            navigator.ask(question, conversation)
            latencies.append((time.perf_counter() - start) * 1000)
    print(f"{name}: {len(catalog.services)} services, {len(questions)} questions x {repeat}")
    print(f"  index build: median {statistics.median(builds) * 1000:.0f} ms (runs: "
          f"{', '.join(f'{b * 1000:.0f}' for b in builds)} ms); index memory {current / 1e6:.1f} MB "
          f"(peak while building {peak / 1e6:.1f} MB)")
    print(f"  answer latency: {percentiles(latencies)}")


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    questions = load_questions()
    from kiosk.navigator import navigator as navigator_module

    start = time.perf_counter()
    navigator_module._segment("")
    print(f"jieba dictionary load (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    bench("demo hall", json.loads(DEMO_CATALOG.read_text(encoding="utf-8")), questions, args.repeat)
    bench("generated", generated_catalog(2000), questions, args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process max RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
