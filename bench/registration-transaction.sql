-- One registration as registration-service makes it: its reads and locks as since V240 (the congress's stamp instead
-- of the look-ups it keeps in memory), its seat phase as before the counters were split into stripes (V220): one row
-- per counter (bench/ceiling.sh keeps stripe 0 only, with every capacity), so the ceiling is that of the single-row
-- shape, the harder one for PostgreSQL; for pgbench (bench/ceiling.sh runs it in a copy of
-- the registration database's schema, with -M prepared: Hibernate's statements are prepared too).
-- Variables given with -D: congress (uuid), hot (1: everyone wants the first workshop of each slot, no second
-- choice, as bench/run-all.sh's "hot" rush; 0: first choices spread over the ten workshops of each slot, the next
-- one as second choice, as the "spread" rush). Workshop k of slot s is a000000s-0000-4000-8000-00000000000k,
-- meal m e0000000-0000-4000-8000-00000000000m, the series of slot s b000000s-0000-4000-8000-000000000000
-- (bench/ceiling.sh gives the copied sessions these ids). pgbench reads any colon followed by a letter or a digit as
-- a variable, even inside a string: such colons are written apart (':' || 'PROFESSIONNEL', "rank": 1).
\set k random(0, 9) * (1 - :hot)
\set k2 (:k + 1) % 10
\set p random(1, 9000000000000000000)
BEGIN;
-- what registration-service reads and locks before its seats (RegistrationService.register since V240): the
-- congress's stamp (its settings, categories, sessions and questions come from memory while the stamp is unchanged,
-- registering/CongressLookups), the person's lock with the congress's shared seat lock in one statement
-- (SeatCounters.lockCongressShared), then the duplicate check
select stamp from congress_stamp where congress_id = :congress;
select pg_advisory_xact_lock_shared(hashtextextended('seats' || ':' || :congress, 0))
  from pg_advisory_xact_lock(hashtextextended(:congress || '/' || :p, 0));
select 1 from registration where congress_id = :congress and participant_id = :p::text and status <> 'CANCELLED' limit 1;
-- the seat phase: the congress's TOTAL row first (held until the commit), its category, then every workshop and
-- meal in one statement (a second statement only for second choices that a full first choice sends there: none
-- here, the capacities are never reached)
update seat_counter set taken = taken + 1
  where counter_key = 'total:' || :congress and (capacity is null or taken < capacity);
update seat_counter set taken = taken + 1
  where counter_key = 'category:' || :congress || ':' || 'PROFESSIONNEL' and (capacity is null or taken < capacity);
update seat_counter set taken = taken + 1
  where counter_key in ('session' || ':' || 'e0000000-0000-4000-8000-000000000001',
                        'session' || ':' || 'e0000000-0000-4000-8000-000000000002',
                        'session' || ':' || 'e0000000-0000-4000-8000-000000000003',
                        'session' || ':' || 'e0000000-0000-4000-8000-000000000004',
                        'session' || ':' || 'a0000001-0000-4000-8000-00000000000' || :k,
                        'session' || ':' || 'a0000002-0000-4000-8000-00000000000' || :k)
    and (capacity is null or taken < capacity)
  returning counter_key;
-- Hibernate's flush: the registration and its six items in one JDBC batch (pipelined), then the outbox's event,
-- the mail request, the commit
\startpipeline
insert into registration (id, congress_id, participant_id, status, category, fee_cents, days, language, first_name,
    last_name, email, organisation, territory_type, consent_version, consent_at, source, checkin_nonce, created_at,
    updated_at, version)
  values (md5(:congress || '/' || :p)::uuid, :congress, :p::text, 'CONFIRMED', 'PROFESSIONNEL', 18000,
    '2027-06-24,2027-06-25', 'fr', 'Banc', 'Essai ' || :p, 'banc-' || :p || '@bench.invalid', 'Communauté fictive',
    'INTERCOMMUNALITE', '2026-11', now(), 'SELF', md5(:p || '/nonce'), now(), now(), 0);
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/1')::uuid, md5(:congress || '/' || :p)::uuid, 'MEAL', null,
    'e0000000-0000-4000-8000-000000000001', null, 1, 'CONFIRMED');
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/2')::uuid, md5(:congress || '/' || :p)::uuid, 'MEAL', null,
    'e0000000-0000-4000-8000-000000000002', null, 1, 'CONFIRMED');
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/3')::uuid, md5(:congress || '/' || :p)::uuid, 'MEAL', null,
    'e0000000-0000-4000-8000-000000000003', null, 1, 'CONFIRMED');
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/4')::uuid, md5(:congress || '/' || :p)::uuid, 'MEAL', null,
    'e0000000-0000-4000-8000-000000000004', null, 1, 'CONFIRMED');
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/5')::uuid, md5(:congress || '/' || :p)::uuid, 'WORKSHOP',
    'b0000001-0000-4000-8000-000000000000', ('a0000001-0000-4000-8000-00000000000' || :k)::uuid,
    case when :hot = 0 then ('a0000001-0000-4000-8000-00000000000' || :k2)::uuid end, 1, 'CONFIRMED');
insert into registration_item (id, registration_id, kind, series_id, session_id, second_choice_id, assigned_rank, status)
  values (md5(:congress || '/' || :p || '/6')::uuid, md5(:congress || '/' || :p)::uuid, 'WORKSHOP',
    'b0000002-0000-4000-8000-000000000000', ('a0000002-0000-4000-8000-00000000000' || :k)::uuid,
    case when :hot = 0 then ('a0000002-0000-4000-8000-00000000000' || :k2)::uuid end, 1, 'CONFIRMED');
\endpipeline
insert into outbox_event (id, topic, type, source, subject, occurred_at, payload)
  values (gen_random_uuid(), 'registration-events', 'fr.assises.registration.confirmed.v1', '/registration-service',
    md5(:congress || '/' || :p)::uuid::text, now(),
    '{"registrationId":"' || md5(:congress || '/' || :p)::uuid || '","congressId":"' || :congress
    || '","participantId":"' || :p || '","status":"CONFIRMED","category":"PROFESSIONNEL","feeCents": 18000,'
    || '"days":["2027-06-24","2027-06-25"],"meals":[{"sessionId":"e0000000-0000-4000-8000-000000000001","status":"CONFIRMED"},'
    || '{"sessionId":"e0000000-0000-4000-8000-000000000002","status":"CONFIRMED"},{"sessionId":"e0000000-0000-4000-8000-000000000003","status":"CONFIRMED"},'
    || '{"sessionId":"e0000000-0000-4000-8000-000000000004","status":"CONFIRMED"}],"workshops":[{"sessionId":"a0000001-0000-4000-8000-00000000000'
    || :k || '","rank": 1,"status":"CONFIRMED"},{"sessionId":"a0000002-0000-4000-8000-00000000000' || :k
    || '","rank": 1,"status":"CONFIRMED"}],"checkedInAt": null,"language":"fr","version": 0}');
insert into mail_outbox (id, registration_id, kind, subject, text, link)
  values (gen_random_uuid(), md5(:congress || '/' || :p)::uuid, 'CONFIRMED', null, null, null);
END;
