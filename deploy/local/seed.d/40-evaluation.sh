#!/usr/bin/env bash
# shellcheck disable=SC1112 # typographic apostrophes in the French labels are meant
# Demo evaluation of congres-2027 (fictional wording only).
# 1. Once evaluation-service has received the congress through Kafka, an organiser creates the satisfaction
#    questionnaire (preamble, a first part that qualifies the situation, a second on satisfaction, session
#    ratings, 3C, an open question at the end), open from the end of the congress for three weeks, and publishes it.
# 2. The evaluation indicators promised to funders, each with its source and target.
# 3. The previous edition, congres-2025 (ARCHIVED, cloned by 10-programme.sh): the same questionnaire, open from
#    27 June 2025 until a few days after this run, ~300 fictional paper forms typed in (drawn by a seeded
#    pseudo-random generator, so every run draws the same ones), then closed; and its indicators with targets.
# Looks before it creates: a second run changes nothing. No online response is seeded for congres-2027: only
# checked-in participants answer, each through their own personal link.
set -euo pipefail

SLUG=${SEED_CONGRESS_SLUG:-congres-2027}
PREVIOUS_SLUG=${SEED_PREVIOUS_SLUG:-congres-2025}
PAPER_RESPONSES=${SEED_PAPER_RESPONSES:-300}
API="${EVALUATION_URL:?}/api/evaluation"
PUBLIC="${PROGRAMME_URL:?}/api/programme/public/congresses"
TOKEN=${TOKEN_ORGANISER:?}
WAIT_SECONDS=${SEED_WAIT_SECONDS:-120}
TITLE="Enquête de satisfaction – 3ᵉ Congrès national des développeurs territoriaux"

