"""Refit the navigator's confidence constants (kiosk/navigator/confidence.py) and check them across halls.

    python benchmarks/navigator_calibrate.py [--fit all | NAME ...] [--hall DIR ...]

For every question of every hall the script records the confidence signals of the fused ranking,
whether the first entry is right, and whether the question is about the hall at all (routing) or
off-topic / injection. It then fits two small logistic models (standardised signals, L2 penalty):

- p_right on routing questions: the first entry is right. ANSWER_AT is the lowest threshold at which
  a wrong single answer stays at or below 3% (the navigator's target) of the routing questions on every
  fitted hall but the worst (the second-worst hall decides, not the mean: see WRONG_RANK);
- p_close on routing vs off-topic/injection questions: something in the catalog is close. CLOSE_AT is
  the highest threshold that loses at most 1% of the routing questions on every fitted hall.

By default it fits on all twenty-three development halls (demo, small, Chengdu, Jinan, Rugang, Nanjing, Changsha,
Longshan, hall7..21; the constants in kiosk/navigator/confidence.py were fitted on the first twenty-one, before
hall20/21 — written blind in stop 25 — were scored). Question vectors are memoised on disk next to the entry vectors (``--cache``), so a
second run embeds nothing it has seen.

It prints the constants to paste into confidence.py, then the headline figures with them on every hall
(fitted on ``--fit``, the others are the check) and leave-one-hall-out (each hall scored with constants
fitted on the others), each hall's outcomes broken down by where the right entry ranked (a hand-off with the
right entry in the first three is a lost ``choose``; a choice that misses it is a ranking loss, no threshold's).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# benchmarks/ holds a queue.py: the script's own folder must not shadow the standard library
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT))

from benchmarks.navigator_quality import OFF_TOPIC, Tally, is_refusal, load_hall, load_questions, score  # noqa: E402
from kiosk.navigator import Navigator, confidence  # noqa: E402
from kiosk.navigator.embedder import Embedder, LocalE5Embedder, configure_threads  # noqa: E402
from kiosk.settings import DEMO_CATALOG  # noqa: E402

DATA = ROOT / "tests" / "data"
HALLS = {
    "demo": (DEMO_CATALOG, DATA / "navigator_questions.tsv"),
    "small": (DATA / "small_hall" / "catalog.json", ROOT / "tests" / "navigator" / "data" / "small_hall_questions.tsv"),
    "blind": (DATA / "blind_hall" / "catalog.json", DATA / "blind_hall" / "questions.tsv"),
    "jinan": (DATA / "blind2_hall2" / "catalog.json", DATA / "blind2_hall2" / "questions.tsv"),
    "rugang": (DATA / "blind2_hall3" / "catalog.json", DATA / "blind2_hall3" / "questions.tsv"),
    "nanjing": (DATA / "blind2_hall4" / "catalog.json", DATA / "blind2_hall4" / "questions.tsv"),
    "changsha": (DATA / "blind2_hall5" / "catalog.json", DATA / "blind2_hall5" / "questions.tsv"),
    "longshan": (DATA / "blind2_hall6" / "catalog.json", DATA / "blind2_hall6" / "questions.tsv"),
    "hall7": (DATA / "blind4_hall7" / "catalog.json", DATA / "blind4_hall7" / "questions.tsv"),
    "hall8": (DATA / "blind4_hall8" / "catalog.json", DATA / "blind4_hall8" / "questions.tsv"),
    "hall9": (DATA / "blind4_hall9" / "catalog.json", DATA / "blind4_hall9" / "questions.tsv"),
    "hall10": (DATA / "blind7_hall10" / "catalog.json", DATA / "blind7_hall10" / "questions.tsv"),
    "hall11": (DATA / "blind7_hall11" / "catalog.json", DATA / "blind7_hall11" / "questions.tsv"),
    "hall12": (DATA / "blind8_hall12" / "catalog.json", DATA / "blind8_hall12" / "questions.tsv"),
    "hall13": (DATA / "blind8_hall13" / "catalog.json", DATA / "blind8_hall13" / "questions.tsv"),
    "hall14": (DATA / "blind9_hall14" / "catalog.json", DATA / "blind9_hall14" / "questions.tsv"),
    "hall15": (DATA / "blind9_hall15" / "catalog.json", DATA / "blind9_hall15" / "questions.tsv"),
    "hall16": (DATA / "blind10_hall16" / "catalog.json", DATA / "blind10_hall16" / "questions.tsv"),
    "hall17": (DATA / "blind10_hall17" / "catalog.json", DATA / "blind10_hall17" / "questions.tsv"),
    "hall18": (DATA / "blind11_hall18" / "catalog.json", DATA / "blind11_hall18" / "questions.tsv"),
    "hall19": (DATA / "blind11_hall19" / "catalog.json", DATA / "blind11_hall19" / "questions.tsv"),
    "hall20": (DATA / "blind12_hall20" / "catalog.json", DATA / "blind12_hall20" / "questions.tsv"),
    "hall21": (DATA / "blind12_hall21" / "catalog.json", DATA / "blind12_hall21" / "questions.tsv"),
}
WRONG_BUDGET = 0.03
WRONG_RANK = 2
"""ANSWER_AT keeps the wrong single answers within WRONG_BUDGET on every fitted hall but the worst one: with
one hall deciding, a single new hall's few sure-but-wrong answers (hall16's) moved the threshold for every
hall (0.91 -> 0.94, pooled single right answers leave-one-hall-out 66.5 -> 61.9%)."""
ROUTING_LOSS = 0.01


@dataclass
class Row:
    """One question's signals and labels."""

    hall: str
    signals: confidence.Signals
    right: bool
    routing: bool
    off_topic: bool


