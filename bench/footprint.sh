# Footprint: each service started alone to its first answered request, then the five started together, warmed up,
# and their resident memory with the stack's total. Sourced by bench/run-all.sh (stage "footprint", run last: it
# restarts the services); needs bench/lib.sh.
#
# The services are restarted exactly as they run: the command line, environment and working directory of each
# running process are read from /proc and replayed (so JVM options set by deploy/local/stack.sh or by a build are
# measured as they are), its log appended to the stack's, its pid written where deploy/local/stack.sh looks for it.
# Alone: every service stopped, then each in turn started, timed to its health check (ready_s, the stack's own
# "ready in") and to its first answer below 500 on an application path (first_request_s), and stopped again;
# PostgreSQL, Kafka and Keycloak stay up. Together: the five started at once (as the stack starts them), each timed
# the same way, BENCH_WARMUP_REQUESTS requests on each service's usual paths, a few seconds to settle, then each
# one's resident memory (RSS and PSS), threads and processor seconds, and deploy/local/stack.sh status for the whole stack.

footprint_pid() { # the running service's pid, from the stack's pid file
  local pid; pid=$(cat "$STACK_STATE/pids/$1.pid" 2>/dev/null || true)
  [[ -n "$pid" && -r /proc/$pid/cmdline ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "-Dassises.component=$1 " \
    && echo "$pid"
  return 0
}

footprint_capture() { # keeps the process's command line, environment and directory under $WORK/footprint/NAME.*
  local pid; pid=$(footprint_pid "$1")
  [[ -n "$pid" ]] || die "footprint: $1 is not running (deploy/local/stack.sh status)"
  mkdir -p "$WORK/footprint"
  cp "/proc/$pid/cmdline" "$WORK/footprint/$1.cmd"
  cp "/proc/$pid/environ" "$WORK/footprint/$1.env"
  readlink "/proc/$pid/cwd" > "$WORK/footprint/$1.cwd"
}

footprint_stop() { # footprint_stop NAME...: TERM, then up to 30 s, then KILL
  local name pid pids=()
  for name in "$@"; do
    pid=$(footprint_pid "$name")
    [[ -n "$pid" ]] && { kill -TERM "$pid" 2>/dev/null || true; pids+=("$pid"); }
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 300); do [[ -d /proc/$pid ]] || break; sleep 0.1; done
    [[ -d /proc/$pid ]] && kill -KILL "$pid" 2>/dev/null || true
  done
  return 0
}

footprint_start() { # starts NAME as it ran; its pid in the stack's pid file
  local name=$1 cmd=() envs arg
  # as it ran, less a flight recording (run-all.sh's BENCH_BASELINE profiles registration-service): not its footprint
  while IFS= read -r -d '' arg; do
    [[ $arg == -XX:StartFlightRecording* ]] || cmd+=("$arg")
  done < "$WORK/footprint/$name.cmd"
  mapfile -d '' -t envs < "$WORK/footprint/$name.env"
  mkdir -p "$STACK_STATE/logs" "$STACK_STATE/pids"
  echo "===== $(date -Is) started by bench/footprint.sh =====" >> "$STACK_STATE/logs/$name.log"
  ( cd "$(cat "$WORK/footprint/$name.cwd")" && exec setsid env -i "${envs[@]}" "${cmd[@]}" \
      >> "$STACK_STATE/logs/$name.log" 2>&1 < /dev/null ) &
  echo $! > "$STACK_STATE/pids/$name.pid"
}

footprint_path() { # an application path of NAME that needs nothing but the service and its database
  case "$1" in
    programme-service) echo "$PROGRAMME/api/programme/public/congresses/$FOOTPRINT_SLUG/programme" ;;
    registration-service) echo "$REGISTRATION/api/registration/congresses/$FOOTPRINT_CONGRESS/availability" ;;
    budget-service) echo "$BUDGET/api/budget/congresses/$FOOTPRINT_CONGRESS/budget" ;;
    evaluation-service) echo "$EVALUATION/api/evaluation/congresses/$FOOTPRINT_CONGRESS/indicators" ;;
    gateway) echo "$GATEWAY/donnees-personnelles" ;;
  esac
}