log() { printf '%s [40-evaluation] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

status_of() { curl -sS -m 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1" || true; }

wait_for() {
  local what=$1 url=$2 deadline=$((SECONDS + WAIT_SECONDS))
  until [[ $(status_of "$url") == 200 ]]; do
    ((SECONDS < deadline)) || { log "gave up waiting for $what ($url)"; exit 1; }
    sleep 2
  done
}

call() { # method path [body]
  curl -fsS -m 20 -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "$API$2"
}

wait_for "evaluation-service" "$EVALUATION_URL/q/health/ready"

congress_id() { # slug: its id once programme shows it and evaluation-service has received it through Kafka
  wait_for "the congress $1" "$PUBLIC/$1"
  local id
  id=$(curl -fsS -m 10 "$PUBLIC/$1" | jq -r .id)
  # evaluation-service answers 404 until the congress reached it through Kafka
  wait_for "the congress $1 in evaluation-service" "$API/congresses/$id/questionnaires"
  printf '%s' "$id"
}

questionnaire_of() { # congressId title: the id of the questionnaire with this title, or nothing
  call GET "/congresses/$1/questionnaires" | jq -r --arg t "$2" '[.[] | select(.title == $t)][0].id // empty'
}

definition() { # the satisfaction questionnaire of both editions
  local CONTEXT DEFINITION
  CONTEXT=$(call GET "/contextual-questions")
  l() { jq -nc --arg fr "$1" --arg en "$2" '{fr: $fr, en: $en}'; }
  DEFINITION=$(jq -nc --argjson ctx "$CONTEXT" \
    --argjson purpose "$(l 'Ce questionnaire nous aide à préparer la prochaine édition du congrès : ce qui a fonctionné, ce qui a manqué, ce qu’il faut inventer.' 'This survey helps us prepare the next congress: what worked, what was missing, what to invent.')" \
    --argjson use "$(l 'Les réponses sont lues par le comité d’organisation ; les résultats agrégés sont partagés avec les partenaires et les financeurs.' 'Answers are read by the organising committee; aggregated results are shared with partners and funders.')" \
    --argjson anonymity "$(l 'Vos réponses sont anonymes : rien ne les relie à votre nom ni à votre inscription, et aucun résultat n’est montré pour un groupe de moins de cinq personnes.' 'Your answers are anonymous: nothing links them to your name or registration, and no result is shown for a group of fewer than five people.')" '
    def lab(fr; en): {fr: fr, en: en};
    def opt(code; fr; en): {code: code, label: lab(fr; en)};
    {preamble: {purpose: $purpose, use: $use, anonymity: $anonymity},
     sections: [
      {id: "situation", title: lab("Votre situation"; "Your situation"),
       intro: lab("Quelques questions pour situer votre réponse."; "A few questions to put your answer in context."),
       questions: [($ctx[] | select(.key == "statutory-category" or .key == "territory-type" or .key == "years-in-role") | .question),
        {id: "premiere", type: "SINGLE_CHOICE", required: true,
         label: lab("Était-ce votre première participation au congrès ?"; "Was this your first time at the congress?"),
         options: [opt("OUI"; "Oui"; "Yes"), opt("NON"; "Non, je suis déjà venu·e"; "No, I came before")]},
        {id: "reseaux", type: "MULTIPLE_CHOICE", required: false, maxSelections: 3,
         label: lab("Par quels réseaux avez-vous entendu parler du congrès ? (trois au plus)"; "Through which networks did you hear about the congress? (up to three)"),
         options: [opt("RESEAU_NATIONAL"; "Réseau national des développeurs"; "National network"),
                   opt("RESEAU_REGIONAL"; "Réseau ou centre de ressources régional"; "Regional network"),
                   opt("EMPLOYEUR"; "Mon employeur"; "My employer"),
                   opt("COLLEGUE"; "Un·e collègue"; "A colleague"),
                   opt("RESEAUX_SOCIAUX"; "Réseaux sociaux"; "Social media"),
                   opt("AUTRE"; "Autre"; "Other")]}]},
      {id: "avis", title: lab("Votre avis sur le congrès"; "Your view of the congress"),
       questions: [
        {id: "debats", type: "SITUATION_SATISFACTION", required: true,
         label: lab("Comment qualifieriez-vous les débats ?"; "How would you describe the debates?"),
         options: [opt("APPROFONDIS"; "Approfondis, avec des points de vue variés"; "In-depth, with varied views"),
                   opt("CONVENUS"; "Plutôt convenus"; "Rather predictable"),
                   opt("TROP_COURTS"; "Trop courts pour aller au fond"; "Too short to go deep")]},
        {id: "global", type: "LIKERT", required: true,
         label: lab("Le congrès a-t-il répondu à vos attentes ?"; "Did the congress meet your expectations?")},
        {id: "manque", type: "LONG_TEXT", required: false, maxLength: 2000,
         label: lab("Qu’est-ce qui vous a manqué ?"; "What did you miss?"),
         showWhen: {questionId: "global", equals: "1"}},
        {id: "seances", type: "SESSION_RATING", required: false,
         label: lab("Les séances auxquelles vous avez participé"; "The sessions you attended")},
        {id: "supports", type: "SINGLE_CHOICE", required: false,
         label: lab("Les supports produits (synthèses, actes) vous seront-ils utiles ?"; "Will the materials produced (summaries, proceedings) be useful to you?"),
         options: [opt("OUI"; "Oui, je les réutiliserai"; "Yes, I will reuse them"),
                   opt("PEUT_ETRE"; "Peut-être"; "Maybe"),
                   opt("NON"; "Non"; "No")]}]},
      {id: "suite", title: lab("Et la prochaine fois ?"; "And next time?"),
       questions: [
        {id: "3c", type: "THREE_C", required: false,
         label: lab("Pour la prochaine édition : que faut-il conserver, cesser, créer ?"; "For the next congress: what should we keep, stop, create?")},
        {id: "libre", type: "LONG_TEXT", required: false, maxLength: 4000,
         label: lab("Avez-vous autre chose à nous dire ?"; "Anything else you would like to tell us?")}]}]}')
  printf '%s' "$DEFINITION"
}

CONGRESS_ID=$(congress_id "$SLUG")
log "congress $SLUG is $CONGRESS_ID"
QUESTIONNAIRE_ID=$(questionnaire_of "$CONGRESS_ID" "$TITLE")
if [[ -n $QUESTIONNAIRE_ID ]]; then
  log "questionnaire exists ($QUESTIONNAIRE_ID)"
else
  DEFINITION=$(definition)
  BODY=$(jq -nc --arg c "$CONGRESS_ID" --arg t "$TITLE" --argjson d "$DEFINITION" \
    '{congressId: $c, title: $t, definition: $d, opensAt: "2027-06-25T16:00:00+02:00", closesAt: "2027-07-16T23:59:00+02:00"}')
  QUESTIONNAIRE_ID=$(call POST "/questionnaires" "$BODY" | jq -r .id)
  call POST "/questionnaires/$QUESTIONNAIRE_ID/publish" >/dev/null
  log "questionnaire created and published ($QUESTIONNAIRE_ID)"
fi

added=0
add_indicator() { # congressId body: adds it unless an indicator of that congress has this label; prints its id
  local label id
  label=$(jq -r .label <<<"$2")
  id=$(call GET "/congresses/$1/indicators" | jq -r --arg l "$label" '[.[] | select(.label == $l)][0].id // empty')
  if [[ -z $id ]]; then
    id=$(call POST "/congresses/$1/indicators" "$2" | jq -r .id)
    added=$((added + 1))
  fi
  printf '%s' "$id"
}
add_indicator "$CONGRESS_ID" '{"label":"Participants inscrits","source":"REGISTRATIONS","target":400,"position":0}' >/dev/null
add_indicator "$CONGRESS_ID" '{"label":"Participants présents","source":"CHECK_INS","target":350,"position":1}' >/dev/null
add_indicator "$CONGRESS_ID" "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Taux de réponse au questionnaire", source: "RESPONSE_RATE", target: 40, questionnaireId: $q, position: 2}')" >/dev/null
add_indicator "$CONGRESS_ID" "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Participants dont les attentes sont satisfaites", source: "SURVEY_QUESTION", target: 80, questionnaireId: $q, questionId: "global", satisfiedValues: ["3", "4"], position: 3}')" >/dev/null
add_indicator "$CONGRESS_ID" "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Qualité des débats jugée satisfaisante", source: "SURVEY_QUESTION", target: 75, questionnaireId: $q, questionId: "debats", position: 4}')" >/dev/null
add_indicator "$CONGRESS_ID" "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Supports produits jugés utiles", source: "SURVEY_QUESTION", target: 60, questionnaireId: $q, questionId: "supports", satisfiedValues: ["OUI"], position: 5}')" >/dev/null
add_indicator "$CONGRESS_ID" '{"label":"Réseaux ayant relayé l’événement","source":"MANUAL","target":15,"unit":"réseaux","position":6}' >/dev/null
if ((added == 0)); then
  log "indicators exist, nothing to add"
