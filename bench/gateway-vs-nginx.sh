#!/usr/bin/env bash
# Gateway proxy overhead, measured against nginx proxying the same backend in the same run.
#
#   bench/gateway-vs-nginx.sh [duration-seconds] [connections] [rounds]
#
# BENCH_GATEWAY_JAVA_OPTS adds JVM options to the gateway (a profile:
# BENCH_GATEWAY_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/gateway.jfr,settings=profile).
# BENCH_GATEWAY_BASELINE=<another build's gateway/target/quarkus-app> also runs that build (port 18095), measured in
# each round right after the gateway, as "baseline<round>": before/after in the same run.
# BENCH_GATEWAY_WARMUP (seconds, 15) warms each gateway up once before the rounds (the JIT of a JVM on a busy 2-core
# machine takes longer than the 5-second warm-up each target gets).
#
# A backend (nginx serving a programme-sized JSON document) is reached three ways with wrk:
# directly, through nginx as a reverse proxy (keep-alive upstream), and through the gateway
# (gateway/target/quarkus-app, built when missing). The gateway runs with its production
# configuration (access log on) except the anonymous rate limit, raised so that it does not
# answer 429 to the load generator. Report: requests/s and latency of each, the CPU time the proxy
# process spent per request (gateway: its JVM; nginx: its single worker, which also serves the
# backend, so its figure includes the backend's, given alone on the "direct" line), and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-64}
ROUNDS=${3:-2}
WORK=$(mktemp -d /tmp/assises-bench.XXXXXX)
BACKEND_PORT=${BENCH_BACKEND_PORT:-18091}
NGINX_PROXY_PORT=${BENCH_NGINX_PORT:-18092}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18093}
BASELINE_PORT=$((GATEWAY_PORT + 2))
BASELINE=${BENCH_GATEWAY_BASELINE:-}
PATH_UNDER_TEST=/api/programme/public/congresses/bench/programme
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light

if [[ ! -f gateway/target/quarkus-app/quarkus-run.jar ]]; then
  mvn -B -q -ntp package -DskipTests -pl gateway
fi

# A programme-shaped document: 40 sessions with French text (about 12 KB).
mkdir -p "$WORK/www$(dirname "$PATH_UNDER_TEST")"
python3 - "$WORK/www$PATH_UNDER_TEST" <<'PY'
import json, sys, uuid
sessions = [{"sessionId": str(uuid.UUID(int=i)), "kind": "WORKSHOP", "title": f"Atelier {i} : coopération et mutualisation entre territoires",
             "start": "2027-06-24T14:00:00+02:00", "end": "2027-06-24T16:00:00+02:00", "roomName": f"Salle {i % 12 + 1}",
             "capacity": 40, "themes": ["Coopération", "Ingénierie territoriale"]} for i in range(40)]
