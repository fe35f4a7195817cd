#!/usr/bin/env bash
# Installs the test dependencies and runs the whole test suite (headless, offscreen Qt).
# Usage: scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh --test
exec .venv/bin/python -m pytest "$@"
