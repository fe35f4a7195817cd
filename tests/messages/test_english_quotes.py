"""English text uses straight quotes (Xvfb walk 10, defect 15): the kiosk's CJK font draws “ ” full-width, so
'tap “Call staff” and' showed wide gaps around the words. English is the msgid of the domain catalogs and
the translation of the Qt Linguist en file; neither may hold a curly double quote."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

from kiosk.messages import LOCALE_DIR
from kiosk.navigator.compose import STAFF

CURLY = "“”"
EN_TS = Path(__file__).resolve().parents[2] / "kiosk" / "ui" / "i18n" / "hallguide_en.ts"


def test_no_curly_double_quotes_in_english_messages():
    with (LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "hallguide.po").open("rb") as f:
        ids = [m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f, locale="zh_CN") if m.id]
    assert not [i for i in ids if any(q in i for q in CURLY)]
    english = [m.findtext("translation") or "" for m in ET.parse(EN_TS).iter("message")]
    assert not [t for t in english if any(q in t for q in CURLY)]


def test_the_staff_phrase_reads_straight_in_english_and_keeps_its_chinese():
    assert '"Call staff"' in STAFF["en"] and "“找工作人员”" in STAFF["zh"]
