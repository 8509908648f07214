#!/usr/bin/env bash
# Demo congress of the local stack: "congres-2027", 24-25 June 2027, with a full two-day programme in the
# shape of the 2015 congress (opening and plenary, two series of parallel workshops, a forum, a meal after each
# half-day, a closing plenary with a round table), then publishes it as release 1. Every person, organisation
# and place here is fictional.
#
# It also creates the previous edition, "congres-2025" (26-27 June 2025, ARCHIVED), as a clone of congres-2027's
# programme published as release 1, so that the evaluation demo has a past congress with sessions to rate.
#
# Safe to run again: it looks everything up before creating it, and does nothing once a release exists (for
# each congress; the previous edition is completed step by step: clone, release, then ARCHIVED).
# Needs curl and jq; PROGRAMME_URL and TOKEN_ORGANISER (or the assises_token function) from seed.sh.
set -euo pipefail

API="${PROGRAMME_URL:-http://127.0.0.1:8081}/api/programme"
SLUG=congres-2027
# The parallel workshops of one slot share a series id; fixed so that re-runs keep them together.
SERIES_1=6f1c2a40-27a0-4b8e-9c11-000000000001
SERIES_2=6f1c2a40-27a0-4b8e-9c11-000000000002

log() { printf '%s [10-programme] %s\n' "$(date +%H:%M:%S)" "$*"; }

TOKEN=${TOKEN_ORGANISER:-}
if [[ -z "$TOKEN" ]] && declare -F assises_token >/dev/null; then
  TOKEN=$(assises_token demo-organisateur)
fi
[[ -n "$TOKEN" ]] || { log "TOKEN_ORGANISER is not set"; exit 1; }

# call METHOD PATH [JSON]: prints the response body; exits with the problem detail on any error status.
call() {
  local method=$1 path=$2 body=${3:-} out status
  local args=(-sS -m 20 -X "$method" -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json'
    -w '\n%{http_code}')
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  out=$(curl "${args[@]}" "$API$path")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if ((status >= 400)); then
    log "$method $path -> $status: $out"
    return 1
  fi
  printf '%s' "$out"
}

# previous_edition SOURCE_ID: congres-2025 cloned from congres-2027 (rooms, themes, sessions shifted to 2025; no
# speakers), release 1 published, then ARCHIVED. Each step is skipped once done.
PREVIOUS_SLUG=congres-2025
previous_edition() {
  local source=$1 id view
  id=$(call GET /congresses | jq -r --arg slug "$PREVIOUS_SLUG" '.[] | select(.slug == $slug) | .id')
  if [[ -z "$id" ]]; then
    id=$(call POST "/congresses/$source/clone" "$(jq -n --arg slug "$PREVIOUS_SLUG" '{
      slug: $slug, title: "2e Congrès national des développeurs territoriaux", startDate: "2025-06-26",
      venue: "Centre des congrès de Valbonne-sur-Loire"}')" | jq -r .id)
    log "cloned $PREVIOUS_SLUG ($id) from $SLUG"
  fi
  if (( $(call GET "/congresses/$id/releases" | jq length) == 0 )); then
    log "published release $(call POST "/congresses/$id/releases" | jq -r .number) of $PREVIOUS_SLUG"
  fi
  # programme-service moves a status one step at a time: draft, open, closed (registration over), archived
  local status next
  status=$(call GET "/congresses/$id" | jq -r .status)
  if [[ $status == ARCHIVED ]]; then
    log "$PREVIOUS_SLUG already archived with its programme: nothing to do"
    return 0
  fi
  while [[ $status != ARCHIVED ]]; do
    case $status in
      DRAFT) next=OPEN ;;
      OPEN) next=CLOSED ;;
      *) next=ARCHIVED ;;
    esac
    status=$(call POST "/congresses/$id/status" "$(jq -cn --arg s "$next" '{status: $s}')" | jq -r .status)
  done
  log "$PREVIOUS_SLUG archived"
}

