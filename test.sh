#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL and Kafka started by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -ntp verify "$@"
