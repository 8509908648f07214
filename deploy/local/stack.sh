#!/usr/bin/env bash
# Assises local stack: PostgreSQL, Kafka (KRaft), Keycloak and the five Quarkus
# services on one machine, without Docker. Everything binds to 127.0.0.1.
#
#   deploy/local/stack.sh start [--no-build] [--no-seed]
#   deploy/local/stack.sh stop
#   deploy/local/stack.sh status
#   deploy/local/stack.sh logs [component]
#   deploy/local/stack.sh reset            (stop, then delete the state directory)
#   deploy/local/stack.sh replay-dead-letters <topic>-dlq [--list]
#                                          (after fixing the cause: put dead letters back on their topic)
#
# All state (data, logs, pids, downloaded Kafka jars, unpacked Keycloak) lives in
# ${ASSISES_STATE:-<repo>/.stack}. See deploy/local/README.md.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
STATE=${ASSISES_STATE:-$REPO_ROOT/.stack}
case "$STATE" in /*) ;; *) STATE="$PWD/$STATE" ;; esac

HOST=127.0.0.1
PG_PORT=${ASSISES_PG_PORT:-5433}
KAFKA_PORT=${ASSISES_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${ASSISES_KAFKA_CONTROLLER_PORT:-9093}
KC_PORT=${ASSISES_KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${ASSISES_KEYCLOAK_MGMT_PORT:-9100}
GATEWAY_PORT=${ASSISES_GATEWAY_PORT:-8080}
SMTP_PORT=${ASSISES_SMTP_PORT:-3025}              # GreenMail: the local SMTP server registration mails go to
MAIL_API_PORT=${ASSISES_MAIL_API_PORT:-8025}      # GreenMail's API: the messages each address received
GATEWAY_MGMT_PORT=${ASSISES_GATEWAY_MGMT_PORT:-$((GATEWAY_PORT + 1000))}  # gateway health and metrics
PROGRAMME_PORT=${ASSISES_PROGRAMME_PORT:-8081}
REGISTRATION_PORT=${ASSISES_REGISTRATION_PORT:-8082}
BUDGET_PORT=${ASSISES_BUDGET_PORT:-8083}
EVALUATION_PORT=${ASSISES_EVALUATION_PORT:-8084}

KC_VERSION=${ASSISES_KEYCLOAK_VERSION:-26.7.3}
GREENMAIL_VERSION=2.1.3   # as in deploy/local/mail/pom.xml
KC_ADMIN_USER=${ASSISES_KEYCLOAK_ADMIN:-admin}
KC_ADMIN_PASSWORD=${ASSISES_KEYCLOAK_ADMIN_PASSWORD:-admin}
KC_MODE=${ASSISES_KEYCLOAK_MODE:-optimized}          # optimized | dev
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true --cache=local)
REALM=assises
REALM_FILE="$REPO_ROOT/deploy/keycloak/assises-realm.json"
KC_THEME=assises   # the realm's loginTheme and emailTheme
KC_THEME_DIR="$REPO_ROOT/deploy/keycloak/themes/$KC_THEME"
GATEWAY_CLIENT_ID=assises-gateway
GATEWAY_CLIENT_SECRET=${ASSISES_GATEWAY_CLIENT_SECRET:-assises-gateway-local-secret}  # local stack only
# registration-service's service account, which deletes the Keycloak account of someone who erased their data
ACCOUNTS_CLIENT_SECRET=${ASSISES_ACCOUNTS_CLIENT_SECRET:-assises-registration-local-secret}  # local stack only

SERVICE_TIMEOUT=${ASSISES_SERVICE_TIMEOUT:-120}
KEYCLOAK_TIMEOUT=${ASSISES_KEYCLOAK_TIMEOUT:-240}
SERVICE_XMX=${ASSISES_SERVICE_XMX:-256m}
# further JVM options of the five services. The serial collector, a small initial heap that grows and shrinks
# back, and two malloc arenas (below) cut the services' resident memory after warm-up by about a fifth
# (bench/run-all.sh's footprint stage, same machine, same hour: 1,739 MB → 1,345 MB for the five, whole stack
# 3,189 → 2,678 MB); each service's heap still tops at SERVICE_XMX.
read -r -a SERVICE_JAVA_OPTS <<< "${ASSISES_SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}"
# Given back to the system every 5 s: the native memory the JVM freed (the compilers' arenas, mostly), which glibc
# otherwise keeps (after warm-up 1,384 → 1,192 MB for the five, 16–94 MB each; needs Java 17.0.9 or later, left
# out on an older JVM). ASSISES_SERVICE_TRIM_MS=0 turns it off.
SERVICE_TRIM_MS=${ASSISES_SERVICE_TRIM_MS:-5000}
# Class-data sharing: each service starts from an archive of the classes its start loads (as Quarkus's AppCDS
# generation writes it, without database or broker), written under $STATE/cds the first time a service starts after
# a build (40–100 s for the five side by side on 2 busy cores, while Keycloak starts) and reused until the next
# build. A start then takes 10–20 % less CPU and its metaspace about 30 MB less. ASSISES_SERVICE_CDS=off: without.
SERVICE_CDS=${ASSISES_SERVICE_CDS:-on}
# PostgreSQL's shared buffers (128MB by default): the databases' hot pages (seat counters, indexes) fit, and the
# operating system's page cache keeps the rest.
PG_SHARED_BUFFERS=${ASSISES_PG_SHARED_BUFFERS:-64MB}
TOPICS=(programme-events registration-events budget-events evaluation-events)
TOPIC_PARTITIONS=3
SERVICES=(programme-service registration-service budget-service evaluation-service gateway)
COMPONENTS=(postgres kafka keycloak mail "${SERVICES[@]}")

# Optional command that wraps every mvn call (e.g. a build semaphore on a shared machine).
MVN_WRAPPER=${ASSISES_MVN_WRAPPER:-}
read -r -a MVN_EXTRA <<< "${ASSISES_MVN_ARGS:-}"

LOGS="$STATE/logs"
PIDS="$STATE/pids"
PGDATA="$STATE/postgres/data"
KAFKA_DIR="$STATE/kafka"
KC_ROOT="$STATE/keycloak"
MAIL_DIR="$STATE/mail"
KC_HOME="$KC_ROOT/keycloak-$KC_VERSION"

# ---------------------------------------------------------------- helpers
log()  { printf '%s [stack] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '%s [stack] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '%s [stack] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }
now()  { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

mvn_run() {
  if [[ -n "$MVN_WRAPPER" && -x "$MVN_WRAPPER" ]]; then
    "$MVN_WRAPPER" mvn -B -ntp "${MVN_EXTRA[@]}" "$@"
  else
    mvn -B -ntp "${MVN_EXTRA[@]}" "$@"
  fi
}

service_port() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;;
    programme-service) echo "$PROGRAMME_PORT" ;;
    registration-service) echo "$REGISTRATION_PORT" ;;
    budget-service) echo "$BUDGET_PORT" ;;
    evaluation-service) echo "$EVALUATION_PORT" ;;
    postgres) echo "$PG_PORT" ;;
    kafka) echo "$KAFKA_PORT" ;;
    keycloak) echo "$KC_PORT" ;;
    mail) echo "$SMTP_PORT" ;;
    *) return 1 ;;
  esac
}

service_db() { echo "${1%-service}"; }   # programme-service -> programme

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true; }

# PID of a component if it is running (and really is that component), else nothing.
component_pid() {
  local name=$1 pid=""
  if [[ $name == postgres ]]; then
    [[ -r "$PGDATA/postmaster.pid" ]] && pid=$(head -n1 "$PGDATA/postmaster.pid" 2>/dev/null || true)
    [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 0
    if tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "postgres"; then echo "$pid"; fi
    return 0
  fi
  [[ -r "$PIDS/$name.pid" ]] && pid=$(cat "$PIDS/$name.pid" 2>/dev/null || true)
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 0
  # kc.sh is a shell script that execs java: accept it while it has not exec'd yet.
  if tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -F -e "-Dassises.component=$name " -e "$KC_HOME/bin/kc.sh "; then
    echo "$pid"
  fi
  return 0
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Direct children of a process.
child_pids() {
  local root=$1 f ppid pid out=()
  for f in /proc/[0-9]*/stat; do
    pid=${f#/proc/}; pid=${pid%/stat}
    ppid=$(awk '{ sub(/^.*\) /, ""); print $2 }' "$f" 2>/dev/null || true)
    if [[ "$ppid" == "$root" ]]; then out+=("$pid"); fi
  done
  echo "${out[*]}"
}

