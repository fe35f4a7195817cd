#!/bin/sh
# Rebuild the domain's message catalogs (kiosk/messages.py): extract the messages from the code into
# hallguide.pot, merge them into zh_CN's hallguide.po (translate the new entries there), compile the .mo.
# Usage: sh kiosk/locale/build.sh   (from the repository root, with the venv's pybabel on PATH)
set -e
cd "$(dirname "$0")/../.."
BIN="${PYBABEL:-$(dirname "$(command -v python)")/pybabel}"
KEYWORDS="-k _ -k N_ -k Phrase -k both -k pair -k plural:1,2 -k ctx:1c,2 -k ctx_plural:1c,2,3"
"$BIN" extract --no-location --sort-output --width 120 --project HallGuide -F kiosk/locale/babel.cfg $KEYWORDS \
    -o kiosk/locale/hallguide.pot kiosk
"$BIN" update --no-fuzzy-matching --ignore-obsolete --width 120 -D hallguide -d kiosk/locale -l zh_CN \
    -i kiosk/locale/hallguide.pot
"$BIN" compile --statistics -D hallguide -d kiosk/locale -l zh_CN