# Wait for the service (the stack may have just started it).
for _ in $(seq 1 60); do
  curl -fs -m 2 -o /dev/null "${PROGRAMME_URL:-http://127.0.0.1:8081}/q/health/ready" && break
  sleep 1
done

# Looked up through the organisers' list: the public API hides a congress left (or put back) in DRAFT.
CONGRESS=$(call GET /congresses | jq -r --arg slug "$SLUG" '.[] | select(.slug == $slug) | .id')
if [[ -n "$CONGRESS" ]]; then
  if (( $(call GET "/congresses/$CONGRESS/releases" | jq length) > 0 )); then
    log "$SLUG already has a published programme: nothing to do"
    previous_edition "$CONGRESS"
    exit 0
  fi
  log "$SLUG exists without a release: completing it"
else
  CONGRESS=$(call POST /congresses "$(jq -n --arg slug "$SLUG" '{
    slug: $slug,
    title: "3ᵉ Congrès national des développeurs territoriaux",
    startDate: "2027-06-24", endDate: "2027-06-25", timeZone: "Europe/Paris", status: "OPEN",
    venue: "Centre des congrès de Valbonne-sur-Loire",
    halfDays: [
      {start: "2027-06-24T09:00:00+02:00", end: "2027-06-24T14:00:00+02:00"},
      {start: "2027-06-24T14:00:00+02:00", end: "2027-06-24T22:00:00+02:00"},
      {start: "2027-06-25T09:00:00+02:00", end: "2027-06-25T14:00:00+02:00"},
      {start: "2027-06-25T14:00:00+02:00", end: "2027-06-25T17:30:00+02:00"}]}')" | jq -r .id)
  log "created congress $SLUG ($CONGRESS)"
fi
C="/congresses/$CONGRESS"

# ---- rooms: name|capacity|accessible
declare -A ROOM
existing=$(call GET "$C/rooms")
while IFS='|' read -r name capacity accessible; do
  id=$(jq -r --arg n "$name" '.[] | select(.name == $n) | .id' <<<"$existing")
  if [[ -z "$id" ]]; then
    id=$(call POST "$C/rooms" "$(jq -n --arg n "$name" --argjson c "$capacity" --argjson a "$accessible" \
      '{name: $n, capacity: $c, accessible: $a}')" | jq -r .id)
  fi
  ROOM[$name]=$id
done <<'ROOMS'
Amphithéâtre Loire|500|true
Restaurant du parc|520|true
Hall des Tilleuls|300|true
Salle 101|40|true
Salle 102|40|true
Salle 103|35|true
Salle 104|35|false
Salle 105|45|true
Salle 201|40|true
Salle 202|40|false
Salle 203|35|true
Salle 204|50|true
Salle 205|30|true
Salle 206|45|true
Salle 207|40|true
ROOMS
log "rooms: ${#ROOM[@]}"

# ---- themes: code|name|description
declare -A THEME
existing=$(call GET "$C/themes")
while IFS='|' read -r code name description; do
  id=$(jq -r --arg c "$code" '.[] | select(.code == $c) | .id' <<<"$existing")
  if [[ -z "$id" ]]; then
    id=$(call POST "$C/themes" "$(jq -n --arg c "$code" --arg n "$name" --arg d "$description" \
      '{code: $c, name: $n, description: $d}')" | jq -r .id)
  fi
  THEME[$code]=$id
done <<'THEMES'
ingenierie|Organisation de l'ingénierie territoriale|Mutualisation, agences, intercommunalités : qui porte l'ingénierie des territoires ?
metiers|Métiers et compétences|Évolution des métiers du développement territorial, formation, reconnaissance.
cooperation|Coopérations et réseaux|Travailler entre territoires, entre échelons et avec les habitants.
transition|Transitions|Transition écologique, alimentaire et énergétique dans les projets de territoire.
THEMES
log "themes: ${#THEME[@]}"

