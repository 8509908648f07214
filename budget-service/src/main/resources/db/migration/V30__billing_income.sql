-- Invoices and credit notes of registration-service (fr.assises.registration-invoice.*): amounts per fee category
-- and what was received, for the fee-income lines. No number, buyer or person: only ids, categories and cents.
create table billed_document (
    invoice_id      uuid primary key,
    congress_id     uuid        not null,
    kind            varchar(12) not null,
    total_cents     bigint      not null,
    paid_cents      bigint      not null default 0,
    payment_version bigint      not null default 0,
    updated_at      timestamptz not null default now()
);
create index billed_document_congress on billed_document (congress_id);

create table billed_category (
    invoice_id  uuid        not null references billed_document (invoice_id),
    category    varchar(40) not null,
    total_cents bigint      not null,
    primary key (invoice_id, category)
);
