# Shared by bench/run-all.sh and its stages (bench/ceiling.sh, bench/growth.sh, bench/footprint.sh): the stack's
# addresses, PostgreSQL, Keycloak accounts and tokens, a bench congress built through the services' APIs, the
# overbooking check. Sourced, not run; expects REPO, WORK and RESULTS to be set.

HOST=127.0.0.1
KC="http://$HOST:${ASSISES_KEYCLOAK_PORT:-8180}"
GATEWAY="http://$HOST:${ASSISES_GATEWAY_PORT:-8080}"
GATEWAY_MANAGEMENT="http://$HOST:${ASSISES_GATEWAY_MGMT_PORT:-$(( ${ASSISES_GATEWAY_PORT:-8080} + 1000 ))}"
PROGRAMME="http://$HOST:${ASSISES_PROGRAMME_PORT:-8081}"
REGISTRATION="http://$HOST:${ASSISES_REGISTRATION_PORT:-8082}"
BUDGET="http://$HOST:${ASSISES_BUDGET_PORT:-8083}"
EVALUATION="http://$HOST:${ASSISES_EVALUATION_PORT:-8084}"
PG_PORT=${ASSISES_PG_PORT:-5433}
STACK_STATE=${ASSISES_STATE:-$REPO/.stack}
SERVICES=(programme-service registration-service budget-service evaluation-service gateway)

log() { printf '%s [bench] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$WORK/bench.log" >&2; }
die() { log "ERROR: $*"; exit 1; }
result() { echo "$*" | tee -a "$RESULTS" >&2; }   # one line of the results file: LABEL key=value ...
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }

PG_BIN_DIR=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -1 || true)
PSQL=${PG_BIN_DIR:+$PG_BIN_DIR/psql}
[[ -x "${PSQL:-}" ]] || PSQL=$(command -v psql) || die "psql is needed (apt-get install postgresql-client)"
sql() { PGPASSWORD=assises "$PSQL" -X -q -tA -v ON_ERROR_STOP=1 -h $HOST -p "$PG_PORT" -U assises -d "$1" -c "$2"; }
# the stack's superuser, over the socket inside its data directory (as deploy/local/stack.sh does)
sql_admin() {
  local pgdata=$STACK_STATE/postgres/data
  [[ -d "$pgdata" ]] || die "no $pgdata: the stack's PostgreSQL is needed (set ASSISES_STATE to its state directory)"
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$PSQL" -X -q -tA -v ON_ERROR_STOP=1 -h "$pgdata" -p "$PG_PORT" -U postgres -d postgres -c "$1")
  else
    "$PSQL" -X -q -tA -v ON_ERROR_STOP=1 -h "$pgdata" -p "$PG_PORT" -U postgres -d postgres -c "$1"
  fi
}

service_url() { # the service's own address
  case "$1" in
    programme-service) echo "$PROGRAMME" ;; registration-service) echo "$REGISTRATION" ;;
    budget-service) echo "$BUDGET" ;; evaluation-service) echo "$EVALUATION" ;; gateway) echo "$GATEWAY" ;;
  esac
}
health_url() { # the gateway answers health on its management port only
  if [[ $1 == gateway ]]; then echo "$GATEWAY_MANAGEMENT/q/health/ready"; else echo "$(service_url "$1")/q/health/ready"; fi
}