# ---- speakers (all invented): name|organisation|role|consent
declare -A SPEAKER
existing=$(call GET "$C/speakers")
while IFS='|' read -r name organisation role consent; do
  id=$(jq -r --arg n "$name" '.[] | select(.name == $n) | .id' <<<"$existing")
  if [[ -z "$id" ]]; then
    id=$(call POST "$C/speakers" "$(jq -n --arg n "$name" --arg o "$organisation" --arg r "$role" \
      --argjson c "$consent" '{name: $n, organisation: $o, role: $r, publicConsent: $c,
        bio: ("Intervenant·e fictif·ve de la démonstration, " + $r + ".")}')" | jq -r .id)
  fi
  SPEAKER[$name]=$id
done <<'SPEAKERS'
Hélène Marvaux|Réseau national fictif des développeurs territoriaux|présidente|true
Bastien Orlac|Université de Valbonne-sur-Loire|maître de conférences en aménagement|true
Noémie Castrel|Agence d'ingénierie du Val d'Oré|directrice|true
Jules Ferrandier|Communauté de communes des Trois Rivières|directeur du développement|true
Maëlle Tournadre|Pays de la Haute-Sorgue|cheffe de projet|true
Yanis Belcourt|Conseil départemental de Valmont|chargé de mission territoires|true
Capucine Ardouin|Parc naturel fictif des Monts d'Aubrac-Vert|chargée de mission|true
Théo Lambrechts|Pôle d'équilibre territorial du Val Doré|animateur|true
Inès Vaudrey|Agglomération de Saint-Brieuc-sur-Lys|responsable de l'ingénierie|true
Gaspard Moncorgé|Centre de ressources fictif Territoires & Projets|formateur|true
Salomé Dufraisse|Région Centre-Ouest (fictive)|cheffe de service|true
Romain Peyrelade|Syndicat mixte du Haut-Lignon|directeur|true
Léna Quintard|Communauté urbaine de Morlanges|chargée de coopération|true
Armand Rieutord|Association des élus fictifs du rural|délégué général|true
Zoé Berthelin|Cabinet coopératif Ancrages|consultante|true
Victor Saint-Aubert|Pays Vallée du Thoré|chargé de mission|false
Clémence Aubrion|Agence de l'eau fictive Loire-Amont|chargée d'études|true
Malo Kerbiriou|Conseil de développement de Morlanges|animateur|true
SPEAKERS
log "speakers: ${#SPEAKER[@]}"

