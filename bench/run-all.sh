#!/usr/bin/env bash
# The benchmark suite: one run on the local stack, every figure written to docs/benchmarks.md.
#
#   flock /tmp/e2e.lock env BENCH_START_STACK=1 bench/run-all.sh [participants] [connections]
#
# About 20 minutes at the defaults on a quiet 2-core machine. Not part of the test suite (./test.sh never runs it).
# The local stack uses fixed ports shared with the end-to-end tests: run it under `flock /tmp/e2e.lock`. With the
# stack down, BENCH_START_STACK=1 starts it (deploy/local/stack.sh start --no-seed, built jars if present) and stops
# it after. The load generator runs on the same machine as the stack, so every figure is a figure of the whole
# machine; compare ratios measured in the same run.
#
# Stages, in this order (BENCH_ONLY=growth,ceiling runs only those; each one can run alone):
#  rushes       PARTICIPANTS (default 600) Keycloak accounts (bench-NNNNN, fictional) each register once (two
#               workshop slots, four meals, two days) with their own real token, CONNECTIONS (32) at a time (closed
#               model), then at BENCH_RATE (100) per second (open model); two mixes, "spread" and "hot" (everyone
#               wants the same workshop); straight to registration-service and through the gateway; after each rush
#               PostgreSQL is checked: no counter above its capacity, every counter equal to its rows. Then the
#               registration -> budget projection latency of the open-model direct rush (p50/p99/p99.9).
#               BENCH_BASELINE=<another build's registration-service/target/quarkus-app> (BENCH_BASELINE_NAME=its
#               commit) first runs the closed direct rushes on that build, then on this one, with a JFR profile.
#               Without it, this build's registration-service is restarted under JFR for the profile of section 8
#               (BENCH_PROFILE=0: not restarted, no profile).
#  exports      a BENCH_EXPORT_SIZE (5000) registration congress seeded with batched SQL: participants CSV, XLSX,
#               catering CSV.
#  ceiling      pgbench with registration-shaped transactions (bench/registration-transaction.sql) on the stack's
#               PostgreSQL, spread and hot, BENCH_PGBENCH_CLIENTS (16) connections, BENCH_PGBENCH_SECONDS (20) each.
#  growth       BENCH_GROWTH_LEVELS ("1000 10000 50000") registrations over BENCH_GROWTH_CONGRESSES (100) congresses;
#               at each level BENCH_GROWTH_REQUESTS (200) requests of the partner dashboard, the organiser list and
#               search (through the gateway, and the list and search straight to registration-service),
#               BENCH_GROWTH_EXPORTS (3) participants exports (CSV, XLSX) of the 5,000-registration congress,
#               BENCH_GROWTH_REGISTRATIONS (100) registrations; BENCH_GROWTH_CONNECTIONS (2) at a time.
#  gvn          gateway vs nginx vs direct (bench/gateway-vs-nginx.sh, its own processes), BENCH_GVN_SECONDS (15).
#  footprint    each service started alone (its first answered request), then the five together, warmed up with
#               BENCH_WARMUP_REQUESTS (200) requests each; resident memory of each and of the whole stack.
# BENCH_OUT (docs/benchmarks.md) is the file written; its hand-written reading comes from docs/benchmarks-reading.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PARTICIPANTS=${1:-600}
CONNECTIONS=${2:-32}
RATE=${BENCH_RATE:-100}
EXPORT_SIZE=${BENCH_EXPORT_SIZE:-5000}
OUT=${BENCH_OUT:-docs/benchmarks.md}
ONLY=${BENCH_ONLY:-rushes,exports,ceiling,growth,gvn,footprint}
WORK=$(mktemp -d /tmp/assises-bench.XXXXXX)
RESULTS=$WORK/results.txt
SAVED_RESULTS=/tmp/assises-bench-results-$(date +%Y%m%d-%H%M%S).txt
: > "$RESULTS"
STARTED_STACK=0
BACKGROUND=()
# shellcheck source=bench/lib.sh
source bench/lib.sh
source bench/ceiling.sh
source bench/growth.sh
source bench/footprint.sh

