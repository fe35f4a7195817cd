"""Navigator benchmark: quality per category on the demo hall, the small hall and the blind hall
(reported apart: never tuned on); answer latency (words alone, and words + meaning) on the demo hall
and on a generated 2,000-service catalog; cold semantic index build; warm process start; RSS.

    python benchmarks/navigator.py [--hall DIR ...] [--repeat 5] [--size 2000] [--skip-quality] [--skip-speed]

Latencies are medians with p05..p95 spread over all questions of the test question set, repeated.
The machine's load average is printed: the embedding model's speed depends on free cores.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# benchmarks/ holds a queue.py: the script's own folder must not shadow the standard library
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT))

from benchmarks.navigator_quality import load_hall, report, score  # noqa: E402
from benchmarks.navigator_quality import load_questions as load_questions_tsv  # noqa: E402
from kiosk.catalog import load_catalog, parse_catalog  # noqa: E402
from kiosk.navigator import Conversation, Navigator, lexicon  # noqa: E402
from kiosk.navigator.embedder import LocalE5Embedder, configure_threads  # noqa: E402
from kiosk.navigator.vectors import EntryVectors, entry_texts, summary_texts  # noqa: E402
from kiosk.settings import DEMO_CATALOG  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "navigator_questions.tsv"
SMALL_HALL = ROOT / "tests" / "data" / "small_hall" / "catalog.json"
SMALL_QUESTIONS = ROOT / "tests" / "navigator" / "data" / "small_hall_questions.tsv"
BLIND = ROOT / "tests" / "data" / "blind_hall"

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
    return f"p50 {statistics.median(values):.1f} ms  p95 {q[18]:.1f} ms  (p05 {q[0]:.1f} – max {values[-1]:.1f})"


def rss_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def quality(cache: Path, blind: Path = BLIND, halls: tuple[Path, ...] = ()) -> None:
    """Per-category figures on the demo hall, the small hall, the Chengdu development hall and any other
    hall folders given (catalog.json + questions.tsv)."""
    embedder = LocalE5Embedder()
    sets = [("demo hall (own questions; calibrated here)", DEMO_CATALOG, QUESTIONS),
            ("small hall (own questions; checked here)", SMALL_HALL, SMALL_QUESTIONS)]
    for name, catalog_path, questions in sets:
        catalog = load_catalog(catalog_path).catalog
        for label, emb in (("words only", None), ("words + meaning", embedder)):
            navigator = Navigator(catalog, emb, cache, background=False)
            report(f"{name}, {label}", *score(navigator, load_questions_tsv(questions)), show_wrong=emb is not None)
    for folder, label in [(blind, "Chengdu development hall (calibrated here)")] + [(h, f"hall {h}") for h in halls]:
        catalog_file, questions = folder / "catalog.json", folder / "questions.tsv"
        if not (catalog_file.is_file() and questions.is_file()):
            print(f"\n({folder}: no catalog.json + questions.tsv)")
            continue
        catalog = load_hall(folder)
        for words, emb in (("words only", None), ("words + meaning", embedder)):
            navigator = Navigator(catalog, emb, cache, background=False)
            report(f"{label}, {words}", *score(navigator, load_questions_tsv(questions)),
                   show_wrong=emb is not None)


def _sampled_cold_build(catalog: Any, embedder: LocalE5Embedder, cache: Path, sample: int) -> None:
    """Cold build timed on ``sample`` texts and extrapolated; the cache gets placeholder vectors of the
    right shape, so latency and warm start are measured (the question's own embedding stays real)."""
    probe = EntryVectors.__new__(EntryVectors)
    probe.rows = [*entry_texts(catalog), *summary_texts(catalog)]
    probe.rows += [("extra", "", text) for text in lexicon.OFF_TOPIC_PROTOTYPES]
    probe.cache_dir = cache
    texts = [text for _, _, text in probe.rows]
    unique = list(dict.fromkeys(texts))  # the build embeds each distinct text once
    step = max(1, len(unique) // sample)
    chosen = unique[::step][:sample]
    start = time.perf_counter()
    matrix = embedder.passages(chosen)
    seconds = time.perf_counter() - start
    each = seconds / len(chosen)
    print(f"  semantic index, cold build: {each * 1000:.0f} ms a text on {len(chosen)} sampled texts → "
          f"≈ {each * len(unique):.0f} s for all {len(unique)} distinct of {len(texts)} (extrapolated, load "
          f"{os.getloadavg()[0]:.1f}; placeholder vectors cached for the latency and warm-start figures)")
    rng = np.random.default_rng(1)
    placeholder = rng.standard_normal((len(texts), matrix.shape[1])).astype(np.float32)
    placeholder /= np.linalg.norm(placeholder, axis=1, keepdims=True)
    path = probe._cache_file(embedder.name)  # noqa: SLF001 - the cache file the navigator will look for
    assert path is not None
    probe._save(path, placeholder)  # noqa: SLF001


def bench(name: str, data: dict, questions: list[str], repeat: int, cache: Path,
          cold_sample: int | None = None) -> None:
    """Index builds (lexical; semantic cold and from the cache), then every question ``repeat`` times."""
    catalog = parse_catalog(data, name)
    builds = []
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        Navigator(catalog)
        builds.append(time.perf_counter() - start)
    embedder = LocalE5Embedder()
    print(f"{name}: {len(catalog.services)} services, {len(catalog.places)} places, "
          f"{len(questions)} questions x {repeat}")
    print(f"  lexical index build: median {statistics.median(builds) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{b * 1000:.0f}' for b in builds)} ms)")
    lexical_dir = Path(tempfile.mkdtemp(prefix="nav-lexical-"))
    Navigator(catalog, cache_dir=lexical_dir)
    cached = []
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        Navigator(catalog, cache_dir=lexical_dir)
        cached.append(time.perf_counter() - start)
    shutil.rmtree(lexical_dir, ignore_errors=True)
    print(f"  lexical index from its disk cache: median {statistics.median(cached) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{b * 1000:.0f}' for b in cached)} ms)")
    if cold_sample and len(catalog.services) + len(catalog.places) > cold_sample:
        _sampled_cold_build(catalog, embedder, cache, cold_sample)
    else:
        cold_dir = Path(tempfile.mkdtemp(prefix="nav-cold-"))
        start = time.perf_counter()
        cold = EntryVectors(catalog, embedder, cold_dir, background=True, extra_texts=lexicon.OFF_TOPIC_PROTOTYPES)
        words = Navigator(catalog)
        during: list[float] = []
        while not cold.done.is_set():  # the kiosk meanwhile: questions answered from words
            for question in questions[:20]:
                began = time.perf_counter()
                words.ask(question)
                during.append((time.perf_counter() - began) * 1000)
            cold.done.wait(0.2)
        cold_s = time.perf_counter() - start
        distinct = len(set(cold.texts))
        print(f"  semantic index, cold build off the caller's thread: {cold_s:.1f} s for {len(cold.rows)} texts, "
              f"{distinct} distinct ({cold_s / distinct * 1000:.0f} ms each; {cold.report.source}; load "
              f"{os.getloadavg()[0]:.1f})")
        if len(during) >= 20:
            print(f"  answer latency from words while it builds: {percentiles(during)}")
        if cold.matrix is not None:
            cache.mkdir(parents=True, exist_ok=True)
            for file in cold_dir.glob("entries-*.npy"):
                shutil.copy(file, cache / file.name)
        shutil.rmtree(cold_dir, ignore_errors=True)
    loads = []
    for _ in range(3):
        start = time.perf_counter()
        warm = EntryVectors(catalog, embedder, cache, background=False, extra_texts=lexicon.OFF_TOPIC_PROTOTYPES)
        loads.append(time.perf_counter() - start)
    print(f"  semantic index from the cache: median {statistics.median(loads) * 1000:.0f} ms ({warm.report.source})")
    for label, emb in (("words only", None), ("words + meaning", embedder)):
        navigator = Navigator(catalog, emb, cache, background=False)
        navigator.ask("预热")
        latencies = []
        for _ in range(repeat):
            conversation = Conversation()
            for question in questions:
                start = time.perf_counter()
                navigator.ask(question, conversation)
                latencies.append((time.perf_counter() - start) * 1000)
        print(f"  answer latency, {label}: {percentiles(latencies)} (load {os.getloadavg()[0]:.1f})")
    print(f"  process peak RSS so far: {rss_mb():.0f} MB")


_CHILD = """
import json, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from benchmarks.navigator import generated_catalog
from kiosk.catalog import parse_catalog
from kiosk.navigator import Navigator
from kiosk.navigator.embedder import LocalE5Embedder
from pathlib import Path
import resource
data = generated_catalog({size})
ready_catalog = time.perf_counter()
navigator = Navigator(parse_catalog(data, "generated"), LocalE5Embedder(), Path({cache!r}), background=False)
answer = navigator.ask("我的身份证丢了怎么补办")
done = time.perf_counter()
print(json.dumps({{"total_s": done - start, "catalog_s": ready_catalog - start, "semantic": navigator.semantic_ready,
                  "source": navigator.vectors.report.source, "outcome": answer.outcome,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def warm_start(size: int, cache: Path, runs: int = 3) -> None:
    """A new process: imports, catalog, lexical index, vectors from the cache, first answer."""
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT), size=size, cache=str(cache))],
                             capture_output=True, text=True, timeout=600, env=os.environ.copy())
        wall = time.perf_counter() - start
        if out.returncode != 0:
            print("  warm start failed:", out.stderr[-500:])
            return
        data = json.loads(out.stdout.strip().splitlines()[-1])
        results.append((wall, data))
    walls = [w for w, _ in results]
    last = results[-1][1]
    print(f"warm process start, {size} services (python start → first semantic answer): median "
          f"{statistics.median(walls):.2f} s (runs {', '.join(f'{w:.2f}' for w in walls)} s; vectors from "
          f"{last['source']}, semantic {last['semantic']}, child peak RSS {last['rss_mb']:.0f} MB; load "
          f"{os.getloadavg()[0]:.1f})")


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--cold-sample", type=int, default=None,
                        help="on a busy machine: time the generated catalog's cold build on this many texts and "
                             "extrapolate (placeholder vectors for its latency and warm start)")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--blind", type=Path, default=BLIND, help="the Chengdu development hall's folder")
    parser.add_argument("--hall", type=Path, action="append", default=[],
                        help="another hall folder (catalog.json + questions.tsv, tests/data/blind_hall/README.md "
                             "format plus category family); repeatable")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "hallguide-bench-vectors")
    args = parser.parse_args()
    configure_threads(2)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start "
          f"(OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')})")
    if not args.skip_quality:
        quality(args.cache, args.blind, tuple(args.hall))
    if not args.skip_speed:
        questions = load_questions()
        from kiosk.navigator import query as query_module

        start = time.perf_counter()
        query_module.segment("")
        print(f"\njieba dictionary load (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
        bench("demo hall", json.loads(DEMO_CATALOG.read_text(encoding="utf-8")), questions, args.repeat, args.cache)
        bench("generated", generated_catalog(args.size), questions, args.repeat, args.cache, args.cold_sample)
        warm_start(args.size, args.cache)
    print(f"process max RSS: {rss_mb():.0f} MB; load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
