-- The MEAL sessions of the published programme as programme-service publishes them (session.changed): a draft
-- budget's meal plan is these sessions, the committee only forecasting the share of participants taking each.
create table programme_meal (
    session_id  uuid primary key,
    congress_id uuid not null,
    kind        text not null,
    title       text not null,
    starts_at   timestamptz,
    status      text not null,
    version     bigint not null
);
create index programme_meal_congress on programme_meal (congress_id);
