#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL and Kafka started by the tests themselves
# (embedded PostgreSQL binaries and an in-JVM Kafka broker, both from Maven Central), and the gateway's
# browser tests in Debian's headless Chromium, installed here when missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
fi
# Playwright drives that browser; it must never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

exec mvn -B -ntp verify "$@"
