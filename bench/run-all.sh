#!/usr/bin/env bash
# The benchmark suite: one run on the local stack, every figure written to docs/benchmarks.md.
#
#   deploy/local/stack.sh start            # the whole stack with its demo (or let this script start it:
#   bench/run-all.sh [participants] [connections]      BENCH_START_STACK=1 bench/run-all.sh, stopped after)
#
# Not part of the test suite (./test.sh never runs it). Machine-wide the local stack uses fixed ports shared with
# the end-to-end tests: run it as `flock /tmp/e2e.lock bench/run-all.sh`. The load generator runs on the same
# machine as the stack, so every figure is a figure of the whole machine; compare ratios measured in the same run.
#
# What it measures, in this order:
#  1. registration rushes: PARTICIPANTS Keycloak accounts (bench-NNNN, fictional) each register once (two workshop
#     slots, four meals, two days) with their own real token, CONNECTIONS at a time (closed model), then at a fixed
#     arrival rate (open model); two mixes, "spread" (first choices spread over 10 workshops per slot) and "hot"
#     (everyone wants the same workshop); straight to registration-service and through the gateway, alternated;
#     after each rush PostgreSQL is checked: no counter above its capacity, every counter equal to its rows;
#  2. registration -> budget projection latency (budget-service's projection row against the registration's);
#  3. exports of a 5,000-registration congress (participants CSV and XLSX, catering CSV);
#  4. gateway vs nginx vs direct (bench/gateway-vs-nginx.sh, its own processes);
#  5. resident memory of each component (deploy/local/stack.sh status) and start times from the stack's log.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PARTICIPANTS=${1:-600}
CONNECTIONS=${2:-32}
RATE=${BENCH_RATE:-100}
EXPORT_SIZE=${BENCH_EXPORT_SIZE:-5000}
OUT=${BENCH_OUT:-docs/benchmarks.md}
HOST=127.0.0.1
KC="http://$HOST:${ASSISES_KEYCLOAK_PORT:-8180}"
GATEWAY="http://$HOST:${ASSISES_GATEWAY_PORT:-8080}"
PROGRAMME="http://$HOST:${ASSISES_PROGRAMME_PORT:-8081}"
REGISTRATION="http://$HOST:${ASSISES_REGISTRATION_PORT:-8082}"
PG_PORT=${ASSISES_PG_PORT:-5433}
WORK=$(mktemp -d /tmp/assises-bench.XXXXXX)
RESULTS=$WORK/results.txt
STARTED_STACK=0
log() { printf '%s [bench] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$WORK/bench.log" >&2; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
  restore_policy || true
  [[ $STARTED_STACK == 1 ]] && deploy/local/stack.sh stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 1" INT TERM

for tool in curl jq java python3; do command -v $tool >/dev/null || die "$tool is needed"; done
PSQL=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
[[ -n "$PSQL" ]] || PSQL=$(command -v psql) || die "psql is needed (apt-get install postgresql-client)"
sql() { PGPASSWORD=assises "$PSQL" -X -q -tA -h $HOST -p "$PG_PORT" -U assises -d "$1" -c "$2"; }

if ! curl -fs -m 3 -o /dev/null "$REGISTRATION/q/health/ready"; then
  [[ ${BENCH_START_STACK:-0} == 1 ]] || die "the local stack is not up: deploy/local/stack.sh start (or BENCH_START_STACK=1)"
  STARTED_STACK=1
  if [[ -f registration-service/target/quarkus-app/quarkus-run.jar && -f gateway/target/quarkus-app/quarkus-run.jar ]]; then
    deploy/local/stack.sh start --no-build --no-seed 2>&1 | tee "$WORK/stack-start.log" >&2
  else
    deploy/local/stack.sh start --no-seed 2>&1 | tee "$WORK/stack-start.log" >&2
  fi
fi

# ---- Keycloak: bench accounts with a cheap password hash for the run (tokens are the point, not hashing)
ADMIN=$(curl -fsS -m 10 "$KC/realms/master/protocol/openid-connect/token" -d grant_type=password \
  -d client_id=admin-cli -d "username=${ASSISES_KEYCLOAK_ADMIN:-admin}" \
  -d "password=${ASSISES_KEYCLOAK_ADMIN_PASSWORD:-admin}" | jq -r .access_token)
REALM_API="$KC/admin/realms/assises"
OLD_POLICY=$(curl -fsS -m 10 -H "Authorization: Bearer $ADMIN" "$REALM_API" | jq -r '.passwordPolicy // ""')
restore_policy() {
  [[ -n "${ADMIN:-}" ]] || return 0
  curl -fsS -m 10 -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    --data "$(jq -nc --arg p "$OLD_POLICY" '{passwordPolicy: $p}')" "$REALM_API" >/dev/null
}
curl -fsS -m 10 -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  --data '{"passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"}' "$REALM_API" >/dev/null
export KC ADMIN REALM_API
create_user() {
  curl -sS -m 20 -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    --data "{\"username\":\"$1\",\"enabled\":true,\"email\":\"$1@bench.invalid\",\"emailVerified\":true,
      \"firstName\":\"Banc\",\"lastName\":\"Essai $1\",
      \"credentials\":[{\"type\":\"password\",\"value\":\"bench-password\",\"temporary\":false}]}" \
    "$REALM_API/users"
}
token_of() {
  curl -fsS -m 30 "$KC/realms/assises/protocol/openid-connect/token" -d grant_type=password -d client_id=assises-cli \
    -d "username=$1" -d password=bench-password | jq -r .access_token
}
export -f create_user token_of
USERS_NEEDED=$PARTICIPANTS
log "Keycloak: $USERS_NEEDED bench accounts (created once, kept)"
seq -f 'bench-%05g' 1 "$USERS_NEEDED" | xargs -P 4 -I{} bash -c 'create_user {}'
tokens() { # tokens FILE: a fresh token per bench account (valid 300 s)
  seq -f 'bench-%05g' 1 "$PARTICIPANTS" | xargs -P 4 -I{} bash -c 'token_of {}' > "$1"
  [[ $(grep -c . "$1") == "$PARTICIPANTS" ]] || die "not every bench account got a token"
}
ORGANISER=$(curl -fsS -m 30 "$KC/realms/assises/protocol/openid-connect/token" -d grant_type=password \
  -d client_id=assises-cli -d username=demo-organisateur -d "password=${ASSISES_DEMO_PASSWORD:-assises-demo}" \
  | jq -r .access_token)
organiser_token() {
  ORGANISER=$(curl -fsS -m 30 "$KC/realms/assises/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=assises-cli -d username=demo-organisateur -d "password=${ASSISES_DEMO_PASSWORD:-assises-demo}" \
    | jq -r .access_token)
}

# ---- a bench congress: 2 days, 2 workshop slots of 10 workshops, 4 meals, published, registration open
call() { # call METHOD URL [JSON]
  local args=(-fsS -m 30 -X "$1" -H "Authorization: Bearer $ORGANISER" -H 'Content-Type: application/json')
  [[ -n "${3:-}" ]] && args+=(--data "$3")
  curl "${args[@]}" "$2"
}
new_congress() { # new_congress NAME TOTAL WORKSHOP_CAPACITY: prints "congressId w1a w1b w2a w2b meal1 meal2 meal3 meal4 hot"
  organiser_token
  local name=$1 total=$2 wcap=$3 api="$PROGRAMME/api/programme" id c s1 s2 rooms=() meals=() w1=() w2=()
  id=$(call POST "$api/congresses" "$(jq -nc --arg slug "banc-$name-$(date +%s%N | tail -c 9)" '{slug: $slug,
    title: "Congrès de banc d’essai", startDate: "2027-06-24", endDate: "2027-06-25", timeZone: "Europe/Paris",
    status: "OPEN", venue: "Centre fictif",
    halfDays: [{start: "2027-06-24T09:00:00+02:00", end: "2027-06-24T14:00:00+02:00"},
               {start: "2027-06-24T14:00:00+02:00", end: "2027-06-24T22:00:00+02:00"},
               {start: "2027-06-25T09:00:00+02:00", end: "2027-06-25T14:00:00+02:00"},
               {start: "2027-06-25T14:00:00+02:00", end: "2027-06-25T22:00:00+02:00"}]}')" | jq -r .id)
  c="$api/congresses/$id"
  local restaurant; restaurant=$(call POST "$c/rooms" "$(jq -nc --argjson cap "$((total + 100))" '{name: "Restaurant", capacity: $cap, accessible: true}')" | jq -r .id)
  for i in $(seq 1 10); do
    rooms+=("$(call POST "$c/rooms" "$(jq -nc --arg n "Salle $i" --argjson cap "$wcap" '{name: $n, capacity: $cap, accessible: true}')" | jq -r .id)")
  done
  s1=$(python3 -c 'import uuid; print(uuid.uuid4())'); s2=$(python3 -c 'import uuid; print(uuid.uuid4())')
  session() { # kind title start end room [series]
    call POST "$c/sessions" "$(jq -nc --arg k "$1" --arg t "$2" --arg s "$3:00+02:00" --arg e "$4:00+02:00" \
      --arg r "$5" --arg series "${6:-}" '{kind: $k, title: $t, description: "Séance de banc d’essai.",
      start: $s, "end": $e, roomId: $r, themeIds: [], speakerIds: []} + (if $series == "" then {} else {seriesId: $series} end)')" | jq -r .id
  }
  for i in $(seq 0 9); do
    w1+=("$(session WORKSHOP "Atelier A$i" 2027-06-24T14:00 2027-06-24T16:00 "${rooms[$i]}" "$s1")")
    w2+=("$(session WORKSHOP "Atelier B$i" 2027-06-25T14:00 2027-06-25T16:00 "${rooms[$i]}" "$s2")")
  done
  meals+=("$(session MEAL "Déjeuner 1" 2027-06-24T12:30 2027-06-24T13:45 "$restaurant")")
  meals+=("$(session MEAL "Dîner 1" 2027-06-24T20:00 2027-06-24T21:45 "$restaurant")")
  meals+=("$(session MEAL "Déjeuner 2" 2027-06-25T12:30 2027-06-25T13:45 "$restaurant")")
  meals+=("$(session MEAL "Dîner 2" 2027-06-25T20:00 2027-06-25T21:45 "$restaurant")")
  call POST "$c/releases" >/dev/null
  local settings; settings=$(jq -nc --argjson total "$total" '{opensAt: "2026-01-01T00:00:00+01:00",
    closesAt: "2027-06-10T23:59:00+02:00", totalCapacity: $total, freezeAt: "2027-06-17T23:59:00+02:00",
    offerHours: 0, privacyNoticeVersion: "2026-11", retentionDays: 365,
    categories: [{code: "PROFESSIONNEL", labelFr: "Professionnel", labelEn: "Professional", feeCents: 18000},
                 {code: "ELU", labelFr: "Élu", labelEn: "Elected official", feeCents: 12000}],
    information: {organisation: "REQUIRED", territoryType: "REQUIRED", jobTitle: "OPTIONAL",
      statutoryCategory: "OPTIONAL", accessibilityNeeds: "OPTIONAL", dietaryNeeds: "OPTIONAL"}}')
  for _ in $(seq 1 60); do
    curl -fsS -m 20 -o /dev/null -X PUT -H "Authorization: Bearer $ORGANISER" -H 'Content-Type: application/json' \
      --data "$settings" "$REGISTRATION/api/registration/congresses/$id/settings" 2>/dev/null && break
    sleep 1
  done
  for _ in $(seq 1 60); do
    [[ $(curl -fsS -m 10 "$REGISTRATION/api/registration/congresses/$id/availability" 2>/dev/null \
      | jq '(.workshops | length) + (.meals | length)' 2>/dev/null) == 24 ]] && break
    sleep 1
  done
  echo "$id ${w1[0]} ${w1[1]} ${w2[0]} ${w2[1]} ${meals[*]} ${w1[*]} ${w2[*]}"
}

# body MIX IDS...: the registration bodies, one per line: "spread" has ten (first choices spread over the ten
# workshops of each slot, the next one as second choice), "hot" one (everyone wants the first workshop of each slot)
body() {
  local mix=$1; shift
  python3 - "$mix" "$@" <<'PY'
import json, sys
mix, congress, w1a, w1b, w2a, w2b, m1, m2, m3, m4, *rest = sys.argv[1:]
slot1, slot2 = rest[:10], rest[10:]
picks = [(0, None)] if mix == "hot" else [(k, (k + 1) % 10) for k in range(10)]
for first, second in picks:
    workshops = [{"sessionId": slot[first], "secondChoiceSessionId": None if second is None else slot[second]}
                 for slot in (slot1, slot2)]
    print(json.dumps({"days": ["2027-06-24", "2027-06-25"], "meals": [m1, m2, m3, m4], "workshops": workshops,
        "category": "PROFESSIONNEL", "language": "fr",
        "person": {"firstName": "Banc", "lastName": "Essai {{n}}", "email": "banc-{{n}}@bench.invalid",
                   "organisation": "Communauté fictive", "territoryType": "INTERCOMMUNALITE"},
        "consent": {"accepted": True, "version": "2026-11"}}, ensure_ascii=False))
PY
}

# check CONGRESS LABEL: overbooking and counters against rows, in PostgreSQL
check() {
  local congress=$1 over mismatch
  over=$(sql registration "select count(*) from seat_counter where congress_id = '$congress'
    and capacity is not null and taken > capacity")
  mismatch=$(sql registration "
    with held as (
      select 'session:' || case when i.assigned_rank = 2 and i.second_choice_id is not null
                                then i.second_choice_id else i.session_id end as k
      from registration_item i join registration r on r.id = i.registration_id
      where r.congress_id = '$congress' and i.status = 'CONFIRMED' and r.status <> 'CANCELLED'
      union all
      select 'total:' || r.congress_id from registration r where r.congress_id = '$congress'
        and (r.status = 'CONFIRMED' or (r.status = 'WAITLISTED' and r.offer_expires_at is not null))
      union all
      select 'category:' || r.congress_id || ':' || r.category from registration r where r.congress_id = '$congress'
        and (r.status = 'CONFIRMED' or (r.status = 'WAITLISTED' and r.offer_expires_at is not null)))
    select count(*) from (select counter_key, sum(taken) taken from seat_counter where congress_id = '$congress'
                          group by counter_key) c
    left join (select k, count(*) n from held group by k) h on h.k = c.counter_key
    where c.taken <> coalesce(h.n, 0)")
  echo "overbooked_counters=$over counters_not_equal_to_rows=$mismatch"
}

rush() { # rush LABEL MIX TARGET(direct|gateway) MODEL(closed|open) PARAM
  local label=$1 mix=$2 target=$3 model=$4 param=$5 ids congress base body_file result
  ids=$(new_congress "$label" "$PARTICIPANTS" "$((PARTICIPANTS / 10 + 10))")
  read -r -a arr <<<"$ids"
  congress=${arr[0]}
  body "$mix" "${arr[@]}" > "$WORK/$label.body.json"
  [[ $target == gateway ]] && base=$GATEWAY || base=$REGISTRATION
  tokens "$WORK/tokens.txt"
  result=$(java -Xmx256m bench/RegistrationRush.java "$base/api/registration/congresses/$congress/registrations" \
    "$WORK/tokens.txt" "$WORK/$label.body.json" "$model" "$param")
  echo "$label mix=$mix target=$target model=$model param=$param $result $(check "$congress") congress=$congress" \
    | tee -a "$RESULTS" >&2
  LAST_CONGRESS=$congress
}

# ---- before/after in the same run: BENCH_BASELINE=<dir of another build's registration-service/target/quarkus-app>
# swaps the stack's registration-service for that build and back, with the stack's own settings
service_pid() { pgrep -f -- "-Dassises.component=registration-service " | head -1; }
REG_ENV=()
run_registration() { # run_registration QUARKUS_APP_DIR LABEL
  local pid; pid=$(service_pid)
  if [[ -n "$pid" && ${#REG_ENV[@]} == 0 ]]; then
    mapfile -t REG_ENV < <(tr '\0' '\n' < "/proc/$pid/environ" | grep -E '^(QUARKUS_|KAFKA_|ASSISES_)')
  fi
  [[ -n "$pid" ]] && { kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; }
  local t0; t0=$(date +%s.%N)
  ( cd "$REPO/registration-service" && exec setsid env "${REG_ENV[@]}" java -Dassises.component=registration-service \
      -XX:StartFlightRecording=filename=/tmp/assises-bench-registration-$2.jfr,settings=profile -Xmx${ASSISES_SERVICE_XMX:-256m} -jar "$1/quarkus-run.jar" > "/tmp/assises-bench-registration-$2.log" 2>&1 < /dev/null ) &
  # the stack's stop finds it by its pid file, as if the stack had started it
  echo $! > "${ASSISES_STATE:-$REPO/.stack}/pids/registration-service.pid"
  for _ in $(seq 1 240); do curl -fs -m 2 -o /dev/null "$REGISTRATION/q/health/ready" && break; sleep 0.25; done
  log "registration-service ($2) ready in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
}

T0=$(date +%s)
log "1. registration rushes: $PARTICIPANTS participants, $CONNECTIONS connections, then $RATE/s (open model)"
if [[ -n "${BENCH_BASELINE:-}" ]]; then
  run_registration "$BENCH_BASELINE" before
  rush "before-spread-direct" spread direct closed "$CONNECTIONS"
  rush "before-hot-direct" hot direct closed "$CONNECTIONS"
  run_registration "$REPO/registration-service/target/quarkus-app" after
fi
rush "spread-direct" spread direct closed "$CONNECTIONS"
rush "spread-gateway" spread gateway closed "$CONNECTIONS"
rush hot-direct hot direct closed "$CONNECTIONS"
rush hot-gateway hot gateway closed "$CONNECTIONS"
rush "spread-direct-open" spread direct open "$RATE"
PROPAGATION_CONGRESS=$LAST_CONGRESS
rush "spread-gateway-open" spread gateway open "$RATE"

log "2. registration -> budget projection latency (congress $PROPAGATION_CONGRESS, $RATE/s)"
sleep 5
sql registration "select id, extract(epoch from updated_at) from registration where congress_id = '$PROPAGATION_CONGRESS' and version = 1" \
  | sort > "$WORK/reg.txt"
sql budget "select registration_id, extract(epoch from updated_at) from registration_projection where congress_id = '$PROPAGATION_CONGRESS'" \
  | sort > "$WORK/budget.txt"
PROPAGATION=$(join -t'|' "$WORK/reg.txt" "$WORK/budget.txt" | python3 -c '
import sys
d = sorted((float(b) - float(a)) * 1000 for _, a, b in (l.strip().split("|") for l in sys.stdin if l.strip()))
q = lambda p: d[min(len(d) - 1, int(p * len(d)))] if d else float("nan")
print(f"events={len(d)} p50_ms={q(0.5):.0f} p99_ms={q(0.99):.0f} p999_ms={q(0.999):.0f} max_ms={d[-1] if d else 0:.0f}")')
echo "propagation $PROPAGATION" | tee -a "$RESULTS" >&2

log "3. exports of a $EXPORT_SIZE-registration congress (seeded with batched SQL, then CSV, XLSX, catering)"
read -r -a arr <<<"$(new_congress export "$EXPORT_SIZE" "$((EXPORT_SIZE / 10 + 10))")"
EXPORT_CONGRESS=${arr[0]}
# confirmed registrations with one workshop per slot (spread over the ten) and the four meals, then the counters
# set to what the rows hold (the check below proves it), then statistics as autovacuum would gather them
T_SEED=$(date +%s.%N)
sql registration "
  insert into registration (id, congress_id, participant_id, status, category, fee_cents, days, language, first_name,
    last_name, email, organisation, territory_type, source, checkin_nonce, created_at, updated_at, version)
  select gen_random_uuid(), '$EXPORT_CONGRESS', 'bench-export-' || g, 'CONFIRMED', 'PROFESSIONNEL', 18000,
    '2027-06-24,2027-06-25', 'fr', 'Banc', 'Essai ' || g, 'banc-export-' || g || '@bench.invalid',
    'Communauté fictive', 'INTERCOMMUNALITE', 'IMPORT', md5(g::text), now(), now(), 0
  from generate_series(1, $EXPORT_SIZE) g;
  insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
  select gen_random_uuid(), r.id, 'MEAL', null, m, 1, 'CONFIRMED'
  from registration r cross join unnest(array['${arr[5]}', '${arr[6]}', '${arr[7]}', '${arr[8]}']::uuid[]) m
  where r.congress_id = '$EXPORT_CONGRESS';
  insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
  select gen_random_uuid(), r.id, 'WORKSHOP', s.series_id, s.id, 1, 'CONFIRMED'
  from (select id, row_number() over (order by id) n from registration where congress_id = '$EXPORT_CONGRESS') r
  join (select id, series_id, row_number() over (partition by series_id order by id) - 1 k
        from programme_session where congress_id = '$EXPORT_CONGRESS' and kind = 'WORKSHOP') s on s.k = r.n % 10;
  select seat_counter_recount('$EXPORT_CONGRESS');
  analyze registration; analyze registration_item;" >/dev/null
SEED_S=$(awk -v a="$T_SEED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
organiser_token
export_time() { curl -sS -m 120 -o "$WORK/export.bin" -w '%{http_code},%{time_total}s,%{size_download}B' \
  -H "Authorization: Bearer $ORGANISER" "$REGISTRATION/api/registration/congresses/$EXPORT_CONGRESS/manage/exports/$1"; }
echo "exports registrations=$(sql registration "select count(*) from registration where congress_id = '$EXPORT_CONGRESS'") seed_s=$SEED_S participants_csv=$(export_time participants.csv) participants_xlsx=$(export_time participants.xlsx) catering_csv=$(export_time catering.csv) $(check "$EXPORT_CONGRESS")" \
  | tee -a "$RESULTS" >&2

log "4. gateway vs nginx vs direct (bench/gateway-vs-nginx.sh)"
GVN=$(bench/gateway-vs-nginx.sh "${BENCH_GVN_SECONDS:-15}" "$CONNECTIONS" 2 2>"$WORK/gvn.err") \
  || { cat "$WORK/gvn.err" >&2; GVN="bench/gateway-vs-nginx.sh failed: $(tail -3 "$WORK/gvn.err")"; }
echo "$GVN" >&2

log "5. footprint"
STATUS=$(deploy/local/stack.sh status 2>/dev/null || true)
STARTS=$(grep -hE "ready in [0-9.]+ s" "$WORK/stack-start.log" 2>/dev/null || true)
STARTS+=$'\n'$(grep -h "registration-service (" "$WORK/bench.log" 2>/dev/null | sed 's/.*\[bench\] //' || true)
[[ -n "${STARTS//[$'\n ']/}" ]] || STARTS="(the stack was already up: start it with BENCH_START_STACK=1 to time it)"

PROFILE="(no profile: set BENCH_BASELINE to run registration-service under Java Flight Recorder)"
if [[ -n "${BENCH_BASELINE:-}" && -n "$(service_pid)" ]]; then
  jcmd "$(service_pid)" JFR.dump filename=/tmp/assises-bench-registration-after.jfr >/dev/null 2>&1 || true
  [[ -f /tmp/assises-bench-registration-after.jfr ]] && PROFILE=$(bench/jfr-summary.sh /tmp/assises-bench-registration-after.jfr 2>&1)
fi
export BENCH_PROFILE_TEXT=$PROFILE

PYTHONDONTWRITEBYTECODE=1 python3 bench/report.py "$RESULTS" "$OUT" "$PARTICIPANTS" "$CONNECTIONS" "$RATE" "$(( $(date +%s) - T0 ))" \
  "$GVN" "$STATUS" "$STARTS"
log "written $OUT"
