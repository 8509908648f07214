-- What a registration looks up and is the same for every registration of a congress (the congress, its settings
-- and categories, its sessions, its custom questions) is kept in memory per congress (registering/CongressLookups),
-- under the congress's stamp: every insert, update or delete of those rows gives the congress a new stamp, drawn
-- from a sequence (never given twice, not even by a rolled-back transaction), in the same transaction. A registration
-- reads the stamp (one indexed row) and uses its memory only when the stamp is the one it loaded it under, so a
-- change made by any instance, by a consumer or by hand in SQL is seen by the next registration.
create sequence congress_stamp_seq;

create table congress_stamp (
    congress_id uuid   primary key,
    stamp       bigint not null
);

create function congress_stamp_bump() returns trigger language plpgsql as $$
declare
    changed uuid;
begin
    if tg_op <> 'INSERT' then
        changed := (to_jsonb(old) ->> tg_argv[0])::uuid;
        insert into congress_stamp (congress_id, stamp) values (changed, nextval('congress_stamp_seq'))
        on conflict (congress_id) do update set stamp = excluded.stamp;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or (to_jsonb(new) ->> tg_argv[0])::uuid is distinct from changed) then
        insert into congress_stamp (congress_id, stamp)
        values ((to_jsonb(new) ->> tg_argv[0])::uuid, nextval('congress_stamp_seq'))
        on conflict (congress_id) do update set stamp = excluded.stamp;
    end if;
    return null;
end
$$;

create trigger congress_stamp after insert or update or delete on congress
    for each row execute function congress_stamp_bump('id');
create trigger congress_stamp after insert or update or delete on programme_session
    for each row execute function congress_stamp_bump('congress_id');
create trigger congress_stamp after insert or update or delete on registration_settings
    for each row execute function congress_stamp_bump('congress_id');
create trigger congress_stamp after insert or update or delete on registration_category
    for each row execute function congress_stamp_bump('congress_id');
create trigger congress_stamp after insert or update or delete on custom_question
    for each row execute function congress_stamp_bump('congress_id');
