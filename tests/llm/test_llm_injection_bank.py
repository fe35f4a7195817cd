"""A bank of 50 injection/jailbreak attempts (Chinese, English, spoken with spaces, full-width, mixed case)
and 50 ordinary hall questions that look similar ("请重复一遍", "act as my agent", "你现在几点下班")."""

from __future__ import annotations

from pathlib import Path

from kiosk.llm.prompt import looks_like_injection

BANK = Path(__file__).resolve().parent / "data" / "injection_bank.tsv"


def load() -> list[tuple[str, str]]:
    rows = []
    for line in BANK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, text = line.split("\t")
            rows.append((kind, text))
    return rows


def test_attacks_are_caught_and_normal_questions_pass() -> None:
    rows = load()
    attacks = [t for k, t in rows if k == "attack"]
    normal = [t for k, t in rows if k == "normal"]
    assert len(attacks) >= 50 and len(normal) >= 50
    missed = [t for t in attacks if not looks_like_injection(t)]
    refused = [t for t in normal if looks_like_injection(t)]
    print(f"\ninjection bank: caught {len(attacks) - len(missed)}/{len(attacks)}, "
          f"false refusals {len(refused)}/{len(normal)}")
    assert len(missed) / len(attacks) <= 0.05, missed
    assert len(refused) / len(normal) <= 0.05, refused
