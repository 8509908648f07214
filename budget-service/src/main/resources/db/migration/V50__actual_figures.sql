-- The confirmed registrations of each congress as the budget counts them (per fee category: how many and their
-- fees; per MEAL session: how many confirmed meals), kept by deltas in the transaction that applies each
-- registration event (RegistrationEventsConsumer), instead of counting the congress's whole projection again at
-- every event and every read. Filled here from the projection as it stands.
create table actual_figure (
    congress_id   uuid        not null,
    kind          varchar(10) not null check (kind in ('CATEGORY', 'MEAL')),
    -- CATEGORY: the fee category's code; MEAL: the MEAL session's id
    figure_key    varchar(40) not null,
    registrations bigint      not null,
    -- CATEGORY: the fees of those registrations; MEAL: 0
    fee_cents     bigint      not null,
    primary key (congress_id, kind, figure_key)
);

insert into actual_figure (congress_id, kind, figure_key, registrations, fee_cents)
select congress_id, 'CATEGORY', category, count(*), coalesce(sum(fee_cents), 0)
from registration_projection where status = 'CONFIRMED'
group by congress_id, category;

insert into actual_figure (congress_id, kind, figure_key, registrations, fee_cents)
select r.congress_id, 'MEAL', m.session_id::text, count(*), 0
from registration_meal m join registration_projection r on r.registration_id = m.registration_id
where r.status = 'CONFIRMED' and m.status = 'CONFIRMED'
group by r.congress_id, m.session_id;