else
  log "$added indicators added"
fi

# ---- 3. The previous edition, with its paper forms typed in
PREVIOUS_TITLE="Enquête de satisfaction - 2e Congrès national des développeurs territoriaux"
PREVIOUS_ID=$(congress_id "$PREVIOUS_SLUG")
log "previous edition $PREVIOUS_SLUG is $PREVIOUS_ID"
# sessions of its released programme that a form may rate (meals and breaks are not rated)
SESSIONS=$(curl -fsS -m 10 "$PUBLIC/$PREVIOUS_SLUG/programme" | jq -c '[.halfDays[].sessions[]
  | select(.kind != "MEAL" and .kind != "BREAK" and .status != "CANCELLED") | {id, kind, seriesId}]')
PAST_ID=$(questionnaire_of "$PREVIOUS_ID" "$PREVIOUS_TITLE")
if [[ -n $PAST_ID ]]; then
  log "questionnaire of $PREVIOUS_SLUG exists ($PAST_ID)"
else
  BODY=$(jq -nc --arg c "$PREVIOUS_ID" --arg t "$PREVIOUS_TITLE" --argjson d "$(definition)" \
    --arg closes "$(date -u -d '+5 days' +%Y-%m-%dT%H:%M:00Z)" \
    '{congressId: $c, title: $t, definition: $d, opensAt: "2025-06-27T16:00:00+02:00", closesAt: $closes}')
  PAST_ID=$(call POST "/questionnaires" "$BODY" | jq -r .id)
  call POST "/questionnaires/$PAST_ID/publish" >/dev/null
  log "questionnaire of $PREVIOUS_SLUG created and published ($PAST_ID)"
fi

# evaluation-service accepts a rating only for a session it received through Kafka: wait for all of them
wait_for_sessions() {
  local deadline=$((SECONDS + WAIT_SECONDS)) known
  while :; do
    known=$(call POST "/questionnaires/$PAST_ID/preview" '{}' \
      | jq -c '[.sections[].questions[] | select(.id == "seances") | .sessions[]?.sessionId]')
    if jq -e --argjson want "$SESSIONS" '. as $k | [$want[].id] - $k | length == 0' <<<"$known" >/dev/null; then
      return
    fi
    ((SECONDS < deadline)) || { log "gave up waiting for the sessions of $PREVIOUS_SLUG in evaluation-service"; exit 1; }
    sleep 2
  done
}