# ---- sessions: kind|title|start|end|room|themes|speakers|moderator|series
id_of() { # id_of ASSOC KEY: the id of KEY, empty for an empty key
  local -n table=$1
  if [[ -n "$2" ]]; then printf '%s' "${table[$2]}"; fi
}
ids() { # ids ASSOC "a,b": JSON array of the ids of the comma-separated keys
  local -n map=$1
  local out=() key
  IFS=',' read -ra keys <<<"$2"
  for key in "${keys[@]}"; do [[ -n "$key" ]] && out+=("${map[$key]}"); done
  if ((${#out[@]})); then printf '%s\n' "${out[@]}" | jq -R . | jq -sc .; else echo '[]'; fi
}
existing=$(call GET "$C/sessions")
created=0
while IFS='|' read -r kind title start end room themes speakers moderator series; do
  [[ -z "$kind" ]] && continue
  if [[ -n $(jq -r --arg t "$title" '.[] | select(.title == $t) | .id' <<<"$existing") ]]; then
    continue
  fi
  body=$(jq -n --arg kind "$kind" --arg title "$title" \
    --arg start "$start:00+02:00" --arg finish "$end:00+02:00" \
    --arg room "$(id_of ROOM "$room")" --argjson themes "$(ids THEME "$themes")" \
    --argjson speakers "$(ids SPEAKER "$speakers")" --arg moderator "$(id_of SPEAKER "$moderator")" \
    --arg series "$series" '{kind: $kind, title: $title,
      description: ("Séance de démonstration : " + $title + "."),
      start: $start, "end": $finish, themeIds: $themes, speakerIds: $speakers}
      + (if $room == "" then {} else {roomId: $room} end)
      + (if $moderator == "" then {} else {moderatorId: $moderator} end)
      + (if $series == "" then {} else {seriesId: $series} end)')
  call POST "$C/sessions" "$body" >/dev/null
  created=$((created + 1))
done <<SESSIONS
BREAK|Accueil des participants et café|2027-06-24T09:00|2027-06-24T09:30|Hall des Tilleuls||||
OPENING|Ouverture du congrès|2027-06-24T09:30|2027-06-24T10:00|Amphithéâtre Loire||Hélène Marvaux,Armand Rieutord||
PLENARY|Plénière n°1 : ce que nous apprennent les travaux du réseau sur l'ingénierie territoriale|2027-06-24T10:00|2027-06-24T12:30|Amphithéâtre Loire|ingenierie,metiers|Bastien Orlac,Noémie Castrel|Hélène Marvaux|
MEAL|Déjeuner du jeudi|2027-06-24T12:30|2027-06-24T14:00|Restaurant du parc||||
WORKSHOP|Atelier 1 : mutualiser l'ingénierie entre intercommunalités|2027-06-24T14:00|2027-06-24T16:30|Salle 101|ingenierie|Jules Ferrandier||$SERIES_1
WORKSHOP|Atelier 2 : le rôle des agences techniques départementales|2027-06-24T14:00|2027-06-24T16:30|Salle 102|ingenierie|Yanis Belcourt||$SERIES_1
WORKSHOP|Atelier 3 : mobilités rurales et coopération intercommunale|2027-06-24T14:00|2027-06-24T16:30|Salle 103|cooperation,transition|Maëlle Tournadre||$SERIES_1
WORKSHOP|Atelier 4 : les parcs naturels comme laboratoires|2027-06-24T14:00|2027-06-24T16:30|Salle 104|transition|Capucine Ardouin||$SERIES_1
WORKSHOP|Atelier 5 : animer un pôle d'équilibre territorial|2027-06-24T14:00|2027-06-24T16:30|Salle 105|cooperation|Théo Lambrechts||$SERIES_1
WORKSHOP|Atelier 6 : ingénierie urbaine et rurale, quelles alliances ?|2027-06-24T14:00|2027-06-24T16:30|Salle 201|ingenierie,cooperation|Inès Vaudrey||$SERIES_1
WORKSHOP|Atelier 7 : se former tout au long de sa carrière|2027-06-24T14:00|2027-06-24T16:30|Salle 202|metiers|Gaspard Moncorgé||$SERIES_1
WORKSHOP|Atelier 8 : contractualiser avec la Région|2027-06-24T14:00|2027-06-24T16:30|Salle 203|ingenierie|Salomé Dufraisse||$SERIES_1
WORKSHOP|Atelier 9 : gérer l'eau à l'échelle du bassin|2027-06-24T14:00|2027-06-24T16:30|Salle 204|transition,cooperation|Clémence Aubrion||$SERIES_1
WORKSHOP|Atelier 10 : coopérer entre villes et campagnes|2027-06-24T14:00|2027-06-24T16:30|Salle 205|cooperation|Léna Quintard||$SERIES_1
WORKSHOP|Atelier 11 : le développeur face aux élus|2027-06-24T14:00|2027-06-24T16:30|Salle 206|metiers|Romain Peyrelade||$SERIES_1
WORKSHOP|Atelier 12 : associer les habitants aux projets|2027-06-24T14:00|2027-06-24T16:30|Salle 207|cooperation,metiers|Malo Kerbiriou||$SERIES_1
BREAK|Pause|2027-06-24T16:30|2027-06-24T17:00|Hall des Tilleuls||||
FORUM|Forum d'échanges : initiatives des territoires|2027-06-24T17:00|2027-06-24T19:00|Hall des Tilleuls|cooperation|Zoé Berthelin||
MEAL|Dîner du congrès|2027-06-24T20:00|2027-06-24T22:00|Restaurant du parc||||
WORKSHOP|Atelier 1 (suite) : pistes pour une ingénierie partagée|2027-06-25T09:00|2027-06-25T12:00|Salle 101|ingenierie|Jules Ferrandier||$SERIES_2
WORKSHOP|Atelier 2 (suite) : préconisations aux départements|2027-06-25T09:00|2027-06-25T12:00|Salle 102|ingenierie|Yanis Belcourt||$SERIES_2
WORKSHOP|Atelier 3 (suite) : une feuille de route pour les mobilités rurales|2027-06-25T09:00|2027-06-25T12:00|Salle 103|cooperation,transition|Maëlle Tournadre||$SERIES_2
WORKSHOP|Atelier 4 (suite) : essaimer les expérimentations des parcs|2027-06-25T09:00|2027-06-25T12:00|Salle 104|transition|Capucine Ardouin||$SERIES_2
WORKSHOP|Atelier 5 (suite) : outils d'animation territoriale|2027-06-25T09:00|2027-06-25T12:00|Salle 105|cooperation|Théo Lambrechts||$SERIES_2
WORKSHOP|Atelier 6 (suite) : des alliances à contractualiser|2027-06-25T09:00|2027-06-25T12:00|Salle 201|ingenierie,cooperation|Inès Vaudrey||$SERIES_2
WORKSHOP|Atelier 7 (suite) : un référentiel de compétences|2027-06-25T09:00|2027-06-25T12:00|Salle 202|metiers|Gaspard Moncorgé||$SERIES_2
WORKSHOP|Atelier 8 (suite) : propositions pour les contrats régionaux|2027-06-25T09:00|2027-06-25T12:00|Salle 203|ingenierie|Salomé Dufraisse||$SERIES_2
WORKSHOP|Atelier 9 (suite) : gouvernance de l'eau, recommandations|2027-06-25T09:00|2027-06-25T12:00|Salle 204|transition,cooperation|Clémence Aubrion||$SERIES_2
WORKSHOP|Atelier 10 (suite) : des réciprocités à construire|2027-06-25T09:00|2027-06-25T12:00|Salle 205|cooperation|Léna Quintard||$SERIES_2
WORKSHOP|Atelier 11 (suite) : clarifier les rôles techniciens et élus|2027-06-25T09:00|2027-06-25T12:00|Salle 206|metiers|Romain Peyrelade||$SERIES_2
WORKSHOP|Atelier 12 (suite) : méthodes de participation à partager|2027-06-25T09:00|2027-06-25T12:00|Salle 207|cooperation,metiers|Malo Kerbiriou||$SERIES_2
MEAL|Déjeuner du vendredi|2027-06-25T12:30|2027-06-25T14:00|Restaurant du parc||||
PLENARY|Plénière n°3 : restitution des ateliers|2027-06-25T14:00|2027-06-25T15:00|Amphithéâtre Loire|ingenierie,metiers,cooperation,transition|Bastien Orlac|Hélène Marvaux|
ROUND_TABLE|Table ronde : quelle ingénierie pour les territoires de demain ?|2027-06-25T15:00|2027-06-25T16:15|Amphithéâtre Loire|ingenierie,cooperation|Noémie Castrel,Armand Rieutord,Salomé Dufraisse,Victor Saint-Aubert|Zoé Berthelin|
CLOSING|Conclusion du congrès|2027-06-25T16:15|2027-06-25T16:45|Amphithéâtre Loire||Hélène Marvaux||
MEAL|Cocktail de clôture|2027-06-25T16:45|2027-06-25T17:30|Hall des Tilleuls||||
SESSIONS
log "sessions created: $created"

conflicts=$(call GET "$C/conflicts")
hard=$(jq '[.[] | select(.severity == "HARD")] | length' <<<"$conflicts")
if ((hard > 0)); then
  log "the demo programme has $hard blocking conflict(s): $(jq -c '[.[] | select(.severity == "HARD") | .message]' <<<"$conflicts")"
  exit 1
fi
release=$(call POST "$C/releases" | jq -r .number)
log "published release $release of $SLUG ($(jq length <<<"$conflicts") non-blocking remark(s))"
previous_edition "$CONGRESS"
