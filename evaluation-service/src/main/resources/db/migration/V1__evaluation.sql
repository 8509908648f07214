-- Projections of other services' events (pseudonymous ids and categories only).
create table congress_projection (
    congress_id          uuid primary key,
    slug                 text,
    title                text not null,
    start_date           date,
    end_date             date,
    time_zone            text,
    status               text not null,
    released_session_ids text
);

create table session_projection (
    session_id    uuid primary key,
    congress_id   uuid not null,
    kind          text not null,
    title         text not null,
    half_day_code text,
    starts_at     timestamptz,
    ends_at       timestamptz,
    room_name     text,
    status        text not null
);
create index session_projection_congress on session_projection (congress_id);

create table registration_projection (
    registration_id       uuid primary key,
    congress_id           uuid not null,
    participant_id        text not null,
    status                text not null,
    category              text not null,
    days                  text not null,
    confirmed_session_ids text not null,
    checked_in_at         timestamptz,
    language              text
);
create index registration_projection_congress on registration_projection (congress_id, participant_id);

-- Questionnaires: the structure is one JSON document (sections and questions), validated by the service.
create table questionnaire (
    id             uuid primary key,
    congress_id    uuid not null,
    title          text not null,
    status         text not null,
    opens_at       timestamptz,
    closes_at      timestamptz,
    definition     jsonb not null,
    cloned_from    uuid,
    response_count integer not null default 0,
    event_version  bigint not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index questionnaire_congress on questionnaire (congress_id);

-- Who may answer and whether they did. Knows the participant, never the answers, never a time of answer.
create table survey_access (
    id               uuid primary key,
    questionnaire_id uuid not null references questionnaire (id),
    participant_id   text not null,
    answered         boolean not null default false,
    constraint survey_access_one_per_participant unique (questionnaire_id, participant_id)
);

-- Access tokens are stored only as SHA-256("access|" + token): a leaked table gives no usable link.
create table survey_access_token (
    token_hash text primary key,
    access_id  uuid not null references survey_access (id) on delete cascade,
    issued_at  timestamptz not null
);
create index survey_access_token_access on survey_access_token (access_id);

-- Anonymous responses: random id, coarse category, answers. No participant, no token, no timestamp.
-- edit_key = HMAC(server secret, token): computable only by whoever holds the token itself.
create table survey_response (
    id               uuid primary key,
    questionnaire_id uuid not null references questionnaire (id),
    category         text not null,
    edit_key         text not null,
    answers          jsonb not null,
    constraint survey_response_edit_key unique (edit_key)
);
create index survey_response_questionnaire on survey_response (questionnaire_id);

-- Evaluation indicators promised to funders.
create table indicator (
    id               uuid primary key,
    congress_id      uuid not null,
    label            text not null,
    source           text not null,
    target           numeric(14, 2) not null,
    unit             text,
    questionnaire_id uuid references questionnaire (id),
    question_id      text,
    satisfied_values text,
    manual_value     numeric(14, 2),
    due_date         date,
    position         integer not null default 0,
    created_at       timestamptz not null
);
create index indicator_congress on indicator (congress_id);
