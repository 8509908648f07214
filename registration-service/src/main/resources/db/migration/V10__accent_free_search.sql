-- Organiser search, exports and mailings share one filter: "lefevre" must find "Lefèvre" and "LEFEVRE".
-- unaccent and pg_trgm are contrib extensions marked trusted (PostgreSQL 13+): the database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); with the dictionary named explicitly the result is
-- fixed, so this wrapper may be IMMUTABLE and feed a generated column and an index. The search term goes through
-- the same function, so both sides are always normalised alike (œ → oe included).
create or replace function registration_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Kept by PostgreSQL on every insert, change, anonymisation: no code path can forget it.
alter table registration add column search_text text generated always as (
    registration_fold(coalesce(last_name, '') || ' ' || coalesce(first_name, '') || ' ' || coalesce(email, '')
        || ' ' || coalesce(organisation, ''))) stored;

-- Substring search ("%word%") within a congress: a trigram index answers it without reading every row.
create index registration_search on registration using gin (search_text gin_trgm_ops);
create index registration_congress_created on registration (congress_id, created_at, id);