class MemoEmbedder:
    """An embedder whose question vectors are memoised (in memory and in one ``.npz`` file): a refit over
    thirteen halls embeds each question once, ever."""

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.path = path
        self.memo: dict[str, np.ndarray] = {}
        if path.is_file():
            with np.load(path, allow_pickle=False) as data:
                keys, vectors = data["keys"], data["vectors"]
                self.memo = {str(k): v for k, v in zip(keys, vectors, strict=True)}
        self.dirty = False

    @property
    def name(self) -> str:
        """The inner model's name (entry vectors are cached under it)."""
        return self.inner.name

    def queries(self, texts: list[str]) -> np.ndarray:
        """Memoised question vectors."""
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.inner.queries(missing), strict=True))
            self.dirty = True
        return np.stack([self.memo[t] for t in texts])

    def passages(self, texts: list[str]) -> np.ndarray:
        """Entry vectors (cached by the navigator itself)."""
        return self.inner.passages(texts)

    def save(self) -> None:
        """Write the memo when it grew."""
        if self.dirty and self.memo:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            keys = list(self.memo)
            np.savez(self.path, keys=np.array(keys), vectors=np.stack([self.memo[k] for k in keys]))


def collect(navigator: Navigator, hall: str, rows: list[tuple[str, list[str], str]]) -> list[Row]:
    """Signals and labels of every question of one hall."""
    out = []
    ids = [entry.id for entry in navigator._entries]  # noqa: SLF001 - calibration reads the index order
    for question, expected, _ in rows:
        ranked, verdict = navigator.assess(question)
        refusal = is_refusal(expected)
        right = bool(ranked) and ids[ranked[0].index] in expected
        out.append(Row(hall, verdict.signals, right, not refusal, any(e.lower() in OFF_TOPIC for e in expected)))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.3, steps: int = 60) -> tuple[float, ...]:
    """Logistic regression on standardised columns (Newton steps); weights for the raw columns."""
    mean, spread = x.mean(0), x.std(0) + 1e-9
    z = np.c_[np.ones(len(x)), (x - mean) / spread]
    w = np.zeros(z.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(z.shape[1] - 1)])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        w -= np.linalg.solve(hessian, gradient)
    raw = w[1:] / spread
    return (round(float(w[0] - np.sum(raw * mean)), 3), *(round(float(v), 3) for v in raw))


def calibrate(rows: list[Row]) -> dict[str, object]:
    """Fitted weights and thresholds from these rows."""
    routing = [r for r in rows if r.routing and r.signals.semantic]
    x = np.array([r.signals.vector(confidence.FEATURES_RIGHT) for r in routing])
    y = np.array([r.right for r in routing], dtype=float)
    w_right = fit(x, y)
    p = np.array([confidence._logistic(w_right, r.signals.vector(confidence.FEATURES_RIGHT)) for r in routing])  # noqa: SLF001
    clear = np.array([r.signals.margin >= confidence.ANSWER_MARGIN for r in routing])
    halls = np.array([r.hall for r in routing])
    answer_at = 0.99
    for threshold in np.arange(0.30, 0.99, 0.01):
        wrong = (p >= threshold) & clear & (y == 0)
        rates = sorted(float(np.mean(wrong[halls == h])) for h in set(halls))
        if rates[-min(WRONG_RANK, len(rates))] <= WRONG_BUDGET:
            answer_at = round(float(threshold), 2)
            break
    sample = [r for r in rows if r.signals.semantic and (r.routing or r.off_topic)]
    x = np.array([r.signals.vector(confidence.FEATURES_CLOSE) for r in sample])
    y = np.array([r.routing for r in sample], dtype=float)
    w_close = fit(x, y)
    q = np.array([confidence._logistic(w_close, r.signals.vector(confidence.FEATURES_CLOSE)) for r in sample])  # noqa: SLF001
    close_at = 0.0
    of = np.array([r.hall for r in sample])
    for threshold in np.arange(0.02, 0.9, 0.02):
        if max(float(np.mean(q[(y == 1) & (of == h)] < threshold)) for h in set(of[y == 1])) <= ROUTING_LOSS:
            close_at = round(float(threshold), 2)
    return {"WEIGHTS_RIGHT": w_right, "ANSWER_AT": answer_at, "WEIGHTS_CLOSE": w_close, "CLOSE_AT": close_at}