# A seeded pseudo-random generator (Park-Miller): the same forms are drawn on every run, so an interrupted run
# resumes where it stopped. rnd N sets R in [0, N); weighted W1 W2 ... sets R to the index drawn.
STATE=20250627
rnd() { STATE=$((STATE * 48271 % 2147483647)); R=$((STATE % $1)); }
weighted() {
  local total=0 w i=0 x
  for w in "$@"; do total=$((total + w)); done
  rnd "$total"
  x=$R
  for w in "$@"; do
    if ((x < w)); then R=$i; return; fi
    x=$((x - w)); i=$((i + 1))
  done
}
mapfile -t OTHER_SESSIONS < <(jq -r '.[] | select(.kind != "WORKSHOP") | .id' <<<"$SESSIONS")
mapfile -t SERIES < <(jq -r '[.[] | select(.kind == "WORKSHOP") | .seriesId // "none"] | unique | .[]' <<<"$SESSIONS")
declare -A WORKSHOPS
for series in "${SERIES[@]}"; do
  WORKSHOPS[$series]=$(jq -r --arg s "$series" '[.[] | select(.kind == "WORKSHOP" and (.seriesId // "none") == $s) | .id] | join(" ")' <<<"$SESSIONS")
done
CATEGORIES=(A B C NON_CONCERNE)
TERRITORIES=(URBAIN PERIURBAIN RURAL MONTAGNE LITTORAL OUTRE_MER MIXTE)
NETWORKS=(RESEAU_NATIONAL RESEAU_REGIONAL EMPLOYEUR COLLEGUE RESEAUX_SOCIAUX AUTRE)
SITUATIONS=(APPROFONDIS CONVENUS TROP_COURTS)
SUPPORTS=(OUI PEUT_ETRE NON)
MISSING=("Plus de temps d’échange entre participants." "Des exemples venus des territoires ruraux."
  "Les ateliers étaient trop courts pour conclure.")
KEEP=("Les ateliers en petits groupes" "les ateliers en petits groupes" "Le forum des initiatives"
  "La restitution des ateliers")
STOP=("Les plénières trop longues" "Les pauses trop courtes" "Les présentations lues")
CREATE=("Un temps d’échange par métier" "Des visites de terrain" "Un annuaire des participants"
  "Un atelier pour les nouveaux arrivants")
FREE=("Merci pour l’organisation, très bon accueil." "Congrès utile pour sortir de l’isolement de mon poste."
  "Salles un peu difficiles à trouver le premier jour." "Vivement la prochaine édition !"
  "J’aurais aimé plus d’élus dans les ateliers." "Très riche, mais un rythme intense sur deux jours.")
quote() { jq -Rn --arg s "$1" '$s'; }

