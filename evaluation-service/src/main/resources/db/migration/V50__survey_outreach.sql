-- Survey outreach (invitation and reminder e-mails), sent by the system: organisers see counts only.
-- A mailed opener is stored only as SHA-256("opener|" + code). It mints a fresh personal link for its access
-- while that person has not answered; it never shows answers (a fresh link has none, and the first answer burns
-- every other link of the person), so a copy of a mail, of the Kafka topic or of registration-service's
-- database reveals nothing anyone answered.
create table survey_opener (
    code_hash text primary key,
    access_id uuid not null references survey_access (id) on delete cascade
);
create index survey_opener_access on survey_opener (access_id);

-- Who was mailed what (INVITATION once, REMINDER once), by access: participant ids stay in survey_access only.
-- No time, no order, nothing about answers.
create table survey_outreach (
    access_id uuid not null references survey_access (id) on delete cascade,
    kind      text not null check (kind in ('INVITATION', 'REMINDER')),
    primary key (access_id, kind)
);
