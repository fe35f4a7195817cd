"""The domain's message catalogs (kiosk/messages.py, kiosk/locale): complete, compiled, in full-width Chinese."""

from __future__ import annotations

import gettext
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kiosk.messages import LOCALE_DIR, Phrase, both, translator

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "hallguide.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "Phrase": None, "both": None, "pair": None, "plural": (1, 2), "ctx": ((1, "c"), 2),
            "ctx_plural": ((1, "c"), 2, 3)}
_CJK = "\u3400-\u9fff"
_HALF_WIDTH = re.compile(rf"(?<=[{_CJK}])[?!,:;]|[?!,:;](?=[{_CJK}])|(?<=[{_CJK}])\"|\"(?=[{_CJK}])")


def _key(message_id: str | tuple[str, ...], context: str | None) -> tuple[str | None, str]:
    return context, message_id if isinstance(message_id, str) else message_id[0]


def _po() -> dict[tuple[str | None, str], object]:
    with PO.open("rb") as f:
        return {_key(m.id, m.context): m for m in read_po(f, locale="zh_CN") if m.id}


def test_every_message_in_the_code_is_translated():
    """Babel's extraction (the keywords of kiosk/locale/build.sh) finds no message the .po lacks or leaves empty."""
    method_map = [("ui/**", "ignore"), ("qtcompat/**", "ignore"), ("**.py", "python")]
    found = {_key(mid, ctx) for _, _, mid, _, ctx in
             extract_from_dir(str(ROOT / "kiosk"), method_map, keywords=KEYWORDS)}
    catalog = _po()
    assert len(found) > 60
    assert not found - set(catalog), sorted(found - set(catalog), key=str)
    assert not set(catalog) - found, f"obsolete entries: {sorted(set(catalog) - found, key=str)}"
    for key, message in catalog.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings) and not message.fuzzy, f"{key} not translated"


def test_the_compiled_mo_matches_the_po():
    """The committed .mo says what the .po says (run kiosk/locale/build.sh after editing the .po)."""
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for (context, message_id), message in _po().items():
        if isinstance(message.id, tuple):
            for n, form in ((1, message.string[0]), (2, message.string[-1])):
                got = (compiled.npgettext(context, message.id[0], message.id[1], n) if context
                       else compiled.ngettext(message.id[0], message.id[1], n))
                assert got == form, (context, message_id)
        else:
            got = compiled.pgettext(context, message_id) if context else compiled.gettext(message_id)
            assert got == message.string, (context, message_id)


def _chinese_texts() -> list[tuple[str, str]]:
    out = []
    for key, message in _po().items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        out.extend((str(key), s) for s in strings)
    ts = ROOT / "kiosk" / "ui" / "i18n" / "hallguide_zh_CN.ts"
    for message in ET.parse(ts).iter("message"):
        out.append((message.findtext("source") or "", message.findtext("translation") or ""))
    return out


def test_chinese_messages_use_full_width_punctuation():
    """？！，：；and “” next to Chinese characters, in the gettext and the Qt Linguist zh_CN catalogs."""
    texts = _chinese_texts()
    assert len(texts) > 120
    bad = [(source, text) for source, text in texts if _HALF_WIDTH.search(text)]
    assert not bad, bad


def test_the_check_finds_half_width_punctuation():
    """The pattern above is not vacuous."""
    assert _HALF_WIDTH.search("您还在吗?") and _HALF_WIDTH.search("在\"i深圳\"预约")
    assert not _HALF_WIDTH.search("您还在吗？") and not _HALF_WIDTH.search("printer.uri 为空")


def test_translator_fills_parameters_in_both_languages():
    """English is the source language; Chinese comes from the catalog; parameters may move."""
    assert translator("en")("Fee: {fee}", fee="20元") == "Fee: 20元"
    assert translator("zh")("Fee: {fee}", fee="20元") == "收费：20元"
    assert translator("zh")("{name} — please go to {where}. {bring}", name="护照", where="A1", bring="…") \
        == "护照请到A1办理，…"
    assert translator("en").plural("{n} copy", "{n} copies", 1, n=1) == "1 copy"
    assert translator("en").plural("{n} copy", "{n} copies", 3, n=3) == "3 copies"
    assert translator("zh").ctx_plural("slip", "{n} copy", "{n} copies", 3, n=3) == "复印件 3 份"
    assert translator("fr").language == "zh" and translator("fr")("Printer") == "打印机"
    assert both("Printer") == "打印机 Printer"
    assert Phrase("Printer")["en"] == "Printer" and Phrase("Printer")["zh"] == "打印机"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_unknown_message_reads_as_its_english_source(language):
    """A message missing from the catalog is shown in English, never an error."""
    assert translator(language)("Not in any catalog {x}", x=1) == "Not in any catalog 1"
