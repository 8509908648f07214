#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL and Kafka started by the tests themselves
# (embedded PostgreSQL binaries and an in-JVM Kafka broker, both from Maven Central), and the gateway's
# browser tests in Debian's headless Chromium, installed here when missing.
set -euo pipefail
cd "$(dirname "$0")"

install_chromium() {
  local sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo -n)
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  "${sudo_cmd[@]}" apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
}
if ! command -v chromium >/dev/null 2>&1 && ! install_chromium; then
  # The other tests still prove something; the browser tests then report themselves as skipped.
  echo "test.sh: WARNING: could not install chromium (needs root or sudo): the browser tests will be SKIPPED" >&2
fi
# Playwright drives that browser; it must never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

exec mvn -B -ntp verify "$@"
