-- What the committee sent (messages written in the desk, reminders sent now or by the scheduled job): when, by
-- whom, to which filter, how many people; and to whom (registration ids only: the names stay in registration).
create table mailing (
    id uuid primary key,
    congress_id uuid not null,
    kind varchar(20) not null,
    subject_fr varchar(200) not null,
    subject_en varchar(200),
    text_fr text,
    text_en text,
    filter_json text not null default '{}',
    recipients integer not null,
    sent_by varchar(200),
    sent_by_name varchar(200),
    sent_at timestamptz not null
);
create index mailing_congress_sent on mailing (congress_id, sent_at desc);

create table mailing_recipient (
    mailing_id uuid not null references mailing (id) on delete cascade,
    registration_id uuid not null,
    primary key (mailing_id, registration_id)
);
