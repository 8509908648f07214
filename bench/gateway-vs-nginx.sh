#!/usr/bin/env bash
# Gateway proxy overhead, measured against nginx proxying the same backend in the same run.
#
#   bench/gateway-vs-nginx.sh [duration-seconds] [connections] [rounds]
#
# BENCH_GATEWAY_JAVA_OPTS adds JVM options to the gateway (a profile:
# BENCH_GATEWAY_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/gateway.jfr,settings=profile).
#
# A backend (nginx serving a programme-sized JSON document) is reached three ways with wrk:
# directly, through nginx as a reverse proxy (keep-alive upstream), and through the gateway
# (gateway/target/quarkus-app, built when missing). The gateway runs with its production
# configuration (access log on) except the anonymous rate limit, raised so that it does not
# answer 429 to the load generator. Report: requests/s and latency of each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-64}
ROUNDS=${3:-2}
WORK=$(mktemp -d /tmp/assises-bench.XXXXXX)
BACKEND_PORT=${BENCH_BACKEND_PORT:-18091}
NGINX_PROXY_PORT=${BENCH_NGINX_PORT:-18092}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18093}
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

QUARKUS_HTTP_PORT=$GATEWAY_PORT \
QUARKUS_MANAGEMENT_PORT=${BENCH_GATEWAY_MANAGEMENT_PORT:-$((GATEWAY_PORT + 1000))} \
ASSISES_PROGRAMME_URL=http://127.0.0.1:$BACKEND_PORT \
ASSISES_GATEWAY_RATE_LIMITS_ANONYMOUS_PER_MINUTE=1000000000 \
QUARKUS_OIDC_TENANT_ENABLED=false \
  java -Xmx256m ${BENCH_GATEWAY_JAVA_OPTS:-} -jar gateway/target/quarkus-app/quarkus-run.jar > "$WORK/gateway.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do   # up to two minutes on a busy machine
  curl -fsS -o /dev/null "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" || { tail -20 "$WORK/gateway.log" >&2; exit 1; }

run() { # name url
  wrk -t2 -c"$CONNECTIONS" -d5s "$2" >/dev/null   # warm-up (JIT, connection pools)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2" > "$WORK/$1.txt"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt")
  printf '%-10s %12s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
  eval "RPS_$1=$rps"
}

echo "wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s per target, same machine, same run; nginx and gateway alternated $ROUNDS times"
run direct "http://127.0.0.1:$BACKEND_PORT$PATH_UNDER_TEST"
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  run "nginx$round" "http://127.0.0.1:$NGINX_PROXY_PORT$PATH_UNDER_TEST"
  run "gateway$round" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST"
  eval "ratios+=(\"\$RPS_gateway$round \$RPS_nginx$round\")"
done
python3 - "$RPS_direct" "${ratios[@]}" <<'PY'
import sys
direct = float(sys.argv[1])
pairs = [tuple(map(float, p.split())) for p in sys.argv[2:]]
print("gateway / nginx throughput ratio per round: " + ", ".join(f"{g / n:.2f}" for g, n in pairs))
print("nginx / direct: " + ", ".join(f"{n / direct:.2f}" for g, n in pairs)
      + "   gateway / direct: " + ", ".join(f"{g / direct:.2f}" for g, n in pairs))
PY
