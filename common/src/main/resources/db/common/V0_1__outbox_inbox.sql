-- Shared messaging tables of every service (see common/README.md).
-- Versions 0.x belong to common; each service numbers its own migrations from 1.

-- Transactional outbox: rows are written in the business transaction and published by the relay.
create table outbox_event (
    seq          bigserial primary key,
    id           uuid         not null unique,
    topic        varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

-- Inbox: events already applied by a consumer with side effects beyond an upsert.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Latest version applied per aggregate, for consumers that keep a projection.
create table projection_version (
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(200) not null,
    version        bigint       not null,
    updated_at     timestamptz  not null default now(),
    primary key (aggregate_type, aggregate_id)
);
