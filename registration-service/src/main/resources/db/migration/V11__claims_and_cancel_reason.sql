-- A registration the committee added (by hand or import) belongs to a generated participant id until the person
-- signs in with the same, verified, e-mail and claims it: then it carries their account's subject.
alter table registration add column claimed_at timestamptz;
-- Why the committee cancelled a registration (shown to organisers only, never in events).
alter table registration add column cancel_reason varchar(500);
create index registration_unclaimed_email on registration (lower(email))
    where claimed_at is null and source in ('ORGANISER', 'IMPORT') and status <> 'CANCELLED';
