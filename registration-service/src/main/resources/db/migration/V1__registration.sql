-- Projection of the published programme (programme-events): only what registration needs.
create table congress (
    id           uuid primary key,
    slug         varchar(200) not null,
    title        varchar(500) not null,
    start_date   date         not null,
    end_date     date         not null,
    time_zone    varchar(64)  not null,
    venue        varchar(500),
    status       varchar(20)  not null,
    half_days    text         not null,
    release_no   integer      not null default 0,
    updated_at   timestamptz  not null default now()
);
create index congress_slug on congress (slug);

create table programme_session (
    id            uuid primary key,
    congress_id   uuid         not null,
    kind          varchar(20)  not null,
    title         varchar(500) not null,
    half_day_code varchar(20),
    start_at      timestamptz,
    end_at        timestamptz,
    room_name     varchar(300),
    capacity      integer,
    series_id     uuid,
    status        varchar(20)  not null,
    updated_at    timestamptz  not null default now()
);
create index programme_session_congress on programme_session (congress_id, kind);

-- Registration settings of one congress, set by the organising committee.
create table registration_settings (
    congress_id          uuid primary key,
    opens_at             timestamptz  not null,
    closes_at            timestamptz  not null,
    total_capacity       integer      not null,
    freeze_at            timestamptz,
    offer_hours          integer      not null default 0,
    privacy_version      varchar(50)  not null,
    retention_days       integer,
    reminder_days_before integer      not null default 3,
    asked_fields         text         not null,
    updated_at           timestamptz  not null default now()
);

create table registration_category (
    congress_id uuid         not null references registration_settings (congress_id),
    code        varchar(40)  not null,
    label_fr    varchar(200) not null,
    label_en    varchar(200) not null,
    fee_cents   bigint       not null,
    quota       integer,
    colour      varchar(7)   not null,
    primary key (congress_id, code)
);

-- Seat counters: every confirmation is a conditional UPDATE ... WHERE taken < capacity on one of these rows.
-- The TOTAL row of a congress is locked first by every transaction that moves seats, which orders them
-- (no deadlock) and makes the waiting-list sequence follow the commit order.
create table seat_counter (
    counter_key varchar(120) primary key,
    congress_id uuid         not null,
    kind        varchar(20)  not null,
    ref         varchar(80)  not null,
    capacity    integer,
    taken       integer      not null default 0 check (taken >= 0)
);
create index seat_counter_congress on seat_counter (congress_id);

create sequence waitlist_seq;

create table registration (
    id                  uuid primary key,
    congress_id         uuid         not null,
    participant_id      varchar(100) not null,
    status              varchar(20)  not null,
    category            varchar(40)  not null,
    fee_cents           bigint       not null,
    days                varchar(200) not null,
    language            varchar(2)   not null,
    first_name          varchar(100),
    last_name           varchar(100),
    email               varchar(254),
    organisation        varchar(200),
    territory_type      varchar(30),
    job_title           varchar(200),
    statutory_category  varchar(1),
    accessibility_needs varchar(1000),
    dietary_needs       varchar(1000),
    consent_version     varchar(50),
    consent_at          timestamptz,
    source              varchar(20)  not null,
    waitlist_seq        bigint,
    offer_expires_at    timestamptz,
    checked_in_at       timestamptz,
    checkin_nonce       varchar(64)  not null,
    late_change         boolean      not null default false,
    reminder_sent_at    timestamptz,
    anonymised_at       timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    constraint registration_one_per_person unique (congress_id, participant_id)
);
create index registration_waitlist on registration (congress_id, status, waitlist_seq);

-- One row per workshop slot (series) or per meal chosen.
create table registration_item (
    id             uuid primary key,
    registration_id uuid        not null references registration (id),
    kind           varchar(10)  not null,
    series_id      uuid,
    session_id     uuid         not null,
    second_choice_id uuid,
    assigned_rank  integer      not null default 1,
    status         varchar(20)  not null,
    waitlist_seq   bigint
);
create index registration_item_registration on registration_item (registration_id);
create index registration_item_session on registration_item (session_id, status, waitlist_seq);

create table idempotency_key (
    caller_id       varchar(100) not null,
    idempotency_key varchar(200) not null,
    registration_id uuid         not null,
    created_at      timestamptz  not null default now(),
    primary key (caller_id, idempotency_key)
);

create table checkin (
    registration_id uuid         not null references registration (id),
    checkpoint      varchar(80)  not null,
    checked_in_at   timestamptz  not null,
    primary key (registration_id, checkpoint)
);

-- HMAC key of check-in tokens, generated once when no key is configured, so printed badges survive restarts.
create table checkin_key (
    id         integer primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null default now()
);
