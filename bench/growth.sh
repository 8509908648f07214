# Growth: what the pages people use cost as the database fills, 1k -> 10k -> 50k registrations over 100 congresses.
# Sourced by bench/run-all.sh (stage "growth"); needs bench/lib.sh.
#
# One congress, M, is made through the services' APIs like the rushes' ones, with a budget (budget-service) and two
# indicators (evaluation-service) so that its partner dashboard has every panel; 99 more congresses exist only as
# registrations. At each level (BENCH_GROWTH_LEVELS, cumulative) the registrations missing to reach it are inserted
# with batched SQL, spread evenly over the 100 congresses (M holds a hundredth: 10, 100, 500), confirmed, with
# fictional names, two workshops and four meals, half of them checked in; the same registrations are written into
# budget-service's and evaluation-service's projections, as their event consumers would have written them (seeding
# through 50,000 events would take longer than the whole suite), and M's seat counters are set to its rows.
# Then, through the gateway with real tokens (a partner's, the organiser's): M's partner dashboard, M's organiser
# registration list and its search; straight to the services, the calls those pages make that grow with the data
# (registration-service's list and search, budget-service's budget, evaluation-service's indicators);
# the participants exports (CSV, XLSX) of a 5,000-registration congress (the exports stage's, or one seeded here); and
# registrations into M with real participant tokens. Everything seeded is deleted at the end (BENCH_KEEP_GROWTH=1
# keeps it), so that the next run starts from the same database.

growth_seed() { # growth_seed TAG FROM TO CONGRESSES M MEALS_ARRAY SLOTS_ARRAY SERIES_ARRAY
  local tag=$1 from=$2 to=$3 n=$4 m=$5 meals=$6 slots=$7 series=$8
  # the registration's congress, its index in its congress (j), its attributes drawn from j, so that M (g % n = 0)
  # gets every name, category and check-in state
  local congress="case when g % $n = 0 then '$m'::uuid else md5('$tag/c/' || (g % $n))::uuid end"
  local j="(g / $n)"
  local meal="case when g % $n = 0 then ($meals)[k] else md5('$tag/c/' || (g % $n) || '/meal/' || k)::uuid end"
  local workshop="case when g % $n = 0 then ($slots)[k][1 + $j % 10]
                       else md5('$tag/c/' || (g % $n) || '/w/' || k || '/' || ($j % 10))::uuid end"
  local serie="case when g % $n = 0 then ($series)[k] else md5('$tag/c/' || (g % $n) || '/series/' || k)::uuid end"
  sql registration "
    insert into registration (id, congress_id, participant_id, status, category, fee_cents, days, language, first_name,
      last_name, email, organisation, territory_type, source, checkin_nonce, checked_in_at, created_at, updated_at,
      version)
    select md5('$tag/r/' || g)::uuid, $congress, 'bench-$tag-' || g, 'CONFIRMED',
      case when $j % 5 = 0 then 'ELU' else 'PROFESSIONNEL' end, case when $j % 5 = 0 then 12000 else 18000 end,
      '2027-06-24,2027-06-25', 'fr',
      (array['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Maxime', 'Morgane', 'Lou'])[1 + (g / 7) % 8],
      (array['Lefèvre', 'Bérard', 'Gauthier', 'Rousseau', 'Chevalier', 'Perrin', 'Morel', 'Faure', 'Giraud',
             'Mercier'])[1 + $j % 10] || ' ' || g,
      'banc.' || g || '@bench.invalid', 'Communauté fictive ' || (g % 37), 'INTERCOMMUNALITE', 'IMPORT', md5(g::text),
      case when $j % 2 = 0 then now() end, now() - (g % 5000) * interval '1 minute', now(), 0
    from generate_series($from, $to) g;
    insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
    select md5('$tag/i/' || g || '/m' || k)::uuid, md5('$tag/r/' || g)::uuid, 'MEAL', null, $meal, 1, 'CONFIRMED'
    from generate_series($from, $to) g cross join generate_series(1, 4) k;
    insert into registration_item (id, registration_id, kind, series_id, session_id, assigned_rank, status)
    select md5('$tag/i/' || g || '/w' || k)::uuid, md5('$tag/r/' || g)::uuid, 'WORKSHOP', $serie, $workshop, 1,
      'CONFIRMED'
    from generate_series($from, $to) g cross join generate_series(1, 2) k;
    insert into checkin (registration_id, checkpoint, checked_in_at)
    select md5('$tag/r/' || g)::uuid, 'ENTRANCE', now() from generate_series($from, $to) g where $j % 2 = 0;
    analyze registration; analyze registration_item; analyze checkin" >/dev/null
  seat_counters_from_rows "$m"
  sql budget "
    insert into registration_projection (registration_id, congress_id, status, category, fee_cents, updated_at)
    select md5('$tag/r/' || g)::uuid, $congress, 'CONFIRMED', case when $j % 5 = 0 then 'ELU' else 'PROFESSIONNEL' end,
      case when $j % 5 = 0 then 12000 else 18000 end, now()
    from generate_series($from, $to) g;
    insert into registration_meal (registration_id, session_id, status)
    select md5('$tag/r/' || g)::uuid, $meal, 'CONFIRMED' from generate_series($from, $to) g cross join generate_series(1, 4) k;
    analyze registration_projection; analyze registration_meal" >/dev/null
  sql evaluation "
    insert into registration_projection (registration_id, congress_id, participant_id, status, category, days,
      confirmed_session_ids, checked_in_at, language)
    select md5('$tag/r/' || g)::uuid, $congress, 'bench-$tag-' || g, 'CONFIRMED',
      case when $j % 5 = 0 then 'ELU' else 'PROFESSIONNEL' end, '[\"2027-06-24\",\"2027-06-25\"]',
      (select to_json(array_agg(s::text))::text from (
         select $workshop as s from generate_series(1, 2) k union all select $meal from generate_series(1, 4) k) x),
      case when $j % 2 = 0 then now() end, 'fr'
    from generate_series($from, $to) g;
    analyze registration_projection" >/dev/null
}

