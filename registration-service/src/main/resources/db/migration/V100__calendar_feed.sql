-- A participant's personal calendar feed: one secret address per person (their Keycloak subject). Replacing the
-- token is how a leaked address is revoked; deleting the row turns the feed off.
create table calendar_feed (
    participant_id varchar(255) primary key,
    token varchar(64) not null unique,
    created_at timestamptz not null
);
