-- Survey invitations and reminders (kinds SURVEY_INVITATION, SURVEY_REMINDER) carry the opener link
-- evaluation-service gave for the person; their row is deleted once sent, so neither the link nor who was
-- reminded (who had not answered) stays in this database.
alter table mail_outbox add column link text;
