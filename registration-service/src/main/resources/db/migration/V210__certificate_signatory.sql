-- The organiser's named representative who signs a congress's attendance certificates (« attestations de
-- présence »). The certificates themselves are not stored: they are built on demand from the check-ins.
create table certificate_signatory (
    congress_id uuid primary key,
    name        varchar(200) not null,
    title       varchar(200) not null,
    city        varchar(120),
    updated_at  timestamptz  not null,
    updated_by  varchar(100)
);
