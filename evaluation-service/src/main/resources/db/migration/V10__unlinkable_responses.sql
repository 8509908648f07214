-- Survey answers unlinkable from the accesses they consume (issue 16).
--
-- 1. A response no longer carries the respondent's registration category: joined with the registrations, a rare
--    category named its author. Response rates per category are counted on the access side at each publication.
alter table survey_response drop column category;

-- 2. Results and exports read only what was published: answers are copied to published_answers in batches of at
--    least assises.survey.publish-batch-size new or changed responses (or all at closing). Existing responses
--    were already visible: they count as published.
alter table survey_response add column published_answers jsonb;
update survey_response set published_answers = answers;

-- 3. A link no longer says when it was minted (its issue time approached the time of answering): only its rank
--    among the same person's links, to keep the newest ones.
alter table survey_access_token add column seq integer;
update survey_access_token t set seq = ranked.n from (
    select token_hash, row_number() over (partition by access_id order by issued_at) as n
    from survey_access_token) ranked
where ranked.token_hash = t.token_hash;
alter table survey_access_token alter column seq set not null;
alter table survey_access_token drop column issued_at;

-- 4. What was published, per questionnaire: the answered counts per registration category are taken at the same
--    moment as the answers, so nothing on the results changes between two publications.
create table survey_publication (
    questionnaire_id uuid primary key references questionnaire (id),
    batch            integer not null,
    published        integer not null,
    online           integer not null,
    paper            integer not null,
    answered_by_category jsonb not null
);

-- 5. Reminders are sent by the service to whoever has not answered; organisers only get counts. Day precision.
create table survey_reminder (
    id               uuid primary key,
    questionnaire_id uuid not null references questionnaire (id),
    sent_on          date not null,
    recipients       integer not null
);
create index survey_reminder_questionnaire on survey_reminder (questionnaire_id);

-- 6. Rows written before this migration were inserted in the transaction of the access they consumed (same xmin)
--    and in the order of the answers (physical position). Rewrite both tables in one transaction, the responses
--    in random order: every row now has the same xmin and the physical order of responses says nothing.
update survey_access set answered = answered;
create temporary table response_shuffle on commit drop as select * from survey_response order by random();
delete from survey_response;
insert into survey_response select * from response_shuffle order by random();
