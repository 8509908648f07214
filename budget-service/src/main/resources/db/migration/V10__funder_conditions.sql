-- The conditions a funder sets on its grant (deliverables, reporting, publicity), typed by the committee.
alter table funder add column conditions varchar(2000);
