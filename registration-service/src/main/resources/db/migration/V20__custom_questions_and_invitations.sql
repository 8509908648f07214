-- Categories meant for invited people only (speakers, partners, elected officials): hidden from the public form,
-- open with an invitation code.
alter table registration_category add column invitation_only boolean not null default false;

-- Questions the organising committee adds to the registration form, in their order.
create table custom_question (
    id          uuid primary key,
    congress_id uuid          not null references registration_settings (congress_id),
    position    integer       not null,
    kind        varchar(20)   not null,
    required    boolean       not null,
    label_fr    varchar(300)  not null,
    label_en    varchar(300)  not null,
    choices     text          not null default '[]'
);
create index custom_question_congress on custom_question (congress_id, position);

-- Answers are personal data: kept with the registration (JSON: question id -> value), never in events.
alter table registration add column answers text;
alter table registration add column invitation_code varchar(40);

-- Reserved places: a code opens one category for at most max_uses registrations, until expires_at.
create table invitation_code (
    congress_id uuid         not null references registration_settings (congress_id),
    code        varchar(40)  not null,
    label       varchar(200) not null,
    category    varchar(40)  not null,
    max_uses    integer      not null check (max_uses > 0),
    used        integer      not null default 0 check (used >= 0 and used <= max_uses),
    expires_at  timestamptz,
    created_at  timestamptz  not null default now(),
    primary key (congress_id, code)
);