footprint_wait() { # footprint_wait NAME T0: prints "ready_s=… first_request_s=…" (or dies after 180 s)
  local name=$1 t0=$2 ready="" first="" code path
  path=$(footprint_path "$name")
  for _ in $(seq 1 1800); do
    if [[ -z "$first" ]]; then
      code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ORGANISER" "$path" || true)
      [[ "$code" =~ ^[1-4] ]] && first=$(seconds_since "$t0")
    fi
    if [[ -z "$ready" ]]; then
      [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' "$(health_url "$name")" || true) == 200 ]] \
        && ready=$(seconds_since "$t0")
    fi
    [[ -n "$ready" && -n "$first" ]] && { echo "ready_s=$ready first_request_s=$first"; return 0; }
    [[ -n "$(footprint_pid "$name")" ]] || die "footprint: $name exited during its start (see $STACK_STATE/logs/$name.log)"
    sleep 0.1
  done
  die "footprint: $name not ready after 180 s"
}

# "rss_mb=… pss_mb=… threads=… cpu_s=…" of a pid: PSS counts the pages it shares (its class-data archive, the
# JDK's libraries) for a share each; cpu_s, the processor time it used since it started (at its first answer: the
# cost of a start, which the load of a shared machine does not stretch as it stretches the seconds)
memory_of() {
  local pss cpu
  pss=$(awk '/^Pss:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/smaps_rollup" 2>/dev/null)
  cpu=$(awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat")
  awk -v pss="${pss:-nan}" -v cpu="$cpu" '/^VmRSS:/ { rss = $2 } /^Threads:/ { t = $2 }
    END { printf "rss_mb=%.0f pss_mb=%s threads=%d cpu_s=%s", rss / 1024, pss, t, cpu }' "/proc/$1/status"
}

stage_footprint() {
  local warmup=${BENCH_WARMUP_REQUESTS:-200} name t0 targets=() total services=0 pid
  log "footprint: each service alone, then the five together, $warmup warm-up requests on each"
  if [[ -z "${FOOTPRINT_CONGRESS:-}" ]]; then
    FOOTPRINT_CONGRESS=$(new_congress footprint 500 60 | cut -d' ' -f1)
  fi
  FOOTPRINT_SLUG=$(cat "$WORK/slug-$FOOTPRINT_CONGRESS")
  for name in "${SERVICES[@]}"; do footprint_capture "$name"; done
  organiser_token   # before the services stop: Keycloak does not need them, but its token is checked by each
  footprint_stop "${SERVICES[@]}"
  for name in "${SERVICES[@]}"; do
    t0=$(date +%s.%N)
    footprint_start "$name"
    local times; times=$(footprint_wait "$name" "$t0")
    result "footprint-alone service=$name $times $(memory_of "$(footprint_pid "$name")")"
    footprint_stop "$name"
  done
  t0=$(date +%s.%N)
  for name in "${SERVICES[@]}"; do footprint_start "$name"; done
  local waits=()
  for name in "${SERVICES[@]}"; do   # each one watched from the same start, all at once
    ( echo "$name $(footprint_wait "$name" "$t0")" > "$WORK/footprint/together-$name.txt" ) &
    waits+=($!)
  done
  wait "${waits[@]}" || true
  for name in "${SERVICES[@]}"; do
    grep -q ready_s "$WORK/footprint/together-$name.txt" 2>/dev/null || die "footprint: $name did not start with the others"
    cat "$WORK/footprint/together-$name.txt" >> "$WORK/footprint/together.txt"
  done
  organiser_token
  echo "$ORGANISER" > "$WORK/footprint/organiser.token"
  demo_token demo-partenaire > "$WORK/footprint/partner.token"
  for name in "${SERVICES[@]}"; do
    targets+=("$name|$WORK/footprint/organiser.token|0|$warmup|2|$(footprint_path "$name")")
  done
  targets+=("gateway-programme|-|0|$warmup|2|$GATEWAY/congres/$FOOTPRINT_SLUG/programme"
            "gateway-dashboard|$WORK/footprint/partner.token|0|$warmup|2|$GATEWAY/partenaires/$FOOTPRINT_SLUG"
            "registration-list|$WORK/footprint/organiser.token|0|$warmup|2|$REGISTRATION/api/registration/congresses/$FOOTPRINT_CONGRESS/manage/registrations?page=0&size=50")
  java -Xmx256m bench/Latency.java "${targets[@]}" > "$WORK/footprint/warmup.txt"
  while read -r name figures; do result "footprint-warmup-$name $figures"; done < "$WORK/footprint/warmup.txt"
  sleep 5
  while read -r name times; do
    pid=$(footprint_pid "$name")
    result "footprint-together service=$name $times $(memory_of "$pid")"
    services=$((services + $(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")))
  done < "$WORK/footprint/together.txt"
  FOOTPRINT_STATUS=$(deploy/local/stack.sh status 2>/dev/null || true)
  total=$(awk '$1 == "total" { print $2 }' <<<"$FOOTPRINT_STATUS")
  # PSS: each shared page (PostgreSQL's shared buffers in every backend, the JVM's libraries) counted once
  total_pss=$(awk '$1 == "total" { print $3 }' <<<"$FOOTPRINT_STATUS")
  result "footprint-stack total_mb=${total:-nan} total_pss_mb=${total_pss:-nan} services_mb=$((services / 1024))"
}