json.dump({"congress": "bench", "halfDays": [{"code": "J1-PM", "sessions": sessions}]}, open(sys.argv[1], "w"), ensure_ascii=False)
PY

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  upstream backend { server 127.0.0.1:$BACKEND_PORT; keepalive 64; }
  # Quarkus services never close a kept-alive connection after N requests; nginx does by default (1000),
  # which races with a proxy reusing that connection. Keep the backend's behaviour the same as the services'.
  keepalive_requests 10000000;
  server { listen 127.0.0.1:$BACKEND_PORT; root $WORK/www; location / { try_files \$uri =404; } }
  server {
    listen 127.0.0.1:$NGINX_PROXY_PORT;
    location /api/ { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
# nginx's workers drop root privileges: they must be able to read the document.
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf"

start_gateway() { # app-dir port log name
  QUARKUS_HTTP_PORT=$2 \
  QUARKUS_MANAGEMENT_PORT=$(($2 + 1000)) \
  ASSISES_PROGRAMME_URL=http://127.0.0.1:$BACKEND_PORT \
  ASSISES_GATEWAY_RATE_LIMITS_ANONYMOUS_PER_MINUTE=1000000000 \
  QUARKUS_OIDC_TENANT_ENABLED=false \
    java -Xmx256m ${BENCH_GATEWAY_JAVA_OPTS:-} -jar "$1/quarkus-run.jar" > "$3" 2>&1 &
  pids+=($!)
  eval "PID_$4=$!"
}
wait_for() { # port log
  for _ in $(seq 1 240); do   # up to two minutes on a busy machine
    curl -fsS -o /dev/null "http://127.0.0.1:$1$PATH_UNDER_TEST" 2>/dev/null && return 0
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$1$PATH_UNDER_TEST" || { tail -20 "$2" >&2; exit 1; }
}
start_gateway gateway/target/quarkus-app "$GATEWAY_PORT" "$WORK/gateway.log" gateway
wait_for "$GATEWAY_PORT" "$WORK/gateway.log"
if [[ -n "$BASELINE" ]]; then
  start_gateway "$BASELINE" "$BASELINE_PORT" "$WORK/baseline.log" baseline
  wait_for "$BASELINE_PORT" "$WORK/baseline.log"
fi
# nginx's single worker (it serves the backend and proxies): the process whose CPU time is counted for nginx
PID_nginx=$(pgrep -P "$(cat "$WORK/nginx.pid")" | head -1)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() { # name url process
  wrk -t2 -c"$CONNECTIONS" -d5s "$2" >/dev/null   # warm-up (JIT, connection pools)
  local before after
  before=$(cpu_ticks "$3")
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2" > "$WORK/$1.txt"
  after=$(cpu_ticks "$3")
  local rps p50 p99 non2xx requests cpu
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt")
  requests=$(awk '/requests in/ {print $1}' "$WORK/$1.txt")
  # CPU time (user + system) of the process per request, in microseconds
  cpu=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))
  printf '%-10s %12s req/s   p50 %8s   p99 %8s   non-2xx %s   cpu %s us/req\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" "$cpu"
  eval "RPS_$1=$rps"
}

if [[ "${BENCH_GATEWAY_WARMUP:-15}" -gt 0 ]]; then
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_GATEWAY_WARMUP:-15}s" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" >/dev/null
  [[ -z "$BASELINE" ]] || wrk -t2 -c"$CONNECTIONS" -d"${BENCH_GATEWAY_WARMUP:-15}s" "http://127.0.0.1:$BASELINE_PORT$PATH_UNDER_TEST" >/dev/null
fi

echo "wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s per target, same machine, same run; nginx and gateway alternated $ROUNDS times"
run direct "http://127.0.0.1:$BACKEND_PORT$PATH_UNDER_TEST" "$PID_nginx"
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  run "nginx$round" "http://127.0.0.1:$NGINX_PROXY_PORT$PATH_UNDER_TEST" "$PID_nginx"
  run "gateway$round" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$PID_gateway"
  if [[ -n "$BASELINE" ]]; then
    run "baseline$round" "http://127.0.0.1:$BASELINE_PORT$PATH_UNDER_TEST" "$PID_baseline"
    eval "ratios+=(\"\$RPS_gateway$round \$RPS_nginx$round \$RPS_baseline$round\")"
  else
    eval "ratios+=(\"\$RPS_gateway$round \$RPS_nginx$round\")"
  fi
done
python3 - "$RPS_direct" "${ratios[@]}" <<'PY'
import sys
direct = float(sys.argv[1])
rounds = [tuple(map(float, p.split())) for p in sys.argv[2:]]
print("gateway / nginx throughput ratio per round: " + ", ".join(f"{r[0] / r[1]:.2f}" for r in rounds))
print("nginx / direct: " + ", ".join(f"{r[1] / direct:.2f}" for r in rounds)
      + "   gateway / direct: " + ", ".join(f"{r[0] / direct:.2f}" for r in rounds))
if rounds and all(len(r) == 3 for r in rounds):
    print("baseline / nginx throughput ratio per round: " + ", ".join(f"{r[2] / r[1]:.2f}" for r in rounds)
          + "   gateway / baseline: " + ", ".join(f"{r[0] / r[2]:.2f}" for r in rounds))
PY
