#!/usr/bin/env bash
# API fuzzing: `schemathesis run --checks all` against a throw-away server, once without
# and once with an API token. Bounded: 10 examples per operation, a fixed seed, at most
# SCHEMATHESIS_TIMEOUT seconds per run (default 300); a response slower than 60 s fails
# (schemathesis' default, 10 s, is too tight for model-backed ingest on a busy machine).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
BIN="$VENV/bin"
LIMIT=${SCHEMATHESIS_TIMEOUT:-300}
tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

port=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

fuzz() {  # $1: token ("" for none)
  rm -f "$tmp"/api.db*
  NEWSWEAVE_API_TOKEN="$1" "$BIN/newsweave" serve --db "$tmp/api.db" --port "$port" \
    >"$tmp/server.log" 2>&1 &
  server=$!
  for _ in $(seq 60); do
    curl -fs -o /dev/null "$url/openapi.json" && break
    sleep 0.5
  done
  local auth=()
  [ -n "$1" ] && auth=(-H "Authorization: Bearer $1")
  local rc=0
  timeout "$LIMIT" "$BIN/schemathesis" run "$url/openapi.json" --checks all \
    --max-examples 10 --seed 1 --request-timeout 60 --max-response-time 60 \
    --generation-database none \
    "${auth[@]}" || rc=$?
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
  return $rc
}

echo "schemathesis: without a token" >&2
fuzz ""
echo "schemathesis: with a token" >&2
fuzz "schemathesis-token"
