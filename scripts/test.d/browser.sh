# Sourced by scripts/test.sh: Debian's Chromium for the browser tests (tests/e2e).
# Playwright drives /usr/bin/chromium through executable_path; it never downloads a
# browser of its own. Idempotent, quiet, and never fails the run: without Chromium
# the browser tests skip with a reason.
(
  [ -x /usr/bin/chromium ] && exit 0
  install="apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null"
  if [ "$(id -u)" = 0 ]; then
    sh -c "$install" || echo "note: could not install chromium; browser tests will be skipped" >&2
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n sh -c "$install" || echo "note: could not install chromium; browser tests will be skipped" >&2
  else
    echo "note: /usr/bin/chromium is missing and installing it needs root or sudo; browser tests will be skipped" >&2
  fi
) || true
