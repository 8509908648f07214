-- One row per scheduled job and period that an instance has claimed (see common/README.md, Scheduled jobs):
-- with several instances on one database, each job runs once per period.
create table scheduled_run (
    job          varchar(100) not null,
    period_start timestamptz  not null,
    holder       varchar(200) not null,
    claimed_at   timestamptz  not null default now(),
    primary key (job, period_start)
);
