#!/usr/bin/env bash
# The README's test command: installs the test dependencies, runs the static checks (ruff, mypy,
# import-linter; configuration in pyproject.toml), starts a private PostgreSQL cluster for the shared-queue
# tests (PostgreSQL refuses to run as root: the folder is owned by the postgres user, scripts/pg_cluster.py)
# and runs the whole test suite (headless, offscreen Qt).
# Usage: scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh --test

echo "test.sh: ruff"; .venv/bin/ruff check -q .
echo "test.sh: mypy"; .venv/bin/mypy
echo "test.sh: import-linter"; .venv/bin/lint-imports --no-cache | tail -n 5

if [[ -z "${HALLGUIDE_TEST_PGDATA:-}" ]]; then
  PGROOT=$(mktemp -d /tmp/hallguide-test-pg.XXXXXX)
  chmod 711 "$PGROOT"
  export HALLGUIDE_TEST_PGDATA="$PGROOT/data" HALLGUIDE_TEST_PGPORT="${HALLGUIDE_TEST_PGPORT:-55439}"
  .venv/bin/python scripts/pg_cluster.py start "$HALLGUIDE_TEST_PGDATA" "$HALLGUIDE_TEST_PGPORT"
  trap '.venv/bin/python scripts/pg_cluster.py stop "$HALLGUIDE_TEST_PGDATA"; rm -rf "$PGROOT"' EXIT
fi
.venv/bin/python -m pytest "$@"
