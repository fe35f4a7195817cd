#!/usr/bin/env bash
# Installs HallGuide on a fresh Debian/Ubuntu machine: system packages (when root or with sudo),
# a virtualenv in .venv and the package. `--test` adds the test dependencies.
# Usage: scripts/install.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  fonts-noto-cjk                     # Chinese text on screen and on slips
  espeak-ng libespeak-ng1            # offline speech (pyttsx3's Linux driver)
  libportaudio2                      # microphone capture (sounddevice)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxkbcommon0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0   # Qt's xcb platform plugin
  python3-venv
)
TEST_APT_PACKAGES=(
  poppler-utils xvfb sox             # PDF slips → PNG, real-window checks, audio checks
  postgresql                         # a real PostgreSQL for the shared-queue tests (private clusters, scripts/pg_cluster.py)
  chromium chromium-driver           # a real browser for the ticket status page tests
)

want=("${APT_PACKAGES[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${TEST_APT_PACKAGES[@]}")
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  if [[ "$SUDO" == "none" ]]; then
    echo "install.sh: please install these system packages first: ${missing[*]}" >&2
  else
    echo "install.sh: apt-get install ${missing[*]}"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi

PY=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [[ "${1:-}" == "--test" ]]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "install.sh: done (.venv/bin/kiosk)"
