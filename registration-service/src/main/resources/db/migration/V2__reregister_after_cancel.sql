-- One active registration per person and congress: someone who cancelled may register again.
alter table registration drop constraint registration_one_per_person;
create unique index registration_one_active_per_person on registration (congress_id, participant_id)
    where status <> 'CANCELLED';
