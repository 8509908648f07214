#!/usr/bin/env bash
# shellcheck disable=SC1112 # typographic apostrophes in the French labels are meant
# Demo evaluation of congres-2027 (fictional wording only).
# 1. Once evaluation-service has received the congress through Kafka, an organiser creates the satisfaction
#    questionnaire (preamble, a first part that qualifies the situation, a second on satisfaction, session
#    ratings, 3C, an open question at the end), open from the end of the congress for three weeks, and publishes it.
# 2. The evaluation indicators promised to funders, each with its source and target.
# Looks before it creates: a second run changes nothing. Responses are not seeded: only checked-in participants
# answer, each through their own personal link.
set -euo pipefail

SLUG=${SEED_CONGRESS_SLUG:-congres-2027}
API="${EVALUATION_URL:?}/api/evaluation"
PUBLIC="${PROGRAMME_URL:?}/api/programme/public/congresses"
TOKEN=${TOKEN_ORGANISER:?}
WAIT_SECONDS=${SEED_WAIT_SECONDS:-120}
TITLE="Enquête de satisfaction - 3e Congrès national des développeurs territoriaux"

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
wait_for "the congress $SLUG" "$PUBLIC/$SLUG"
CONGRESS_ID=$(curl -fsS -m 10 "$PUBLIC/$SLUG" | jq -r .id)
log "congress $SLUG is $CONGRESS_ID"
# evaluation-service answers 404 until the congress reached it through Kafka
wait_for "the congress in evaluation-service" "$API/congresses/$CONGRESS_ID/questionnaires"

QUESTIONNAIRE_ID=$(call GET "/congresses/$CONGRESS_ID/questionnaires" \
  | jq -r --arg t "$TITLE" '[.[] | select(.title == $t)][0].id // empty')
if [[ -n $QUESTIONNAIRE_ID ]]; then
  log "questionnaire exists ($QUESTIONNAIRE_ID)"
else
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
  BODY=$(jq -nc --arg c "$CONGRESS_ID" --arg t "$TITLE" --argjson d "$DEFINITION" \
    '{congressId: $c, title: $t, definition: $d, opensAt: "2027-06-25T16:00:00+02:00", closesAt: "2027-07-16T23:59:00+02:00"}')
  QUESTIONNAIRE_ID=$(call POST "/questionnaires" "$BODY" | jq -r .id)
  call POST "/questionnaires/$QUESTIONNAIRE_ID/publish" >/dev/null
  log "questionnaire created and published ($QUESTIONNAIRE_ID)"
fi

EXISTING=$(call GET "/congresses/$CONGRESS_ID/indicators" | jq -c '[.[].label]')
added=0
add_indicator() { # body
  local label
  label=$(jq -r .label <<<"$1")
  if jq -e --arg l "$label" 'index($l) != null' <<<"$EXISTING" >/dev/null; then
    return
  fi
  call POST "/congresses/$CONGRESS_ID/indicators" "$1" >/dev/null
  added=$((added + 1))
}
add_indicator '{"label":"Participants inscrits","source":"REGISTRATIONS","target":400,"position":0}'
add_indicator '{"label":"Participants présents","source":"CHECK_INS","target":350,"position":1}'
add_indicator "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Taux de réponse au questionnaire", source: "RESPONSE_RATE", target: 40, questionnaireId: $q, position: 2}')"
add_indicator "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Participants dont les attentes sont satisfaites", source: "SURVEY_QUESTION", target: 80, questionnaireId: $q, questionId: "global", satisfiedValues: ["3", "4"], position: 3}')"
add_indicator "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Qualité des débats jugée satisfaisante", source: "SURVEY_QUESTION", target: 75, questionnaireId: $q, questionId: "debats", position: 4}')"
add_indicator "$(jq -nc --arg q "$QUESTIONNAIRE_ID" '{label: "Supports produits jugés utiles", source: "SURVEY_QUESTION", target: 60, questionnaireId: $q, questionId: "supports", satisfiedValues: ["OUI"], position: 5}')"
add_indicator '{"label":"Réseaux ayant relayé l’événement","source":"MANUAL","target":15,"unit":"réseaux","position":6}'
if ((added == 0)); then
  log "indicators exist, nothing to add"
else
  log "$added indicators added"
fi
