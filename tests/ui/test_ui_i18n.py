"""Every UI string is translated in both languages, and the committed .ts files are up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
I18N = UI / "i18n"


def _messages(ts: Path) -> dict[str, tuple[str, str | None]]:
    out = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        out[message.find("source").text] = (translation.text or "", translation.get("type"))
    return out


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_string_translated(locale):
    """No unfinished or empty translation; the .qm exists next to the .ts."""
    messages = _messages(I18N / f"hallguide_{locale}.ts")
    assert len(messages) > 50
    for source, (text, kind) in messages.items():
        assert text and kind is None, f"{locale}: {source!r} not translated"
    assert (I18N / f"hallguide_{locale}.qm").stat().st_size > 1000


def test_ts_files_contain_every_string_in_the_code(tmp_path):
    """pyside6-lupdate finds no string that the committed .ts files lack (run i18n/build.sh)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    build = (I18N / "build.sh").read_text(encoding="utf-8")
    listed = re.search(r'SOURCES="([^"]*)"', build).group(1).replace("\\\n", " ").split()
    sources = sorted({str(p.relative_to(UI)) for pattern in listed for p in UI.glob(pattern)})
    aliases = re.search(r'ALIASES="([^"]*)"', build).group(1)
    assert len(sources) > 30, sources
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-tr-function-alias", aliases, *sources, "-ts", str(fresh)], cwd=UI, check=True, capture_output=True, timeout=60)
    in_code = set(_messages(fresh))
    committed = set(_messages(I18N / "hallguide_zh_CN.ts"))
    assert in_code <= committed, sorted(in_code - committed)


def test_chinese_translation_is_used(make_window):
    """The window shows the Chinese .qm strings by default."""
    window = make_window()
    window.start_visit()
    assert window.home.send.text() == "提问"
    assert window.bottom.end_button.text() == "结束"


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path, locale):
    """pyside6-lrelease of the committed .ts gives the committed .qm byte for byte (run i18n/build.sh)."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    fresh = tmp_path / f"hallguide_{locale}.qm"
    subprocess.run([lrelease, str(I18N / f"hallguide_{locale}.ts"), "-qm", str(fresh)], check=True,
                   capture_output=True, timeout=60)
    assert fresh.read_bytes() == (I18N / f"hallguide_{locale}.qm").read_bytes()


def test_every_bilingual_staff_string_is_in_the_ts_files():
    """tr_both / tr_lines get literal (context, text) arguments that lupdate extracts and the .ts translates."""
    import ast

    translated = {}
    for context in ET.parse(I18N / "hallguide_zh_CN.ts").iter("context"):
        for message in context.iter("message"):
            translated[(context.findtext("name"), message.findtext("source"))] = message.findtext("translation")
    calls = 0
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("tr_both", "tr_lines"):
                where = f"{path.relative_to(UI)}:{node.lineno}"
                assert len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args), where
                key = (node.args[0].value, node.args[1].value)
                assert translated.get(key), (where, key)
                calls += 1
    assert calls > 150
