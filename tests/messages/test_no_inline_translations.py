"""Guard: no user-visible string is chosen inline by language (``"中" if language == "zh" else "en"``, or a
``{"zh": …, "en": …}`` table); the UI uses Qt Linguist (kiosk/ui/i18n), the domain kiosk/messages.py."""

from __future__ import annotations

import re
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
_CHOICE = re.compile(r"""(==|!=)\s*["'](zh|en)["']|["'](zh|en)["']\s*:\s*["'{\[]""")

ALLOWED = {
    # language plumbing, not messages: locale names, the other language's own name, picking a language
    "messages.py": "maps the languages to gettext locales",
    "ui/translations.py": "maps the visit's language to Qt locales and qtbase translations",
    "ui/app.py": "start-up language setting",
    "web/app.py": "reads ?lang= from the URL",
    "catalog/localize.py": "catalog data: <field>_en is data, not translation",
    "navigator/navigator.py": "language detection of the question (logic)",
    "navigator/families.py": "language detection of the question (logic)",
    "navigator/query.py": "segments Chinese and English questions differently (logic)",
    "speech/vocabulary.py": "which recognizer vocabulary a word belongs to (logic)",
    "speech/service.py": "speech models and voices per language (settings)",
    "speech/tts.py": "voice names and probes per language (settings)",
    "cli/hall_screens.py": "voices per language (settings)",
    "cli/say.py": "voices per language (settings)",
    "visit/answers.py": "language following of the question (logic)",
    "llm/budget.py": "facts sent to the LLM (prompt text is not a UI message)",
    "web/status.py": "JSON field names of the status API (data: catalog names)",
    "web/page.py": "picks the status API's data fields (service_zh / service_en) and the <html lang>",
    "tickets/board.py": "how each language reads digits aloud (speech data)",
    "ui/admin/citizen.py": "bilingual dialogs by design: the visit's language first, then the other",
    "cli/doctor.py": "voices per language (settings)",
}


def _sites() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(KIOSK.rglob("*.py")):
        rel = path.relative_to(KIOSK).as_posix()
        if rel == "llm/prompt.py":  # text for the LLM, not for people
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _CHOICE.search(line):
                found.setdefault(rel, []).append(f"{number}: {line.strip()}")
    return found


def test_no_inline_language_choice_outside_the_allow_list():
    """Every module that picks text by language is on the short, explained allow-list."""
    sites = _sites()
    unexpected = {rel: lines for rel, lines in sites.items() if rel not in ALLOWED}
    assert not unexpected, unexpected


def test_converted_modules_stay_converted():
    """The modules moved to the catalogs have no inline choice left (and the guard does find one)."""
    sites = _sites()
    for rel in ("navigator/compose.py", "printing/slips.py", "printing/transports.py", "printing/printer_names.py",
                "llm/injection.py", "ui/llm_wiring.py", "ui/ticket_view.py", "ui/llm_answer.py", "ui/chrome.py",
                "ui/main_window.py", "ui/screens/attract.py", "llm/errors.py", "ui/tickets_wiring.py"):
        assert rel not in sites, sites.get(rel)
    # partly converted modules keep only their data-only lines (see ALLOWED)
    for rel, allowed in (("web/page.py", 3), ("tickets/board.py", 1), ("cli/doctor.py", 1)):
        assert len(sites.get(rel, [])) <= allowed, sites.get(rel)
    assert _CHOICE.search('x = "中" if language == "zh" else "en"')
    assert _CHOICE.search('T = {"zh": "你好", "en": "hello"}')
