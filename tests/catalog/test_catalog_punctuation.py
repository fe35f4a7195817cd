"""Issue 13 item 10: the demo catalog's Chinese text uses full-width punctuation (“i深圳”, not 'i深圳').

Every Chinese field (every string with Han characters whose key is not an ``*_en`` translation) is
checked for straight quotes anywhere and for half-width , ; : ? ! ( ) next to a Chinese character.
The generator is rebuilt in memory so the sources (services_demo*.py) and catalog.json agree.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HAN = re.compile(r"[\u4e00-\u9fff]")
_WIDE = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
HALF_WIDTH = re.compile(rf"['\"]|(?<={_WIDE})[,;:?!()]|[,;:?!()](?={_WIDE})")
DEMO = Path(__file__).resolve().parents[2] / "assets" / "halls" / "demo"


def half_width_marks(data: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, offending text) for each half-width mark in a Chinese field of ``data``."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not str(key).endswith("_en"):
                yield from half_width_marks(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from half_width_marks(value, f"{path}[{index}]")
    elif isinstance(data, str) and HAN.search(data):
        for match in HALF_WIDTH.finditer(data):
            yield path, data[max(0, match.start() - 8):match.end() + 8]


def test_the_checker_finds_what_it_should():
    """Straight quotes and half-width marks beside Chinese are found; English and numbers are not."""
    found = list(half_width_marks({"a": "可通过'i深圳'App预约", "b": "您还在吗?", "c": "费用(元)",
                                   "d_en": "Book on 'i Shenzhen'", "e": "办理时限：20个工作日，3.5小时"}))
    assert [path for path, _ in found] == [".a", ".a", ".b", ".c", ".c"]


def test_demo_catalog_chinese_fields_use_full_width_punctuation():
    """catalog.json as shipped."""
    data = json.loads((DEMO / "catalog.json").read_text(encoding="utf-8"))
    bad = list(half_width_marks(data))
    assert not bad, f"{len(bad)} half-width marks in Chinese fields, first: {bad[:5]}"


def test_demo_catalog_sources_use_full_width_punctuation():
    """The generator's output (services_demo*.py + build_catalog.py), so a rebuild stays clean."""
    sys.path.insert(0, str(DEMO))
    try:
        import build_catalog

        data = build_catalog.build_catalog()
    finally:
        sys.path.remove(str(DEMO))
    bad = list(half_width_marks(data))
    assert not bad, f"{len(bad)} half-width marks in Chinese fields, first: {bad[:5]}"
    shipped = json.loads((DEMO / "catalog.json").read_text(encoding="utf-8"))
    assert shipped["services"] == json.loads(json.dumps(data["services"], ensure_ascii=False))
