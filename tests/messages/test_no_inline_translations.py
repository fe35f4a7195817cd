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
    "ui/on_screen_keyboard.py": "maps the visit's language to the on-screen keyboard's locale",
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


# --- no literal Chinese + English pair: bilingual text is one msgid rendered through both catalogs -------------

_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_PRODUCT = "HallGuide 智能导办"  # the product's name, in both scripts by design (a name, not a message)

MIXED_ALLOWED = {
    # data that mixes the scripts on purpose: patterns matched against questions and answers, text for the LLM
    "llm/facts.py": "regular expressions that find fees, windows, hours in answers of either language",
    "llm/injection.py": "prompt-injection patterns of either language",
    "llm/mentions.py": "regular expression for app / website mentions",
    "llm/prompt.py": "the prompt is text for the LLM, not for people",
    "navigator/pick.py": "the picker prompt is text for the LLM, not for people",
    "privacy/numbers.py": "patterns of the words around personal numbers, in either language",
    "privacy/names.py": "patterns of self-introductions, in either language",
    "privacy/labels.py": "patterns of the labels that name a number (personal or a thing's), in either language",
    "privacy/runs.py": "the characters that spell an ID number's check letter X",
    "llm/bindings.py": "patterns that bind fees and time limits to their case, in either language",
    "llm/checker.py": "regular expression for deadlines in answers of either language",
    "llm/exclusivity.py": "patterns of \"only at window X\" claims in answers of either language",
    "llm/hall_facts.py": "patterns of queue prefixes, street numbers and entrance floors in answers of either language",
    "llm/conditions.py": "patterns of conditions (ages, photos, presence, channels) in answers of either language",
    "llm/copies.py": "patterns of copies and originals in answers of either language",
    "llm/hours.py": "patterns of opening hours and days in answers of either language",
    "llm/scope.py": "document-name suffixes of either language",
    "llm/cases.py": "patterns of cases allowed, self-service and postal channels in answers of either language",
    "llm/materials.py": "patterns of claims about materials (waived, owner, count) in answers of either language",
    "llm/eligibility.py": "patterns of eligibility (ages, both parties, thresholds) in answers of either language",
    "llm/placement.py": "patterns of places and floors in answers of either language",
    "llm/hall_windows.py": "paper sizes (A4纸, A4 paper) that are not window ids, in answers of either language",
    "llm/process.py": "patterns of process steps (appointment, visit, in person) in answers of either language",
    "llm/novelty.py": "patterns of claim triggers, procedure steps and waivers in answers (\\u escapes of the Han range)",
    "llm/locality.py": "the pattern of place names in a hall's address (\\u escapes of the Han range)",
}


def _mixed_literals() -> dict[str, list[str]]:
    """Non-docstring string literals (f-string parts included) with Chinese characters and a Latin word."""
    import ast

    found: dict[str, list[str]] = {}
    for path in sorted(KIOSK.rglob("*.py")):
        rel = path.relative_to(KIOSK).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts together ("{}" for a value)
                value = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                value = node.value
            else:
                continue
            text = re.sub(r"\{[^}]*\}", "", str(value).replace(_PRODUCT, ""))
            if _CJK_CHAR.search(text) and _LATIN_WORD.search(text):
                found.setdefault(rel, []).append(f"{node.lineno}: {str(value)[:60]!r}")
    return found


def test_no_literal_chinese_and_english_pair_outside_data():
    """Staff text like "状态 Status" is one msgid shown through both catalogs (kiosk.ui.text.tr_both,
    kiosk.messages.both), never a literal pair; only the data modules above mix the scripts."""
    unexpected = {rel: lines for rel, lines in _mixed_literals().items() if rel not in MIXED_ALLOWED}
    assert not unexpected, unexpected


def test_the_mixed_literal_check_is_not_vacuous():
    """The check finds a pair and lets a placeholder, an identifier-free Chinese text and the product name pass."""
    def mixed(text: str) -> bool:
        text = re.sub(r"\{[^}]*\}", "", text.replace(_PRODUCT, ""))
        return bool(_CJK_CHAR.search(text) and _LATIN_WORD.search(text))

    assert mixed("状态 Status") and mixed("⚠ 取号暂停 Tickets paused: ")
    assert not mixed("窗口 {window}：没有等候的号码") and not mixed(_PRODUCT) and not mixed("Window {window}")
