"""Every answer the navigator gives, written out whole, to prove that a change altered no outcome.

    python benchmarks/navigator_snapshot.py OUT.json [--queries FILE.npz] [--hall DIR ...]
    python benchmarks/navigator_snapshot.py --compare BEFORE.json AFTER.json

For the demo hall with its own question set, the small hall, the given hall folders (catalog.json +
questions.tsv) and the generated 2,000-service catalog (placeholder entry vectors, as the speed benchmark
uses), each question is asked words-only and with meaning, alone and in one running conversation; the
outcome, every match (id, kind, score), the answered services and places, the texts and the flags are
recorded. ``--queries`` keeps the question vectors the model gave in a file and reuses them on the next run,
so two runs compare the navigator and not the model's thread timing. ``--compare`` reports every difference.
Run both sides with one PYTHONHASHSEED (e.g. 0): a question's features are a set, their sums' order follows the
hash seed, and a score on a rounding edge moves by 0.0001 between seeds (seen once in 12,904 answers).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT))

from benchmarks.navigator import (  # noqa: E402
    QUESTIONS,
    SMALL_HALL,
    SMALL_QUESTIONS,
    _sampled_cold_build,
    generated_catalog,
)
from benchmarks.navigator_quality import load_hall, load_questions  # noqa: E402
from kiosk.catalog import load_catalog, parse_catalog  # noqa: E402
from kiosk.navigator import Answer, Conversation, Navigator  # noqa: E402
from kiosk.navigator.embedder import LocalE5Embedder, configure_threads  # noqa: E402
from kiosk.settings import DEMO_CATALOG  # noqa: E402


class RecordedQueries:
    """The local model, with the question vectors kept in (and reused from) a file."""

    def __init__(self, path: Path | None) -> None:
        self.model = LocalE5Embedder()
        self.path = path
        self.known: dict[str, np.ndarray] = {}
        if path is not None and path.is_file():
            with np.load(path) as data:
                texts = json.loads(str(data["texts"]))
                vectors = np.array(data["vectors"])  # read once (each data[...] reads the file again)
            self.known = {t: vectors[i] for i, t in enumerate(texts)}

    @property
    def name(self) -> str:
        """The model's name (the vector cache's key)."""
        return self.model.name

    def queries(self, texts: list[str]) -> np.ndarray:
        """Known vectors, the model's for the rest."""
        for text in texts:
            if text not in self.known:
                self.known[text] = self.model.queries([text])[0]
        return np.stack([self.known[t] for t in texts])

    def passages(self, texts: list[str]) -> np.ndarray:
        """The model's passages."""
        return self.model.passages(texts)

    def save(self) -> None:
        """Write the question vectors out."""
        if self.path is None:
            return
        texts = list(self.known)
        np.savez(self.path, texts=np.array(json.dumps(texts, ensure_ascii=False)),
                 vectors=np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, 384), np.float32))


def record(answer: Answer) -> dict[str, Any]:
    """Everything an answer says."""
    return {"outcome": answer.outcome, "matches": [[m.id, m.kind, m.score] for m in answer.matches],
            "services": [s.id for s in answer.services], "places": [p.id for p in answer.places],
            "answer": answer.answer, "key_line": answer.key_line, "handoff": answer.handoff,
            "off_topic": answer.off_topic, "follow_up": answer.follow_up, "aspect": str(answer.aspect),
            "language": answer.language}


def run_set(navigator: Navigator, questions: list[str]) -> dict[str, Any]:
    """Each question alone, then all of them in one conversation."""
    alone = [record(navigator.ask(q)) for q in questions]
    conversation = Conversation()
    talked = [record(navigator.ask(q, conversation)) for q in questions]
    return {"questions": questions, "alone": alone, "conversation": talked}


def snapshot(halls: list[Path], cache: Path, embedder: RecordedQueries, size: int) -> dict[str, Any]:
    """Every set's answers, words only and with meaning."""
    sets: list[tuple[str, Any, list[str]]] = [
        ("demo", load_catalog(DEMO_CATALOG).catalog, [q for q, _, _ in load_questions(QUESTIONS)]),
        ("small", load_catalog(SMALL_HALL).catalog, [q for q, _, _ in load_questions(SMALL_QUESTIONS)]),
    ]
    for hall in halls:
        sets.append((hall.name, load_hall(hall), [q for q, _, _ in load_questions(hall / "questions.tsv")]))
    out: dict[str, Any] = {}
    for name, catalog, questions in sets:
        for label, emb in (("words", None), ("meaning", embedder)):
            navigator = Navigator(catalog, emb, cache, background=False)  # type: ignore[arg-type]
            assert emb is None or navigator.semantic_ready, name
            out[f"{name}/{label}"] = run_set(navigator, questions)
            print(f"{name}/{label}: {len(questions)} questions", flush=True)
    generated = parse_catalog(generated_catalog(size), "generated")
    _sampled_cold_build(generated, embedder.model, cache, 8)  # placeholder vectors, seeded
    demo_questions = [q for q, _, _ in load_questions(QUESTIONS)]
    for label, emb in (("words", None), ("meaning", embedder)):
        navigator = Navigator(generated, emb, cache, background=False)  # type: ignore[arg-type]
        out[f"generated{size}/{label}"] = run_set(navigator, demo_questions)
        print(f"generated{size}/{label}: {len(demo_questions)} questions", flush=True)
    return out


def compare(before: Path, after: Path) -> int:
    """Print every difference; 0 when none."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    differences = 0
    answers = 0
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            print(f"{key}: only in {'after' if key in b else 'before'}")
            differences += 1
            continue
        for mode in ("alone", "conversation"):
            for question, x, y in zip(a[key]["questions"], a[key][mode], b[key][mode], strict=True):
                answers += 1
                if x != y:
                    differences += 1
                    fields = [f for f in x if x[f] != y.get(f)]
                    print(f"{key} {mode} {question!r}: {', '.join(fields)} differ")
                    for f in fields[:3]:
                        print(f"    before {f}: {x[f]!r}\n    after  {f}: {y[f]!r}")
    print(f"{answers} answers compared in {len(a)} sets: {differences} differ")
    return 1 if differences else 0


def main() -> None:
    """Write a snapshot, or compare two."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--compare", type=Path, nargs=2)
    parser.add_argument("--hall", type=Path, action="append", default=[])
    parser.add_argument("--queries", type=Path, default=None)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "hallguide-snapshot-vectors")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.out is None:
        parser.error("give OUT.json or --compare BEFORE AFTER")
    configure_threads(2)
    embedder = RecordedQueries(args.queries)
    result = snapshot(args.hall, args.cache, embedder, args.size)
    embedder.save()
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
