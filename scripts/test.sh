#!/usr/bin/env bash
# The README's test command: installs what the tests need (into .venv unless
# VENV says otherwise), then runs the whole suite. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"
for hook in scripts/test.d/*.sh; do   # optional services (browser, PostgreSQL), one script each
  [ -e "$hook" ] && source "$hook"
done
"$VENV/bin/python" -m ruff check src tests bench
set +e
# -m "slow or not slow" undoes pyproject's default `-m "not slow"`: CI runs every test
# (a -m in "$@" comes later and wins)
"$VENV/bin/python" -m pytest -q -m "slow or not slow" "$@"
rc=$?
set -e
[ $rc -eq 5 ] && { echo "no tests collected" >&2; exit 1; }
# API fuzzing against a live server, with and without a token (a minute or two)
if [ -z "${SKIP_SCHEMATHESIS:-}" ]; then
  VENV="$VENV" bash scripts/schemathesis.sh || rc=$?
fi
exit $rc
