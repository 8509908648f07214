-- Provisional budgets (one per congress), their named versions and lines, funders, actual expenses,
-- the audit trail, and the projection of registrations received from registration-events.

create table budget (
    id               uuid         primary key,
    congress_id      uuid         not null unique,
    aggregate_version bigint      not null,
    current_version  integer      not null,
    charges_cents    bigint       not null default 0,
    produits_cents   bigint       not null default 0,
    balance_cents    bigint       not null default 0,
    status           varchar(20)  not null,
    created_at       timestamptz  not null
);

create table budget_version (
    id               uuid         primary key,
    budget_id        uuid         not null references budget (id),
    number           integer      not null,
    name             varchar(200) not null,
    status           varchar(20)  not null,
    hypotheses       text         not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    submitted_at     timestamptz,
    submitted_by     varchar(200),
    unique (budget_id, number)
);

create table budget_line (
    id               uuid         primary key,
    version_id       uuid         not null references budget_version (id),
    line_key         uuid         not null,
    position         integer      not null,
    account_code     varchar(10)  not null,
    label            varchar(200) not null,
    funder_id        uuid,
    driver           varchar(30)  not null,
    basis            varchar(20)  not null,
    unit_cents       bigint       not null,
    quantity         bigint       not null,
    per_room         boolean      not null,
    category         varchar(40),
    session_id       uuid,
    fte_numerator    integer,
    fte_denominator  integer,
    months           integer,
    unique (version_id, line_key)
);
create index budget_line_version on budget_line (version_id, position);

create table funder (
    id               uuid         primary key,
    budget_id        uuid         not null references budget (id),
    type             varchar(30)  not null,
    name             varchar(200) not null,
    agency           varchar(200),
    status           varchar(20)  not null,
    requested_cents  bigint       not null,
    granted_cents    bigint       not null,
    paid_cents       bigint       not null,
    requested_on     date,
    granted_on       date,
    paid_on          date
);
create index funder_budget on funder (budget_id);

-- Expenses committed and paid, kept per line key so that they follow a line from version to version.
create table line_expense (
    budget_id        uuid         not null references budget (id),
    line_key         uuid         not null,
    committed_cents  bigint       not null,
    paid_cents       bigint       not null,
    updated_at       timestamptz  not null,
    primary key (budget_id, line_key)
);

create table audit_entry (
    id               bigserial    primary key,
    budget_id        uuid         not null references budget (id),
    at               timestamptz  not null,
    actor            varchar(200) not null,
    actor_name       varchar(200),
    action           varchar(60)  not null,
    detail           varchar(2000) not null
);
create index audit_entry_budget on audit_entry (budget_id, id);

create table registration_projection (
    registration_id  uuid         primary key,
    congress_id      uuid         not null,
    status           varchar(20)  not null,
    category         varchar(40)  not null,
    fee_cents        bigint       not null,
    updated_at       timestamptz  not null
);
create index registration_projection_congress on registration_projection (congress_id, status);

create table registration_meal (
    registration_id  uuid         not null references registration_projection (registration_id) on delete cascade,
    session_id       uuid         not null,
    status           varchar(20)  not null,
    primary key (registration_id, session_id)
);
create index registration_meal_session on registration_meal (session_id);
