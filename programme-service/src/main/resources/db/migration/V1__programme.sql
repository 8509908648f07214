-- Congress editions and their draft programme. Times are stored UTC (timestamptz) and shown in the
-- congress' time zone. `version` is the optimistic lock of each aggregate; `revision` numbers the
-- congress.changed events.

create table congress (
    id          uuid         primary key,
    slug        varchar(80)  not null unique,
    title       varchar(200) not null,
    start_date  date         not null,
    end_date    date         not null,
    venue       varchar(200) not null,
    time_zone   varchar(50)  not null,
    status      varchar(20)  not null,
    revision    bigint       not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    check (end_date >= start_date)
);

create table half_day (
    congress_id uuid        not null references congress (id) on delete cascade,
    code        varchar(10) not null,
    day         date        not null,
    period      varchar(10) not null,
    start_at    timestamptz not null,
    end_at      timestamptz not null,
    primary key (congress_id, code),
    check (end_at > start_at)
);

create table room (
    id          uuid         primary key,
    congress_id uuid         not null references congress (id),
    name        varchar(100) not null,
    capacity    integer      not null check (capacity > 0),
    accessible  boolean      not null,
    version     bigint       not null,
    unique (congress_id, name)
);

create table theme (
    id          uuid          primary key,
    congress_id uuid          not null references congress (id),
    code        varchar(40)   not null,
    name        varchar(150)  not null,
    description varchar(1000),
    version     bigint        not null,
    unique (congress_id, code)
);

create table speaker (
    id             uuid          primary key,
    congress_id    uuid          not null references congress (id),
    name           varchar(150)  not null,
    organisation   varchar(150),
    role           varchar(150),
    bio            varchar(1000),
    public_consent boolean       not null,
    email          varchar(254),
    phone          varchar(30),
    version        bigint        not null
);
create index speaker_congress on speaker (congress_id);

create table session (
    id            uuid          primary key,
    congress_id   uuid          not null references congress (id),
    kind          varchar(20)   not null,
    title         varchar(200)  not null,
    description   varchar(4000),
    half_day_code varchar(10)   not null,
    start_at      timestamptz   not null,
    end_at        timestamptz   not null,
    room_id       uuid          references room (id),
    capacity      integer       check (capacity > 0),
    series_id     uuid,
    moderator_id  uuid          references speaker (id),
    status        varchar(20)   not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    check (end_at > start_at)
);
create index session_congress on session (congress_id);

create table session_theme (
    session_id uuid not null references session (id) on delete cascade,
    theme_id   uuid not null references theme (id),
    primary key (session_id, theme_id)
);

create table session_speaker (
    session_id uuid not null references session (id) on delete cascade,
    speaker_id uuid not null references speaker (id),
    primary key (session_id, speaker_id)
);

-- A release freezes the public programme: one snapshot per session, the changelog against the previous one.
create table programme_release (
    id           uuid        primary key,
    congress_id  uuid        not null references congress (id),
    number       integer     not null,
    published_at timestamptz not null,
    changelog    text        not null,
    unique (congress_id, number)
);

create table released_session (
    release_id uuid   not null references programme_release (id),
    session_id uuid   not null,
    version    bigint not null,
    snapshot   text   not null,
    primary key (release_id, session_id)
);

-- Attendance projection: each registration's current choices (replaced whole on every newer event).
create table attendance_contribution (
    registration_id uuid        not null,
    congress_id     uuid        not null,
    session_id      uuid        not null,
    kind            varchar(20) not null,
    status          varchar(20) not null,
    primary key (registration_id, session_id, kind)
);
create index attendance_by_session on attendance_contribution (congress_id, session_id);
