-- The congresses' titles as programme-service publishes them (congress.changed), so exports name the congress.
create table congress_title (
    congress_id uuid         primary key,
    title       varchar(300) not null,
    version     bigint       not null
);
