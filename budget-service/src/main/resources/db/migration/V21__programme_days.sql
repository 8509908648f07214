-- The congress's days and half-days as programme-service publishes them (congress.changed): a draft budget counts
-- its per-day and per-half-day lines with them instead of a number typed again in its hypotheses.
alter table congress_title add column days integer;
alter table congress_title add column half_days integer;
