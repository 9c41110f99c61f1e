# Sourced by scripts/test.sh (under `set -euo pipefail`, with $VENV set): the real-pages gate.
# When ../shared/realworld is beside the checkout, bench/realworld.py --check extracts the 181
# labelled news pages and fails the run when newsweave's mean precision, recall or F1 drops
# below the floors in bench/realworld_baseline.json. Without ../shared it says so and goes on.
if [ -e ../shared/realworld/aeb-pages.tar.gz ] && [ "${NEWSWEAVE_REALWORLD_GATE:-1}" != "0" ]; then
  _nw_rw_start=$SECONDS
  if ! "$VENV/bin/python" bench/realworld.py --check --quiet --jobs 2 >&2; then
    echo "realworld gate: FAILED (a mean dropped below its floor; see above)" >&2
    exit 1
  fi
  echo "realworld gate: passed in $((SECONDS - _nw_rw_start)) s" >&2
else
  echo "realworld gate: ../shared/realworld not found, skipped" >&2
fi