form() { # the next form drawn, as the body of a paper response
  local a=() picks=() chosen=() n i global situation satisfying rating delta s ids
  weighted 58 24 6 8 4; ((R < 4)) && a+=("\"ctx-statutory-category\":\"${CATEGORIES[R]}\"")
  weighted 14 16 38 8 6 2 12 4; ((R < 7)) && a+=("\"ctx-territory-type\":\"${TERRITORIES[R]}\"")
  weighted 10 30 30 20 10
  case $R in
    0) ;;
    1) rnd 4; a+=("\"ctx-years-in-role\":$R") ;;
    2) rnd 6; a+=("\"ctx-years-in-role\":$((R + 4))") ;;
    3) rnd 10; a+=("\"ctx-years-in-role\":$((R + 10))") ;;
    4) rnd 15; a+=("\"ctx-years-in-role\":$((R + 20))") ;;
  esac
  weighted 38 62; a+=("\"premiere\":\"$([[ $R == 0 ]] && echo OUI || echo NON)\"")
  weighted 10 35 35 20; n=$R
  while ((${#picks[@]} < n)); do
    weighted 30 25 12 18 10 5
    [[ " ${picks[*]} " == *" ${NETWORKS[R]} "* ]] || picks+=("${NETWORKS[R]}")
  done
  ((n > 0)) && a+=("\"reseaux\":[$(printf '"%s",' "${picks[@]}" | sed 's/,$//')]")
  weighted 4 11 47 38; global=$((R + 1))
  a+=("\"global\":$global")
  weighted 52 28 20; situation=$R
  # whether the debates were satisfying depends on what they were and on the overall opinion
  rnd 100
  case $situation in 0) satisfying=$((R < (global >= 3 ? 95 : 50))) ;; 1) satisfying=$((R < (global >= 3 ? 55 : 15))) ;;
    *) satisfying=$((R < (global >= 3 ? 40 : 10))) ;; esac
  a+=("\"debats\":{\"situation\":\"${SITUATIONS[situation]}\",\"satisfying\":$([[ $satisfying == 1 ]] && echo true || echo false)}")
  if ((global == 1)); then rnd 10; ((R < 7)) && { rnd ${#MISSING[@]}; a+=("\"manque\":$(quote "${MISSING[R]}")"); }; fi
  i=0
  for s in "${OTHER_SESSIONS[@]}"; do
    rnd 100; ((R < 70)) && chosen+=("$s:$i"); i=$((i + 1))
  done
  for series in "${SERIES[@]}"; do
    read -ra ids <<<"${WORKSHOPS[$series]}"
    rnd 100
    if ((R < 85 && ${#ids[@]} > 0)); then rnd ${#ids[@]}; chosen+=("${ids[R]}:$((R + i))"); fi
  done
  if ((${#chosen[@]})); then
    local ratings=()
    for s in "${chosen[@]}"; do
      # each session has its own leaning, so the per-session means differ
      case $((${s#*:} % 3)) in 0) weighted 15 60 25 ;; 1) weighted 25 60 15 ;; *) weighted 35 50 15 ;; esac
      delta=$((R - 1)); rating=$((global + delta)); ((rating < 1)) && rating=1; ((rating > 4)) && rating=4
      ratings+=("\"${s%%:*}\":$rating")
    done
    a+=("\"seances\":{$(IFS=,; echo "${ratings[*]}")}")
  fi
  weighted 48 34 9 9; ((R < 3)) && a+=("\"supports\":\"${SUPPORTS[R]}\"")
  rnd 100
  if ((R < 30)); then
    local keep stop="" create=""
    rnd ${#KEEP[@]}; keep=$(quote "${KEEP[R]}")
    rnd 2; ((R == 0)) && { rnd ${#STOP[@]}; stop=$(quote "${STOP[R]}"); }
    rnd 5; ((R < 3)) && { rnd ${#CREATE[@]}; create=$(quote "${CREATE[R]}"); }
    a+=("\"3c\":{\"conserver\":[$keep],\"cesser\":[$stop],\"creer\":[$create]}")
  fi
  rnd 100; ((R < 12)) && { rnd ${#FREE[@]}; a+=("\"libre\":$(quote "${FREE[R]}")"); }
  FORM="{\"answers\":{$(IFS=,; echo "${a[*]}")}}"
}

ENTERED=$(call GET "/questionnaires/$PAST_ID" | jq -r .responseCount)
if ((ENTERED >= PAPER_RESPONSES)); then
  log "paper responses of $PREVIOUS_SLUG exist ($ENTERED), nothing to add"
else
  wait_for_sessions
  started=$SECONDS
  for ((n = 0; n < PAPER_RESPONSES; n++)); do
    form
    # the forms already entered by an interrupted run are drawn again but not sent
    ((n < ENTERED)) && continue
    call POST "/questionnaires/$PAST_ID/paper-responses" "$FORM" >/dev/null
  done
  log "$((PAPER_RESPONSES - ENTERED)) paper responses of $PREVIOUS_SLUG typed in ($((SECONDS - started)) s)"
fi
if [[ $(call GET "/questionnaires/$PAST_ID" | jq -r .state) == OUVERT ]]; then
  call POST "/questionnaires/$PAST_ID/close" >/dev/null
  log "questionnaire of $PREVIOUS_SLUG closed"
fi

# registration-service holds nothing of the previous edition: counts of people are entered by hand
added=0
add_indicator "$PREVIOUS_ID" '{"label":"Participants présents (comptage à l’accueil)","source":"MANUAL","target":350,"unit":"participants","manualValue":412,"position":0}' >/dev/null
add_indicator "$PREVIOUS_ID" '{"label":"Questionnaires papier recueillis","source":"MANUAL","target":200,"unit":"questionnaires","manualValue":'"$PAPER_RESPONSES"',"position":1}' >/dev/null
add_indicator "$PREVIOUS_ID" "$(jq -nc --arg q "$PAST_ID" '{label: "Participants dont les attentes sont satisfaites", source: "SURVEY_QUESTION", target: 80, questionnaireId: $q, questionId: "global", satisfiedValues: ["3", "4"], position: 2}')" >/dev/null
add_indicator "$PREVIOUS_ID" "$(jq -nc --arg q "$PAST_ID" '{label: "Qualité des débats jugée satisfaisante", source: "SURVEY_QUESTION", target: 75, questionnaireId: $q, questionId: "debats", position: 3}')" >/dev/null
add_indicator "$PREVIOUS_ID" "$(jq -nc --arg q "$PAST_ID" '{label: "Supports produits jugés utiles", source: "SURVEY_QUESTION", target: 60, questionnaireId: $q, questionId: "supports", satisfiedValues: ["OUI"], position: 4}')" >/dev/null
add_indicator "$PREVIOUS_ID" '{"label":"Réseaux ayant relayé l’événement","source":"MANUAL","target":15,"unit":"réseaux","manualValue":12,"position":5}' >/dev/null
if ((added == 0)); then
  log "indicators of $PREVIOUS_SLUG exist, nothing to add"
else
  log "$added indicators of $PREVIOUS_SLUG added"
fi
