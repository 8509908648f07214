-- Keycloak accounts to delete (RGPD): asked for in the transaction that erases or anonymises a person's last
-- registration, deleted by AccountDeletionRelay through Keycloak's admin API, retried while Keycloak is away.
-- Only the pseudonymous subject id is kept here, and only until the account is gone.
create table account_deletion (
    participant_id  varchar(100) primary key,
    reason          varchar(20)  not null check (reason in ('ERASURE', 'RETENTION')),
    requested_at    timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(300)
);
create index account_deletion_due on account_deletion (next_attempt_at);
