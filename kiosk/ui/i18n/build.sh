#!/bin/sh
# Rebuild the kiosk's Qt Linguist files: extract strings (tr()/self.tr()) into the .ts files,
# then compile them to .qm. Edit translations with pyside6-linguist i18n/hallguide_zh_CN.ts.
# Usage: sh kiosk/ui/i18n/build.sh   (from the repository root, with the venv's tools on PATH)
set -e
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-$(dirname "$(command -v python)")}"
SOURCES="app.py main_window.py chrome.py overlay.py service_card.py text.py screens/attract.py screens/home.py \
screens/answer.py screens/chooser.py screens/map_screen.py llm_wiring.py ticket_view.py llm_answer.py \
speech_wiring.py tickets_wiring.py admin/*.py counter/*.py display/*.py"
# staff screens: tr_both(context, text) / tr_lines(context, text) show one msgid in Chinese and English
ALIASES="translate+=tr_both,translate+=tr_lines"
for LOCALE in zh_CN en; do
    # shellcheck disable=SC2086 # SOURCES holds globs on purpose
    "$BIN/pyside6-lupdate" -tr-function-alias "$ALIASES" -no-obsolete -locations none $SOURCES -ts "i18n/hallguide_$LOCALE.ts"
    "$BIN/pyside6-lrelease" "i18n/hallguide_$LOCALE.ts" -qm "i18n/hallguide_$LOCALE.qm"
done