cleanup() {
  local status=$?
  for pid in "${BACKGROUND[@]}"; do kill "$pid" 2>/dev/null || true; done
  restore_policy || true
  if [[ -s "$RESULTS" ]]; then   # the raw figures, one line per measure, for a second look
    cp "$RESULTS" "$SAVED_RESULTS"
    if [[ $status != 0 ]]; then log "the run failed; what it measured is in $SAVED_RESULTS ($OUT not written)"
    else log "raw figures: $SAVED_RESULTS"; fi
  fi
  [[ $STARTED_STACK == 1 ]] && deploy/local/stack.sh stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 1" INT TERM

for tool in curl jq java python3; do command -v $tool >/dev/null || die "$tool is needed"; done
stage() { [[ ",$ONLY," == *",$1,"* ]]; }
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

T0=$(date +%s)
if ! curl -fs -m 3 -o /dev/null "$REGISTRATION/q/health/ready"; then
  [[ ${BENCH_START_STACK:-0} == 1 ]] || die "the local stack is not up: deploy/local/stack.sh start (or BENCH_START_STACK=1)"
  STARTED_STACK=1
  if [[ -f registration-service/target/quarkus-app/quarkus-run.jar && -f gateway/target/quarkus-app/quarkus-run.jar ]]; then
    deploy/local/stack.sh start --no-build --no-seed 2>&1 | tee "$WORK/stack-start.log" >&2
  else
    deploy/local/stack.sh start --no-seed 2>&1 | tee "$WORK/stack-start.log" >&2
  fi
  result "stage name=stack-start seconds=$(( $(date +%s) - T0 ))"
fi

# ---- before/after in the same run: BENCH_BASELINE=<dir of another build's registration-service/target/quarkus-app>
# swaps the stack's registration-service for that build and back, with the stack's own settings
service_pid() { pgrep -f -- "-Dassises.component=registration-service " | head -1; }
REG_ENV=()
REG_JVM=()
run_registration() { # run_registration QUARKUS_APP_DIR LABEL
  local pid; pid=$(service_pid)
  if [[ -n "$pid" && ${#REG_ENV[@]} == 0 ]]; then
    mapfile -t REG_ENV < <(tr '\0' '\n' < "/proc/$pid/environ" | grep -E '^(QUARKUS_|KAFKA_|ASSISES_|MALLOC_)')
    # the stack's JVM options (deploy/local/stack.sh: ASSISES_SERVICE_JAVA_OPTS), less its component, temp dir and
    # class-data archive (written for this build's jar: another build's cannot use it)
    mapfile -t REG_JVM < <(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n '2,/^-jar$/p' | grep -v -E '^(-jar|-Dassises\.component=.*|-Djava\.io\.tmpdir=.*|-XX:SharedArchiveFile=.*)$')
  fi
  [[ -n "$pid" ]] && { kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; }
  local t0; t0=$(date +%s.%N)
  ( cd "$REPO/registration-service" && exec setsid env "${REG_ENV[@]}" java -Dassises.component=registration-service \
      -XX:StartFlightRecording=filename=/tmp/assises-bench-registration-$2.jfr,settings=profile "${REG_JVM[@]}" -jar "$1/quarkus-run.jar" > "/tmp/assises-bench-registration-$2.log" 2>&1 < /dev/null ) &
  # the stack's stop finds it by its pid file, as if the stack had started it
  echo $! > "$STACK_STATE/pids/registration-service.pid"
  for _ in $(seq 1 240); do curl -fs -m 2 -o /dev/null "$REGISTRATION/q/health/ready" && break; sleep 0.25; done
  log "registration-service ($2) ready in $(seconds_since "$t0") s"
}

stage_rushes() {
  ensure_accounts "$PARTICIPANTS"
  log "rushes: $PARTICIPANTS participants, $CONNECTIONS connections, then $RATE/s (open model)"
  if [[ -n "${BENCH_BASELINE:-}" ]]; then
    run_registration "$BENCH_BASELINE" before
    rush "before-warm-up" spread direct closed "$CONNECTIONS"
    rush "before-spread-direct" spread direct closed "$CONNECTIONS"
    rush "before-hot-direct" hot direct closed "$CONNECTIONS"
    run_registration "$REPO/registration-service/target/quarkus-app" after
  elif [[ ${BENCH_PROFILE:-1} == 1 ]]; then
    # the profile of section 8: this build's registration-service restarted under Java Flight Recorder
    run_registration "$REPO/registration-service/target/quarkus-app" after
  fi
  # a freshly started stack runs its first registrations interpreted and cold (the first rush of the 10:33 run
  # cost 69 ms of CPU per registration, the next ones 41-52): one unrecorded-for-targets rush warms it up
  rush "warm-up" spread direct closed "$CONNECTIONS"
  rush "spread-direct" spread direct closed "$CONNECTIONS"
  rush "spread-gateway" spread gateway closed "$CONNECTIONS"
  rush hot-direct hot direct closed "$CONNECTIONS"
  rush hot-gateway hot gateway closed "$CONNECTIONS"
  rush "spread-direct-open" spread direct open "$RATE"
  PROPAGATION_CONGRESS=$LAST_CONGRESS
  rush "spread-gateway-open" spread gateway open "$RATE"

  log "rushes: registration -> budget projection latency (congress $PROPAGATION_CONGRESS, $RATE/s)"
  sleep 5
  sql registration "select id, extract(epoch from updated_at) from registration where congress_id = '$PROPAGATION_CONGRESS' and version = 1" \
    | sort > "$WORK/reg.txt"
  sql budget "select registration_id, extract(epoch from updated_at) from registration_projection where congress_id = '$PROPAGATION_CONGRESS'" \
    | sort > "$WORK/budget.txt"
  result "propagation $(join -t'|' "$WORK/reg.txt" "$WORK/budget.txt" | python3 -c '
import sys
d = sorted((float(b) - float(a)) * 1000 for _, a, b in (l.strip().split("|") for l in sys.stdin if l.strip()))
q = lambda p: d[min(len(d) - 1, int(p * len(d)))] if d else float("nan")
print(f"events={len(d)} p50_ms={q(0.5):.0f} p99_ms={q(0.99):.0f} p999_ms={q(0.999):.0f} max_ms={d[-1] if d else 0:.0f}")')"
}

stage_exports() {
  log "exports of a $EXPORT_SIZE-registration congress (seeded with batched SQL, then CSV, XLSX, catering)"
  EXPORT_CONGRESS=$(new_congress export "$EXPORT_SIZE" "$((EXPORT_SIZE / 10 + 10))" | cut -d' ' -f1)
  T_SEED=$(date +%s.%N)
  seed_registrations "$EXPORT_CONGRESS" "$EXPORT_SIZE" "export-$(date +%s)"
  SEED_S=$(seconds_since "$T_SEED")
  organiser_token
  export_time() { curl -sS -m 120 -o "$WORK/export.bin" -w '%{http_code},%{time_total}s,%{size_download}B' \
    -H "Authorization: Bearer $ORGANISER" "$REGISTRATION/api/registration/congresses/$EXPORT_CONGRESS/manage/exports/$1"; }
  result "exports registrations=$(sql registration "select count(*) from registration where congress_id = '$EXPORT_CONGRESS'") seed_s=$SEED_S participants_csv=$(export_time participants.csv) participants_xlsx=$(export_time participants.xlsx) catering_csv=$(export_time catering.csv) $(check "$EXPORT_CONGRESS")"
}

stage_gvn() {
  log "gateway vs nginx vs direct (bench/gateway-vs-nginx.sh)"
  GVN=$(bench/gateway-vs-nginx.sh "${BENCH_GVN_SECONDS:-15}" "$CONNECTIONS" 2 2>"$WORK/gvn.err") \
    || { cat "$WORK/gvn.err" >&2; GVN="bench/gateway-vs-nginx.sh failed: $(tail -3 "$WORK/gvn.err")"; }
  echo "$GVN" >&2
}

run_stage() { # run_stage NAME: runs stage_NAME if BENCH_ONLY names it, and records how long it took
  stage "$1" || return 0
  local t0; t0=$(date +%s)
  "stage_$1"
  result "stage name=$1 seconds=$(( $(date +%s) - t0 ))"
}

GVN="(not measured in this run: BENCH_ONLY=$ONLY)"
run_stage rushes
run_stage exports
run_stage ceiling
run_stage growth
run_stage gvn

PROFILE="(no profile: the rushes did not run, or BENCH_PROFILE=0)"
if [[ ( -n "${BENCH_BASELINE:-}" || ${BENCH_PROFILE:-1} == 1 ) ]] && stage rushes && [[ -n "$(service_pid)" ]]; then
  jcmd "$(service_pid)" JFR.dump filename=/tmp/assises-bench-registration-after.jfr >/dev/null 2>&1 || true
  [[ -f /tmp/assises-bench-registration-after.jfr ]] && PROFILE=$(bench/jfr-summary.sh /tmp/assises-bench-registration-after.jfr 2>&1)
fi
export BENCH_PROFILE_TEXT=$PROFILE

# resident memory after everything above, before the footprint stage restarts the services
STATUS=$(deploy/local/stack.sh status 2>/dev/null || true)
STARTS=$(grep -hE "ready in [0-9.]+ s" "$WORK/stack-start.log" 2>/dev/null || true)
STARTS+=$'\n'$(grep -h "registration-service (" "$WORK/bench.log" 2>/dev/null | sed 's/.*\[bench\] //' || true)
[[ -n "${STARTS//[$'\n ']/}" ]] || STARTS="(the stack was already up: start it with BENCH_START_STACK=1 to time it)"

FOOTPRINT_STATUS=""
run_stage footprint

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
BENCH_PG_VERSION=$(sql registration "show server_version" 2>/dev/null || true)
export BENCH_PG_VERSION BENCH_LOAD_START=$LOAD_START BENCH_LOAD_END=$LOAD_END BENCH_ONLY_RUN=$ONLY BENCH_FOOTPRINT_STATUS=$FOOTPRINT_STATUS
PYTHONDONTWRITEBYTECODE=1 python3 bench/report.py "$RESULTS" "$OUT" "$PARTICIPANTS" "$CONNECTIONS" "$RATE" "$(( $(date +%s) - T0 ))" \
  "$GVN" "$STATUS" "$STARTS"
log "written $OUT"