# RSS of a process plus its direct children (PostgreSQL backends, the java under kc.sh).
tree_rss_kb() {
  local total c
  total=$(rss_kb "$1")
  for c in $(child_pids "$1"); do total=$(( total + $(rss_kb "$c") )); done
  echo "$total"
}

# Proportional set size: the pages a process shares count for a share each. PostgreSQL's shared buffers are in
# the RSS of every backend that touched them, so its summed RSS counts them many times; its PSS counts them once.
pss_kb() { awk '/^Pss:/ { print $2; f = 1 } END { if (!f) print 0 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

tree_pss_kb() {
  local total c
  total=$(pss_kb "$1")
  for c in $(child_pids "$1"); do total=$(( total + $(pss_kb "$c") )); done
  echo "$total"
}

tail_log() { local f=$1 n=${2:-40}; [[ -f "$f" ]] && { echo "----- last $n lines of $f -----" >&2; tail -n "$n" "$f" >&2; echo "-----" >&2; }; return 0; }

# Start a background process detached from this shell, record its PID.
spawn() {   # spawn NAME LOGFILE cmd...
  local name=$1 logfile=$2; shift 2
  mkdir -p "$PIDS" "$LOGS"
  echo "===== $(date -Is) starting $name =====" >> "$logfile"
  setsid "$@" >> "$logfile" 2>&1 < /dev/null &
  echo $! > "$PIDS/$name.pid"
}

# Terminate a PID: TERM, wait up to 20 s, then KILL.
terminate() {
  local name=$1 pid=$2 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 200; i++)); do
    [[ -d /proc/$pid ]] || return 0
    [[ "$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$pid/stat" 2>/dev/null)" == Z ]] && return 0
    sleep 0.1
  done
  warn "$name (pid $pid) still running after 20 s: KILL"
  # Each component was started by setsid: it leads its own process group (kc.sh + its java).
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

# ---------------------------------------------------------------- prerequisites
APT_UPDATED=0
apt_install() {
  [[ $(id -u) -eq 0 ]] || die "missing packages ($*): install them (apt-get install -y $*) or run as root"
  command -v apt-get >/dev/null || die "missing packages ($*) and no apt-get on this machine"
  if [[ $APT_UPDATED -eq 0 ]]; then log "apt-get update"; apt-get update -qq; APT_UPDATED=1; fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > "$LOGS/apt.log" 2>&1 \
    || { tail_log "$LOGS/apt.log"; die "apt-get install $* failed"; }
}

check_prerequisites() {
  local missing=()
  command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  command -v curl >/dev/null || missing+=(curl)
  # the demo seed scripts read the services' JSON with jq
  command -v jq >/dev/null || missing+=(jq)
  command -v setsid >/dev/null || missing+=(util-linux)
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
  [[ ${v%%.*} -ge 17 ]] || die "Java 17 or later needed (found $v)"

  find_pg_bin
  if [[ -z "$PG_BIN" || ! -x "$PG_BIN/pg_ctl" ]]; then
    apt_install postgresql
    find_pg_bin
    [[ -x "$PG_BIN/pg_ctl" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
  fi
}

find_pg_bin() {   # newest Debian PostgreSQL server (/usr/lib/postgresql/<major>/bin)
  PG_BIN=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n1 || true)
}

# ---------------------------------------------------------------- PostgreSQL
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

psql_admin() {
  as_pg "$PG_BIN/psql" -X -q -h "$PGDATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA "$@"
}

start_postgres() {
  local pid
  pid=$(component_pid postgres)
  if [[ -n "$pid" ]]; then log "postgres already running (pid $pid)"; return 0; fi
  local t0; t0=$(now)
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user (install the postgresql package)"
    runuser -u postgres -- test -x "$STATE" \
      || die "user postgres cannot reach $STATE: choose a state directory it can traverse (ASSISES_STATE=/var/tmp/assises-stack)"
  fi
  mkdir -p "$STATE/postgres" "$LOGS"
  if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
    log "postgres: initdb in $PGDATA"
    mkdir -p "$PGDATA"
    local pwfile="$STATE/postgres/.initdb-pw"
    ( umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile" )
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$STATE/postgres" "$PGDATA" "$pwfile"; fi
    chmod 700 "$PGDATA"
    # Superuser over the socket (inside the 0700 data dir) only; TCP needs a password.
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 > "$LOGS/postgres-initdb.log" 2>&1 \
      || { rm -f "$pwfile"; tail_log "$LOGS/postgres-initdb.log"; die "initdb failed"; }
    rm -f "$pwfile"
  else
    local have want
    have=$(cat "$PGDATA/PG_VERSION"); want=$(basename "$(dirname "$PG_BIN")")
    [[ "${have%%.*}" == "${want%%.*}" ]] \
      || die "data directory is PostgreSQL $have but the binaries are $want: run '$0 reset'"
  fi
  touch "$LOGS/postgres.log"
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$LOGS/postgres.log"; fi
  port_open "$HOST" "$PG_PORT" && die "port $PG_PORT is already taken by another process (set ASSISES_PG_PORT)"
  log "postgres: starting on $HOST:$PG_PORT"
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$LOGS/postgres.log" -w -t 60 \
    -o "-c listen_addresses=$HOST -p $PG_PORT -k '$PGDATA' -c shared_buffers=$PG_SHARED_BUFFERS" start > /dev/null \
    || { tail_log "$LOGS/postgres.log"; die "PostgreSQL did not start"; }
  # Role and databases (idempotent).
  if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'assises'")" ]]; then
    psql_admin -c "CREATE ROLE assises LOGIN PASSWORD 'assises'"
  fi
  local db
  for db in programme registration budget evaluation; do
    if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
      psql_admin -c "CREATE DATABASE $db OWNER assises"
      log "postgres: database $db created"
    fi
  done
  log "postgres: ready in $(since "$t0") s (pid $(component_pid postgres))"
}

stop_postgres() {
  local pid; pid=$(component_pid postgres)
  [[ -n "$pid" ]] || return 0
  find_pg_bin
  log "stopping postgres (pid $pid)"
  if [[ -x "${PG_BIN:-}/pg_ctl" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 20 stop > /dev/null 2>&1 || true
  fi
  [[ -d /proc/$pid ]] && terminate postgres "$pid"
  return 0
}

# ---------------------------------------------------------------- Kafka
fetch_kafka() {
  local stamp="$KAFKA_DIR/lib/.fetched" sum
  sum=$(sha256sum "$SCRIPT_DIR/kafka/pom.xml" | cut -d' ' -f1)
  [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]] && return 0
  local t0; t0=$(now)
  log "kafka: fetching the broker jars from Maven Central into $KAFKA_DIR/lib"
  rm -rf "${KAFKA_DIR:?}/lib"; mkdir -p "$KAFKA_DIR/lib"
  mvn_run -q -f "$SCRIPT_DIR/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_DIR/lib" -DincludeScope=runtime > "$LOGS/kafka-fetch.log" 2>&1 \
    || { tail_log "$LOGS/kafka-fetch.log"; die "could not fetch the Kafka jars"; }
  echo "$sum" > "$stamp"
  local jars=("$KAFKA_DIR"/lib/*.jar)
  log "kafka: ${#jars[@]} jars fetched in $(since "$t0") s"
}

kafka_java() { java -Djava.io.tmpdir="$STATE/tmp" -cp "$KAFKA_DIR/lib/*" "$@"; }

kafka_tool() {
  kafka_java -Xmx256m -Dlog4j2.configurationFile="$SCRIPT_DIR/kafka/tools-log4j2.properties" "$@"
}

write_kafka_config() {
  cat > "$KAFKA_DIR/server.properties" <<EOF
# Generated by deploy/local/stack.sh at each start: edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=$TOPIC_PARTITIONS
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
EOF
}

start_kafka() {   # starts in the background; wait_kafka waits and creates the topics
  local pid
  pid=$(component_pid kafka)
  if [[ -n "$pid" ]]; then log "kafka already running (pid $pid)"; return 0; fi
  mkdir -p "$KAFKA_DIR/data" "$STATE/tmp" "$LOGS"
  write_kafka_config
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    local cluster_id
    cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid | tail -n1)
    log "kafka: formatting storage (cluster id $cluster_id)"
    kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
      > "$LOGS/kafka-format.log" 2>&1 || { tail_log "$LOGS/kafka-format.log"; die "kafka storage format failed"; }
  fi
  port_open "$HOST" "$KAFKA_PORT" && die "port $KAFKA_PORT is already taken by another process (set ASSISES_KAFKA_PORT)"
  port_open "$HOST" "$KAFKA_CONTROLLER_PORT" && die "port $KAFKA_CONTROLLER_PORT is already taken (set ASSISES_KAFKA_CONTROLLER_PORT)"
  log "kafka: starting on $HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)"
  spawn kafka "$LOGS/kafka.log" java -Dassises.component=kafka -Xms128m -Xmx512m -XX:+UseG1GC \
    -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true -Djava.io.tmpdir="$STATE/tmp" \
    -Dlog4j2.configurationFile="$SCRIPT_DIR/kafka/log4j2.properties" -Dkafka.logs.dir="$LOGS" \
    -cp "$KAFKA_DIR/lib/*" kafka.Kafka "$KAFKA_DIR/server.properties"
  KAFKA_T0=$(now)
}

wait_kafka() {
  local i pid t0=${KAFKA_T0:-$(now)}
  for ((i = 0; i < 600; i++)); do
    port_open "$HOST" "$KAFKA_PORT" && break
    pid=$(component_pid kafka)
    [[ -n "$pid" ]] || { tail_log "$LOGS/kafka.log"; die "kafka exited during start"; }
    sleep 0.1
  done
  port_open "$HOST" "$KAFKA_PORT" || { tail_log "$LOGS/kafka.log"; die "kafka did not open port $KAFKA_PORT in 60 s"; }
  # Topics (and their dead-letter topics): create the missing ones, once per state directory.
  local marker="$KAFKA_DIR/topics.ok" wanted="${TOPICS[*]} partitions=$TOPIC_PARTITIONS"
  if [[ ! -f "$marker" || "$(cat "$marker")" != "$wanted" ]]; then
    local existing missing=() t pids=() failed=0
    existing=$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --list 2>>"$LOGS/kafka-tools.log") \
      || { tail_log "$LOGS/kafka-tools.log"; die "kafka: cannot list topics"; }
    for t in "${TOPICS[@]}"; do
      grep -qx "$t" <<< "$existing" || missing+=("$t")
      grep -qx "$t-dlq" <<< "$existing" || missing+=("$t-dlq")
    done
    for t in "${missing[@]}"; do   # one JVM per topic: run them side by side
      kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --create --if-not-exists \
        --topic "$t" --partitions "$TOPIC_PARTITIONS" --replication-factor 1 >> "$LOGS/kafka-tools.log" 2>&1 &
      pids+=($!)
    done
    for t in "${pids[@]}"; do wait "$t" || failed=1; done
    ((failed == 0)) || { tail_log "$LOGS/kafka-tools.log"; die "kafka: topic creation failed"; }
    ((${#missing[@]} == 0)) || log "kafka: topics created: ${missing[*]}"
    echo "$wanted" > "$marker"
  fi
  log "kafka: ready in $(since "$t0") s (pid $(component_pid kafka))"
}

# ---------------------------------------------------------------- Keycloak
fetch_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local t0; t0=$(now)
  log "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central"
  mkdir -p "$KC_ROOT"
  ( cd "$KC_ROOT" && mvn_run -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$KC_ROOT" -DmarkersDirectory="$KC_ROOT/.markers" ) > "$LOGS/keycloak-fetch.log" 2>&1 \
    || { tail_log "$LOGS/keycloak-fetch.log"; die "could not fetch Keycloak $KC_VERSION"; }
  [[ -f "$KC_HOME/bin/kc.sh" ]] || die "Keycloak unpacked, but $KC_HOME/bin/kc.sh is missing"
  chmod +x "$KC_HOME"/bin/*.sh
  log "keycloak: fetched and unpacked in $(since "$t0") s"
}

kc_env() {   # the environment of kc.sh, as an "env ..." command prefix in KC_ENV
  KC_ENV=(env JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m"
    JAVA_OPTS_APPEND="-Dassises.component=keycloak -Djava.io.tmpdir=$STATE/tmp/keycloak"
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
    ASSISES_SMTP_HOST="$HOST" ASSISES_SMTP_PORT="$SMTP_PORT")   # the realm's mails go to GreenMail (placeholders of its smtpServer)
}

build_keycloak() {
  [[ "$KC_MODE" == optimized ]] || return 0
  local stamp="$KC_HOME/.assises-build"
  [[ -f "$stamp" && "$(cat "$stamp")" == "${KC_BUILD_OPTS[*]}" ]] && return 0
  local t0; t0=$(now)
  log "keycloak: one-time build (${KC_BUILD_OPTS[*]})"
  mkdir -p "$STATE/tmp/keycloak"
  kc_env
  "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" > "$LOGS/keycloak-build.log" 2>&1 \
    || { tail_log "$LOGS/keycloak-build.log"; die "kc.sh build failed"; }
  echo "${KC_BUILD_OPTS[*]}" > "$stamp"
  log "keycloak: built in $(since "$t0") s"
}

install_keycloak_theme() {   # the realm's login and e-mail theme, read from the repository (a link, not a copy)
  local target="$KC_HOME/themes/$KC_THEME"
  [[ -L "$target" && "$(readlink "$target")" == "$KC_THEME_DIR" ]] && return 0
  rm -rf "$target"
  ln -s "$KC_THEME_DIR" "$target"
}

start_keycloak() {   # starts in the background; wait_keycloak waits for the realm
  local pid
  pid=$(component_pid keycloak)
  if [[ -n "$pid" ]]; then log "keycloak already running (pid $pid)"; return 0; fi
  port_open "$HOST" "$KC_PORT" && die "port $KC_PORT is already taken by another process (set ASSISES_KEYCLOAK_PORT)"
  port_open "$HOST" "$KC_MGMT_PORT" && die "port $KC_MGMT_PORT is already taken (set ASSISES_KEYCLOAK_MGMT_PORT)"
  mkdir -p "$KC_HOME/data/import" "$STATE/tmp/keycloak"
  install_keycloak_theme
  # the gateway client's redirect URIs name the gateway's port: follow ASSISES_GATEWAY_PORT
  sed -e "s#http://127.0.0.1:8080#http://$HOST:$GATEWAY_PORT#g" -e "s#http://localhost:8080#http://localhost:$GATEWAY_PORT#g" \
    "$REALM_FILE" > "$KC_HOME/data/import/$REALM-realm.json"
  local sum; sum=$(sha256sum "$KC_HOME/data/import/$REALM-realm.json" | cut -d' ' -f1)
  if [[ -d "$KC_HOME/data/h2" ]]; then
    [[ -f "$KC_ROOT/imported-realm.sha256" && "$(cat "$KC_ROOT/imported-realm.sha256")" != "$sum" ]] && \
      warn "deploy/keycloak/assises-realm.json changed since it was imported; Keycloak keeps the imported realm. To import it again: $0 stop && rm -rf '$KC_HOME/data/h2' (or $0 reset)"
  else
    echo "$sum" > "$KC_ROOT/imported-realm.sha256"
  fi
  local args=(--http-enabled=true --hostname-strict=false --http-host="$HOST" --http-port="$KC_PORT"
              --http-management-port="$KC_MGMT_PORT" --import-realm)
  kc_env
  if [[ "$KC_MODE" == optimized ]]; then
    log "keycloak: starting (start --optimized) on $HOST:$KC_PORT"
    spawn keycloak "$LOGS/keycloak.log" "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" start --optimized "${args[@]}"
  else
    log "keycloak: starting (start-dev) on $HOST:$KC_PORT"
    spawn keycloak "$LOGS/keycloak.log" "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" start-dev "${args[@]}"
  fi
  KC_T0=$(now)
}

wait_keycloak() {
  local url="http://$HOST:$KC_PORT/realms/$REALM/.well-known/openid-configuration"
  local i t0=${KC_T0:-$(now)} code
  for ((i = 0; i < KEYCLOAK_TIMEOUT * 4; i++)); do
    code=$(http_code "$url")
    [[ "$code" == 200 ]] && { log "keycloak: realm $REALM ready in $(since "$t0") s (pid $(component_pid keycloak))"; return 0; }
    if [[ -z "$(component_pid keycloak)" ]]; then
      tail_log "$LOGS/keycloak.log"
      if [[ "$KC_MODE" == optimized ]]; then
        warn "keycloak did not start with 'start --optimized': falling back to start-dev (ASSISES_KEYCLOAK_MODE=dev)"
        KC_MODE=dev; start_keycloak; t0=$KC_T0; continue
      fi
      die "keycloak exited during start"
    fi
    sleep 0.25
  done
  tail_log "$LOGS/keycloak.log"
  die "keycloak: $url not ready after $KEYCLOAK_TIMEOUT s"
}

# ---------------------------------------------------------------- local SMTP server (GreenMail)
fetch_mail() {
  local jar="$MAIL_DIR/lib/greenmail-standalone-$GREENMAIL_VERSION.jar"
  [[ -f "$jar" ]] && return 0
  log "mail: fetching GreenMail $GREENMAIL_VERSION from Maven Central into $MAIL_DIR/lib"
  mkdir -p "$MAIL_DIR/lib"
  mvn_run -q -f "$SCRIPT_DIR/mail/pom.xml" dependency:copy-dependencies -DexcludeTransitive=true \
    -DoutputDirectory="$MAIL_DIR/lib" > "$LOGS/mail-fetch.log" 2>&1 \
    || { tail_log "$LOGS/mail-fetch.log"; die "could not fetch GreenMail"; }
}

start_mail() {   # a real SMTP server in memory: every mail the services send, readable through its API
  local pid; pid=$(component_pid mail)
  if [[ -n "$pid" ]]; then log "mail already running (pid $pid)"; return 0; fi
  port_open "$HOST" "$SMTP_PORT" && die "port $SMTP_PORT is already taken by another process (set ASSISES_SMTP_PORT)"
  port_open "$HOST" "$MAIL_API_PORT" && die "port $MAIL_API_PORT is already taken by another process (set ASSISES_MAIL_API_PORT)"
  log "mail: starting GreenMail (SMTP $HOST:$SMTP_PORT, API $HOST:$MAIL_API_PORT)"
  spawn mail "$LOGS/mail.log" java -Dassises.component=mail -Xmx128m -Djava.io.tmpdir="$STATE/tmp" \
    -Dgreenmail.smtp.hostname="$HOST" -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname="$HOST" -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$MAIL_DIR/lib/greenmail-standalone-$GREENMAIL_VERSION.jar"
  local i
  for ((i = 0; i < 120; i++)); do
    port_open "$HOST" "$SMTP_PORT" && { log "mail: ready (pid $(component_pid mail))"; return 0; }
    [[ -n "$(component_pid mail)" ]] || { tail_log "$LOGS/mail.log"; die "GreenMail exited during start"; }
    sleep 0.25
  done
  tail_log "$LOGS/mail.log"; die "GreenMail did not open $HOST:$SMTP_PORT within 30 s"
}

# ---------------------------------------------------------------- Quarkus services
build_services() {
  if [[ ! -f "$REPO_ROOT/pom.xml" ]]; then warn "no $REPO_ROOT/pom.xml: services not built"; return 0; fi
  local t0; t0=$(now)
  log "services: mvn -q -DskipTests package (log: $LOGS/build.log)"
  ( cd "$REPO_ROOT" && mvn_run -q -DskipTests package ) > "$LOGS/build.log" 2>&1 \
    || { tail_log "$LOGS/build.log" 60; die "the Maven build failed (see $LOGS/build.log); '$0 start --no-build' starts what is already built"; }
  log "services: built in $(since "$t0") s"
}

# the JVM options every service runs with (and its class-data archive is written with)
service_jvm_opts() {
  SERVICE_JVM=(-Xmx"$SERVICE_XMX" "${SERVICE_JAVA_OPTS[@]}")
  if [[ $SERVICE_TRIM_MS != 0 ]]; then
    if [[ -z ${TRIM_SUPPORTED:-} ]]; then
      TRIM_SUPPORTED=no
      java -XX:TrimNativeHeapInterval="$SERVICE_TRIM_MS" -version > /dev/null 2>&1 && TRIM_SUPPORTED=yes
      [[ $TRIM_SUPPORTED == yes ]] || warn "this JVM has no -XX:TrimNativeHeapInterval (Java 17.0.9 or later): services start without it"
    fi
    [[ $TRIM_SUPPORTED == yes ]] && SERVICE_JVM+=(-XX:TrimNativeHeapInterval="$SERVICE_TRIM_MS")
  fi
  return 0
}

cds_archive() { echo "$STATE/cds/$1.jsa"; }

# the archive's key: the JVM and the options it was written with; a build newer than the archive also renews it
cds_key() {
  [[ -n ${JAVA_VM_VERSION:-} ]] || JAVA_VM_VERSION=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.version/ { print $2 }')
  echo "$JAVA_VM_VERSION ${SERVICE_JVM[*]}"
}

cds_current() {   # cds_current NAME: true when NAME's archive matches its build, the JVM and the options
  local name=$1 jsa; jsa=$(cds_archive "$1")
  [[ -f "$jsa" && -f "$jsa.key" && "$(cat "$jsa.key")" == "$(cds_key)" ]] || return 1
  [[ -z "$(find "$REPO_ROOT/$name/target/quarkus-app" -newer "$jsa" -print -quit 2>/dev/null)" ]]
}

# Writes the missing or outdated archives, the services side by side, as Quarkus's AppCDS generation does
# (-Dquarkus.appcds.generate=true, -XX:ArchiveClassesAtExit): the JVM keeps the classes the application loaded
# when it exits. Without a database address the four services stop at their runtime initialisation, after the
# static one; the gateway, which needs nothing, is stopped once started (on ports of its own choosing). The command
# line is otherwise the one start_service runs, so that the JVM accepts the archive.
prepare_archives() {
  [[ $SERVICE_CDS == on ]] || return 0
  service_jvm_opts
  local name jar jsa todo=() pids=() t0 i
  for name in "${SERVICES[@]}"; do
    jar="$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar"
    [[ -f "$jar" ]] || continue
    [[ -n "$(component_pid "$name")" ]] && continue
    cds_current "$name" || todo+=("$name")
  done
  ((${#todo[@]})) || return 0
  t0=$(now)
  log "services: writing class-data archives (${todo[*]}; log: $LOGS/cds.log)"
  mkdir -p "$STATE/cds"
  for name in "${todo[@]}"; do
    jsa=$(cds_archive "$name")
    rm -f "$jsa" "$jsa.key" "$jsa.tmp"
    mkdir -p "$STATE/tmp/$name"
    ( cd "$REPO_ROOT/$name" && exec env QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0 MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
        java -XX:ArchiveClassesAtExit="$jsa.tmp" -Dquarkus.appcds.generate=true "${SERVICE_JVM[@]}" \
        -Djava.io.tmpdir="$STATE/tmp/$name" -jar "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" \
        > "$STATE/cds/$name.log" 2>&1 < /dev/null ) &
    pids+=($!)
  done
  local left=${#pids[@]} stopped=()
  for ((i = 0; i < 1800 && left > 0; i++)); do   # at most 180 s; then each one still running gets a TERM
    left=0
    for i2 in "${!pids[@]}"; do
      [[ -d /proc/${pids[$i2]} ]] || continue
      left=$((left + 1))
      if [[ -z ${stopped[$i2]:-} ]] && grep -q ' started in ' "$STATE/cds/${todo[$i2]}.log" 2>/dev/null; then
        kill -TERM "${pids[$i2]}" 2>/dev/null || true; stopped[$i2]=1
      fi
    done
    sleep 0.1
  done
  for i in "${!todo[@]}"; do
    name=${todo[$i]}
    jsa=$(cds_archive "$name")
    [[ -d /proc/${pids[$i]} ]] && kill -TERM "${pids[$i]}" 2>/dev/null
    wait "${pids[$i]}" 2>/dev/null || true   # a service stopped at its runtime initialisation exits with 1
    if [[ -s "$jsa.tmp" ]]; then
      mv "$jsa.tmp" "$jsa"; cds_key > "$jsa.key"
    else
      rm -f "$jsa.tmp"; warn "$name: no class-data archive (see $STATE/cds/$name.log): it starts without"
    fi
    { echo "===== $(date -Is) $name"; grep -v '\[cds\]' "$STATE/cds/$name.log" | grep -v '^\s' | tail -n 8; } >> "$LOGS/cds.log"
  done
  log "services: class-data archives written in $(since "$t0") s ($(cd "$STATE/cds" && ls -- *.jsa 2>/dev/null | wc -l) of ${#SERVICES[@]})"
}

start_service() {
  local name=$1 port jar pid
  port=$(service_port "$name")
  jar="$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar"
  pid=$(component_pid "$name")
  if [[ -n "$pid" ]]; then log "$name already running (pid $pid)"; return 0; fi
  if [[ ! -f "$jar" ]]; then
    warn "$name: $jar not found: skipped"
    SKIPPED+=("$name"); return 0
  fi
  port_open "$HOST" "$port" && die "port $port is already taken by another process (needed by $name)"
  mkdir -p "$STATE/tmp/$name"
  local envs=(
    QUARKUS_HTTP_HOST="$HOST"
    QUARKUS_HTTP_PORT="$port"
    QUARKUS_OIDC_AUTH_SERVER_URL="http://$HOST:$KC_PORT/realms/$REALM"
  )
  if [[ $name == gateway ]]; then
    envs+=(
      QUARKUS_MANAGEMENT_PORT="$GATEWAY_MGMT_PORT"   # health and metrics stay off the public port
      QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE=false   # plain http on 127.0.0.1; production forces Secure
      QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE=false   # the forms' anti-CSRF cookie likewise
      QUARKUS_OIDC_CLIENT_ID="$GATEWAY_CLIENT_ID"
      QUARKUS_OIDC_CREDENTIALS_SECRET="$GATEWAY_CLIENT_SECRET"
      ASSISES_OIDC_URL="http://$HOST:$KC_PORT/realms/$REALM"   # the sign-up link names Keycloak's public address
      ASSISES_PROGRAMME_URL="http://$HOST:$PROGRAMME_PORT"
      ASSISES_REGISTRATION_URL="http://$HOST:$REGISTRATION_PORT"
      ASSISES_BUDGET_URL="http://$HOST:$BUDGET_PORT"
      ASSISES_EVALUATION_URL="http://$HOST:$EVALUATION_PORT"
    )
  else
    envs+=(
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:$PG_PORT/$(service_db "$name")"
      QUARKUS_DATASOURCE_USERNAME=assises
      QUARKUS_DATASOURCE_PASSWORD=assises
      KAFKA_BOOTSTRAP_SERVERS="$HOST:$KAFKA_PORT"
    )
    # Registration mails go to the stack's own SMTP server (GreenMail); ASSISES_MAILER_MOCK=true sends them
    # to the log instead.
    # The survey links, the mailed openers and the poster's QR code lead to this stack's gateway, whatever its port.
    if [[ $name == evaluation-service ]]; then
      envs+=(ASSISES_SURVEY_LINK_BASE="http://$HOST:$GATEWAY_PORT/api/evaluation/survey/")
    fi
    if [[ $name == registration-service ]]; then
      envs+=(ASSISES_ACCOUNTS_CLIENT_SECRET="$ACCOUNTS_CLIENT_SECRET")
      if [[ ${ASSISES_MAILER_MOCK:-false} == true ]]; then
        envs+=(QUARKUS_MAILER_MOCK=true)
      else
        envs+=(QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST="$HOST" QUARKUS_MAILER_PORT="$SMTP_PORT"
               QUARKUS_MAILER_START_TLS=DISABLED QUARKUS_MAILER_LOGIN=DISABLED)
      fi
    fi
  fi
  log "$name: starting on $HOST:$port"
  envs+=(MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}")
  service_jvm_opts
  local cds=()
  if [[ $SERVICE_CDS == on ]] && cds_current "$name"; then cds=(-XX:SharedArchiveFile="$(cds_archive "$name")"); fi
  ( cd "$REPO_ROOT/$name" && spawn "$name" "$LOGS/$name.log" env "${envs[@]}" \
      java -Dassises.component="$name" "${SERVICE_JVM[@]}" "${cds[@]}" \
      -Djava.io.tmpdir="$STATE/tmp/$name" -jar "$jar" )
  STARTED+=("$name")
}

# the gateway answers health on its management port only; the services on their main port
health_url() {
  if [[ $1 == gateway ]]; then echo "http://$HOST:$GATEWAY_MGMT_PORT/q/health/ready"
  else echo "http://$HOST:$(service_port "$1")/q/health/ready"; fi
}

wait_service() {
  local name=$1 url i code t0=$2
  url=$(health_url "$name")
  for ((i = 0; i < SERVICE_TIMEOUT * 4; i++)); do
    code=$(http_code "$url")
    [[ "$code" == 200 ]] && { log "$name: ready in $(since "$t0") s (pid $(component_pid "$name"))"; return 0; }
    if [[ -z "$(component_pid "$name")" ]]; then
      tail_log "$LOGS/$name.log"; die "$name exited during start"
    fi
    sleep 0.25
  done
  tail_log "$LOGS/$name.log" 40
  die "$name: $url did not answer 200 within $SERVICE_TIMEOUT s (last: ${code:-none})"
}

# ---------------------------------------------------------------- commands
cmd_start() {
  local build=1 seed=1 a
  for a in "$@"; do
    case "$a" in
      --no-build) build=0 ;;
      --no-seed) seed=0 ;;
      *) die "unknown option: $a (start [--no-build] [--no-seed])" ;;
    esac
  done
  local T0; T0=$(now)
  mkdir -p "$STATE" "$LOGS" "$PIDS" "$STATE/tmp"
  STATE=$(cd "$STATE" && pwd)
  log "state directory: $STATE"
  check_prerequisites

  fetch_kafka
  fetch_mail
  start_postgres
  start_kafka
  start_mail
  fetch_keycloak
  build_keycloak
  start_keycloak
  wait_kafka
  if ((build)); then build_services; else log "services: build skipped (--no-build)"; fi
  prepare_archives
  wait_keycloak

  SKIPPED=() STARTED=()
  local s t0; t0=$(now)
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${STARTED[@]}"; do wait_service "$s" "$t0"; done

  if ((seed)); then
    ASSISES_STATE="$STATE" ASSISES_KEYCLOAK_PORT="$KC_PORT" ASSISES_GATEWAY_PORT="$GATEWAY_PORT" \
    ASSISES_PROGRAMME_PORT="$PROGRAMME_PORT" ASSISES_REGISTRATION_PORT="$REGISTRATION_PORT" \
    ASSISES_BUDGET_PORT="$BUDGET_PORT" ASSISES_EVALUATION_PORT="$EVALUATION_PORT" \
      "$SCRIPT_DIR/seed.sh" || die "seeding failed (the stack is running: fix and run deploy/local/seed.sh again)"
  fi

  cat <<EOF

Assises local stack is up ($(since "$T0") s). State: $STATE
  Gateway (web)         http://$HOST:$GATEWAY_PORT/
  programme-service     http://$HOST:$PROGRAMME_PORT/q/swagger-ui
  registration-service  http://$HOST:$REGISTRATION_PORT/q/swagger-ui
  budget-service        http://$HOST:$BUDGET_PORT/q/swagger-ui
  evaluation-service    http://$HOST:$EVALUATION_PORT/q/swagger-ui
  Keycloak admin        http://$HOST:$KC_PORT/admin/master/console/#/$REALM   ($KC_ADMIN_USER / $KC_ADMIN_PASSWORD)
  Keycloak realm        http://$HOST:$KC_PORT/realms/$REALM/account
  PostgreSQL            $HOST:$PG_PORT  (role assises / assises; databases programme registration budget evaluation)
  Kafka                 $HOST:$KAFKA_PORT
  Mails (GreenMail)     smtp://$HOST:$SMTP_PORT, received: http://$HOST:$MAIL_API_PORT/api/user/<e-mail>/messages/

Demo logins (password: assises-demo), local stack only:
  demo-organisateur    organiser
  demo-participant     participant
  demo-participante2   participant
  demo-partenaire      partner
  demo-admin           admin, organiser
EOF
  if ((${#SKIPPED[@]})); then
    echo "Not started (no jar built yet): ${SKIPPED[*]}"
  fi
  echo "Stop: $0 stop    Status: $0 status    Logs: $0 logs <component>"
}

cmd_stop() {
  [[ -d "$STATE" ]] || { log "nothing to stop (no $STATE)"; return 0; }
  local name pid pids=() names=() i group
  # Services first (gateway included), in parallel, then Keycloak and Kafka, then PostgreSQL.
  for group in "gateway programme-service registration-service budget-service evaluation-service" "keycloak kafka mail"; do
    pids=() names=()
    for name in $group; do
      pid=$(component_pid "$name")
      if [[ -n "$pid" ]]; then
        log "stopping $name (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        pids+=("$pid") names+=("$name")
      else
        rm -f "$PIDS/$name.pid"
      fi
    done
    for i in "${!pids[@]}"; do terminate "${names[$i]}" "${pids[$i]}"; rm -f "$PIDS/${names[$i]}.pid"; done
  done
  stop_postgres
  local left=()
  for name in "${COMPONENTS[@]}"; do
    [[ -n "$(component_pid "$name")" ]] && left+=("$name")
  done
  ((${#left[@]} == 0)) || die "still running: ${left[*]}"
  log "stack stopped"
}

cmd_status() {
  printf '%-22s %-6s %-8s %-6s %10s %10s  %s\n' COMPONENT STATE PID PORT RSS_MB PSS_MB DETAIL
  local name pid port rss pss detail state total=0 total_pss=0
  for name in "${COMPONENTS[@]}"; do
    pid=$(component_pid "$name"); port=$(service_port "$name"); detail="" rss="" pss=""
    if [[ -n "$pid" ]]; then
      state=up
      rss=$(tree_rss_kb "$pid")   # with its children: PostgreSQL backends, kc.sh's java
      pss=$(tree_pss_kb "$pid")
      total=$((total + rss)) total_pss=$((total_pss + pss))
      pss=$(awk -v k="$pss" 'BEGIN { printf "%.0f", k / 1024 }')
      case "$name" in
        postgres) detail="with its backends"; port_open "$HOST" "$port" || detail="port closed" ;;
        kafka|mail) port_open "$HOST" "$port" || detail="port closed" ;;
        keycloak) if [[ "$(http_code "http://$HOST:$KC_PORT/realms/$REALM/.well-known/openid-configuration")" == 200 ]]; then
                    detail="realm $REALM ready"; else detail="realm not ready"; fi
                  detail="$detail, kc.sh + java pid $(child_pids "$pid")" ;;
        *) detail="health/ready $(http_code "$(health_url "$name")")" ;;
      esac
      rss=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    else
      state=down pid=- rss=- pss=-
      [[ $name == postgres || $name == kafka || $name == keycloak || $name == mail ]] || \
        [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] || detail="not built"
    fi
    printf '%-22s %-6s %-8s %-6s %10s %10s  %s\n' "$name" "$state" "$pid" "$port" "$rss" "$pss" "$detail"
  done
  printf '%-22s %-6s %-8s %-6s %10s %10s\n' total "" "" "" "$(awk -v k="$total" 'BEGIN { printf "%.0f", k / 1024 }')" \
    "$(awk -v k="$total_pss" 'BEGIN { printf "%.0f", k / 1024 }')"
  echo "state: $STATE"
}

cmd_logs() {
  local name=${1:-}
  [[ -d "$LOGS" ]] || die "no logs yet ($LOGS)"
  if [[ -z "$name" ]]; then
    exec tail -n 20 -F "$LOGS"/*.log
  fi
  case "$name" in programme|registration|budget|evaluation) name="$name-service" ;; pg|postgresql) name=postgres ;; esac
  [[ -f "$LOGS/$name.log" ]] || die "no log for '$name' (have: $(cd "$LOGS" && printf '%s ' ./*.log | sed 's#\./##g; s#\.log##g'))"
  exec tail -n "${ASSISES_LOG_LINES:-100}" -F "$LOGS/$name.log"
}

cmd_reset() {
  cmd_stop
  case "$STATE" in
    /|"$HOME"|"$REPO_ROOT"|/root|/home|/tmp|/var|/work) die "refusing to delete $STATE" ;;
  esac
  if [[ -d "$STATE" ]]; then
    log "deleting $STATE"
    rm -rf "$STATE"
  fi
  log "reset done: the next start begins from scratch (downloads come from the local Maven repository)"
}

# ---------------------------------------------------------------- dead letters
cmd_replay_dead_letters() {   # replay-dead-letters <topic>-dlq [--list]
  [[ $# -ge 1 ]] || die "usage: $0 replay-dead-letters <topic>-dlq [--list]"
  # any service's packaged libraries hold common's replay command and the Kafka client
  local lib="$REPO_ROOT/programme-service/target/quarkus-app/lib/main"
  [[ -d "$lib" ]] || die "$lib is missing: build the services first ($0 start builds them)"
  port_open "$HOST" "$KAFKA_PORT" || die "Kafka is not running on $HOST:$KAFKA_PORT"
  java -Djava.io.tmpdir="$STATE/tmp" -cp "$lib/*" fr.assises.common.events.DeadLetterReplay \
    --bootstrap-servers "$HOST:$KAFKA_PORT" "$@"
}

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

cmd=${1:-}
[[ $# -gt 0 ]] && shift
case "$cmd" in
  start) cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  logs) cmd_logs "$@" ;;
  reset) cmd_reset ;;
  replay-dead-letters) cmd_replay_dead_letters "$@" ;;
  -h|--help|help) usage 0 ;;
  *) usage 2 ;;
esac