growth_unseed() { # growth_unseed TAG COUNT M
  local ids="select md5('$1/r/' || g)::uuid from generate_series(1, $2) g"
  sql registration "delete from checkin where registration_id in ($ids);
    delete from registration_item where registration_id in ($ids);
    delete from registration where id in ($ids)" >/dev/null
  seat_counters_from_rows "$3"
  sql budget "delete from registration_projection where registration_id in ($ids)" >/dev/null
  sql evaluation "delete from registration_projection where registration_id in ($ids)" >/dev/null
}

stage_growth() {
  local levels; read -r -a levels <<<"${BENCH_GROWTH_LEVELS:-1000 10000 50000}"
  local n=${BENCH_GROWTH_CONGRESSES:-100} requests=${BENCH_GROWTH_REQUESTS:-200}
  local exports=${BENCH_GROWTH_EXPORTS:-3} registrations=${BENCH_GROWTH_REGISTRATIONS:-100}
  local connections=${BENCH_GROWTH_CONNECTIONS:-2} tag="growth$(date +%s)" max=${levels[-1]}
  local ids m slug capacity meals slots series level previous=0 index=0 db_count m_count refresher base url
  log "growth: ${levels[*]} registrations over $n congresses; $requests requests per page, $exports exports, $registrations registrations per level"
  ensure_accounts $((registrations * ${#levels[@]}))
  capacity=$((max / n + registrations * ${#levels[@]} + 100))
  ids=$(new_congress growth "$capacity" "$capacity")
  read -r -a arr <<<"$ids"
  m=${arr[0]}
  slug=$(cat "$WORK/slug-$m")
  body spread "${arr[@]}" > "$WORK/growth.body.json"
  meals="array['${arr[5]}', '${arr[6]}', '${arr[7]}', '${arr[8]}']::uuid[]"
  slots="array[['$(IFS=,; echo "${arr[*]:9:10}" | sed "s/,/', '/g")'], ['$(IFS=,; echo "${arr[*]:19:10}" | sed "s/,/', '/g")']]::uuid[]"
  series="array['$(sql registration "select series_id from programme_session where id = '${arr[9]}'")', '$(sql registration "select series_id from programme_session where id = '${arr[19]}'")']::uuid[]"

  # M's budget (once budget-service has its fees) and indicators (once evaluation-service knows the congress)
  organiser_token
  local hypotheses; hypotheses=$(jq -nc --arg m1 "${arr[5]}" --arg m2 "${arr[6]}" --arg m3 "${arr[7]}" --arg m4 "${arr[8]}" '{
    participants: 500, days: 2, halfDays: 4, rooms: 10, speakers: 20,
    categories: [{code: "PROFESSIONNEL", percent: 80}, {code: "ELU", percent: 20}],
    meals: [{sessionId: $m1, label: "Déjeuner 1", percent: 90}, {sessionId: $m2, label: "Dîner 1", percent: 70},
            {sessionId: $m3, label: "Déjeuner 2", percent: 90}, {sessionId: $m4, label: "Dîner 2", percent: 60}],
    scenarios: [{name: "Prudent", participants: 350}, {name: "Forte affluence", participants: 600}]}')
  local budget="" line
  for _ in $(seq 1 60); do
    budget=$(curl -fsS -m 20 -X POST -H "Authorization: Bearer $ORGANISER" -H 'Content-Type: application/json' \
      --data "$(jq -nc --arg c "$m" --argjson h "$hypotheses" '{congressId: $c, versionName: "Budget de banc d’essai", hypotheses: $h}')" \
      "$BUDGET/api/budget/budgets" 2>/dev/null | jq -r .budgetId) && [[ -n "$budget" ]] && break
    sleep 1
  done
  # lines driven by the registrations (per participant, per meal taken, the fees) and a fixed one
  for line in '{"account":"606","label":"Badges, signalétique et fournitures","driver":"PER_PARTICIPANT","amount":"4.50"}' \
      '{"account":"604","label":"Repas des participants (traiteur)","driver":"PER_MEAL","amount":"28.00"}' \
      '{"account":"604","label":"Pauses café (4 demi-journées)","driver":"PER_PARTICIPANT","amount":"6.00","quantity":4}' \
      '{"account":"623","label":"Communication : affiches, programme imprimé, site","driver":"FIXED","amount":"6500.00"}' \
      '{"account":"706","label":"Droits d’inscription","driver":"REGISTRATION_REVENUE"}'; do
    [[ -z "$budget" ]] || call POST "$BUDGET/api/budget/budgets/$budget/lines" "$line" >/dev/null \
      || log "growth: budget-service refused the line $line"
  done
  for indicator in '{"label":"Participants inscrits","source":"REGISTRATIONS","target":400,"position":0}' \
      '{"label":"Participants présents","source":"CHECK_INS","target":350,"position":1}'; do
    for _ in $(seq 1 60); do
      curl -fsS -m 20 -o /dev/null -X POST -H "Authorization: Bearer $ORGANISER" -H 'Content-Type: application/json' \
        --data "$indicator" "$EVALUATION/api/evaluation/congresses/$m/indicators" 2>/dev/null && break
      sleep 1
    done
  done
  [[ $(curl -s -m 20 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ORGANISER" "$BUDGET/api/budget/congresses/$m/budget") == 200 ]] \
    || log "growth: M has no budget (budget-service refused it): its dashboard shows the budget panel empty"

  if [[ -z "${EXPORT_CONGRESS:-}" ]]; then
    EXPORT_CONGRESS=$(new_congress export "$EXPORT_SIZE" "$((EXPORT_SIZE / 10 + 10))" | cut -d' ' -f1)
    seed_registrations "$EXPORT_CONGRESS" "$EXPORT_SIZE" "export-$tag"
  fi

  # tokens renewed every minute while the requests run (they live 300 s)
  renew_tokens() {
    demo_token demo-partenaire > "$WORK/partner.token.new" && mv "$WORK/partner.token.new" "$WORK/partner.token"
    demo_token demo-organisateur > "$WORK/organiser.token.new" && mv "$WORK/organiser.token.new" "$WORK/organiser.token"
  }
  renew_tokens
  ( while sleep 60 && [[ -d "$WORK" ]]; do renew_tokens 2>/dev/null || true; done ) &
  refresher=$!
  BACKGROUND+=("$refresher")

  for level in "${levels[@]}"; do
    local t0; t0=$(date +%s.%N)
    growth_seed "$tag" "$((previous + 1))" "$level" "$n" "$m" "$meals" "$slots" "$series"
    log "growth: $level registrations seeded (+$((level - previous)) in $(seconds_since "$t0") s)"
    previous=$level
    db_count=$(sql registration "select count(*) from registration")
    m_count=$(sql registration "select count(*) from registration where congress_id = '$m'")
    base="level=$level db_registrations=$db_count congress_registrations=$m_count"
    url="$REGISTRATION/api/registration/congresses/$m/manage/registrations"
    java -Xmx256m bench/Latency.java \
      "partner-dashboard|$WORK/partner.token|5|$requests|$connections|$GATEWAY/partenaires/$slug" \
      "organiser-list|$WORK/organiser.token|5|$requests|$connections|$GATEWAY/organisation/$slug/inscriptions" \
      "organiser-search|$WORK/organiser.token|5|$requests|$connections|$GATEWAY/organisation/$slug/inscriptions?q=lefevre" \
      "list-direct|$WORK/organiser.token|5|$requests|$connections|$url?page=0&size=50" \
      "search-direct|$WORK/organiser.token|5|$requests|$connections|$url?q=lefevre&page=0&size=50" \
      "budget-direct|$WORK/organiser.token|5|$requests|$connections|$BUDGET/api/budget/congresses/$m/budget" \
      "indicators-direct|$WORK/organiser.token|5|$requests|$connections|$EVALUATION/api/evaluation/congresses/$m/indicators" \
      "export-participants-csv|$WORK/organiser.token|1|$exports|1|$REGISTRATION/api/registration/congresses/$EXPORT_CONGRESS/manage/exports/participants.csv" \
      "export-participants-xlsx|$WORK/organiser.token|0|$exports|1|$REGISTRATION/api/registration/congresses/$EXPORT_CONGRESS/manage/exports/participants.xlsx" \
      > "$WORK/growth-$level.txt"
    while read -r name figures; do
      result "growth-$name $base $figures"
    done < "$WORK/growth-$level.txt"
    tokens "$WORK/growth-tokens.txt" "$registrations" "$((index * registrations + 1))"
    result "growth-registration $base connections=$connections $(java -Xmx256m bench/RegistrationRush.java \
      "$REGISTRATION/api/registration/congresses/$m/registrations" "$WORK/growth-tokens.txt" "$WORK/growth.body.json" \
      closed "$connections")"
    index=$((index + 1))
  done
  kill "$refresher" 2>/dev/null || true
  result "growth-check congress=$m $(check "$m")"
  FOOTPRINT_CONGRESS=$m   # the footprint's warm-up reads a congress with a budget and indicators
  if [[ ${BENCH_KEEP_GROWTH:-0} != 1 ]]; then
    growth_unseed "$tag" "$max" "$m"
    log "growth: the $max seeded registrations deleted (BENCH_KEEP_GROWTH=1 keeps them)"
  fi
}
