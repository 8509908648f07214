-- registration-service's fee categories per congress (fr.assises.registration-settings.changed.v1): the budget's
-- registration income is computed with these fees, never with a copy typed in the budget.
create table registration_fee (
    congress_id uuid         not null,
    code        varchar(40)  not null,
    label_fr    varchar(200) not null,
    label_en    varchar(200) not null,
    fee_cents   bigint       not null,
    quota       integer,
    primary key (congress_id, code)
);
