#!/usr/bin/env bash
# shellcheck disable=SC1112 # typographic apostrophes in the French labels are meant
# Demo registrations of congres-2027 (every person is invented; e-mails use the reserved .test domain).
# 1. Registration settings: open now until 10 June 2027, 500 seats, five fee categories (quotas for elected
#    officials, students and partners), changes frozen from 17 June 2027 (7 days before, for the caterer).
# 2. Once registration-service has received the released programme through Kafka, an organiser adds
#    SEED_REGISTRATIONS demo participants by hand, spread over categories, days, workshop slots (with a ranked
#    second choice) and meals. Each carries an Idempotency-Key, so a second run creates nothing.
set -euo pipefail

SLUG=${SEED_CONGRESS_SLUG:-congres-2027}
API="${REGISTRATION_URL:?}/api/registration"
PUBLIC="${PROGRAMME_URL:?}/api/programme/public/congresses"
TOKEN=${TOKEN_ORGANISER:?}
WAIT_SECONDS=${SEED_WAIT_SECONDS:-120}
COUNT=${SEED_REGISTRATIONS:-300}

log() { printf '%s [20-registration] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

status_of() { curl -sS -m 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1" || true; }

wait_for() {
  local what=$1 url=$2 deadline=$((SECONDS + WAIT_SECONDS))
  until [[ $(status_of "$url") == 200 ]]; do
    ((SECONDS < deadline)) || { log "gave up waiting for $what ($url)"; exit 1; }
    sleep 2
  done
}

wait_for "registration-service" "$REGISTRATION_URL/q/health/ready"
wait_for "the congress $SLUG" "$PUBLIC/$SLUG"
CONGRESS_ID=$(curl -fsS -m 10 "$PUBLIC/$SLUG" | jq -r .id)
log "congress $SLUG is $CONGRESS_ID"

SETTINGS=$(jq -nc '{
  opensAt: "2026-11-01T00:00:00+01:00",
  closesAt: "2027-06-10T23:59:00+02:00",
  totalCapacity: 500,
  freezeAt: "2027-06-17T23:59:00+02:00",
  offerHours: 0,
  privacyNoticeVersion: "2026-11",
  retentionDays: 365,
  reminderDaysBefore: 3,
  categories: [
    {code: "PROFESSIONNEL", labelFr: "Professionnel·le du développement territorial", labelEn: "Local development professional", feeCents: 18000, colour: "#1f5fa8"},
    {code: "ELU", labelFr: "Élu·e", labelEn: "Elected official", feeCents: 12000, quota: 100, colour: "#b3261e"},
    {code: "ETUDIANT", labelFr: "Étudiant·e ou demandeur·se d’emploi", labelEn: "Student or job-seeker", feeCents: 4000, quota: 50, colour: "#2e7d32"},
    {code: "INTERVENANT", labelFr: "Intervenant·e", labelEn: "Speaker", feeCents: 0, colour: "#6a1b9a"},
    {code: "PARTENAIRE", labelFr: "Partenaire", labelEn: "Partner", feeCents: 0, quota: 30, colour: "#ef6c00"}],
  information: {organisation: "REQUIRED", territoryType: "REQUIRED", jobTitle: "OPTIONAL",
    statutoryCategory: "OPTIONAL", accessibilityNeeds: "OPTIONAL", dietaryNeeds: "OPTIONAL"}}')

# The settings are set once; registration-service answers 404 until the congress reached it through Kafka.
if [[ $(status_of "$API/congresses/$CONGRESS_ID/settings") == 200 ]]; then
  log "registration settings exist"
else
  deadline=$((SECONDS + WAIT_SECONDS))
  until code=$(curl -sS -m 20 -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' --data "$SETTINGS" "$API/congresses/$CONGRESS_ID/settings") \
      && [[ $code == 200 ]]; do
    ((SECONDS < deadline)) || { log "gave up setting the registration settings (HTTP $code)"; exit 1; }
    sleep 2
  done
  log "registration settings set"
fi

# Wait until every workshop and meal of the released programme is known here (none when nothing is released).
EXPECTED=0
if [[ $(status_of "$PUBLIC/$SLUG/programme") == 200 ]]; then
  EXPECTED=$(curl -fsS -m 10 "$PUBLIC/$SLUG/programme" \
    | jq '[.halfDays[]?.sessions[]? | select((.kind == "WORKSHOP" or .kind == "MEAL") and .status != "CANCELLED")] | length')
fi
deadline=$((SECONDS + WAIT_SECONDS))
while :; do
  AVAILABILITY=$(curl -fsS -m 10 "$API/congresses/$CONGRESS_ID/availability")
  known=$(jq '(.workshops | length) + (.meals | length)' <<<"$AVAILABILITY")
  ((known >= EXPECTED)) && break
  ((SECONDS < deadline)) || { log "only $known of $EXPECTED workshops and meals arrived"; exit 1; }
  sleep 2
done
log "$(jq '.workshops | length' <<<"$AVAILABILITY") workshops and $(jq '.meals | length' <<<"$AVAILABILITY") meals known"

existing=$(curl -fsS -m 10 -H "Authorization: Bearer $TOKEN" \
  "$API/congresses/$CONGRESS_ID/manage/registrations?size=1" | jq .total)
if ((existing >= COUNT)); then
  log "$existing registrations exist: nothing to add"
  exit 0
fi

FIRST_NAMES=(Anaëlle Bastien Capucine Dorian Eugénie Fabien Gwenaëlle Hugo Iris Joachim Katell Lucien Maëlys Noé
  Ombeline Pacôme Quitterie Raphaël Solène Tanguy Ulysse Violaine Wandrille Xavière Yvon Zélie)
LAST_NAMES=(Abgrall Bellocq Cazeneuve Delaunoy Esquerré Faucompré Guérinel Hautecœur Isnardon Jaouen Kerdraon
  Lavergnat Marsolier Nérac Orliac Peyrabout Quéméneur Roubiac Sauvageol Trébuchon Urvoy Vérignac)
ORGANISATIONS=("Communauté de communes du Val de Brenne" "Pays des Trois Vallées" "PNR des Monts d’Arrée-Sud"
  "GAL Leader Causses et Gorges" "Département de la Haute-Vienne-sur-Loire" "Région Val-de-Loire-Atlantique"
  "Agence technique départementale d’Ostrevent" "Association Territoires en commun" "Commune de Saint-Aubin-des-Prés"
  "Préfecture de région (fictive)")
TERRITORIES=(INTERCOMMUNALITE PAYS PNR GAL_LEADER DEPARTEMENT REGION DEPARTEMENT ASSOCIATION COMMUNE ETAT)
JOBS=("Chargé·e de mission développement local" "Directeur·rice de pays" "Animateur·rice Leader"
  "Chef·fe de projet transition" "Agent·e de développement économique")
DIETS=("" "" "" "" "végétarien" "" "sans gluten" "" "" "sans porc")
CATEGORIES=(PROFESSIONNEL PROFESSIONNEL PROFESSIONNEL PROFESSIONNEL PROFESSIONNEL ELU ELU ETUDIANT INTERVENANT PARTENAIRE)

added=0
for ((i = 0; i < COUNT; i++)); do
  first=${FIRST_NAMES[$((i % ${#FIRST_NAMES[@]}))]}
  last=${LAST_NAMES[$(((i * 7 + i / ${#FIRST_NAMES[@]}) % ${#LAST_NAMES[@]}))]}
  org_index=$((i % ${#ORGANISATIONS[@]}))
  email=$(printf '%s.%s.%d@exemple.test' "$first" "$last" "$i" | iconv -f UTF-8 -t ASCII//TRANSLIT 2>/dev/null \
    | tr '[:upper:]' '[:lower:]' | tr -cd 'a-z0-9.@-')
  # one in five comes on the first day only
  if ((i % 5 == 4)); then days='["2027-06-24"]'; else days='["2027-06-24","2027-06-25"]'; fi
  body=$(jq -nc --argjson a "$AVAILABILITY" --argjson days "$days" --argjson i "$i" \
    --arg first "$first" --arg last "$last" --arg email "$email" \
    --arg org "${ORGANISATIONS[$org_index]}" --arg territory "${TERRITORIES[$org_index]}" \
    --arg job "${JOBS[$((i % ${#JOBS[@]}))]}" --arg diet "${DIETS[$((i % ${#DIETS[@]}))]}" \
    --arg category "${CATEGORIES[$((i % ${#CATEGORIES[@]}))]}" '
    def day: (.start // "") | .[0:10];
    {
      days: $days,
      meals: [$a.meals[] | select(day as $d | $days | index($d)) | .sessionId],
      workshops: [$a.workshops | map(select(day as $d | $days | index($d))) | group_by(.seriesId)[]
        | select(.[0].seriesId != null) | sort_by(.title) as $slot | ($slot | length) as $n
        | {sessionId: $slot[$i % $n].sessionId,
           secondChoiceSessionId: (if $n > 1 then $slot[($i + 1) % $n].sessionId else null end)}],
      category: $category,
      person: ({firstName: $first, lastName: $last, email: $email, organisation: $org,
        territoryType: $territory, jobTitle: $job, statutoryCategory: (["A", "B", "C"][$i % 3])}
        + (if $diet == "" then {} else {dietaryNeeds: $diet} end)),
      language: (if $i % 10 == 3 then "en" else "fr" end)
    }')
  code=$(curl -sS -m 20 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: seed-$SLUG-$i" --data "$body" \
    "$API/congresses/$CONGRESS_ID/manage/registrations")
  case $code in
    201) added=$((added + 1)) ;;
    200) ;;
    *) log "registration $i refused (HTTP $code)"; exit 1 ;;
  esac
done
log "$added demo registrations added ($COUNT in the seed)"
