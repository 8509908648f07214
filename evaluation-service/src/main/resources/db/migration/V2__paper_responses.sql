-- Paper questionnaires typed in by organisers: a response now says through which channel it came. A paper
-- response has no personal link, hence no edit key (it is never edited), and no registration category.
alter table survey_response add column channel text not null default 'ONLINE'
    constraint survey_response_channel check (channel in ('ONLINE', 'PAPER'));
alter table survey_response alter column channel drop default;
alter table survey_response alter column edit_key drop not null;