# ---- Keycloak: bench accounts with a cheap password hash for the run (tokens are the point, not hashing)
REALM_API="$KC/admin/realms/assises"
ADMIN=""
OLD_POLICY=""
POLICY_CHANGED=0
keycloak_admin() {
  ADMIN=$(curl -fsS -m 10 "$KC/realms/master/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=admin-cli -d "username=${ASSISES_KEYCLOAK_ADMIN:-admin}" \
    -d "password=${ASSISES_KEYCLOAK_ADMIN_PASSWORD:-admin}" | jq -r .access_token)
  export ADMIN
}
restore_policy() {
  [[ $POLICY_CHANGED == 1 ]] || return 0
  keycloak_admin
  curl -fsS -m 10 -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    --data "$(jq -nc --arg p "$OLD_POLICY" '{passwordPolicy: $p}')" "$REALM_API" >/dev/null
  POLICY_CHANGED=0
}
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
export KC REALM_API
export -f create_user token_of
ACCOUNTS=0
ensure_accounts() { # ensure_accounts N: bench-00001 .. bench-N exist (created once, kept)
  ((ACCOUNTS >= $1)) && return 0
  keycloak_admin
  if [[ $POLICY_CHANGED == 0 ]]; then
    OLD_POLICY=$(curl -fsS -m 10 -H "Authorization: Bearer $ADMIN" "$REALM_API" | jq -r '.passwordPolicy // ""')
    curl -fsS -m 10 -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      --data '{"passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"}' "$REALM_API" >/dev/null
    POLICY_CHANGED=1
  fi
  local have; have=$(curl -fsS -m 20 -H "Authorization: Bearer $ADMIN" "$REALM_API/users/count?search=bench-" || echo 0)
  if ((have < $1)); then
    log "Keycloak: $1 bench accounts (created once, kept; $have found)"
    seq -f 'bench-%05g' 1 "$1" | xargs -P 4 -I{} bash -c 'create_user {}'
  fi
  ACCOUNTS=$1
}
tokens() { # tokens FILE COUNT [FIRST]: a fresh token (valid 300 s) for each of COUNT bench accounts from FIRST (1)
  local count=$2 first=${3:-1}
  seq -f 'bench-%05g' "$first" "$((first + count - 1))" | xargs -P 4 -I{} bash -c 'token_of {}' > "$1"
  [[ $(grep -c . "$1") == "$count" ]] || die "not every bench account got a token"
}
demo_token() { # demo_token USERNAME: an access token of a demo account of the realm
  curl -fsS -m 30 "$KC/realms/assises/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=assises-cli -d "username=$1" -d "password=${ASSISES_DEMO_PASSWORD:-assises-demo}" \
    | jq -r .access_token
}
ORGANISER=""
organiser_token() { ORGANISER=$(demo_token demo-organisateur); }

# ---- a bench congress: 2 days, 2 workshop slots of 10 workshops, 4 meals, published, registration open
call() { # call METHOD URL [JSON]
  local args=(-fsS -m 30 -X "$1" -H "Authorization: Bearer $ORGANISER" -H 'Content-Type: application/json')
  [[ -n "${3:-}" ]] && args+=(--data "$3")
  curl "${args[@]}" "$2"
}
# new_congress NAME TOTAL WORKSHOP_CAPACITY: prints "congressId w1a w1b w2a w2b meal1 meal2 meal3 meal4 slot1... slot2..."
# and leaves the congress's slug in $WORK/slug-<congressId>
new_congress() {
  organiser_token
  local name=$1 total=$2 wcap=$3 api="$PROGRAMME/api/programme" id c s1 s2 slug rooms=() meals=() w1=() w2=()
  slug="banc-$name-$(date +%s%N | tail -c 9)"
  id=$(call POST "$api/congresses" "$(jq -nc --arg slug "$slug" '{slug: $slug,
    title: "Congrès de banc d’essai", startDate: "2027-06-24", endDate: "2027-06-25", timeZone: "Europe/Paris",
    status: "OPEN", venue: "Centre fictif",
    halfDays: [{start: "2027-06-24T09:00:00+02:00", end: "2027-06-24T14:00:00+02:00"},
               {start: "2027-06-24T14:00:00+02:00", end: "2027-06-24T22:00:00+02:00"},
               {start: "2027-06-25T09:00:00+02:00", end: "2027-06-25T14:00:00+02:00"},
               {start: "2027-06-25T14:00:00+02:00", end: "2027-06-25T22:00:00+02:00"}]}')" | jq -r .id)
  echo "$slug" > "$WORK/slug-$id"
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

# check CONGRESS [DATABASE]: overbooking and counters against rows, in PostgreSQL
check() {
  local congress=$1 db=${2:-registration} over mismatch
  over=$(sql "$db" "select count(*) from seat_counter where congress_id = '$congress'
    and capacity is not null and taken > capacity")
  mismatch=$(sql "$db" "
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

# seat_counters_from_rows CONGRESS: every counter of the congress (all its stripes) set to the rows it counts, after
# seeding with SQL, by registration-service's own function
seat_counters_from_rows() {
  sql registration "select seat_counter_recount('$1')" >/dev/null
}

# seed_registrations CONGRESS COUNT TAG: COUNT confirmed registrations (two workshops spread over the ten of each
# slot, four meals) inserted with batched SQL, then the counters set to what the rows hold and statistics gathered
seed_registrations() {
  local congress=$1 count=$2 tag=$3
  sql registration "
    insert into registration (id, congress_id, participant_id, status, category, fee_cents, days, language, first_name,
      last_name, email, organisation, territory_type, source, checkin_nonce, created_at, updated_at, version)
    select gen_random_uuid(), '$congress', 'bench-$tag-' || g, 'CONFIRMED', 'PROFESSIONNEL', 18000,
      '2027-06-24,2027-06-25', 'fr', 'Banc', 'Essai ' || g, 'banc-$tag-' || g || '@bench.invalid',
      'Communauté fictive', 'INTERCOMMUNALITE', 'IMPORT', md5(g::text), now(), now(), 0
    from generate_series(1, $count) g;
    insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
    select gen_random_uuid(), r.id, 'MEAL', null, m.id, 1, 'CONFIRMED'
    from registration r cross join (select id from programme_session where congress_id = '$congress'
      and kind = 'MEAL') m
    where r.congress_id = '$congress' and r.participant_id like 'bench-$tag-%';
    insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
    select gen_random_uuid(), r.id, 'WORKSHOP', s.series_id, s.id, 1, 'CONFIRMED'
    from (select id, row_number() over (order by id) n from registration where congress_id = '$congress'
          and participant_id like 'bench-$tag-%') r
    join (select id, series_id, row_number() over (partition by series_id order by id) - 1 k
          from programme_session where congress_id = '$congress' and kind = 'WORKSHOP') s on s.k = r.n % 10;
    analyze registration; analyze registration_item;" >/dev/null
  seat_counters_from_rows "$congress"
}

# ---- where a rush's processor time goes: each component's user+system ticks (the process and its descendants,
# from /proc), the machine's busy ticks (/proc/stat), before and after; "other" is the machine less the components
# (the load generator, mostly)
CPU_COMPONENTS=(registration-service budget-service programme-service evaluation-service gateway postgres kafka keycloak)
tree_ticks() { # tree_ticks PID: user+system clock ticks of PID and its descendants
  local queue=("$1") all=() p total=0
  while ((${#queue[@]})); do
    p=${queue[0]}; queue=("${queue[@]:1}"); all+=("$p")
    mapfile -t -O "${#queue[@]}" queue < <(pgrep -P "$p" || true)
  done
  for p in "${all[@]}"; do
    # fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    [[ -r /proc/$p/stat ]] && total=$((total + $(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
  done
  echo "$total"
}
component_pid() {
  if [[ $1 == postgres ]]; then head -1 "$STACK_STATE/postgres/data/postmaster.pid" 2>/dev/null; else cat "$STACK_STATE/pids/$1.pid" 2>/dev/null; fi
}
cpu_snapshot() { # prints "name=ticks ..." for every component and the machine
  local c pid out=""
  for c in "${CPU_COMPONENTS[@]}"; do
    pid=$(component_pid "$c")
    out+="$c=$([[ -n "$pid" ]] && tree_ticks "$pid" || echo 0) "
  done
  echo "${out}machine=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)"
}
cpu_per_request() { # cpu_per_request "BEFORE" "AFTER" REQUESTS: cpu_<name>_ms=<ms of processor per request> ...
  python3 - "$1" "$2" "$3" "$(getconf CLK_TCK)" <<'PY'
import sys
before, after = (dict(kv.split("=") for kv in s.split()) for s in sys.argv[1:3])
n, tick = max(1, int(sys.argv[3])), 1000 / int(sys.argv[4])
d = {k: (int(after[k]) - int(before.get(k, 0))) * tick / n for k in after}
d["other"] = d["machine"] - sum(v for k, v in d.items() if k != "machine")
print(" ".join(f"cpu_{k.replace('-service', '')}_ms={v:.1f}" for k, v in d.items()))
PY
}

rush() { # rush LABEL MIX TARGET(direct|gateway) MODEL(closed|open) PARAM
  local label=$1 mix=$2 target=$3 model=$4 param=$5 ids congress base result
  ids=$(new_congress "$label" "$PARTICIPANTS" "$((PARTICIPANTS / 10 + 10))")
  read -r -a arr <<<"$ids"
  congress=${arr[0]}
  body "$mix" "${arr[@]}" > "$WORK/$label.body.json"
  [[ $target == gateway ]] && base=$GATEWAY || base=$REGISTRATION
  tokens "$WORK/tokens.txt" "$PARTICIPANTS"
  local cpu_before; cpu_before=$(cpu_snapshot)
  result=$(java -Xmx256m bench/RegistrationRush.java "$base/api/registration/congresses/$congress/registrations" \
    "$WORK/tokens.txt" "$WORK/$label.body.json" "$model" "$param")
  # the consumers' share is counted once their backlog is done (the check waits on nothing: give them 3 s)
  sleep 3
  local cpu; cpu=$(cpu_per_request "$cpu_before" "$(cpu_snapshot)" "$PARTICIPANTS")
  result "$label mix=$mix target=$target model=$model param=$param $result $(check "$congress") congress=$congress $cpu"
  LAST_CONGRESS=$congress
}
