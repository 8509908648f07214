#!/usr/bin/env bash
# Loads the demo data into a running local stack (run by `stack.sh start`, or by hand).
#
#   deploy/local/seed.sh [--force]
#
# Gets tokens from Keycloak (password grant on the public client assises-cli),
# then runs every executable deploy/local/seed.d/*.sh in name order. Each
# script runs once per state directory (a marker in $ASSISES_STATE/seeded/);
# --force runs them all again, so write them to be safe to re-run (look
# before you create). Exported to the scripts:
#   GATEWAY_URL PROGRAMME_URL REGISTRATION_URL BUDGET_URL EVALUATION_URL
#   KEYCLOAK_URL REALM_URL TOKEN_ENDPOINT
#   TOKEN_ORGANISER TOKEN_ADMIN        (access tokens, valid 300 s)
#   assises_token USERNAME             (bash function printing a fresh access token)
#   ASSISES_STATE SEED_DIR
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
export ASSISES_STATE=${ASSISES_STATE:-$REPO_ROOT/.stack}
export SEED_DIR="$SCRIPT_DIR/seed.d"
HOST=127.0.0.1

export KEYCLOAK_URL="http://$HOST:${ASSISES_KEYCLOAK_PORT:-8180}"
export REALM_URL="$KEYCLOAK_URL/realms/assises"
export TOKEN_ENDPOINT="$REALM_URL/protocol/openid-connect/token"
export GATEWAY_URL="http://$HOST:${ASSISES_GATEWAY_PORT:-8080}"
export PROGRAMME_URL="http://$HOST:${ASSISES_PROGRAMME_PORT:-8081}"
export REGISTRATION_URL="http://$HOST:${ASSISES_REGISTRATION_PORT:-8082}"
export BUDGET_URL="http://$HOST:${ASSISES_BUDGET_PORT:-8083}"
export EVALUATION_URL="http://$HOST:${ASSISES_EVALUATION_PORT:-8084}"
export ASSISES_DEMO_PASSWORD=${ASSISES_DEMO_PASSWORD:-assises-demo}

log() { printf '%s [seed] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Prints an access token for a demo user (password grant, client assises-cli).
assises_token() {
  local user=$1 body token
  body=$(curl -sS -m 10 -X POST "$TOKEN_ENDPOINT" \
    --data-urlencode grant_type=password --data-urlencode client_id=assises-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$ASSISES_DEMO_PASSWORD" \
    --data-urlencode scope=openid) || { echo "assises_token: Keycloak unreachable at $TOKEN_ENDPOINT" >&2; return 1; }
  token=$(printf '%s' "$body" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n "$token" ]] || { echo "assises_token: no token for $user: $body" >&2; return 1; }
  printf '%s\n' "$token"
}
export -f assises_token

force=0
[[ "${1:-}" == --force ]] && force=1

shopt -s nullglob
scripts=()
for f in "$SEED_DIR"/*.sh; do [[ -x "$f" ]] && scripts+=("$f"); done
if ((${#scripts[@]} == 0)); then
  log "no seed scripts in deploy/local/seed.d/ yet: nothing to load"
  exit 0
fi

TOKEN_ORGANISER=$(assises_token demo-organisateur)
TOKEN_ADMIN=$(assises_token demo-admin)
export TOKEN_ORGANISER TOKEN_ADMIN

mkdir -p "$ASSISES_STATE/seeded" "$ASSISES_STATE/logs"
for f in "${scripts[@]}"; do
  name=$(basename "$f")
  marker="$ASSISES_STATE/seeded/$name.done"
  if [[ -f "$marker" && $force -eq 0 ]]; then
    log "$name: already loaded (--force to run it again)"
    continue
  fi
  log "$name: running"
  t0=$(date +%s)
  if "$f" >> "$ASSISES_STATE/logs/seed.log" 2>&1; then
    date -Is > "$marker"
    log "$name: done in $(( $(date +%s) - t0 )) s"
  else
    rc=$?
    log "$name: FAILED (exit $rc), last lines of $ASSISES_STATE/logs/seed.log:"
    tail -n 20 "$ASSISES_STATE/logs/seed.log" >&2
    exit "$rc"
  fi
done
log "demo data loaded"
