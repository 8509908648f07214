-- Who pays a registration: the participant themself or an organisation (personal/organisation data: deleted with
-- the registration's personal fields, never in events).
create table registration_payer (
    registration_id uuid primary key references registration (id),
    congress_id     uuid         not null,
    kind            varchar(20)  not null check (kind in ('PARTICIPANT', 'ORGANISATION')),
    name            varchar(200),
    siret           varchar(14),
    address         varchar(300),
    postcode        varchar(10),
    city            varchar(100),
    email           varchar(254),
    order_number    varchar(50),
    service_code    varchar(100),
    updated_at      timestamptz  not null default now()
);
create index registration_payer_siret on registration_payer (congress_id, siret);

-- The issuer of a congress's invoices (the organising body), set by the committee.
create table billing_settings (
    congress_id        uuid primary key,
    name               varchar(200) not null,
    siret              varchar(14)     not null,
    address            varchar(500) not null,
    vat_rate_bp        integer,
    vat_exemption      varchar(300),
    payment_days       integer      not null,
    late_mentions      varchar(1000) not null,
    iban               varchar(34),
    bic                varchar(11),
    updated_at         timestamptz  not null default now(),
    check (vat_rate_bp is not null or vat_exemption is not null)
);

-- One row per issuer (SIRET) and series (F invoices, A credit notes, D quotes): the number is taken with
-- UPDATE ... RETURNING inside the issuing transaction, whose row lock makes concurrent issues wait and whose
-- rollback gives the number back, so a series has no gap.
create table billing_counter (
    issuer_siret varchar(14)    not null,
    series       varchar(1)  not null,
    last_value   bigint      not null default 0,
    primary key (issuer_siret, series)
);

-- Issued invoices, credit notes and quotes: written once, never updated (except to keep the PDF rendered on the
-- first download, once) and never deleted (the triggers below).
create table billing_document (
    id                 uuid primary key,
    congress_id        uuid         not null,
    kind               varchar(12)  not null check (kind in ('INVOICE', 'CREDIT_NOTE', 'QUOTE')),
    number             varchar(30)  not null,
    issuer_siret       varchar(14)     not null,
    issued_at          timestamptz  not null,
    issue_date         date         not null,
    due_date           date,
    credited_id        uuid references billing_document (id),
    issuer             text         not null,
    buyer_kind         varchar(20)  not null,
    buyer_name         varchar(200) not null,
    buyer_siret        varchar(14),
    buyer_address      varchar(500),
    buyer_email        varchar(254),
    order_number       varchar(50),
    service_code       varchar(100),
    net_cents          bigint       not null,
    vat_cents          bigint       not null,
    total_cents        bigint       not null,
    vat_rate_bp        integer,
    reason             varchar(500),
    pdf                bytea,
    facturx            bytea,
    unique (issuer_siret, number)
);
create index billing_document_congress on billing_document (congress_id, kind);
create unique index billing_document_one_credit on billing_document (credited_id) where credited_id is not null;

create table billing_line (
    document_id     uuid         not null references billing_document (id),
    position        integer      not null,
    registration_id uuid,
    category        varchar(40)  not null,
    label           varchar(500) not null,
    net_cents       bigint       not null,
    vat_cents       bigint       not null,
    total_cents     bigint       not null,
    primary key (document_id, position)
);
create index billing_line_registration on billing_line (registration_id);

create function billing_document_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'an issued billing document is never deleted';
    end if;
    if (old.pdf is not null and new.pdf is distinct from old.pdf)
            or (old.facturx is not null and new.facturx is distinct from old.facturx)
            or (row(new.id, new.congress_id, new.kind, new.number, new.issuer_siret, new.issued_at, new.issue_date,
                    new.due_date, new.credited_id, new.issuer, new.buyer_kind, new.buyer_name, new.buyer_siret,
                    new.buyer_address, new.order_number, new.service_code, new.net_cents, new.vat_cents,
                    new.total_cents, new.vat_rate_bp, new.reason)
                is distinct from
                row(old.id, old.congress_id, old.kind, old.number, old.issuer_siret, old.issued_at, old.issue_date,
                    old.due_date, old.credited_id, old.issuer, old.buyer_kind, old.buyer_name, old.buyer_siret,
                    old.buyer_address, old.order_number, old.service_code, old.net_cents, old.vat_cents,
                    old.total_cents, old.vat_rate_bp, old.reason)) then
        raise exception 'an issued billing document is never edited';
    end if;
    return new;
end $$;
create trigger billing_document_frozen before update or delete on billing_document
    for each row execute function billing_document_frozen();
create function billing_line_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a line of an issued billing document is never edited';
end $$;
create trigger billing_line_frozen before update or delete on billing_line
    for each row execute function billing_line_frozen();

-- Payments received for an invoice (means: TRANSFER with its reference, MANDATE, CHEQUE, ON_SITE).
create table billing_payment (
    id           uuid primary key,
    document_id  uuid         not null references billing_document (id),
    congress_id  uuid         not null,
    means        varchar(20)  not null check (means in ('TRANSFER', 'MANDATE', 'CHEQUE', 'ON_SITE', 'CARD')),
    reference    varchar(100),
    paid_on      date         not null,
    amount_cents bigint       not null check (amount_cents > 0),
    recorded_at  timestamptz  not null
);
create index billing_payment_document on billing_payment (document_id);

-- When an overdue invoice's buyer was last reminded.
create table billing_reminder (
    document_id uuid        not null references billing_document (id),
    sent_at     timestamptz not null
);
create index billing_reminder_document on billing_reminder (document_id);
