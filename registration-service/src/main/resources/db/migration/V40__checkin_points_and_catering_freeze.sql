-- Counts per check-in point read every scan of a congress grouped by point.
create index checkin_checkpoint on checkin (checkpoint);

-- Version of the point-attendance events: one sequence, so each point's versions grow with every scan.
create sequence point_attendance_version;

-- Meal counts frozen for the caterer: by the scheduled job on the freeze date, or on demand by the committee.
-- The newest snapshot of a congress is the reference the late changes are listed against.
create table catering_snapshot (
    id          uuid primary key,
    seq         bigserial   not null, -- orders snapshots taken within the same instant
    congress_id uuid        not null,
    taken_at    timestamptz not null,
    taken_by    varchar(20) not null check (taken_by in ('SCHEDULE', 'ORGANISER')),
    freeze_at   timestamptz
);
create index catering_snapshot_congress on catering_snapshot (congress_id, seq desc);

create table catering_snapshot_meal (
    snapshot_id   uuid         not null references catering_snapshot (id),
    session_id    uuid         not null,
    title         varchar(500) not null,
    start_at      timestamptz,
    confirmed     integer      not null,
    waitlisted    integer      not null,
    special_diets integer      not null,
    primary key (snapshot_id, session_id)
);

-- Who held (confirmed) or awaited (waiting) each meal when the snapshot was taken: the later changes are the
-- difference with the current seats, so nothing has to be recorded by the code paths that move seats.
create table catering_snapshot_holding (
    snapshot_id     uuid    not null references catering_snapshot (id),
    registration_id uuid    not null,
    session_id      uuid    not null,
    confirmed       boolean not null,
    primary key (snapshot_id, registration_id, session_id)
);
