#!/usr/bin/env bash
# shellcheck disable=SC1112 # typographic apostrophes in the French labels are meant
# Demo provisional budget of congres-2027 (fictional amounts and funders), built on the hypotheses of the
# domain dossier: 500 participants, 2 days, a host institution lending its 500-seat amphitheatre and 12 rooms,
# a coordinator at 3/5 and a communication officer at 2/5 for 8 months, an intern, outside facilitation.
# The Région's grant is computed last so that the budget balances, then version 1 is submitted and a
# draft version 2 is opened. Safe to re-run: it looks up every budget, line and funder before creating it.
# Needs curl and jq.
set -euo pipefail

SLUG=${SEED_CONGRESS_SLUG:-congres-2027}
API="${BUDGET_URL:?}/api/budget"
PUBLIC="${PROGRAMME_URL:?}/api/programme/public/congresses"
TOKEN=${TOKEN_ORGANISER:?}
WAIT_SECONDS=${SEED_WAIT_SECONDS:-120}

log() { printf '%s [30-budget] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# api METHOD PATH [JSON]: prints the body; fails on any HTTP error.
api() {
  local method=$1 path=$2 body=${3:-}
  if [[ -n "$body" ]]; then
    curl -fsS -m 20 -X "$method" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      --data "$body" "$API$path"
  else
    curl -fsS -m 20 -X "$method" -H "Authorization: Bearer $TOKEN" "$API$path"
  fi
}

status_of() { curl -s -m 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1" || true; }

wait_for() {
  local what=$1 url=$2 deadline=$((SECONDS + WAIT_SECONDS))
  until [[ $(status_of "$url") == 200 ]]; do
    ((SECONDS < deadline)) || { log "gave up waiting for $what ($url)"; exit 1; }
    sleep 2
  done
}

wait_for "budget-service" "$BUDGET_URL/q/health/ready"
wait_for "the congress $SLUG" "$PUBLIC/$SLUG"
CONGRESS_ID=$(curl -fsS -m 10 "$PUBLIC/$SLUG" | jq -r .id)
log "congress $SLUG is $CONGRESS_ID"
# The fees are registration-service's (20-registration.sh sets them): the budget learns them from its
# settings event and never has them typed again.
wait_for "the registration fees of $SLUG" "$API/congresses/$CONGRESS_ID/registration-fees"

# MEAL sessions of the released programme, if any (404 until the programme is released).
MEALS='[]'
if [[ $(status_of "$PUBLIC/$SLUG/programme") == 200 ]]; then
  MEALS=$(curl -fsS -m 10 "$PUBLIC/$SLUG/programme" \
    | jq -c '[.halfDays[]?.sessions[]? | select(.kind == "MEAL" and .status != "CANCELLED")
              | {sessionId: .id, label: .title, percent: 90}]')
fi
log "$(jq length <<<"$MEALS") meal session(s) in the released programme"

HYPOTHESES=$(jq -nc --argjson meals "$MEALS" '{
  participants: 500, days: 2, halfDays: 4, rooms: 12, speakers: 40,
  categories: [
    {code: "PROFESSIONNEL", percent: 65},
    {code: "ELU", percent: 15},
    {code: "ETUDIANT", percent: 20}],
  meals: $meals,
  scenarios: [
    {name: "Prudent", participants: 350},
    {name: "Objectif du dossier", participants: 500},
    {name: "Forte affluence", participants: 600}]}')

if [[ $(status_of "$API/congresses/$CONGRESS_ID/budget") == 200 ]]; then
  BUDGET_ID=$(api GET "/congresses/$CONGRESS_ID/budget" | jq -r .budgetId)
  log "budget $BUDGET_ID exists"
else
  BUDGET_ID=$(api POST /budgets "$(jq -nc --arg c "$CONGRESS_ID" --argjson h "$HYPOTHESES" \
    '{congressId: $c, versionName: "Dossier de demande de subvention, décembre 2026", hypotheses: $h}')" | jq -r .budgetId)
  log "budget $BUDGET_ID created"
fi

open_version_2() {
  api POST "/budgets/$BUDGET_ID/versions" '{"name":"Budget actualisé au fil des inscriptions"}' >/dev/null
  log "version 2 opened as a draft"
}

versions=$(api GET "/budgets/$BUDGET_ID/versions")
if [[ $(jq -r '.[0].status' <<<"$versions") == SUBMITTED ]]; then
  if [[ $(jq length <<<"$versions") == 1 ]]; then
    open_version_2
  fi
  log "version 1 already submitted: nothing more to do"
  exit 0
fi

labels() { api GET "/budgets/$BUDGET_ID" | jq -r '[.charges[], .produits[], .inKindUses[], .inKindContributions[]] | .[].lines[].label'; }
EXISTING=$(labels)

# line JSON: adds the line unless a line with the same label exists.
line() {
  local json=$1 label
  label=$(jq -r .label <<<"$json")
  if grep -Fxq -- "$label" <<<"$EXISTING"; then
    return 0
  fi
  api POST "/budgets/$BUDGET_ID/lines" "$json" >/dev/null
  log "line added: $label"
}

fixed() { jq -nc --arg a "$1" --arg l "$2" --arg m "$3" '{account: $a, label: $l, driver: "FIXED", amount: $m}'; }

# funder TYPE NAME AGENCY REQUESTED: prints the funder's id, creating it when missing.
funder() {
  local type=$1 name=$2 agency=$3 requested=$4 id
  id=$(api GET "/budgets/$BUDGET_ID/funders" | jq -r --arg n "$name" '.[] | select(.name == $n) | .id' | head -n1)
  if [[ -z "$id" ]]; then
    id=$(api POST "/budgets/$BUDGET_ID/funders" "$(jq -nc --arg t "$type" --arg n "$name" --arg a "$agency" --arg r "$requested" \
      '{type: $t, name: $n, requested: $r, requestedOn: "2026-11-15"} + (if $a == "" then {} else {agency: $a} end)')" | jq -r .id)
    log "funder added: $name"
  fi
  printf '%s\n' "$id"
}

subsidy() {
  local funder_id=$1 label=$2 amount=$3
  line "$(jq -nc --arg f "$funder_id" --arg l "$label" --arg m "$amount" \
    '{account: "74", label: $l, driver: "FIXED", amount: $m, funderId: $f}')"
}

# Charges (60 to 68)
line "$(fixed 604 "Animation des ateliers par un cabinet extérieur (assistance à maîtrise d'ouvrage)" 18000.00)"
line '{"account":"604","label":"Captation vidéo et régie des plénières","driver":"PER_HALF_DAY","amount":"1200.00"}'
line '{"account":"606","label":"Badges, signalétique et fournitures","driver":"PER_PARTICIPANT","amount":"4.50"}'
if [[ $(jq length <<<"$MEALS") -gt 0 ]]; then
  line '{"account":"604","label":"Repas des participants (traiteur)","driver":"PER_MEAL","amount":"28.00"}'
else
  line '{"account":"604","label":"Repas des participants (traiteur, 2 déjeuners)","driver":"PER_PARTICIPANT","amount":"28.00","quantity":2}'
fi
line '{"account":"604","label":"Pauses café (4 demi-journées)","driver":"PER_PARTICIPANT","amount":"6.00","quantity":4}'
line '{"account":"613","label":"Location du matériel audiovisuel","driver":"PER_DAY","amount":"2500.00"}'
line '{"account":"613","label":"Accueil et sécurité des salles d’ateliers","driver":"PER_DAY","amount":"150.00","perRoom":true}'
line "$(fixed 616 "Assurance responsabilité civile de l'événement" 650.00)"
line "$(fixed 622 "Honoraires de l'expert-comptable" 1200.00)"
line "$(fixed 623 "Communication : affiches, programme imprimé, site" 6500.00)"
line '{"account":"625","label":"Déplacements et hébergement des intervenants","driver":"PER_SPEAKER","amount":"280.00"}'
line "$(fixed 626 "Frais postaux et de télécommunications" 400.00)"
line '{"account":"641","label":"Coordinatrice du congrès","driver":"STAFF","amount":"4300.00","fte":"3/5","months":8}'
line '{"account":"641","label":"Chargée de communication","driver":"STAFF","amount":"3900.00","fte":"2/5","months":8}'
line '{"account":"647","label":"Stagiaire en appui logistique (gratification)","driver":"STAFF","amount":"700.00","fte":"1","months":6}'

# Produits (70 to 78), funders fictional
line '{"account":"706","label":"Droits d’inscription","driver":"REGISTRATION_REVENUE"}'
subsidy "$(funder ETAT "État" "Agence nationale (fictive) de la cohésion des territoires" 25000.00)" "Soutien aux rencontres professionnelles" 25000.00
subsidy "$(funder DEPARTEMENT "Département (fictif) du Haut-Vallon" "" 8000.00)" "Aide aux manifestations d'intérêt départemental" 8000.00
subsidy "$(funder INTERCOMMUNALITE "Communauté d'agglomération (fictive) de Valbonne-sur-Loire" "" 6000.00)" "Accueil du congrès" 6000.00
subsidy "$(funder COMMUNE "Ville (fictive) de Valbonne-sur-Loire" "" 4000.00)" "Soutien à l'accueil" 4000.00
subsidy "$(funder FONDS_EUROPEENS "Programme LEADER (fictif) Val-de-Loire" "" 10000.00)" "Coopération et mise en réseau" 10000.00
line "$(fixed 754 "Mécénat de la Fondation (fictive) des territoires solidaires" 5000.00)"
line "$(fixed 756 "Contributions des réseaux partenaires" 3000.00)"

# Contributions volontaires en nature (86 uses, 87 contributions, equal)
line '{"account":"861","label":"Amphithéâtre de 500 places et 12 salles mis à disposition","driver":"PER_DAY","amount":"12000.00"}'
line '{"account":"871","label":"Amphithéâtre et salles prêtés par l’établissement d’accueil","driver":"PER_DAY","amount":"12000.00"}'
line "$(fixed 864 "Bénévolat des membres du comité d'organisation" 8000.00)"
line "$(fixed 870 "Bénévolat : temps donné par le comité d'organisation" 8000.00)"

# The Région closes the gap so that produits equal charges.
REGION_LABEL="Soutien régional au congrès"
EXISTING=$(labels)
if ! grep -Fxq -- "$REGION_LABEL" <<<"$EXISTING"; then
  gap=$(api GET "/budgets/$BUDGET_ID" | jq -r '-(.totals.balanceCents)')
  if ((gap > 0)); then
    region_id=$(funder REGION "Région (fictive) Val-de-Loire-Atlantique" "" "$(printf '%d.%02d' $((gap / 100)) $((gap % 100)))")
    line "$(jq -nc --arg f "$region_id" --arg l "$REGION_LABEL" --argjson c "$gap" \
      '{account: "74", label: $l, driver: "FIXED", amountCents: $c, funderId: $f}')"
  fi
fi

totals=$(api GET "/budgets/$BUDGET_ID" | jq -c .totals)
log "totals: $totals"
if [[ $(jq -r .balanced <<<"$totals") != true ]]; then
  log "the budget does not balance: version 1 left in draft"
  exit 1
fi

# Commitments of some funders (their status only moves forward)
advance() {
  local name=$1 body=$2 id
  id=$(api GET "/budgets/$BUDGET_ID/funders" | jq -r --arg n "$name" '.[] | select(.name == $n and .status == "REQUESTED") | .id' | head -n1)
  [[ -z "$id" ]] || { api PUT "/budgets/$BUDGET_ID/funders/$id" "$body" >/dev/null; log "commitment updated: $name"; }
}
advance "État" '{"type":"ETAT","name":"État","agency":"Agence nationale (fictive) de la cohésion des territoires","status":"GRANTED","granted":"25000.00","grantedOn":"2027-02-10"}'
advance "Ville (fictive) de Valbonne-sur-Loire" '{"type":"COMMUNE","name":"Ville (fictive) de Valbonne-sur-Loire","status":"PAID","granted":"4000.00","grantedOn":"2027-01-20","paid":"4000.00","paidOn":"2027-03-05"}'

api POST "/budgets/$BUDGET_ID/submit" >/dev/null
log "version 1 submitted"
open_version_2