def apply(constants: dict[str, object]) -> None:
    """Use these constants in this process."""
    for name, value in constants.items():
        setattr(confidence, name, value)


def headline(navigator: Navigator, questions: Path, pooled: list[tuple[Tally, Tally]] | None = None) -> str:
    """The headline figures on one hall (top-1 and top-3 of the fused ranking first); its tallies are
    appended to ``pooled`` when given."""
    _, routing, refusal = score(navigator, load_questions(questions))
    if pooled is not None:
        pooled.append((routing, refusal))
    return figures(routing, refusal)


def figures(routing: Tally, refusal: Tally) -> str:
    """One line of headline figures from a routing and an off-topic tally."""
    n, m = max(routing.n, 1), max(refusal.n, 1)
    return (f"top-1 {100 * routing.top1 / n:5.1f}%  top-3 {100 * routing.top3 / n:5.1f}%  "
            f"answer-right {100 * routing.answer_right / n:5.1f}%  answer|choice-right "
            f"{100 * routing.choice_right / n:5.1f}%  wrong-answer {100 * routing.answer_wrong / n:4.1f}%  "
            f"off-topic/injection refused {100 * (refusal.handoff + refusal.refused) / m:5.1f}%")


def pool(tallies: Iterable[Tally]) -> Tally:
    """The sum of several halls' tallies (every question counts once)."""
    total = Tally()
    for tally in tallies:
        for name in ("n", "top1", "top3", "answer_right", "choice_right", "answer_wrong", "handoff", "refused"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    return total


def outcomes(navigator: Navigator, questions: Path) -> str:
    """Where one hall's questions end: each routing outcome by where the right entry ranked (first, in the
    first three, neither), then the off-topic / injection outcomes — what a threshold could still move."""
    routing: Counter[str] = Counter()
    off: Counter[str] = Counter()
    for question, expected, _ in load_questions(questions):
        answer = navigator.ask(question)
        if is_refusal(expected):
            off[answer.outcome] += any(e.lower() in OFF_TOPIC for e in expected)
            continue
        ids = [m.id for m in answer.matches]
        rank = "1st" if ids[:1] and ids[0] in expected else "top3" if set(ids[:3]) & set(expected) else "miss"
        routing[f"{answer.outcome}/{rank}"] += 1
    return ("routing " + " ".join(f"{k}:{v}" for k, v in sorted(routing.items())) + "  |  off-topic "
            + " ".join(f"{k}:{v}" for k, v in sorted(off.items()) if v))


def main() -> None:
    """Fit, print the constants and the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fit", nargs="+", default=["all"], help="halls to fit on (names, or all)")
    parser.add_argument("--hall", nargs="*", type=Path, default=[], help="more hall folders (catalog.json + "
                        "questions.tsv) to check on")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "hallguide-bench-vectors")
    args = parser.parse_args()
    configure_threads(2)
    halls = dict(HALLS)
    for folder in args.hall:
        halls[folder.name] = (folder / "catalog.json", folder / "questions.tsv")
    embedder = MemoEmbedder(LocalE5Embedder(), args.cache / "questions.npz")
    navigators = {name: Navigator(load_hall(Path(c)), embedder, args.cache, background=False)
                  for name, (c, _) in halls.items()}
    rows = {name: collect(navigators[name], name, load_questions(q)) for name, (_, q) in halls.items()}
    original = {name: getattr(confidence, name) for name in ("WEIGHTS_RIGHT", "ANSWER_AT", "WEIGHTS_CLOSE",
                                                             "CLOSE_AT")}
    if args.fit == ["all"]:
        args.fit = list(halls)
    fitted = calibrate([r for name in args.fit for r in rows[name]])
    print(f"fitted on {', '.join(args.fit)} — paste into kiosk/navigator/confidence.py:")
    for name, value in fitted.items():
        print(f"  {name} = {value}")
    for label, constants in (("constants in the code", original), (f"fitted on {'+'.join(args.fit)}", fitted)):
        apply(constants)
        print(f"\n{label}:")
        for name, (_, questions) in halls.items():
            print(f"  {name:<8} {headline(navigators[name], questions)}")
    print("\nleave-one-hall-out (each hall with constants fitted on the others):")
    pooled: list[tuple[Tally, Tally]] = []
    for name, (_, questions) in halls.items():
        apply(calibrate([r for other, rs in rows.items() if other != name for r in rs]))
        print(f"  {name:<8} {headline(navigators[name], questions, pooled)}")
        print(f"  {'':<8} {outcomes(navigators[name], questions)}")
    print(f"  {'pooled':<8} {figures(pool(t for t, _ in pooled), pool(t for _, t in pooled))}")
    apply(original)
    embedder.save()


if __name__ == "__main__":
    main()
