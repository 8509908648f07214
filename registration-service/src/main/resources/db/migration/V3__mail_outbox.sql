-- Mails asked for in a business transaction, sent by MailRelay after the commit (see README, E-mails).
-- Only ids, a kind and, for the committee's messages, their words: the mail is rendered when sent.
create table mail_outbox (
    seq             bigserial    primary key,
    id              uuid         not null unique,
    registration_id uuid         not null,
    kind            varchar(30)  not null,
    subject         varchar(300),
    text            text,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(300),
    abandoned_at    timestamptz
);
create index mail_outbox_pending on mail_outbox (seq) where sent_at is null and abandoned_at is null;
